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
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { eventLoopDelayOf, startApiServer, type EventLoopDelay } from './api-bench';
import { fmt, median, percentile, table } from './machine';

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
  /** The API process's event-loop delay while the bombs ran. */
  eventLoop: EventLoopDelay;
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
  server: { url: string; child: ChildProcess },
  bombs = 8,
  query = HEAVY_CONSOLE_QUERY,
): Promise<BombFigures> {
  const { url } = server;
  const serverPid = server.child.pid!;
  const rssBefore = rssOf(serverPid).now;
  await eventLoopDelayOf(server.child); // starts the measurement
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
  const eventLoop = await eventLoopDelayOf(server.child);

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
    eventLoop,
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
    `API event-loop delay meanwhile: p50 ${f.eventLoop.p50} ms, p95 ${f.eventLoop.p95} ms, max ${f.eventLoop.max} ms`,
    f.asset
      ? `static asset ${f.asset.path} within 5 s of the last answer: first ${f.asset.firstMs.toFixed(1)} ms, p50 ${f.asset.p50.toFixed(1)} ms, max ${f.asset.max.toFixed(1)} ms`
      : 'static asset: none (client not built: npm run build)',
    `server RSS ${f.rssBeforeMB.toFixed(0)} MB before, peak (VmHWM) ${f.peakRssMB.toFixed(0)} MB`,
  ];
  return lines.join('\n');
}

/** One figure over runs: the median, and the runs' values. */
const mid = (xs: number[]) => `${fmt(median(xs))} (${xs.map((x) => fmt(x)).join(', ')})`;

/**
 * `npm run bench:console -- [RUNS] [--ab]`: RUNS rounds of eight bombs, each on a fresh API
 * process (so the RSS peak is the round's own). `--ab` runs every round twice, console on the
 * main thread (CYPHER_WORKERS=0, "A") and in a worker (the default, "B"), in alternating order,
 * and prints the medians of both and their ratios: one run, one machine load.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.NEO4J_URI)
    throw new Error('set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a running Neo4j');
  const args = process.argv.slice(2);
  const ab = args.includes('--ab');
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
  const modes: { name: string; env: Record<string, string> }[] = ab
    ? [
        { name: 'A: main thread (CYPHER_WORKERS=0)', env: { CYPHER_WORKERS: '0' } },
        { name: `B: worker (CYPHER_WORKERS=${config.CYPHER_WORKERS})`, env: {} },
      ]
    : [{ name: `CYPHER_WORKERS=${config.CYPHER_WORKERS}`, env: {} }];
  const figures = new Map<string, { f: BombFigures; load: number }[]>(
    modes.map((m) => [m.name, []]),
  );
  for (let i = 1; i <= runs; i++) {
    for (const mode of i % 2 ? modes : [...modes].reverse()) {
      const server = await startApiServer(
        {
          NEO4J_URI: config.NEO4J_URI,
          NEO4J_USER: config.NEO4J_USER,
          NEO4J_PASSWORD: config.NEO4J_PASSWORD,
        },
        () => {},
        mode.env,
      );
      try {
        const f = await consoleBombs(server);
        const load = os.loadavg()[0]!;
        figures.get(mode.name)!.push({ f, load });
        console.log(`run ${i}, ${mode.name}, load ${load.toFixed(1)}:\n${describeBombs(f)}`);
      } finally {
        await server.stop();
      }
    }
  }
  const rows = modes.map((m) => {
    const runsOf = figures.get(m.name)!;
    const pick = (g: (f: BombFigures) => number) => runsOf.map((r) => g(r.f));
    return {
      name: m.name,
      cells: {
        wall: pick((f) => f.wallMs / 1000),
        p50: pick((f) => f.health.p50),
        p95: pick((f) => f.health.p95),
        max: pick((f) => f.health.max),
        loopP95: pick((f) => f.eventLoop.p95),
        loopMax: pick((f) => f.eventLoop.max),
        asset: pick((f) => f.asset?.p50 ?? NaN),
        rss: pick((f) => f.peakRssMB),
        load: runsOf.map((r) => r.load),
      },
    };
  });
  const keys = ['wall', 'p50', 'p95', 'max', 'loopP95', 'loopMax', 'asset', 'rss', 'load'] as const;
  const head = [
    'mode (median over runs, runs in brackets)',
    'all answered s',
    'health p50 ms',
    'health p95 ms',
    'health max ms',
    'event loop p95 ms',
    'event loop max ms',
    'asset p50 ms',
    'RSS peak MB',
    'load (1 min)',
  ];
  const body = rows.map((r) => [r.name, ...keys.map((k) => mid(r.cells[k]))]);
  if (ab) {
    const [a, b] = rows;
    body.push([
      'ratio B / A (medians)',
      ...keys.map((k) =>
        k === 'load' ? '' : `${(median(b!.cells[k]) / median(a!.cells[k])).toFixed(2)}×`,
      ),
    ]);
  }
  console.log(`\n${table(head, body)}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
