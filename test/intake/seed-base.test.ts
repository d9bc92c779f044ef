/**
 * The fast save path for generated seed sets (scripts/src/intake/seed-base.ts) against the
 * general one: for generated submissions (new entities, aliases on old and new entities, name
 * clashes, publishers of every kind, taken ids, a quote not in the text) both must report the
 * same problems, write byte-identical manifest and registry files, and validate to the same
 * errors and the same graph. No Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { ArticleSubmission, type ArticleSubmissionParsed } from '@kg/server/contracts';
import { generateCorpus } from '../../scripts/src/generate/corpus';
import { loadSeeds, validateSeeds, type SeedSet } from '../../scripts/src/ingest/validate';
import {
  editManifest,
  editRegistry,
  type IntakeProblem,
} from '../../scripts/src/intake/seed-edits';
import { addToBase, forgetSeedBases, seedBase } from '../../scripts/src/intake/seed-base';
import { isJsonListLayout } from '../../scripts/src/ingest/json-list-layout';
import { writeArticle } from '../../scripts/src/intake/write-article';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-base-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Held {
  id: string;
  file: string;
  title: string;
  date: string;
  publisher?: string;
}

/** A generated corpus without its last article, and that article as a submission. */
function corpusWithoutLast(name: string): { dir: string; held: Held; extraction: object } {
  const dir = path.join(tmp, name);
  generateCorpus({ out: dir, articles: 30, seed: 11, relationshipsPerArticle: 8 });
  const manifestFile = path.join(dir, 'articles.yaml');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { articles: Held[] };
  const held = manifest.articles.pop()!;
  // Rewritten in the generator's layout, one item per line.
  const lines = manifest.articles.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  fs.writeFileSync(manifestFile, `{\n  "articles": [\n${lines}\n  ]\n}\n`);
  const xFile = path.join(dir, 'extractions', `${held.id}.yaml`);
  const extraction = JSON.parse(fs.readFileSync(xFile, 'utf8')) as object;
  fs.rmSync(xFile);
  return { dir, held, extraction };
}

const { dir, held, extraction } = corpusWithoutLast('base');
const heldText = fs.readFileSync(path.join(dir, 'articles', held.file), 'utf8');
fs.rmSync(path.join(dir, 'articles', held.file));
const registry = JSON.parse(fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8')) as {
  entities: { id: string; label: string; name: string; aliases?: string[] }[];
};
const ids = registry.entities.map((e) => e.id);
const forms = registry.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
const outlets = registry.entities.filter((e) => e.label === 'Outlet').map((e) => e.id);
const people = registry.entities.filter((e) => e.label === 'Person').map((e) => e.id);
const articleIds = (
  JSON.parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as { articles: Held[] }
).articles.map((a) => a.id);

const variation = fc.record({
  articleId: fc.constantFrom(held.id, held.id, articleIds[3]!),
  publisher: fc.constantFrom(undefined, outlets[0], people[0], 'no-such-outlet'),
  newEntities: fc.array(
    fc.record({
      id: fc.constantFrom('new-one', 'new-two', 'new-three', ids[5]!),
      label: fc.constantFrom('Person', 'Organization', 'Outlet'),
      name: fc.constantFrom('Fresh Name', 'Another Fresh', forms[7]!, forms[12]!),
      aliases: fc.subarray(['Fresh', forms[2]!, 'Brand New']),
    }),
    { maxLength: 3 },
  ),
  aliases: fc.array(
    fc.record({
      entity: fc.constantFrom(ids[0]!, ids[1]!, ids[40]!, 'new-one', 'no-such-entity'),
      alias: fc.constantFrom('A New Alias', 'Fresh', forms[20]!, forms[0]!, 'a new alias'),
    }),
    { maxLength: 4 },
  ),
  badQuote: fc.boolean(),
});

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never;

function submissionOf(v: Variation): ArticleSubmissionParsed {
  const x = structuredClone(extraction) as {
    mentions?: string[];
    relationships?: { evidence: string | string[] }[];
  };
  const rels = x.relationships ?? [];
  if (v.badQuote && rels[0]) rels[0].evidence = 'A sentence this article never wrote.';
  return ArticleSubmission.parse({
    article: {
      id: v.articleId,
      title: held.title,
      date: held.date,
      ...(v.publisher ? { publisher: v.publisher } : {}),
    },
    text: heldText,
    mentions: x.mentions ?? [],
    relationships: rels,
    entities: v.newEntities.map((e) => ({ ...e, description: 'Made by the test.' })),
    aliases: v.aliases,
  });
}

/** What a staged validation says, without file names and line numbers (staging folders differ). */
async function outcome(seeds: SeedSet) {
  const r = await validateSeeds(seeds);
  const strip = (list: { path: string; message: string }[]) =>
    list.map((e) => `${e.path}: ${e.message}`).sort();
  return {
    errors: strip(r.errors),
    // Which forms clash, not which side (or spelling of the form) is blamed: see extendSeeds.
    warnedForms: [
      ...new Set(r.warnings.map((w) => /^"([^"]*)"/.exec(w.message)?.[1]?.toLowerCase())),
    ].sort(),
    graph: r.errors.length ? undefined : r.graph,
  };
}

