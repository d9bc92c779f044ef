/**
 * The warm-up after writes (server/src/http/warm-up.ts), against the real test Neo4j: when the
 * graph version changes (an ingest by another process, seen by the poll; this server's own
 * write, seen at once) the first screen is computed into the answer cache, so the next overview
 * request is a memory hit whose body is exactly what a cold computation gives; a warm-up that
 * fails leaves requests answering as they would without it. The suite ends with the database as
 * it found it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { answerCacheStats, createApp, startWarmUp, type AppDeps, type WarmUp } from '@kg/server';
import { forgetGraphVersion } from '../../server/src/http/conditional';
import { ingest, ingestArticle, resetOwned } from '../../scripts/src/ingest/index';
import { bumpGraphVersion } from '../../scripts/src/ingest/graph-version';
import { REAL_SEEDS } from '../ingest/fixtures';
import { testConfig, testDriver, testTarget } from '../support/neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { waitUntil } from '../support/wait';
import { appFor, silent } from './helpers';

/** The explorer's first request, and the article the suite adds as "the write". */
const OVERVIEW = '/api/graph?limit=300';
const LATE_ARTICLE = '2026-03-11-witkoff-lets-hope-they-are-not';

let driver: Driver;
const database = testTarget().database;
let initial: string;
let withoutLate: string;

/** The real seeds without LATE_ARTICLE, in a temporary folder. */
function seedsWithoutLate(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-warm-up-'));
  fs.cpSync(REAL_SEEDS, dir, { recursive: true });
  const manifest = path.join(dir, 'articles.yaml');
  const text = fs.readFileSync(manifest, 'utf8');
  const start = text.indexOf(`  - id: ${LATE_ARTICLE}`);
  const next = text.indexOf('\n  - id: ', start + 1);
  fs.writeFileSync(manifest, text.slice(0, start) + (next < 0 ? '' : text.slice(next + 1)));
  fs.rmSync(path.join(dir, 'articles', `${LATE_ARTICLE}.txt`));
  fs.rmSync(path.join(dir, 'extractions', `${LATE_ARTICLE}.yaml`));
  return dir;
}

async function graphVersion(): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (v:GraphVersion) RETURN v.graphVersion AS version ORDER BY v.versionChangedAt DESC LIMIT 1',
    {},
    { database },
  );
  return String(records[0]!.get('version'));
}

/** An app and its warm-up on the test database; the version read afresh on every request. */
function warmed(overrides: Record<string, string> = {}, warmUpUrls?: string[]) {
  const deps: AppDeps = {
    driver,
    config: testConfig({ GRAPH_VERSION_TTL_MS: '0', ...overrides }),
    logger: silent,
    ...(warmUpUrls ? { warmUpUrls } : {}),
  };
  return { deps, app: createApp(deps), warmUp: startWarmUp(deps) };
}

/** Waits until the warm-up has finished a run for `version`. */
async function warmedAt(warmUp: WarmUp, version: string): Promise<void> {
  await waitUntil(`the warm-up of version ${version}`, () => warmUp.last()?.version === version, {
    timeoutMs: 120_000,
  });
  await warmUp.idle();
}

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
  withoutLate = seedsWithoutLate();
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: withoutLate });
});
afterAll(async () => {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(driver, database)).toEqual(initial);
  await driver.close();
  fs.rmSync(withoutLate, { recursive: true, force: true });
});

describe('warm-up after a write', () => {
  it('answers the next overview from memory after an ingest, identical to a cold computation', async () => {
    const { deps, app, warmUp } = warmed({ WARM_UP_POLL_MS: '100' });
    try {
      await warmedAt(warmUp, await graphVersion());
      const before = await request(app).get(OVERVIEW).expect(200);

      // Another process's write (the CLI's `ingest --article`): the poll notices it.
      await ingestArticle({ driver, database, seedsDir: REAL_SEEDS, article: LATE_ARTICLE });
      const version = await graphVersion();
      await warmedAt(warmUp, version);
      expect(warmUp.last()!.failed).toEqual([]);
      // The overview, the schema and the hubs of the overview (its centres first).
      expect(warmUp.last()!.warmed.slice(0, 2)).toEqual([OVERVIEW, '/api/schema']);
      expect(warmUp.last()!.warmed).toEqual(
        expect.arrayContaining(
          ['russia', 'iran', 'united-states'].map((id) => `/api/entities/${id}`),
        ),
      );

      const stats = answerCacheStats(deps);
      expect(stats.version).toBe(version);
      const after = await request(app).get(OVERVIEW).expect(200);
      const hub = await request(app).get('/api/entities/united-states').expect(200);
      const bare = await request(app).get('/api/graph').expect(200); // the same answer: one key
      const now = answerCacheStats(deps);
      expect(now.hits).toBe(stats.hits + 3);
      expect(now.computed).toBe(stats.computed);

      // The write changed the overview, and the warmed answer is the one a cold server computes.
      expect(after.text).not.toBe(before.text);
      const cold = appFor(driver, { ANSWER_CACHE_MB: '0' });
      expect(after.text).toBe((await request(cold).get(OVERVIEW).expect(200)).text);
      expect(bare.text).toBe(after.text);
      expect(hub.text).toBe(
        (await request(cold).get('/api/entities/united-states').expect(200)).text,
      );
    } finally {
      warmUp.stop();
    }
  });

  it("warms at once after this server's own write, without waiting for the poll", async () => {
    // A poll too slow to matter: only forgetGraphVersion (what the intake's save calls) can start it.
    const { deps, app, warmUp } = warmed({ WARM_UP_POLL_MS: '3600000' });
    try {
      await warmedAt(warmUp, await graphVersion());
      await bumpGraphVersion(driver, database);
      forgetGraphVersion(deps);
      await warmedAt(warmUp, await graphVersion());
      const stats = answerCacheStats(deps);
      await request(app).get(OVERVIEW).expect(200);
      expect(answerCacheStats(deps).hits).toBe(stats.hits + 1);
    } finally {
      warmUp.stop();
    }
  });

  it('a failed warm-up never breaks requests, and nothing is kept for what failed', async () => {
    const bad = ['/api/entities/fx-nobody', '/api/graph?limit=many', '/api/nowhere'];
    const { deps, app, warmUp } = warmed({ WARM_UP_POLL_MS: '100' }, [...bad, OVERVIEW]);
    try {
      await warmedAt(warmUp, await graphVersion());
      const report = warmUp.last()!;
      expect(report.failed.map((f) => f.url)).toEqual(bad);
      expect(report.warmed[0]).toBe(OVERVIEW); // the failures before it did not stop it

      const stats = answerCacheStats(deps);
      const missing = await request(app).get('/api/entities/fx-nobody').expect(404);
      expect((missing.body as { error: { code: string } }).error.code).toBe('not_found');
      await request(app).get('/api/graph?limit=many').expect(400);
      await request(app).get('/api/nowhere').expect(404);
      await request(app).get(OVERVIEW).expect(200);
      const now = answerCacheStats(deps);
      expect(now.hits).toBe(stats.hits + 1); // the overview
      expect(now.computed).toBe(stats.computed + 1); // the 404, computed and not kept
      expect(now.entries).toBe(stats.entries);
    } finally {
      warmUp.stop();
    }
  });

  it('is off when the answer cache is off', async () => {
    const { deps, warmUp } = warmed({ ANSWER_CACHE_MB: '0', WARM_UP_POLL_MS: '100' });
    await warmUp.idle();
    expect(warmUp.last()).toBeUndefined();
    expect(answerCacheStats(deps).entries).toBe(0);
    warmUp.stop();
  });
});
