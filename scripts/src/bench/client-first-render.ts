/**
 * `npx tsx scripts/src/bench/client-first-render.ts [--runs 5]`
 *
 * The explorer's first screen, end to end: serves the built client (client/dist; built here when
 * missing) with the real API on the Neo4j that NEO4J_URI names (or a throw-away local one with
 * the seed graph), opens headless Chromium (/usr/bin/chromium) and measures navigation start ->
 * `performance.mark('kg:first-render')` (set by main.ts after the first layout), in a fresh
 * browser context per run (cold cache). Prints the median and each run, then the gzipped size of
 * client/dist/assets/*.js. A benchmark, not a test: it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { createDriver, loadConfig, serve, waitForNeo4j } from '@kg/server';
import { repoRoot, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';
import { neo4jTarget } from '../neo4j/from-config';
import { seedIfEmpty } from '../ingest/seed-if-empty';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const say = (line: string) => console.log(`[client-bench] ${line}`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function bundleSizes(distDir: string): { file: string; bytes: number; gzip: number }[] {
  const assets = path.join(distDir, 'assets');
  return fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const body = fs.readFileSync(path.join(assets, f));
      return { file: f, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Math.max(1, Number(values.runs) || 5);
  const root = repoRoot();
  const clientDir = path.join(root, 'client/dist');
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
    say('client/dist is missing: building it');
    execFileSync('npx', ['vite', 'build', 'client', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }

  let local: LocalNeo4j | undefined;
  let uri = loadConfig().NEO4J_URI;
  if (!uri) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-client-bench-'));
    local = await startLocalNeo4j({ port: 0, dataDir, log: say });
    uri = local.uri;
  }
  const config = loadConfig({ NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const driver = createDriver(neo4jTarget(config, local));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const server = await serve({
    config,
    driver,
    logger: pino({ level: 'silent' }),
    clientDir,
    target: neo4jTarget(config, local),
  });
  try {
    await waitForNeo4j(driver, 30_000);
    await seedIfEmpty(driver, config.NEO4J_DATABASE, say);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(
        () => performance.getEntriesByName('kg:first-render').length > 0,
        null,
        {
          timeout: 60_000,
        },
      );
      const t = await page.evaluate(
        () => performance.getEntriesByName('kg:first-render')[0]!.startTime,
      );
      const nodes = await page.evaluate(
        () =>
          (globalThis as unknown as { __kg: { nodeIds: () => string[] } }).__kg.nodeIds().length,
      );
      times.push(t);
      say(`run ${i + 1}: ${t.toFixed(0)} ms to the first rendered graph (${nodes} nodes)`);
      await context.close();
    }
    say(`first render: median ${median(times).toFixed(0)} ms over ${runs} runs`);
    const sizes = bundleSizes(clientDir);
    for (const s of sizes)
      say(
        `  ${s.file}: ${(s.bytes / 1024).toFixed(1)} KiB, ${(s.gzip / 1024).toFixed(1)} KiB gzipped`,
      );
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    say(
      `bundle: ${(total / 1024).toFixed(1)} KiB gzipped in total (the Cypher console chunk loads on first open)`,
    );
  } finally {
    await browser.close();
    await server.close(1000);
    await driver.close();
    await local?.stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
