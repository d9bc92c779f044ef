/**
 * `ingest --article`: one article into the shared test graph (real seeds loaded) gives the
 * same graph, by fingerprint, as a rebuild from scratch of the same seeds; and it leaves the
 * database as it found it at the end (reset, then the real seeds again).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Driver } from 'neo4j-driver';
import { ingest, ingestArticle, resetOwned } from '../../scripts/src/ingest/index';
import { writeArticle } from '../../scripts/src/intake/write-article';
import { warmArticlePlans } from '../../scripts/src/ingest/warm-plans';
import { graphChecksum } from '../support/graph-checksum';
import { testDriver, testTarget } from '../support/neo4j';
import { MINI_SEEDS, REAL_SEEDS, REPO } from '../ingest/fixtures';
import { renderJsonLists } from '../../scripts/src/intake/seed-edits';
import { removeTempSeeds, seedsWithoutArticleTwo, submission } from './fixtures';

let driver: Driver;
const database = testTarget().database;
let initial: string;

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
});
afterAll(async () => {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(driver, database)).toBe(initial);
  await driver.close();
  removeTempSeeds();
});

/** The fingerprint a `--reset` run over the real seeds plus `dir` gives. */
async function rebuilt(dir: string): Promise<string> {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  await ingest({ driver, database, seedsDir: dir });
  return graphChecksum(driver, database);
}

describe('ingestArticle', () => {
  const dir = seedsWithoutArticleTwo();

  it('adds a saved article: only its rows are written, and a rebuild gives the same graph', async () => {
    await ingest({ driver, database, seedsDir: dir });
    const { after } = await writeArticle(dir, submission(), {
      afterWrite: () =>
        ingestArticle({ driver, database, seedsDir: dir, article: 'fx-intake-courier' }),
    });
    const s = after!;
    // The REPORTED fact is shared with fx-article-one, whose evidence is re-read; the alias
    // "the meeting" changes fx-article-one's mention count of the summit.
    expect(s.alsoRead).toEqual(['fx-article-one']);
    expect(s.relationships.map((r) => r.type).sort()).toEqual(['MEMBER_OF', 'REPORTED', 'SAID']);
    expect(s.mentions.sort()).toEqual([
      'fx-alice',
      'fx-bob-courier',
      'fx-daily',
      'fx-gazette',
      'fx-summit',
    ]);
    // New: 2 entities, the article, SAID, MEMBER_OF, 5 mentions, PUBLISHED (fx-gazette).
    // Updated: fx-summit (alias),
    // the shared REPORTED (second source), fx-article-one's MENTIONS of the summit (count).
    expect(s.created).toBe(11);
    expect(s.updated).toBe(3);
    expect(s.deleted).toBe(0);

    const { records } = await driver.executeQuery(
      `MATCH (:Entity {id: 'fx-daily'})-[r:REPORTED]->(:Entity {id: 'fx-summit'})
       RETURN r.sources AS sources`,
      {},
      { database },
    );
    expect(records[0]?.get('sources')).toEqual(['fx-article-one', 'fx-intake-courier']);

    const incremental = await graphChecksum(driver, database);
    expect(await rebuilt(dir)).toBe(incremental);
  });

  it('re-ingests an edited article: what it no longer states is removed, as a rebuild would', async () => {
    const file = path.join(dir, 'extractions', 'fx-intake-courier.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // Drop the shared REPORTED statement (and with it the mention of fx-daily).
    const cut = text.replace(/ {2}- type: REPORTED\n(?: {4}.*\n)+/, '');
    expect(cut).not.toBe(text);
    fs.writeFileSync(file, cut);
    const s = await ingestArticle({
      driver,
      database,
      seedsDir: dir,
      article: 'fx-intake-courier',
    });
    expect(s.relationships.map((r) => r.type).sort()).toEqual(['MEMBER_OF', 'SAID']);
    expect(s.mentions).not.toContain('fx-daily');
    expect(s.deleted).toBe(1); // the MENTIONS of fx-daily; REPORTED stays, fx-article-one states it
    const incremental = await graphChecksum(driver, database);
    expect(await rebuilt(dir)).toBe(incremental);
  });

  it('plans the queries of adding an article ahead without reading or writing the graph', async () => {
    const before = await graphChecksum(driver, database, { scope: 'everything' });
    expect(await warmArticlePlans(driver, database)).toBeGreaterThanOrEqual(14);
    expect(await graphChecksum(driver, database, { scope: 'everything' })).toEqual(before);
  });

  it('refuses an article the manifest does not list and writes nothing', async () => {
    const before = await graphChecksum(driver, database);
    await expect(
      ingestArticle({ driver, database, seedsDir: dir, article: 'fx-not-there' }),
    ).rejects.toThrow(/no article "fx-not-there" in the manifest/);
    expect(await graphChecksum(driver, database)).toBe(before);
  });
});

describe("npm run ingest -- --article on a seed set in the generator's layout", () => {
  it('checks only what was appended since the last check, and writes what a rebuild writes', async () => {
    const dir = seedsWithoutArticleTwo();
    // The manifest and registry as the generator writes them: one JSON item per line.
    const asJson = (file: string) =>
      fs.writeFileSync(
        file,
        renderJsonLists(parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>),
      );
    asJson(path.join(dir, 'articles.yaml'));
    asJson(path.join(dir, 'entities.yaml'));
    await rebuilt(dir);
    const first = await cli(dir, 'fx-article-one');
    expect(first.out).toContain('manifest and registry checked whole');
    expect(first.code).toBe(0);

    // An analyst adds article two: its files, and its manifest entry appended.
    const manifest = parse(fs.readFileSync(path.join(MINI_SEEDS, 'articles.yaml'), 'utf8')) as {
      articles: { id: string }[];
    };
    const two = manifest.articles.find((a) => a.id === 'fx-article-two')!;
    for (const f of ['articles/fx-article-two.txt', 'extractions/fx-article-two.yaml'])
      fs.copyFileSync(path.join(MINI_SEEDS, f), path.join(dir, f));
    const file = path.join(dir, 'articles.yaml');
    const src = fs.readFileSync(file, 'utf8');
    const end = src.lastIndexOf('\n  ]');
    fs.writeFileSync(file, `${src.slice(0, end)},\n    ${JSON.stringify(two)}${src.slice(end)}`);

    const added = await cli(dir, 'fx-article-two');
    expect(added.out).toContain('as checked before, plus 1 appended item(s) checked now');
    expect(added.code).toBe(0);
    const incremental = await graphChecksum(driver, database);
    expect(await rebuilt(dir)).toBe(incremental);
  });
});

/** The command as an analyst runs it (`npm run ingest` runs this launcher). */
async function cli(dir: string, article: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO, 'scripts', 'bin', 'run-built.cjs'),
      'scripts/src/ingest/cli.ts',
      '--seeds',
      dir,
      '--article',
      article,
    ],
    { cwd: REPO, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out };
}
