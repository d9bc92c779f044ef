/**
 * First load of a large corpus through Neo4j's offline importer (`neo4j-admin database import
 * full`), run from the same Maven artifacts as the local launcher. The Cypher writer is bound
 * by transactions (about 6,500 relationships/s here, docs/benchmarks.md); the importer writes
 * store files directly.
 *
 * Nothing in the target data folder is touched until the new store is complete: the seeds are
 * validated, written as CSV and imported into a work folder beside it, the schema (constraints,
 * full-text and date indexes) is built there by a Neo4j started on it, and only then is the new
 * database moved into place, after checking that no running Neo4j holds the folder. A database
 * already there is replaced only when asked (`replace`), and kept until the new one is in.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDriver, waitForNeo4j } from '@kg/server/driver';
import { DomainError } from '@kg/server/contracts';
import {
  adminToolCommand,
  ensureLauncherBuilt,
  isDataDirLocked,
  startLocalNeo4j,
} from '../neo4j/local-neo4j';
import { localTarget } from '../neo4j/from-config';
import type { GraphCounts } from './graph';
import { ARRAY_DELIMITER, readBufferBytes, type CsvFile } from './csv-export';
import { seedsRecord } from './ingest';
import { seedsFingerprint } from './seeds-fingerprint';
import { exportInWorker } from './stream-export-thread';
import { ensureSchema } from './schema';
import { bumpGraphVersion } from './graph-version';
import { DEFAULT_SEEDS_DIR } from './validate';

/** The database the importer writes and the launcher serves. */
const DATABASE = 'neo4j';

export interface InitialLoadOptions {
  /** The local Neo4j's data folder (server.directories.data). */
  dataDir: string;
  seedsDir?: string;
  /** Replace a database that is already there (otherwise that is an error). */
  replace?: boolean;
  /** Heap of the importer and of the Neo4j that builds the schema. Default 1g. */
  heap?: string;
  /** Page cache of the Neo4j that builds the schema. Default 512m. */
  pageCache?: string;
  log?: (line: string) => void;
}

export interface InitialLoadSummary {
  dataDir: string;
  graph: GraphCounts;
  files: CsvFile[];
  replaced: boolean;
  ms: {
    /** Manifest, registry and extraction files, streamed (stream-export.ts, steps 1–2). */
    validate: number;
    /** Target checks (store lock) and the seeds' fingerprint, while the export runs on its thread. */
    check: number;
    /** Articles, mentions and the merged relationships written (steps 3–4). */
    csv: number;
    import: number;
    /** start + indexes + stop. */
    schema: number;
    /** The schema phase's parts: Neo4j started on the new store, */
    schemaStart: number;
    /** every constraint and index created and awaited online (and the graph version written), */
    schemaIndexes: number;
    /** and Neo4j stopped (its checkpoint). */
    schemaStop: number;
    total: number;
  };
  relationshipsPerSecond: number;
}

