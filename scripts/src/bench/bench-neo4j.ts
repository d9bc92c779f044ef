/**
 * The benchmarks' own Neo4j: a data folder under .bench/ (git-ignored), never the shared test
 * database. At most one runs at a time; heap and page cache come from NEO4J_HEAP and
 * NEO4J_PAGECACHE (defaults here: 2g and 1g, enough for 1M relationships).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDriver, loadConfig, waitForNeo4j } from '@kg/server';
import type { Driver } from 'neo4j-driver';
import { localTarget } from '../neo4j/from-config';
import { repoRoot, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';

export const BENCH_DIR = path.join(repoRoot(), '.bench');

export interface BenchNeo4j {
  neo: LocalNeo4j;
  driver: Driver;
  heap: string;
  pageCache: string;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(
  name: string,
  log: (line: string) => void,
  options: { fresh?: boolean } = {},
): Promise<BenchNeo4j> {
  const dataDir = path.join(BENCH_DIR, `neo4j-${name}`);
  if (options.fresh !== false) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  // From the environment through the one config module; for 1M relationships run with
  // NEO4J_HEAP=4g NEO4J_PAGECACHE=2g (docs/benchmarks.md).
  const { NEO4J_HEAP: heap, NEO4J_PAGECACHE: pageCache } = loadConfig();
  const neo = await startLocalNeo4j({
    port: 0,
    dataDir,
    heap,
    pageCache,
    // Big batches on a busy 2-core machine can exceed the default 30 s.
    txTimeoutSeconds: 600,
    // Recovery and page-cache warm-up on a 1M store can take longer than the default 120 s.
    startTimeoutMs: 600_000,
    log: (l) => log(`[neo4j] ${l}`),
  });
  const driver = createDriver(localTarget(neo, 'neo4j'));
  await waitForNeo4j(driver, 60_000);
  log(
    `own Neo4j ${neo.version} ${neo.edition} at ${neo.uri} (pid ${neo.pid}, heap ${heap}, page cache ${pageCache}, data ${path.relative(repoRoot(), dataDir)})`,
  );
  return {
    neo,
    driver,
    heap,
    pageCache,
    stop: async () => {
      await driver.close();
      await neo.stop();
    },
  };
}
