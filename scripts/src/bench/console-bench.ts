/**
 * Console bombs: eight heavy console queries at once (each would answer ~108 MB uncapped)
 * against the API in its own process, while /api/health is probed every 50 ms; then a hashed
 * static asset is fetched within 5 s of the last answer. Prints the figures the hardening
 * issue asks for: health latency, asset latency, the server's peak RSS (VmHWM from /proc).
 *
 * `npm run bench:console` (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD name the Neo4j; the query
 * reads no data, so any database will do). The integration test test/api/console-isolation
 * runs the same function and asserts on the behaviour.
 */
import fs from 'node:fs';
import { HEAVY_CONSOLE_QUERY, loadConfig } from '@kg/server';
import { startApiServer } from './api-bench';
import { median, percentile } from './machine';

export interface BombAnswer {
  status: number;
  bytes: number;
  truncatedBy?: string;
  rows?: number;
  errorCode?: string;
  ms: number;
}

export interface BombFigures {
  answers: BombAnswer[];
  wallMs: number;
  health: { probes: number; failures: number; p50: number; p95: number; max: number };
  /** The hashed asset, fetched repeatedly during the 5 s after the last answer. */
  asset: { path: string; firstMs: number; p50: number; max: number } | null;
  rssBeforeMB: number;
  peakRssMB: number;
}

/** Peak and current RSS of a process, in MB, from /proc (Linux). */
function rssOf(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function timed(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; res: Response; text: string }> {
  const t = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { ms: performance.now() - t, res, text };
}

/** The summary sits at the end of a console answer: read it without parsing megabytes twice. */
function answerOf(status: number, text: string, ms: number): BombAnswer {
  const body = JSON.parse(text) as {
    summary?: { truncatedBy?: string; rows: number };
    error?: { code: string };
  };
  return {
    status,
    bytes: Buffer.byteLength(text),
    ms,
    ...(body.summary?.truncatedBy ? { truncatedBy: body.summary.truncatedBy } : {}),
    ...(body.summary ? { rows: body.summary.rows } : {}),
    ...(body.error ? { errorCode: body.error.code } : {}),
  };
}

export async function consoleBombs(
  url: string,
  serverPid: number,
  bombs = 8,
  query = HEAVY_CONSOLE_QUERY,
): Promise<BombFigures> {
  const rssBefore = rssOf(serverPid).now;
  let done = 0;
  const healthMs: number[] = [];
  let failures = 0;
  const probing = (async () => {
    while (done < bombs) {
      try {
        const h = await timed(`${url}/api/health`);
        if (h.res.status === 200) healthMs.push(h.ms);
        else failures++;
      } catch {
        failures++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: bombs }, async () => {
      const a = await timed(`${url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      done++;
      return answerOf(a.res.status, a.text, a.ms);
    }),
  );
  const wallMs = performance.now() - started;
  const lastAnswer = performance.now();
  await probing;

  const index = await timed(`${url}/`);
  const assetPath = /\/assets\/[\w.-]+\.js/.exec(index.text)?.[0];
  let asset: BombFigures['asset'] = null;
  if (assetPath) {
    const ms: number[] = [];
    while (performance.now() - lastAnswer < 5000 && ms.length < 20) {
      ms.push((await timed(`${url}${assetPath}`)).ms);
    }
    asset = { path: assetPath, firstMs: ms[0]!, p50: median(ms), max: Math.max(...ms) };
  }
  return {
    answers,
    wallMs,
    health: {
      probes: healthMs.length,
      failures,
      p50: median(healthMs),
      p95: percentile(healthMs, 95),
      max: Math.max(...healthMs),
    },
    asset,
    rssBeforeMB: rssBefore,
    peakRssMB: rssOf(serverPid).peak,
  };
}

export function describeBombs(f: BombFigures): string {
  const ok = f.answers.filter((a) => a.status === 200);
  const lines = [
    `${f.answers.length} heavy console queries at once, all answered in ${(f.wallMs / 1000).toFixed(1)} s: ` +
      `${ok.length} × 200 (${ok.map((a) => `${a.rows} rows/${(a.bytes / 1e6).toFixed(1)} MB/${a.truncatedBy}`).join(', ')}), ` +
      `${f.answers.filter((a) => a.status === 429).length} × 429, other: ${
        f.answers
          .filter((a) => a.status !== 200 && a.status !== 429)
          .map((a) => a.status)
          .join(',') || 'none'
      }`,
    `/api/health meanwhile: ${f.health.probes} probes, ${f.health.failures} failed, p50 ${f.health.p50.toFixed(0)} ms, p95 ${f.health.p95.toFixed(0)} ms, max ${f.health.max.toFixed(0)} ms`,
    f.asset
      ? `static asset ${f.asset.path} within 5 s of the last answer: first ${f.asset.firstMs.toFixed(1)} ms, p50 ${f.asset.p50.toFixed(1)} ms, max ${f.asset.max.toFixed(1)} ms`
      : 'static asset: none (client not built: npm run build)',
    `server RSS ${f.rssBeforeMB.toFixed(0)} MB before, peak (VmHWM) ${f.peakRssMB.toFixed(0)} MB`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.NEO4J_URI)
    throw new Error('set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a running Neo4j');
  const server = await startApiServer(
    {
      NEO4J_URI: config.NEO4J_URI,
      NEO4J_USER: config.NEO4J_USER,
      NEO4J_PASSWORD: config.NEO4J_PASSWORD,
    },
    (l) => console.log(l),
    {},
  );
  try {
    const runs = Number(process.argv[2] ?? 3);
    for (let i = 1; i <= runs; i++) {
      console.log(`run ${i}:\n${describeBombs(await consoleBombs(server.url, server.child.pid!))}`);
    }
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
