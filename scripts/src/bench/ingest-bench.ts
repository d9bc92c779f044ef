/**
 * Ingestion benchmark: runs the real ingestion CLI (`scripts/src/ingest/cli.ts`) as a child
 * process against the benchmarks' own Neo4j, reads its timing lines, and samples the peak
 * memory of the child (VmHWM) and of the Neo4j JVM (RSS). Also the baseline: the naive
 * one-MERGE-per-row writer on the same 2,000-relationship sample.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadSeeds, validateSeeds } from '../ingest/validate';
import { resetOwned } from '../ingest/write';
import { repoRoot } from '../neo4j/local-neo4j';
import { localNeo4jEnv } from '../neo4j/from-config';
import type { BenchNeo4j } from './bench-neo4j';
import type { Corpus } from './corpus-cache';
import { MemorySampler, median } from './machine';
import { naiveWrite } from '../ingest/naive-writer';

export interface IngestRun {
  size: string;
  batchSize: number;
  /** Rows written: nodes + relationships (curated + MENTIONS). */
  rows: number;
  relationships: number;
  validateMs: number;
  resetMs: number;
  writeMs: number;
  totalMs: number;
  /** Wall time of the child process, start-up included. */
  wallMs: number;
  /** Relationships per second of the write phase / of the whole run (validation included). */
  relPerSecWrite: number;
  relPerSecTotal: number;
  ingestPeakMB: number;
  neo4jPeakMB: number;
}

export const INGEST_CLI = path.join(repoRoot(), 'scripts', 'src', 'ingest', 'cli.ts');
const RUN_BUILT = path.join(repoRoot(), 'scripts', 'bin', 'run-built.cjs');

/** The command line a run corresponds to, for the report. */
export function ingestCommand(dir: string, batchSize: number): string {
  return `NEO4J_URI=<own neo4j> npm run ingest -- --seeds ${path.relative(repoRoot(), dir)} --reset --batch-size ${batchSize}`;
}

/**
 * Node's flags in package.json's `ingest` script, which this mirrors: the main thread's young
 * generation capped at 2 x 4 MB. In an initial load that thread idles while the export thread
 * works, yet V8 had grown its young generation to 2 x 16 MB (+ 8 MB of young large objects)
 * while it hashed the seeds: ~16 MB of the process's peak (measured with v8's heap space
 * statistics, 2026-12-04).
 */
export const INGEST_NODE_FLAGS = ['--max-semi-space-size=4'];

/**
 * Runs the ingestion CLI (`args` after the script) in a child process as `npm run ingest` runs
 * it (scripts/bin/run-built.cjs: the compiled bundle, Node's default heap limit), sampling the
 * memory of the processes `pids(childPid)` names. Peaks by pid; the CLI's own under 'cli' only:
 * that one process's VmHWM, all its threads included, not npm's or the JVMs'. (Under tsx with
 * a 6 GB heap limit, as this ran before, the same 1M initial load peaked ~150 MB higher.)
 */
export async function runIngestCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  pids: (child: number) => number[],
): Promise<{ out: string; wallMs: number; peak: Map<number | 'cli', number> }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [...INGEST_NODE_FLAGS, RUN_BUILT, INGEST_CLI, ...args], {
    cwd: repoRoot(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = new Set<number>();
  const sampler = new MemorySampler(() => {
    const list = pids(child.pid!);
    for (const p of list) seen.add(p);
    return list;
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  sampler.stop();
  const wallMs = Date.now() - t0;
  if (code !== 0) throw new Error(`ingestion exited with ${code}:\n${out.slice(-3000)}`);
  const others = [...seen].filter((p) => p !== child.pid);
  const peak = new Map<number | 'cli', number>(others.map((p) => [p, sampler.peak(p)]));
  peak.set('cli', sampler.peak(child.pid!));
  return { out, wallMs, peak };
}

export async function runIngest(
  corpus: Corpus,
  neo: BenchNeo4j,
  batchSize: number,
  log: (line: string) => void,
): Promise<IngestRun> {
  const { out, wallMs, peak } = await runIngestCli(
    ['--seeds', corpus.dir, '--reset', '--batch-size', String(batchSize)],
    { ...process.env, ...localNeo4jEnv(neo.neo), NEO4J_DATABASE: 'neo4j', LOG_LEVEL: 'warn' },
    (child) => [child, neo.neo.pid],
  );
  const num = (re: RegExp) => Number((re.exec(out)?.[1] ?? 'NaN').replace(/,/g, ''));
  let relationships = 0;
  for (const m of out.matchAll(/^\[:[A-Z_]+\]\s+([\d,]+)/gm))
    relationships += Number(m[1]!.replace(/,/g, ''));
  const run: IngestRun = {
    size: corpus.size,
    batchSize,
    rows: num(/^total\s+([\d,]+)/m),
    relationships,
    validateMs: num(/validate (\d+) ms/),
    resetMs: num(/reset (\d+) ms/),
    writeMs: num(/write (\d+) ms/),
    totalMs: num(/total ([\d.]+) s/) * 1000,
    wallMs,
    relPerSecWrite: 0,
    relPerSecTotal: 0,
    ingestPeakMB: peak.get('cli') ?? 0,
    neo4jPeakMB: peak.get(neo.neo.pid) ?? 0,
  };
  run.relPerSecWrite = Math.round(relationships / (run.writeMs / 1000));
  run.relPerSecTotal = Math.round(relationships / ((run.totalMs - run.resetMs) / 1000));
  log(
    `  ingest ${corpus.size} batch ${batchSize}: ${relationships.toLocaleString('en-US')} rels, ` +
      `validate ${(run.validateMs / 1000).toFixed(1)} s, write ${(run.writeMs / 1000).toFixed(1)} s ` +
      `(${run.relPerSecWrite.toLocaleString('en-US')} rels/s), ingest peak ${run.ingestPeakMB} MB, ` +
      `Neo4j peak ${run.neo4jPeakMB} MB`,
  );
  return run;
}

export interface NaiveComparison {
  naiveRelPerSec: number[];
  pipelineRelPerSec: number[];
  ratio: number;
  relationships: number;
}

/** Pipeline vs naive writer on the same small corpus, measured in the same run. */
export async function compareWithNaive(
  corpus: Corpus,
  neo: BenchNeo4j,
  repeats: number,
  log: (line: string) => void,
): Promise<NaiveComparison> {
  const pipeline: number[] = [];
  for (let i = 0; i < repeats; i++)
    pipeline.push((await runIngest(corpus, neo, 5000, log)).relPerSecWrite);
  const { graph, errors } = await validateSeeds(await loadSeeds(corpus.dir));
  if (errors.length) throw new Error(`corpus ${corpus.dir} is invalid`);
  const naive: number[] = [];
  for (let i = 0; i < repeats; i++) {
    await resetOwned(neo.driver, 'neo4j');
    const r = await naiveWrite(neo.driver, 'neo4j', graph);
    naive.push(Math.round(r.relationshipsPerSecond));
    log(
      `  naive writer ${corpus.size}: ${r.relationships} rels at ${naive[i]!.toLocaleString('en-US')} rels/s (${r.ms} ms for ${r.rows} rows)`,
    );
  }
  return {
    naiveRelPerSec: naive,
    pipelineRelPerSec: pipeline,
    ratio: median(pipeline) / median(naive),
    relationships: graph.relationships.length + graph.mentions.length,
  };
}
