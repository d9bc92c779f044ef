/**
 * `ingest --article`: one article into the shared test graph (real seeds loaded) gives the
 * same graph, by fingerprint, as a rebuild from scratch of the same seeds; and it leaves the
 * database as it found it at the end (reset, then the real seeds again).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingest, ingestArticle, resetOwned } from '../../scripts/src/ingest/index';
import { writeArticle } from '../../scripts/src/intake/write-article';
import { warmArticlePlans } from '../../scripts/src/ingest/warm-plans';
import { graphChecksum } from '../support/graph-checksum';
import { testDriver, testTarget } from '../support/neo4j';
import { REAL_SEEDS } from '../ingest/fixtures';
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
