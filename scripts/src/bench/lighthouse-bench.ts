/**
 * Lighthouse on the explorer's first screen, served the way `npm start` serves it: the client is
 * built, the seed graph is loaded into the benchmarks' own Neo4j, the API runs in its own
 * process (so Lighthouse's trace processing does not share its event loop) and its query plans
 * are warmed. Each run launches Debian's Chromium afresh (cold cache, clean profile) with the
 * project's headless flags and runs the Lighthouse npm package against it through the DevTools
 * port, with the desktop or the default (mobile) configuration. Prints the four category scores
 * (median of the runs) and every audit that did not pass, with the elements it names.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { ingest } from '../ingest/ingest';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { localNeo4jEnv } from '../neo4j/from-config';
import { repoRoot } from '../neo4j/local-neo4j';
import { warmUp } from '../warm-up';
import { startApiServer } from './api-bench';
import type { BenchNeo4j } from './bench-neo4j';
import { median, table } from './machine';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type FormFactor = 'desktop' | 'mobile';

/** An audit that did not pass, with up to five of the elements or resources it names. */
export interface FailingAudit {
  id: string;
  category: string;
  title: string;
  score: number | null;
  displayValue?: string;
  items: string[];
}

export interface LighthouseRun {
  formFactor: FormFactor;
  url: string;
  lighthouseVersion: string;
  /** Category -> score 0..100. */
  scores: Record<string, number>;
  failing: FailingAudit[];
  /** Lighthouse's own performance metrics (ms, CLS unitless). */
  metrics: Record<string, number>;
}

export interface LighthouseFigures {
  formFactor: FormFactor;
  runs: LighthouseRun[];
  /** Median per category over the runs. */
  medians: Record<string, number>;
  /** The last run's full report, for the HTML viewer or a diff. */
  lastReport: unknown;
}

/** Debian's Chromium with a DevTools port chosen by the OS; resolves once it is listening. */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Chromium did not open its DevTools port in 60 s')),
      60_000,
    );
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code} before listening`));
    });
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(profile, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

interface Lhr {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
}

/** The element or resource an audit item names, in one line (undefined: nothing to name). */
function describeItem(item: Record<string, unknown>): string | undefined {
  const node = item.node as { selector?: string } | undefined;
  if (node?.selector) return node.selector;
  const sub = (item.subItems as { items?: { error?: string }[] } | undefined)?.items ?? [];
  const errors = sub.map((s) => s.error).filter(Boolean);
  const text = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : undefined);
  const url = text('url') ?? text('scriptUrl') ?? text('sourceLocation');
  if (url) return errors.length ? `${url}: ${errors.join('; ')}` : url;
  if (text('issueType')) return text('issueType');
  if (text('message')) return `${text('message')}${text('line') ? `: ${text('line')}` : ''}`;
  const source = item.source as { url?: string } | undefined;
  if (source?.url) return `${text('description') ?? ''} ${source.url}`.trim();
  return text('description') ?? text('label');
}

function summarise(lhr: Lhr, formFactor: FormFactor): LighthouseRun {
  const scores: Record<string, number> = {};
  const failing: FailingAudit[] = [];
  for (const name of CATEGORIES) {
    const cat = lhr.categories[name];
    if (!cat) continue;
    scores[name] = Math.round((cat.score ?? 0) * 100);
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
      // Performance metrics are reported as figures below; its opportunities count as failing.
      failing.push({
        id: a.id,
        category: name,
        title: a.title,
        score: a.score,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        items: (a.details?.items ?? [])
          .map(describeItem)
          .filter((x): x is string => !!x)
          .slice(0, 5),
      });
    }
  }
  const metrics: Record<string, number> = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const v = lhr.audits[id]?.numericValue;
    if (v !== undefined) metrics[id] = Math.round(v * 1000) / 1000;
  }
  return {
    formFactor,
    url: lhr.finalDisplayedUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    scores,
    failing,
    metrics,
  };
}

/** Builds the client, loads the seed graph, serves it and runs Lighthouse `repeats` times. */
export async function runLighthouseBench(
  neo: BenchNeo4j,
  options: { formFactor: FormFactor; repeats: number },
  log: (line: string) => void,
): Promise<LighthouseFigures> {
  log('building the client (npm run build:client), as npm start does');
  execFileSync('npm', ['run', 'build:client', '--silent'], { cwd: repoRoot(), stdio: 'inherit' });
  log('loading the seed graph');
  await ingest({ driver: neo.driver, database: 'neo4j', seedsDir: DEFAULT_SEEDS_DIR, reset: true });
  const server = await startApiServer(localNeo4jEnv(neo.neo), log, {});
  // Lighthouse is an ESM package; this CommonJS module loads it on demand.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  try {
    const warm = await warmUp(server.url);
    log(`query plans warmed (${warm.ok} first-screen requests, ${(warm.ms / 1000).toFixed(1)} s)`);
    const runs: LighthouseRun[] = [];
    let lastReport: unknown;
    for (let i = 0; i < options.repeats; i++) {
      const chromium = await launchChromium();
      try {
        const result = await lighthouse(
          `${server.url}/`,
          {
            port: chromium.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          },
          options.formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr as unknown as Lhr;
        lastReport = lhr;
        const run = summarise(lhr, options.formFactor);
        runs.push(run);
        log(
          `run ${i + 1}/${options.repeats} (${options.formFactor}): ` +
            CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', '),
        );
      } finally {
        await chromium.stop();
      }
    }
    const medians: Record<string, number> = {};
    for (const c of CATEGORIES) medians[c] = median(runs.map((r) => r.scores[c] ?? 0));
    return { formFactor: options.formFactor, runs, medians, lastReport };
  } finally {
    await server.stop();
  }
}

/** The scores table, the metrics of each run and the audits that failed in any run. */
export function lighthouseReport(f: LighthouseFigures): string {
  const scores = table(
    ['category', ...f.runs.map((_, i) => `run ${i + 1}`), 'median'],
    CATEGORIES.map((c) => [c, ...f.runs.map((r) => r.scores[c] ?? 'n/a'), f.medians[c] ?? 'n/a']),
  );
  const metricIds = Object.keys(f.runs[0]?.metrics ?? {});
  const metrics = table(
    ['metric', ...f.runs.map((_, i) => `run ${i + 1}`)],
    metricIds.map((m) => [
      m,
      ...f.runs.map((r) =>
        m === 'cumulative-layout-shift' ? r.metrics[m]! : Math.round(r.metrics[m]!),
      ),
    ]),
  );
  const seen = new Map<string, FailingAudit>();
  for (const r of f.runs) for (const a of r.failing) if (!seen.has(a.id)) seen.set(a.id, a);
  const failing = [...seen.values()].map(
    (a) =>
      `- [${a.category}] ${a.id} (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}` +
      a.items.map((it) => `\n    ${it}`).join(''),
  );
  return [
    scores,
    '',
    'metrics (ms; CLS unitless):',
    '',
    metrics,
    '',
    failing.length
      ? `audits that did not pass:\n${failing.join('\n')}`
      : 'every scored audit passed',
  ].join('\n');
}
