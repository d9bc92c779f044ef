/**
 * Conditional GETs on the graph version, against the real test Neo4j: a read answer carries a
 * strong ETag; asking again with it is a 304 while the graph is unchanged, and a 200 with a new
 * ETag after a full ingest or `ingest --article` changed it. The version node stays out of the
 * fingerprint, the schema and the health counts. The suite ends with the database as it found it.
 */
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { ingest, ingestArticle, resetOwned } from '../../scripts/src/ingest/index';
import { bumpGraphVersion } from '../../scripts/src/ingest/graph-version';
import { MINI_SEEDS, REAL_SEEDS } from '../ingest/fixtures';
import { removeTempSeeds, seedsWithoutArticleTwo } from '../intake/fixtures';
import { testDriver, testTarget } from '../support/neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { appFor } from './helpers';

let driver: Driver;
const database = testTarget().database;
let initial: string;

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: seedsWithoutArticleTwo() });
});
afterAll(async () => {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(driver, database)).toEqual(initial);
  await driver.close();
  removeTempSeeds();
});

/** The server reads the version on every request (TTL 0): what another process wrote shows at once. */
const app = () => appFor(driver, { GRAPH_VERSION_TTL_MS: '0' });
const READS = ['/api/entities/fx-alice', '/api/search?q=alice', '/api/graph', '/api/schema'];

async function tagOf(path: string): Promise<string> {
  const res = await request(app()).get(path).expect(200);
  const tag = res.headers.etag as string;
  expect(tag).toMatch(/^"[\w-]+"$/); // strong: no W/ prefix
  expect(res.headers['cache-control']).toBe('no-cache');
  return tag;
}