function stage(
  name: string,
  files: Record<string, string>,
): { staging: string; staged: Record<string, string> } {
  const staging = fs.mkdtempSync(path.join(dir, `.test-${name}-`));
  const staged: Record<string, string> = {};
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(staging, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    staged[rel] = abs;
  }
  return { staging, staged };
}

describe('the fast save path for generated seed sets', () => {
  afterEach(() => {
    for (const f of fs.readdirSync(dir))
      if (f.startsWith('.test-')) fs.rmSync(path.join(dir, f), { recursive: true });
  });

  it('reads the generated layout as such, and YAML not', () => {
    expect(isJsonListLayout(fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8'))).toBe(true);
    expect(isJsonListLayout('entities:\n  - id: a\n')).toBe(false);
  });

  it('reports, writes and validates exactly what the general path does', async () => {
    const manifestSrc = fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8');
    const registrySrc = fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8');
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(variation, async (v) => {
        // Read afresh each time: extendSeeds takes its base over.
        forgetSeedBases();
        const base = (await seedBase(dir))!;
        expect(base.errors).toEqual([]);
        const sub = submissionOf(v);
        const file = `${sub.article.id}.txt`;
        const slow: IntakeProblem[] = [];
        const manifest = editManifest(manifestSrc, sub, file, slow);
        const reg = editRegistry(registrySrc, sub, slow);
        const quick: IntakeProblem[] = [];
        const fast = addToBase(base, manifestSrc, registrySrc, sub, file, quick)!;
        expect(fast).toBeDefined();
        expect(quick).toEqual(slow);
        if (slow.length) return;
        expect(fast.manifest).toBe(manifest);
        expect(fast.registry).toBe(reg.text);
        expect(fast.aliasesAdded).toBe(reg.aliasesAdded);
        const extractionText = JSON.stringify({
          article: sub.article.id,
          mentions: sub.mentions,
          relationships: sub.relationships,
        });
        const own = {
          [`articles/${file}`]: sub.text,
          [`extractions/${sub.article.id}.yaml`]: extractionText,
        };
        const { staged: generalStaged } = stage('general', {
          ...own,
          'articles.yaml': manifest,
          'entities.yaml': reg.text,
        });
        const general = await loadSeeds(dir, {
          staged: generalStaged,
          only: new Set([sub.article.id]),
        });
        const { staged: fastStaged, staging } = stage('fast', own);
        const extended = fast.seeds(fastStaged, staging);
        expect(await outcome(extended)).toEqual(await outcome(general));
        compared++;
      }),
      { numRuns: 60, seed: 20261203 },
    );
    // The generated cases must reach the validation, not stop at a problem every time.
    expect(compared).toBeGreaterThan(10);
  });

  it('keeps what a save wrote, and drops what a refused save had begun', async () => {
    forgetSeedBases();
    const copy = path.join(tmp, 'copy');
    fs.cpSync(dir, copy, { recursive: true });
    const base = (await seedBase(copy))!;
    const entitiesBefore = base.entities.length;
    const v: Variation = {
      articleId: held.id,
      publisher: outlets[0],
      newEntities: [{ id: 'new-one', label: 'Person', name: 'Fresh Name', aliases: [] }],
      aliases: [{ entity: ids[0]!, alias: 'A New Alias' }],
      badQuote: false,
    };
    // Refused (a quote not in the text): no file changes, and the next save reads afresh.
    const files = fs.readFileSync(path.join(copy, 'entities.yaml'), 'utf8');
    await expect(writeArticle(copy, submissionOf({ ...v, badQuote: true }))).rejects.toThrow(
      'nothing was written',
    );
    expect(fs.readFileSync(path.join(copy, 'entities.yaml'), 'utf8')).toBe(files);
    const reread = (await seedBase(copy))!;
    expect(reread).not.toBe(base);
    expect(reread.entities.length).toBe(entitiesBefore);
    expect(reread.index.entities.has('new-one')).toBe(false);

    const { written } = await writeArticle(copy, submissionOf(v));
    expect(written.createdEntities).toEqual(['new-one']);
    const next = (await seedBase(copy))!;
    expect(next.entities.length).toBe(entitiesBefore + 1);
    // What the cache holds is what a fresh read of the written files gives.
    const fresh = await loadSeeds(copy, { only: new Set() });
    expect(fresh.errors).toEqual([]);
    expect(next.entities).toEqual(fresh.entities);
    expect(next.published).toEqual(fresh.published);
    expect(next.warnings).toEqual(fresh.warnings);
    expect(next.index.articles).toEqual(fresh.index.articles);
    expect(next.index.entities).toEqual(fresh.index.entities);
    expect(next.index.forms).toEqual(fresh.index.forms);
  });
});
