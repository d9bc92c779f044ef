/**
 * One real Neo4j for the whole test run: the NEO4J_URI given, or a local one started here on a
 * free port with a throw-away data folder. The seed graph is loaded when the database is empty.
 * Test files find the database through process.env (see ./neo4j.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, waitForNeo4j } from '@kg/server';
import { startLocalNeo4j } from '../../scripts/src/neo4j/local-neo4j';
import { seedIfEmpty } from '../../scripts/src/ingest/seed-if-empty';

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
  } finally {
    await driver.close();
  }
}
