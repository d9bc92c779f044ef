/**
 * `npx tsx scripts/src/bench/main-thread-bench.ts [--runs N] URL [URL ...]`
 *
 * The explorer's first screen as Lighthouse's mobile simulation sees its main thread, measured
 * without the machine's load in it: each URL (a running explorer, e.g. `npm start`, or two
 * builds served side by side for a before/after) is opened in turn, N times each, in a fresh
 * context of headless Chromium (/usr/bin/chromium) at a phone's viewport, with a DevTools trace
 * until 2.5 s after the first graph is ready (`window.__kg.ready`). Every main-thread task is
 * read by its **CPU time** (the trace's thread duration: time the task was descheduled on a
 * shared machine does not count), and "blocking" is Lighthouse's TBT on it with its 4x CPU
 * slowdown: the sum over tasks after the first contentful paint of (4 x CPU ms - 50). Prints the
 * figure per run and the median per URL, and the longest tasks of the last run with what ran in
 * them. A benchmark: it asserts nothing.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Lighthouse's mobile CPU slowdown and long-task threshold. */
const SLOWDOWN = 4;
const LONG_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

interface Task {
  atMs: number;
  cpuMs: number;
  afterFcp: boolean;
  what: string;
}

export interface FirstScreenRun {
  blockingMs: number;
  fcpMs: number;
  tasks: Task[];
}

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Reads a trace: the page's main thread, its first contentful paint and its tasks over 12.5 ms. */
export function blockingFromTrace(events: TraceEvent[]): FirstScreenRun {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('no first contentful paint in the trace');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp.pid,
  );
  // The page's own navigation: the last one before its first paint (about:blank has one too).
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.pid === fcp.pid && e.ts <= fcp.ts)
    .reduce((last, e) => Math.max(last, e.ts), -Infinity);
  const origin = Number.isFinite(nav) ? nav : fcp.ts;
  const mine = events.filter((e) => e.pid === fcp.pid && e.tid === main?.tid && e.ph === 'X');
  const tasks: Task[] = [];
  let blockingMs = 0;
  for (const t of mine) {
    if (t.name !== 'RunTask' || cpu(t) * SLOWDOWN <= LONG_MS) continue;
    const afterFcp = t.ts >= fcp.ts;
    if (afterFcp) blockingMs += cpu(t) * SLOWDOWN - LONG_MS;
    // The biggest event inside the task names what it was (script, a frame, a style pass...).
    const inner = mine
      .filter((e) => e !== t && e.name !== 'RunTask' && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0))
      .sort((a, b) => cpu(b) - cpu(a))
      .slice(0, 3)
      .map((e) => {
        const d = e.args?.data;
        const where = d?.functionName || (d?.url ?? '').split('/').pop() || '';
        return `${e.name}${where ? ` ${where}` : ''} ${cpu(e).toFixed(0)}`;
      });
    tasks.push({
      atMs: Math.round((t.ts - origin) / 1000),
      cpuMs: Math.round(cpu(t) * 10) / 10,
      afterFcp,
      what: inner.join(', '),
    });
  }
  return { blockingMs: Math.round(blockingMs), fcpMs: Math.round((fcp.ts - origin) / 1000), tasks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '5' } },
  });
  if (!positionals.length) throw new Error('give the URL of at least one running explorer');
  const runs = Math.max(1, Number(values.runs) || 5);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results = new Map<string, FirstScreenRun[]>(positionals.map((u) => [u, []]));
  try {
    for (let i = 0; i < runs; i++) {
      // Alternating: a change in the machine's load falls on every URL alike.
      for (const url of positionals) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
        });
        const page = await context.newPage();
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
        });
        await page.goto(url);
        const ready = () =>
          (globalThis as unknown as { __kg?: { ready: boolean } }).__kg?.ready === true;
        await page.waitForFunction(ready, undefined, {
          timeout: 120_000,
        });
        await page.waitForTimeout(2500);
        const trace = JSON.parse((await browser.stopTracing()).toString()) as {
          traceEvents: TraceEvent[];
        };
        const run = blockingFromTrace(trace.traceEvents);
        results.get(url)!.push(run);
        console.log(`${url} run ${i + 1}: blocking ${run.blockingMs} ms (FCP ${run.fcpMs} ms)`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\n| explorer | blocking ms (4x CPU time, after FCP) per run | median |');
  console.log('| --- | --- | ---: |');
  for (const [url, rs] of results)
    console.log(
      `| ${url} | ${rs.map((r) => r.blockingMs).join(', ')} | ${median(rs.map((r) => r.blockingMs))} |`,
    );
  for (const [url, rs] of results) {
    console.log(`\n${url}, last run: tasks over ${LONG_MS / SLOWDOWN} ms of CPU`);
    for (const t of rs.at(-1)!.tasks)
      console.log(`  @${t.atMs} ms ${t.cpuMs} ms${t.afterFcp ? '' : ' (before FCP)'}: ${t.what}`);
  }
}

if (require.main === module)
  void main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
