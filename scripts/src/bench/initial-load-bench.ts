/**
 * Initial-load benchmark: runs the ingestion CLI with --initial-load --reset (neo4j-admin
 * import, see scripts/src/ingest/initial-load.ts) into a data folder under .bench/, reads its
 * phase timings, and samples the peak memory of the CLI and of the JVMs it starts (the
 * importer, then the Neo4j that builds the schema).
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../neo4j/local-neo4j';
import { BENCH_DIR } from './bench-neo4j';
import type { Corpus } from './corpus-cache';
import { runIngestCli } from './ingest-bench';

export interface InitialLoadRun {
  size: string;
  nodes: number;
  relationships: number;
  validateMs: number;
  csvMs: number;
  importMs: number;
  schemaMs: number;
  /** The schema phase's parts: Neo4j start, constraints and indexes online, stop. */
  schemaStartMs: number;
  schemaIndexesMs: number;
  schemaStopMs: number;
  totalMs: number;
  wallMs: number;
  /** Relationships per second over the whole run (validation included). */
  relPerSec: number;
  ingestPeakMB: number;
  /** Largest of the JVMs the CLI started. */
  jvmPeakMB: number;
}

export const initialLoadCommand = (dir: string, size: string) =>
  `NEO4J_DATA_DIR=.bench/neo4j-initial-${size} npm run ingest -- --seeds ${path.relative(repoRoot(), dir)} --initial-load --reset`;

/** The descendants of `pid` (children of every thread, recursively). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const read = (file: string, fallback: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return fallback; // the process or thread has gone meanwhile
    }
  };
  const walk = (p: number) => {
    let threads: string[];
    try {
      threads = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of threads) {
      const children = read(`/proc/${p}/task/${t}/children`, '');
      for (const c of children.split(/\s+/).filter(Boolean).map(Number)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

export async function runInitialLoad(
  corpus: Corpus,
  log: (line: string) => void,
): Promise<InitialLoadRun> {
  const dataDir = path.join(BENCH_DIR, `neo4j-initial-${corpus.size}`);
  // No NEO4J_URI: an initial load writes the local store files.
  const { NEO4J_URI: _remote, ...inherited } = process.env;
  const env = { ...inherited, NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const { out, wallMs, peak } = await runIngestCli(
    ['--seeds', corpus.dir, '--initial-load', '--reset'],
    env,
    (child) => [child, ...descendants(child)],
  );
  const jvms = [...peak].filter(([p]) => p !== 'cli').map(([, mb]) => mb);
  const num = (re: RegExp) => Number((re.exec(out)?.[1] ?? 'NaN').replace(/,/g, ''));
  const run: InitialLoadRun = {
    size: corpus.size,
    nodes: num(/([\d,]+) nodes, [\d,]+ relationships/),
    relationships: num(/[\d,]+ nodes, ([\d,]+) relationships/),
    validateMs: num(/validate (\d+) ms/),
    csvMs: num(/csv (\d+) ms/),
    importMs: num(/import (\d+) ms/),
    schemaMs: num(/schema (\d+) ms/),
    schemaStartMs: num(/schema: Neo4j start (\d+) ms/),
    schemaIndexesMs: num(/indexes online (\d+) ms/),
    schemaStopMs: num(/indexes online \d+ ms, stop (\d+) ms/),
    totalMs: num(/total ([\d.]+) s/) * 1000,
    wallMs,
    relPerSec: 0,
    ingestPeakMB: peak.get('cli') ?? 0,
    jvmPeakMB: Math.max(0, ...jvms),
  };
  run.relPerSec = Math.round(run.relationships / (run.totalMs / 1000));
  log(
    `  initial load ${corpus.size}: ${run.relationships.toLocaleString('en-US')} rels, validate ` +
      `${(run.validateMs / 1000).toFixed(1)} s, csv ${(run.csvMs / 1000).toFixed(1)} s, import ` +
      `${(run.importMs / 1000).toFixed(1)} s, schema ${(run.schemaMs / 1000).toFixed(1)} s ` +
      `(Neo4j start ${(run.schemaStartMs / 1000).toFixed(1)}, indexes ${(run.schemaIndexesMs / 1000).toFixed(1)}, ` +
      `stop ${(run.schemaStopMs / 1000).toFixed(1)}), total ` +
      `${(run.totalMs / 1000).toFixed(1)} s; peak CLI ${run.ingestPeakMB} MB, JVM ${run.jvmPeakMB} MB`,
  );
  return run;
}