describe('ETag on the graph version', () => {
  it('answers 304 with no body while the graph is unchanged, per request', async () => {
    const tags = new Set<string>();
    for (const path of READS) {
      const tag = await tagOf(path);
      tags.add(tag);
      const again = await request(app()).get(path).set('If-None-Match', tag).expect(304);
      expect(again.text).toBe('');
      expect(again.headers.etag).toBe(tag);
      // Another request's tag does not match.
      await request(app()).get(path).set('If-None-Match', '"something-else"').expect(200);
    }
    expect(tags.size).toBe(READS.length);
  });

  it('answers 200 with a new ETag after `ingest --article` and after a full ingest', async () => {
    const path = '/api/entities/fx-summit';
    const before = await tagOf(path);
    const beforeBody = (await request(app()).get(path).expect(200)).body as unknown;

    await ingestArticle({ driver, database, seedsDir: MINI_SEEDS, article: 'fx-article-two' });
    const res = await request(app()).get(path).set('If-None-Match', before).expect(200);
    const afterArticle = res.headers.etag as string;
    expect(afterArticle).not.toBe(before);
    expect(res.body).not.toEqual(beforeBody); // the new article mentions the summit
    await request(app()).get(path).set('If-None-Match', afterArticle).expect(304);

    await ingest({ driver, database, seedsDir: MINI_SEEDS, reset: true });
    const afterFull = await request(app()).get(path).set('If-None-Match', afterArticle).expect(200);
    expect(afterFull.headers.etag).not.toBe(afterArticle);
    expect(afterFull.headers.etag).not.toBe(before);
  });

  it('an invalid request is a 400 whatever the client sends; errors carry no graph ETag', async () => {
    // (Express's own weak ETag of the error body may be there; the strong graph tag is not.)
    const res = await request(app()).get('/api/search').set('If-None-Match', '*').expect(400);
    expect(res.headers.etag ?? '').not.toMatch(/^"/);
    const missing = await request(app()).get('/api/entities/fx-nobody').expect(404);
    expect(missing.headers.etag ?? '').not.toMatch(/^"/);
    expect(missing.headers['cache-control']).toBeUndefined();
  });

  it('HTTP_CACHE=false: no graph ETag, If-None-Match with an old graph tag is a 200', async () => {
    const tag = await tagOf('/api/entities/fx-alice');
    const off = appFor(driver, { HTTP_CACHE: 'false' });
    const res = await request(off).get('/api/entities/fx-alice').set('If-None-Match', tag);
    expect(res.status).toBe(200);
    expect(res.headers.etag).not.toBe(tag);
  });

  it('the version node is bookkeeping: not in the fingerprint, the schema or the counts', async () => {
    const versions = await driver.executeQuery(
      'MATCH (v:GraphVersion) RETURN v.graphVersion AS v',
      {},
      { database },
    );
    expect(versions.records).toHaveLength(1);
    const fingerprint = await graphChecksum(driver, database);
    await driver.executeQuery('MATCH (v:GraphVersion) DELETE v', {}, { database });
    expect(await graphChecksum(driver, database)).toBe(fingerprint);
    await ingest({ driver, database, seedsDir: MINI_SEEDS, reset: true }); // versioned again
    const schema = (await request(app()).get('/api/schema').expect(200)).body as {
      labels: { label: string }[];
      propertyKeys: string[];
    };
    expect(schema.labels.map((l) => l.label)).not.toContain('GraphVersion');
    expect(schema.propertyKeys).not.toContain('graphVersion');
    expect(schema.propertyKeys).not.toContain('versionChangedAt');
    const health = (await request(app()).get('/api/health').expect(200)).body as {
      counts: { nodes: number };
    };
    const owned = await driver.executeQuery(
      'MATCH (n) WHERE n:Entity OR n:Article RETURN count(n) AS n',
      {},
      { database },
    );
    expect(health.counts.nodes).toBe(owned.records[0]!.get('n').toNumber());
  });
});

describe('answers kept in memory on the graph version (ANSWER_CACHE_MB)', () => {
  const path = '/api/entities/fx-alice';
  /** A change no writer made: the version stays, so a kept answer must still be served. */
  const describeAlice = (text: string) =>
    driver.executeQuery(
      "MATCH (e:Entity {id: 'fx-alice'}) SET e.description = $text",
      { text },
      { database },
    );

  it('answers a repeated request from memory until the graph version changes', async () => {
    const kept = appFor(driver, { GRAPH_VERSION_TTL_MS: '0' });
    const uncached = appFor(driver, { GRAPH_VERSION_TTL_MS: '0', ANSWER_CACHE_MB: '0' });
    const first = await request(kept).get(path).expect(200);
    const original = (first.body as { entity: { description: string } }).entity.description;
    await describeAlice('Changed behind the version.');
    try {
      const again = await request(kept).get(path).expect(200);
      expect(again.text).toBe(first.text);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['content-type']).toMatch(/^application\/json/);
      // Without the cache the same server code reads the graph as it is.
      const fresh = await request(uncached).get(path).expect(200);
      expect((fresh.body as { entity: { description: string } }).entity.description).toBe(
        'Changed behind the version.',
      );
      // A write through any writer bumps the version: the kept answer can no longer be asked for.
      await bumpGraphVersion(driver, database);
      const after = await request(kept).get(path).expect(200);
      expect(after.headers.etag).not.toBe(first.headers.etag);
      expect((after.body as { entity: { description: string } }).entity.description).toBe(
        'Changed behind the version.',
      );
    } finally {
      await describeAlice(original);
      await bumpGraphVersion(driver, database);
    }
  });

  it('gives concurrent requests for one answer the same body, and keeps no error', async () => {
    const kept = appFor(driver, { GRAPH_VERSION_TTL_MS: '0' });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => request(kept).get('/api/entities/fx-summit')),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    await request(kept).get('/api/entities/fx-nobody').expect(404);
    const missing = await request(kept).get('/api/entities/fx-nobody').expect(404);
    expect(missing.headers.etag ?? '').not.toMatch(/^"/);
  });
});
