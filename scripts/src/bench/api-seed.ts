/**
 * `npx tsx scripts/src/bench/api-seed.ts [--duration S] [--connections N]`
 *
 * Latency of the main API endpoints on the seed graph: serves the app on loopback and drives it
 * with autocannon, one endpoint at a time, printing p50/p95/p99 (ms) and requests per second.
 * Uses the Neo4j that NEO4J_URI names (the seed graph loaded if the database is empty), or starts
 * a throw-away local Neo4j and ingests the seeds into it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createDriver, createLogger, loadConfig, serve, waitForNeo4j } from '@kg/server';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';
import { neo4jTarget } from '../neo4j/from-config';
import { seedIfEmpty } from '../ingest/seed-if-empty';

/** Defaults of the run, each overridable on the command line. */
const DEFAULTS = {
  /** Seconds of load per endpoint (after a 1 s warm-up). */
  duration: 5,
  /** Concurrent connections. */
  connections: 10,
};

/** What is measured: typical explorer calls on the seed graph. */
const ENDPOINTS: { name: string; path: string }[] = [
  { name: 'search', path: '/api/search?q=witkof' },
  { name: 'entity', path: '/api/entities/steve-witkoff' },
  { name: 'neighbors', path: '/api/entities/russia/neighbors?limit=25' },
  { name: 'paths', path: '/api/paths?from=ted-lieu&to=vladimir-putin&maxHops=4' },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function measure(url: string, duration: number, connections: number) {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, duration, connections }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
      else errors++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: 'string' }, connections: { type: 'string' } },
  });
  const duration = Number(values.duration ?? DEFAULTS.duration);
  const connections = Number(values.connections ?? DEFAULTS.connections);

  const env = loadConfig();
  let neo: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  if (!env.NEO4J_URI) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
    console.log('Starting a local Neo4j for the benchmark...');
    neo = await startLocalNeo4j({
      port: 0,
      dataDir,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
    });
  }
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: neo?.uri ?? env.NEO4J_URI,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  const driver = createDriver(neo4jTarget(config, neo), {
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
  try {
    await waitForNeo4j(driver, 30_000);
    const seeded = await seedIfEmpty(driver, config.NEO4J_DATABASE);
    console.log(seeded.message);
    const running = await serve({
      config,
      driver,
      logger: createLogger(config),
      clientDir: '/nonexistent',
      target: neo4jTarget(config, neo),
    });
    try {
      console.log(
        `API on ${running.url}; ${connections} connections, ${duration} s per endpoint\n`,
      );
      console.log('endpoint     p50 ms   p95 ms   p99 ms     req/s   requests  errors');
      for (const e of ENDPOINTS) {
        const url = `${running.url}${e.path}`;
        await measure(url, 1, connections); // warm-up: plan cache, connection pool, JIT
        const r = await measure(url, duration, connections);
        console.log(
          `${e.name.padEnd(10)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99
            .toFixed(1)
            .padStart(
              8,
            )} ${r.rps.toFixed(0).padStart(9)} ${String(r.requests).padStart(10)} ${String(r.errors).padStart(7)}`,
        );
      }
    } finally {
      await running.close(2000);
    }
  } finally {
    await driver.close();
    await neo?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
