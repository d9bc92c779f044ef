/**
 * The Java half of the initial load alone, on CSV files the export kept
 * (`export-bench.ts --keep DIR`): `neo4j-admin database import full` with the arguments
 * `ingest --initial-load` passes, then the schema phase (Neo4j started on the new store, every
 * constraint and index online, stopped), as initial-load.ts runs them. Prints wall time and the
 * JVM's CPU (user + system) of each step: CPU depends far less on the shared machine's load than
 * wall time, so it is what to compare between two changes, with the load printed beside it.
 * `--one-by-one` creates the schema statements one at a time and awaits each (the CPU of each
 * index; slower in total than the concurrent build).
 *
 *   node scripts/bin/run-built.cjs scripts/src/bench/java-bench.ts --csv DIR [--repeats N] [--heap 4g] [--page-cache 2g] [--one-by-one]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver, waitForNeo4j } from '@kg/server/driver';
import type { CsvFile } from '../ingest/csv-export';
import { buildSchema, importStore, processCpuSeconds } from '../ingest/initial-load';
import { schemaName, schemaStatements } from '../ingest/schema';
import { startLocalNeo4j } from '../neo4j/local-neo4j';
import { localTarget } from '../neo4j/from-config';
import { populationSettings } from '../ingest/initial-load';

const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    repeats: { type: 'string', default: '1' },
    heap: { type: 'string', default: process.env.NEO4J_HEAP ?? '4g' },
    'page-cache': { type: 'string', default: process.env.NEO4J_PAGECACHE ?? '2g' },
    'one-by-one': { type: 'boolean', default: false },
  },
});
if (!values.csv) {
  console.error('usage: java-bench.ts --csv DIR (from export-bench.ts --keep DIR) [--repeats N]');
  process.exit(2);
}
const csvDir = path.resolve(values.csv);
// The export names its files relative to where it ran; the importer runs in its work folder.
const files = (
  JSON.parse(fs.readFileSync(path.join(csvDir, 'files.json'), 'utf8')) as CsvFile[]
).map((f) => ({ ...f, path: path.join(csvDir, 'csv', path.basename(f.path)) }));
const heap = values.heap!;
const pageCache = values['page-cache']!;

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const s = (ms: number) => (ms / 1000).toFixed(1);

/** CPU seconds of this process's waited-for children (cutime + cstime), from /proc. */
function childrenCpuSeconds(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function du(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? du(p) : fs.statSync(p).size;
  }
  return n;
}

/** Each schema statement alone, awaited, with the JVM's CPU for it. */
async function oneByOne(dir: string): Promise<void> {
  const neo = await startLocalNeo4j({
    port: 0,
    httpPort: -1,
    dataDir: dir,
    heap,
    pageCache,
    settings: populationSettings(heap),
    txTimeoutSeconds: 600,
    startTimeoutMs: 600_000,
  });
  const driver = createDriver(localTarget(neo, 'neo4j'));
  try {
    await waitForNeo4j(driver, 60_000);
    for (const q of schemaStatements()) {
      const cpu0 = processCpuSeconds(neo.pid);
      const t0 = performance.now();
      await driver.executeQuery(q, {}, { database: 'neo4j' });
      await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: 'neo4j' });
      const cpu = processCpuSeconds(neo.pid) - cpu0;
      console.log(`  ${schemaName(q)}: ${s(performance.now() - t0)} s, ${cpu.toFixed(1)} s CPU`);
    }
  } finally {
    await driver.close();
    await neo.stop();
  }
}

async function once(i: number): Promise<void> {
  const work = fs.mkdtempSync(path.join(path.dirname(csvDir), 'java-bench-'));
  const log = (line: string) => {
    if (/IMPORT DONE|\d+ (nodes|relationships|properties)/.test(line)) console.log(`  ${line}`);
  };
  try {
    const loadBefore = load();
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    await importStore(files, work, heap, log);
    const importMs = performance.now() - t0;
    const importCpu = childrenCpuSeconds() - cpu0;
    const data = path.join(work, 'data');
    const storeBytes = du(data);
    if (values['one-by-one']) {
      console.log(`run ${i + 1}: import ${s(importMs)} s (${importCpu.toFixed(1)} s CPU)`);
      await oneByOne(data);
      return;
    }
    const cpu1 = childrenCpuSeconds();
    const schema = await buildSchema({ dir: data, heap, pageCache, log: () => {} });
    const schemaCpu = childrenCpuSeconds() - cpu1;
    console.log(
      `run ${i + 1}: import ${s(importMs)} s (${importCpu.toFixed(1)} s CPU, store ${(storeBytes / 2 ** 20).toFixed(0)} MB); ` +
        `schema ${s(schema.ms.start + schema.ms.indexes + schema.ms.stop)} s (${schemaCpu.toFixed(1)} s CPU): ` +
        `start ${s(schema.ms.start)}, indexes ${s(schema.ms.indexes)} (${schema.indexCpuSeconds.toFixed(1)} s CPU), ` +
        `stop ${s(schema.ms.stop)}; load ${loadBefore} -> ${load()}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (let i = 0; i < Number(values.repeats); i++) await once(i);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
