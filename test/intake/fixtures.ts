/**
 * Intake fixtures: a temporary copy of the mini seed set without its second article, and a
 * reviewed submission that adds a new article of our own to it (two new entities, one alias
 * on an existing one, a relationship shared with fx-article-one). Never the repo's seeds/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleSubmission } from '@kg/server/contracts';
import { MINI_SEEDS } from '../ingest/fixtures';

const made: string[] = [];

/** The mini seed set minus fx-article-two, in a fresh temporary folder. */
export function seedsWithoutArticleTwo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-intake-'));
  made.push(dir);
  fs.cpSync(MINI_SEEDS, dir, { recursive: true });
  const manifest = path.join(dir, 'articles.yaml');
  const text = fs.readFileSync(manifest, 'utf8');
  const cut = text.indexOf('  - id: fx-article-two');
  fs.writeFileSync(manifest, text.slice(0, cut));
  fs.rmSync(path.join(dir, 'articles', 'fx-article-two.txt'));
  fs.rmSync(path.join(dir, 'extractions', 'fx-article-two.yaml'));
  return dir;
}

export function removeTempSeeds(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export const NEW_ARTICLE_TEXT =
  'The Daily Fixture reported the meeting first. Bob Courier of the Fixture Gazette wrote that ' +
  'the envoy left early. “Nothing was agreed,” Courier said.\n';

export function submission(overrides: Partial<ArticleSubmission> = {}): ArticleSubmission {
  return {
    article: {
      id: 'fx-intake-courier',
      title: 'Courier: nothing was agreed',
      date: '2026-03-12',
      publisher: 'Fixture Gazette',
      url: 'https://example.org/fixture/courier',
    },
    text: NEW_ARTICLE_TEXT,
    entities: [
      {
        id: 'fx-bob-courier',
        label: 'Person',
        name: 'Bob Courier',
        aliases: ['Courier'],
        role: 'Correspondent',
        description: 'A fixture correspondent.',
      },
      {
        id: 'fx-gazette',
        label: 'Outlet',
        name: 'Fixture Gazette',
        aliases: [],
        description: 'A fixture newspaper.',
      },
    ],
    aliases: [{ entity: 'fx-summit', alias: 'the meeting' }],
    mentions: ['fx-alice'],
    relationships: [
      {
        type: 'REPORTED',
        from: 'fx-daily',
        to: 'fx-summit',
        evidence: 'The Daily Fixture reported the meeting first.',
      },
      {
        type: 'SAID',
        from: 'fx-bob-courier',
        to: 'fx-summit',
        evidence: '“Nothing was agreed,” Courier said.',
        quote: 'Nothing was agreed',
      },
      {
        type: 'MEMBER_OF',
        from: 'fx-bob-courier',
        to: 'fx-gazette',
        evidence: 'Bob Courier of the Fixture Gazette wrote that the envoy left early.',
      },
    ],
    ...overrides,
  };
}

/** Every file of a folder with the hash of its content: equal means nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile()) {
      out[rel] = crypto.createHash('sha1').update(fs.readFileSync(abs)).digest('hex');
    }
  }
  return out;
}
