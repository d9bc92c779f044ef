/**
 * The API fuzzed over a real socket, against the real server and Neo4j: every operation in the
 * served /api/openapi.json gets generated requests (test/support/api-fuzz.ts). The verdict: not
 * one 5xx or dropped connection, every 4xx with the error body. FUZZ_REQUESTS (default 2,400)
 * and FUZZ_SEED choose the run; docs/benchmarks.md records a 10,000-request one.
 *
 * Saves (POST /api/articles) go to a temporary copy of the seeds; if one got through, the graph
 * is rebuilt from the real seeds afterwards, so the suite leaves the database as it found it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { serve, type RunningServer } from '@kg/server';
import { ingest, resetOwned } from '../../scripts/src/ingest/index';
import { fuzzApi, operationsOf, type Dictionary } from '../support/api-fuzz';
import { graphChecksum } from '../support/graph-checksum';
import { queryRows, testConfig, testDriver, testTarget } from '../support/neo4j';
import { REAL_SEEDS } from '../ingest/fixtures';
import { warmUp } from '../../scripts/src/warm-up';

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 2400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const database = testTarget().database;

let driver: Driver;
let server: RunningServer;
let seeds: string;
let initial: string;
const serverErrors: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
  seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fuzz-seeds-'));
  fs.cpSync(REAL_SEEDS, seeds, { recursive: true });
  server = await serve({
    config: testConfig({ SEEDS_DIR: seeds, HOST: '127.0.0.1' }),
    driver,
    // What the server logs at error level explains a 5xx the fuzz finds.
    logger: pino({ level: 'error' }, { write: (line: string) => void serverErrors.push(line) }),
  });
});
afterAll(async () => {
  await server.close(1000);
  if ((await graphChecksum(driver, database)) !== initial) {
    await resetOwned(driver, database);
    await ingest({ driver, database, seedsDir: REAL_SEEDS });
  }
  expect(await graphChecksum(driver, database)).toBe(initial);
  await driver.close();
  fs.rmSync(seeds, { recursive: true, force: true });
});

/** Real ids, types, labels and dates, so that generated requests also get past validation. */
async function dictionary(): Promise<Dictionary> {
  const rows = await queryRows<{ w: string }>(
    driver,
    `CALL () { MATCH (e:Entity) RETURN e.id AS w LIMIT 40
       UNION MATCH (a:Article) RETURN a.id AS w
       UNION MATCH ()-[r]->() RETURN DISTINCT type(r) AS w
       UNION MATCH (n) UNWIND labels(n) AS w RETURN DISTINCT w
       UNION MATCH (a:Article) RETURN toString(a.date) AS w }
     RETURN w`,
  );
  return { words: rows.map((r) => r.w).filter(Boolean) };
}

it(`answers ${TOTAL} generated requests over every documented operation without a 5xx, every 4xx with the error body`, async () => {
  const res = await fetch(`${server.url}/api/openapi.json`);
  const doc = (await res.json()) as Record<string, unknown>;
  const ops = operationsOf(doc);
  // As `npm start` does: the first-screen query plans compiled before traffic arrives.
  await warmUp(server.url);
  expect(ops.length).toBeGreaterThanOrEqual(10);
  const report = await fuzzApi({
    base: new URL(server.url),
    doc,
    dict: await dictionary(),
    total: TOTAL,
    seed: SEED,
    concurrency: 4,
  });
  const summary = {
    seed: SEED,
    requests: report.requests,
    seconds: Math.round(report.ms / 100) / 10,
    byStatus: report.byStatus,
    byOperation: report.byOperation,
    slowestMs: report.slowest,
  };
  process.stdout.write(`[fuzz] ${JSON.stringify(summary)}\n`);
  // Every operation was exercised, and the generator reached past validation on most of them.
  expect(Object.keys(report.byOperation).sort()).toEqual(
    ops.map((o) => `${o.method} ${o.path}`).sort(),
  );
  expect(report.requests).toBeGreaterThanOrEqual(TOTAL);
  expect(report.byStatus['200'] ?? 0).toBeGreaterThan(TOTAL / 20);
  const shown = report.problems
    .slice(0, 25)
    .map((p) => `${p.operation}: ${p.what}\n    ${p.request}`);
  if (shown.length) {
    const causes = new Set(
      serverErrors.map((l) => {
        const e = JSON.parse(l) as { err?: { type?: string; message?: string; code?: string } };
        return `${e.err?.type}: ${e.err?.code ?? ''} ${e.err?.message?.slice(0, 200)}`;
      }),
    );
    process.stdout.write(`[fuzz] server errors:\n  ${[...causes].slice(0, 30).join('\n  ')}\n`);
  }
  expect(shown).toEqual([]);
}, 3_600_000);