/** A JVM size (`512m`, `4g`, as NEO4J_HEAP takes it) in MiB. */
function mebibytes(size: string): number {
  const m = /^(\d+)([kmg])$/i.exec(size.trim());
  if (!m) throw new Error(`not a JVM size: ${size}`);
  const unit = { k: 1 / 1024, m: 1, g: 1024 }[m[2]!.toLowerCase() as 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/**
 * Settings of the Neo4j that builds the schema on the imported store: Lucene's, for populating
 * the three full-text indexes in bulk (measured at 1M relationships: indexes online in 15.5 s
 * and 27 s of CPU, against 20.7 s and 34 s with the defaults; docs/benchmarks.md §1).
 * - A larger in-memory buffer per index writer (default 50 MB) means fewer segments flushed and
 *   merged again; the three writers may fill theirs at once, so each gets an eighth of the heap,
 *   at most 400 MB.
 * - Merges of up to ten segments (default two) rewrite each document fewer times, on Lucene's
 *   own threads rather than the one that feeds the index. Each index still ends as a single
 *   segment (checked at 1M), so queries see the same index.
 * Only this Neo4j gets them: the one `npm start` runs writes with the defaults.
 */
export function populationSettings(heap: string): Record<string, string> {
  const buffer = Math.max(16, Math.min(400, Math.floor(mebibytes(heap) / 8)));
  return {
    'internal.dbms.index.lucene.population_ram_buffer_size': String(buffer),
    'internal.dbms.index.lucene.merge_factor': '10',
    'internal.dbms.index.lucene.population_serial_merge_scheduler': 'false',
  };
}

/** A problem with the target or the importer (`import_failed`); the data folder is unchanged. */
const importFailed = (message: string, cause?: unknown) =>
  new DomainError('import_failed', message, { cause });

const dbDirs = (dataDir: string) => [
  path.join(dataDir, 'databases', DATABASE),
  path.join(dataDir, 'transactions', DATABASE),
];

/** True when the data folder holds store files of the database. */
function hasDatabase(dataDir: string): boolean {
  const store = dbDirs(dataDir)[0]!;
  return fs.existsSync(store) && fs.readdirSync(store).length > 0;
}

/** Runs neo4j-admin; resolves with its output, rejects with its last lines. */
async function runAdminTool(
  args: string[],
  home: string,
  heap: string,
  log: (line: string) => void,
): Promise<string> {
  const conf = path.join(home, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.writeFileSync(
    path.join(conf, 'neo4j.conf'),
    `server.directories.data=${path.join(home, 'data')}\nserver.directories.logs=${path.join(home, 'logs')}\n`,
  );
  const child = spawn('java', adminToolCommand(heap, ...args), {
    cwd: home,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    const text = d.toString();
    out += text;
    for (const line of text.split('\n')) {
      // The importer's stage lines; its progress dots and memory report stay out of the log.
      if (
        /^(IMPORT (DONE|FAILED)|\(\d\/\d\)|Imported:|\s+\d+ (nodes|relationships|properties))/.test(
          line,
        )
      )
        log(`[import] ${line.trim()}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    // The cause is stated near the top (the tail is a generic warning about the store).
    const lines = out.trim().split('\n');
    const causes = lines.filter((l) =>
      /error|exception|caused by|invalid|not enough|memory/i.test(l),
    );
    const tail = [...new Set([...causes.slice(0, 10), ...lines.slice(-3)])].join('\n');
    throw importFailed(`neo4j-admin database import failed (exit ${code}):\n${tail}`);
  }
  return out;
}

/**
 * Runs `neo4j-admin database import full` on the CSV files into `<work>/data` (the importer's
 * home is `work`). Rejects with the importer's cause; the target is never touched here.
 */
export async function importStore(
  files: readonly CsvFile[],
  work: string,
  heap: string,
  log: (line: string) => void,
): Promise<void> {
  await ensureLauncherBuilt(log);
  // Only the files with values that span lines (article texts) go through the importer's
  // multiline parser, in its per-file mode; each of those is smaller than the read buffer
  // (csv-export.ts, MULTILINE_PART_BYTES), which that mode needs.
  const multiline = files.filter((f) => f.multiline).map((f) => f.path);
  await runAdminTool(
    [
      'database',
      'import',
      'full',
      // A file without a name carries each row's type in a column (csv-export.ts, CURATED_FILE).
      ...files.map((f) => (f.name ? `--${f.kind}=${f.name}=${f.path}` : `--${f.kind}=${f.path}`)),
      `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0')}`,
      // Validated data: any bad entry is a bug, so the first one fails the import.
      '--bad-tolerance=0',
      // Without it a failure says only "Error importing csv file", not which line.
      '--verbose',
      `--report-file=${path.join(work, 'import.report')}`,
      ...(multiline.length
        ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`]
        : []),
      `--read-buffer-size=${readBufferBytes(files)}`,
      DATABASE,
    ],
    work,
    heap,
    log,
  );
}

export interface SchemaBuild {
  ms: {
    /** Neo4j started on the new store, */
    start: number;
    /** every constraint and index created and awaited online (and `then` run), */
    indexes: number;
    /** and Neo4j stopped (its checkpoint). */
    stop: number;
  };
  /** CPU seconds (user + system) of the Neo4j JVM while the indexes were built. */
  indexCpuSeconds: number;
}

/** A process's CPU time (user + system) in seconds, from /proc; 0 where /proc is missing. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime (clock ticks)
  } catch {
    return 0;
  }
}

/**
 * The schema phase: starts Neo4j on an imported data folder with the bulk population settings,
 * creates every constraint and index (schema.ts), waits for them online, runs `then` (the graph
 * version), and stops Neo4j, which checkpoints the store.
 */
export async function buildSchema(options: {
  /** The data folder (server.directories.data) holding the imported store. */
  dir: string;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
  then?: (driver: ReturnType<typeof createDriver>) => Promise<void>;
}): Promise<SchemaBuild> {
  const { heap, log } = options;
  const t0 = Date.now();
  const neo = await startLocalNeo4j({
    port: 0,
    // No Neo4j Browser: nobody browses this one, and its web server adds 0.6 s to the start.
    httpPort: -1,
    dataDir: options.dir,
    heap,
    pageCache: options.pageCache,
    settings: populationSettings(heap),
    txTimeoutSeconds: 600,
    startTimeoutMs: 600_000,
    log,
  });
  let tIndexed: number;
  let cpuAfter: number;
  const tStarted = Date.now();
  const cpuBefore = processCpuSeconds(neo.pid);
  try {
    const driver = createDriver(localTarget(neo, DATABASE));
    try {
      await waitForNeo4j(driver, 60_000);
      await ensureSchema(driver, DATABASE, 600);
      await options.then?.(driver);
    } finally {
      await driver.close();
      tIndexed = Date.now();
      cpuAfter = processCpuSeconds(neo.pid);
    }
  } finally {
    await neo.stop();
  }
  const tStopped = Date.now();
  return {
    ms: { start: tStarted - t0, indexes: tIndexed - tStarted, stop: tStopped - tIndexed },
    indexCpuSeconds: cpuAfter - cpuBefore,
  };
}

export async function initialLoad(options: InitialLoadOptions): Promise<InitialLoadSummary> {
  const t0 = Date.now();
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const heap = options.heap ?? '1g';

  // 1. Everything that can be refused is refused before the target is touched. The seeds are
  // validated while they are written as CSV into a work folder beside the target (same file
  // system: the final step is a rename), which is discarded when they are not valid.
  const existing = hasDatabase(dataDir);
  if (existing && !options.replace) {
    throw importFailed(
      `${dataDir} already holds a database; an initial load replaces it only with --reset`,
    );
  }
  const work = `${dataDir}.initial-load-${crypto.randomBytes(4).toString('hex')}`;
  try {
    // The export runs on its own thread while this one checks the store lock (a JVM start:
    // 3 s on an idle machine, 10 s on a busy one).
    const exporting = exportInWorker(
      { seedsDir: options.seedsDir ?? DEFAULT_SEEDS_DIR, dir: work },
      log,
    );
    const settled = exporting.then(
      () => undefined,
      () => undefined,
    );
    let locked: boolean;
    try {
      locked = await isDataDirLocked(dataDir, log);
    } catch (err) {
      await settled;
      throw err;
    }
    // Recorded with the new store, so that a rerun of `npm run ingest` on the same seeds has
    // nothing to do (seeds-fingerprint.ts); hashed while the export runs on its thread.
    const fingerprint = seedsFingerprint(options.seedsDir ?? DEFAULT_SEEDS_DIR);
    const tChecked = Date.now();
    if (locked) {
      await settled;
      throw importFailed(
        `a running Neo4j holds ${dataDir}; stop it (npm start, or another ingest) before an initial load`,
      );
    }
    const exported = await exporting;
    const { files } = exported;
    const tCsv = Date.now();
    log(
      `wrote ${files.length} CSV files (articles and mentions ${exported.ms.articles} ms, ` +
        `relationships ${exported.ms.relationships} ms)`,
    );

    await importStore(files, work, heap, log);
    const tImported = Date.now();

    const schema = await buildSchema({
      dir: path.join(work, 'data'),
      heap,
      pageCache: options.pageCache ?? '512m',
      log,
      // A new store is a new graph: a fresh version, or a running API would answer 304s
      // for what it cached from the old one.
      then: (driver) =>
        bumpGraphVersion(driver, DATABASE, seedsRecord(fingerprint, exported.graph)),
    });
    const tStarted = tImported + schema.ms.start;
    const tIndexed = tStarted + schema.ms.indexes;
    const tSchema = Date.now();
    log(
      `schema built (${tSchema - tImported} ms: Neo4j start ${tStarted - tImported} ms, ` +
        `indexes online ${tIndexed - tStarted} ms, stop ${tSchema - tIndexed} ms)`,
    );

    // 3. Into place. Checked again: someone may have started Neo4j meanwhile.
    if (await isDataDirLocked(dataDir, log)) {
      throw importFailed(
        `a running Neo4j took ${dataDir} during the load; nothing was changed there`,
      );
    }
    const [newStore, newTx] = dbDirs(path.join(work, 'data')) as [string, string];
    const [store, tx] = dbDirs(dataDir) as [string, string];
    const old = path.join(work, 'replaced');
    fs.mkdirSync(old, { recursive: true });
    fs.mkdirSync(path.dirname(store), { recursive: true });
    fs.mkdirSync(path.dirname(tx), { recursive: true });
    const moved: [string, string][] = [];
    const placed: string[] = [];
    try {
      for (const [from, to] of [
        [store, path.join(old, 'store')],
        [tx, path.join(old, 'transactions')],
      ] as const) {
        if (fs.existsSync(from)) {
          fs.renameSync(from, to);
          moved.push([from, to]);
        }
      }
      fs.renameSync(newStore, store);
      placed.push(store);
      fs.renameSync(newTx, tx);
      placed.push(tx);
    } catch (err) {
      // Put the old database back as it was.
      for (const p of placed) fs.rmSync(p, { recursive: true, force: true });
      for (const [from, to] of moved.reverse()) fs.renameSync(to, from);
      throw err;
    }
    const ms = {
      validate: exported.ms.load + exported.ms.extractions,
      check: tChecked - t0,
      csv: exported.ms.articles + exported.ms.relationships,
      import: tImported - tCsv,
      schema: tSchema - tImported,
      schemaStart: tStarted - tImported,
      schemaIndexes: tIndexed - tStarted,
      schemaStop: tSchema - tIndexed,
      total: Date.now() - t0,
    };
    const rels = Object.entries(exported.graph.relationships)
      .filter(([type]) => type !== 'PUBLISHED')
      .reduce((n, [, count]) => n + count, 0);
    return {
      dataDir,
      graph: exported.graph,
      files,
      replaced: existing,
      ms,
      relationshipsPerSecond: Math.round(rels / (ms.total / 1000)),
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** One paragraph for the CLI. */
export function formatInitialLoad(s: InitialLoadSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const nodes = s.files.filter((f) => f.kind === 'nodes').reduce((a, f) => a + f.rows, 0);
  const rels = s.files.filter((f) => f.kind === 'relationships').reduce((a, f) => a + f.rows, 0);
  return [
    `initial load into ${s.dataDir}${s.replaced ? ' (replaced the database that was there)' : ''}:`,
    `  ${n(nodes)} nodes, ${n(rels)} relationships`,
    `  validate ${s.ms.validate} ms, check ${s.ms.check} ms, csv ${s.ms.csv} ms, import ${s.ms.import} ms, schema ${s.ms.schema} ms; ` +
      `total ${(s.ms.total / 1000).toFixed(2)} s, ${n(s.relationshipsPerSecond)} relationships/s`,
    `  schema: Neo4j start ${s.ms.schemaStart} ms, indexes online ${s.ms.schemaIndexes} ms, stop ${s.ms.schemaStop} ms`,
  ].join('\n');
}
