/**
 * One real Neo4j for the whole test run: the NEO4J_URI given, or a local one started here on a
 * free port with a throw-away data folder. The seed graph is loaded when the database is empty.
 * Test files find the database through process.env (see ./neo4j.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDriver, waitForNeo4j, warmFirstScreen } from '@kg/server';
import { startLocalNeo4j } from '../../scripts/src/neo4j/local-neo4j';
import { seedIfEmpty } from '../../scripts/src/ingest/seed-if-empty';
import { testConfig } from './neo4j';

/** Times the first-screen reads are tried before the suites start. */
const WARM_ATTEMPTS = 3;

export default async function globalSetup(): Promise<void> {
  const log = (line: string) => process.stderr.write(`[test setup] ${line}\n`);
  if (!process.env.NEO4J_URI) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
    // A JVM boots in ~10 s on a quiet machine and minutes when six engineers share two cores.
    const neo = await startLocalNeo4j({ port: 0, dataDir, log, startTimeoutMs: 300_000 });
    (globalThis as { __KG_NEO4J__?: unknown }).__KG_NEO4J__ = { neo, dataDir };
    process.env.NEO4J_URI = neo.uri;
    process.env.NEO4J_USER = neo.user;
    process.env.NEO4J_PASSWORD = neo.password;
    process.env.KG_TEST_OWNS_NEO4J = '1';
    log(`Neo4j ${neo.version} at ${neo.uri}`);
  }
  process.env.NEO4J_DATABASE ??= 'neo4j';
  const driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE,
  });
  try {
    await waitForNeo4j(driver, 30_000);
    await seedIfEmpty(driver, process.env.NEO4J_DATABASE, log);
    await warmReads(driver, log);
  } finally {
    await driver.close();
  }
}

/**
 * The explorer's first-screen reads (overview, schema, the hubs' details), run once through the
 * server's own code before any suite: a freshly started Neo4j plans every query and reads its
 * pages from disk on first use, and on a loaded machine the first /api/graph could pass the
 * API's 15 s query timeout (a 504 in the first browser test). Harness only: the server, its
 * timeouts and its warm-up after writes are unchanged. A read that still fails is retried, then
 * left to the suites (whose own failure then says why).
 */
async function warmReads(
  driver: ReturnType<typeof createDriver>,
  log: (line: string) => void,
): Promise<void> {
  const deps = { driver, config: testConfig(), logger: pino({ level: 'silent' }) };
  const started = Date.now();
  for (let attempt = 1; attempt <= WARM_ATTEMPTS; attempt++) {
    const report = await warmFirstScreen(deps);
    if (!report.failed.length) {
      log(
        `first-screen reads warmed in ${Date.now() - started} ms (${report.warmed.length} answers)`,
      );
      return;
    }
    log(
      `first-screen warm-up, attempt ${attempt}: ${report.failed.map((f) => `${f.url}: ${f.error}`).join('; ')}`,
    );
  }
}
