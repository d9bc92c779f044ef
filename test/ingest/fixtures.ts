/**
 * Seed folders for ingestion tests: the small valid set in test/fixtures/seeds-mini, and
 * variants of it with one problem each, written to a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const MINI_SEEDS = path.join(REPO, 'test', 'fixtures', 'seeds-mini');
export const REAL_SEEDS = path.join(REPO, 'seeds');

const made: string[] = [];

/** Deletes every folder `variant` made (call from afterAll). */
export function removeVariants(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A copy of the mini seed set with `edits` applied (file -> transform of its text). */
export function variant(name: string, edits: Record<string, (text: string) => string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-seeds-${name}-`));
  made.push(dir);
  fs.cpSync(MINI_SEEDS, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const abs = path.join(dir, file);
    const before = fs.readFileSync(abs, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`variant ${name}: edit of ${file} changed nothing`);
    fs.writeFileSync(abs, after);
  }
  return dir;
}

/** `<dir>/<file>` as ingestion names it in messages (relative to the working directory). */
export function shown(dir: string, file: string): string {
  const abs = path.join(dir, file);
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel;
}

/** The bad inputs: each changes one thing in the mini set. */
export const BAD = {
  unknownEntity: () =>
    variant('unknown-entity', {
      'extractions/fx-article-one.yaml': (t) => t.replace('to: fx-ruritania', 'to: fx-atlantis'),
    }),
  quoteNotInArticle: () =>
    variant('quote', {
      // Straight apostrophe instead of the article's curly one.
      'extractions/fx-article-one.yaml': (t) =>
        t.replace("quote: 'Let’s hope", "quote: 'Let''s hope"),
    }),
  badDate: () =>
    variant('date', {
      'extractions/fx-article-one.yaml': (t) => t.replace('date: 2026-03-01', 'date: 2026-02-30'),
    }),
  duplicateId: () =>
    variant('duplicate', {
      'entities.yaml': (t) =>
        `${t}  - id: fx-alice\n    label: Person\n    name: Alice Again\n    description: Twice.\n`,
    }),
  unknownType: () =>
    variant('type', {
      'extractions/fx-article-one.yaml': (t) => t.replace('type: REPORTED', 'type: BROADCAST'),
    }),
  wrongEndpoints: () =>
    variant('endpoints', {
      // PARTICIPATED_IN goes to an Event, not to a Country.
      'extractions/fx-article-one.yaml': (t) =>
        t.replace(
          'type: PARTICIPATED_IN\n    from: fx-alice\n    to: fx-summit',
          'type: PARTICIPATED_IN\n    from: fx-alice\n    to: fx-ruritania',
        ),
    }),
  malformedYaml: () =>
    variant('malformed', {
      'extractions/fx-article-two.yaml': (t) =>
        t.replace('  - type: REPORTED', '  - type: [REPORTED'),
    }),
  saidWithoutQuote: () =>
    variant('no-quote', {
      'extractions/fx-article-one.yaml': (t) =>
        t.replace("    quote: 'Let’s hope they are not'\n", ''),
    }),
  /** Alice's statement dated the day after its article (2026-03-11). */
  datedAfterArticle: () =>
    variant('after-article', {
      'extractions/fx-article-one.yaml': (t) =>
        t.replace(
          "    quote: 'Let’s hope they are not'\n",
          "    quote: 'Let’s hope they are not'\n    date: 2026-03-12\n",
        ),
    }),
  /** An external date without the note that says where it comes from. */
  externalDateWithoutNote: () =>
    variant('external-no-note', {
      'extractions/fx-article-one.yaml': (t) =>
        t.replace('    date: 2026-03-01\n', '    date: 2026-03-01\n    dateSource: external\n'),
    }),
  /** A stance on a relationship that is not a statement, and a stance outside the list. */
  badStances: () =>
    variant('stance', {
      'extractions/fx-article-one.yaml': (t) =>
        t
          .replace('    date: 2026-03-01\n', '    date: 2026-03-01\n    stance: asserts\n')
          .replace(
            "    quote: 'Let’s hope they are not'\n",
            "    quote: 'Let’s hope they are not'\n    stance: shrugs\n",
          ),
    }),
  /** A publisher that is not an Outlet. */
  publisherNotOutlet: () =>
    variant('publisher', {
      'articles.yaml': (t) =>
        t.replace('    date: 2026-03-11\n', '    date: 2026-03-11\n    publisher: fx-alice\n'),
    }),
};
