/**
 * One ingestion run: load and validate the seeds (nothing is written unless they are valid),
 * then, holding the database's ingest lock: optionally reset what ingestion owns, create the
 * schema, write the graph; summarise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { GraphCounts, SeedGraph } from './graph';
import { spooledRows, type GraphRows } from './graph-rows';
import { STREAM_DEFAULTS, validateAndExport, type StreamExportResult } from './stream-export';
import { exportInWorker } from './stream-export-thread';
import { ARTICLE, ENTITY_LABELS, RELATIONSHIP_TYPES } from '@kg/server/contracts';
import { readSeedsRecord, type SeedsRecord } from './graph-version';
import { withIngestLock, type IngestLock } from './ingest-lock';
import { seedsFingerprint } from './seeds-fingerprint';
import { ensureSchema } from './schema';
import { DEFAULT_SEEDS_DIR, loadSeeds, validateSeeds, type SeedSet } from './validate';
import {
  resetOwned,
  planStats,
  writeGraph,
  WRITE_DEFAULTS,
  type GroupStats,
  type WriteMode,
} from './write';
import { DomainError } from '@kg/server/contracts';
import { formatSeedError, type SeedError } from './yaml-file';

export interface IngestOptions {
  /** Required unless dryRun. */
  driver?: Driver;
  database?: string;
  /** Default: <repo>/seeds. */
  seedsDir?: string;
  /** Delete Entity/Article nodes and their relationships first. */
  reset?: boolean;
  /** Validate and report what would be written; write nothing. */
  dryRun?: boolean;
  /** Rows per UNWIND batch. Default 5,000. */
  batchSize?: number;
  /** Largest run written in one transaction. Default 50,000 rows. */
  singleTransactionRows?: number;
  /** Rows between progress lines. Default 100,000. */
  progressEvery?: number;
  /** MERGE even into an empty database (no first-load CREATE path); for comparisons. */
  alwaysMerge?: boolean;
  /** Shown to a second ingest that waits for this one. Default "ingest (pid N)". */
  owner?: string;
  /** How long to wait for another ingest's lock (ms). Default INGEST_LOCK_DEFAULTS.waitMs. */
  lockWaitMs?: number;
  /** A lock the caller already holds; otherwise one is taken for the run. */
  lock?: IngestLock;
  /**
   * When the graph was last written by a full ingest of exactly these seeds with this code, and
   * by nothing since (seeds-fingerprint.ts), skip validation and writing. The CLI's default
   * (`--force` turns it off); a database edited by hand, outside ingestion, needs --force.
   */
  skipUnchanged?: boolean;
  log?: (line: string) => void;
}

export interface IngestSummary {
  seedsDir: string;
  dryRun: boolean;
  reset: { nodes: number; relationships: number } | null;
  mode: WriteMode | null;
  /** Written with CREATE into a database that held no ingested node (null on a dry run). */
  firstLoad: boolean | null;
  runId: string | null;
  /** What the seeds describe. */
  graph: GraphCounts;
  /** Per label / type: rows, created, updated, unchanged (all unchanged on a dry run). */
  groups: GroupStats[];
  totals: { rows: number; created: number; updated: number; unchanged: number };
  warnings: SeedError[];
  ms: {
    /** Hashing the seed folder (seeds-fingerprint.ts). */
    fingerprint: number;
    validate: number;
    reset: number;
    schema: number;
    write: number;
    total: number;
  };
  rowsPerSecond: number;
  /** The graph already held exactly these seeds: nothing was validated or written. */
  unchanged: boolean;
}

/** What the seeds record (graph-version.ts) keeps of a summary, for a rerun that skips. */
export interface RecordedSummary {
  graph: GraphCounts;
  groups: [GroupStats['kind'], string, number][];
}

/**
 * The query that counts every recorded group at once: one UNION ALL branch per label or type,
 * each answered from Neo4j's count store (no scan). One query, not one per group: a Neo4j that
 * has just started plans each query text on first use, and planning ~36 count queries one by
 * one took most of a 23.5 s rerun at 10k (docs/benchmarks.md §1). Undefined when a group is not
 * a label or type of the model (labels and types reach the query text only from its enums).
 */
export function groupCountQuery(groups: RecordedSummary['groups']): string | undefined {
  const labels = new Set<string>([...ENTITY_LABELS, ARTICLE]);
  const types = new Set<string>(RELATIONSHIP_TYPES);
  const branches: string[] = [];
  for (const [kind, name] of groups) {
    const known = kind === 'node' ? labels.has(name) : types.has(name);
    if (!known) return undefined;
    branches.push(
      kind === 'node'
        ? `MATCH (n:${name}) RETURN 'node' AS kind, '${name}' AS name, count(n) AS c`
        : `MATCH ()-[r:${name}]->() RETURN 'relationship' AS kind, '${name}' AS name, count(r) AS c`,
    );
  }
  return branches.length ? branches.join('\nUNION ALL\n') : undefined;
}

/** Whether the graph holds as many nodes per label and relationships per type as `groups`. */
async function countsMatch(
  driver: Driver,
  database: string,
  groups: RecordedSummary['groups'],
): Promise<boolean> {
  const q = groupCountQuery(groups);
  if (q === undefined) return groups.length === 0;
  const { records } = await driver.executeQuery(q, {}, { database });
  const counted = new Map(
    records.map((r) => [`${String(r.get('kind'))}:${String(r.get('name'))}`, Number(r.get('c'))]),
  );
  return groups.every(([kind, name, rows]) => counted.get(`${kind}:${name}`) === rows);
}

/**
 * The seeds record of a complete write of `graph` (counts per label and type), with the groups
 * in the writer's order (planStats): entity labels, Article, curated types, MENTIONS, PUBLISHED.
 */
export function seedsRecord(fingerprint: string, graph: GraphCounts): SeedsRecord {
  const groups: RecordedSummary['groups'] = [];
  for (const label of ENTITY_LABELS) {
    if (graph.nodes[label]) groups.push(['node', label, graph.nodes[label]]);
  }
  if (graph.nodes[ARTICLE]) groups.push(['node', ARTICLE, graph.nodes[ARTICLE]]);
  const types = Object.keys(graph.relationships).filter(
    (t) => t !== 'MENTIONS' && t !== 'PUBLISHED',
  );
  for (const t of [...types.sort(), 'MENTIONS', 'PUBLISHED']) {
    if (graph.relationships[t]) groups.push(['relationship', t, graph.relationships[t]]);
  }
  const recorded: RecordedSummary = { graph, groups };
  return { fingerprint, summary: JSON.stringify(recorded) };
}

/**
 * Thrown when the seeds are invalid; nothing has been written. A DomainError (`invalid_seeds`)
 * that keeps its problems as a typed list.
 */
export class SeedValidationError extends DomainError {
  constructor(readonly errors: SeedError[]) {
    super(
      'invalid_seeds',
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the seeds; nothing was written:\n` +
        errors.map((e) => `  ${formatSeedError(e)}`).join('\n'),
      { details: errors },
    );
    this.name = 'SeedValidationError';
  }
}

/**
 * Loads and validates the seeds, logging warnings and a summary line; throws a
 * SeedValidationError (nothing written yet) when there are errors. Shared by both writers.
 */
export async function loadValidSeeds(
  seedsDir: string,
  log: (line: string) => void,
): Promise<{ seeds: SeedSet; graph: SeedGraph; warnings: SeedError[] }> {
  const t0 = Date.now();
  const seeds = await loadSeeds(seedsDir);
  const { errors, warnings, graph } = await validateSeeds(seeds);
  for (const w of warnings) log(`warning: ${formatSeedError(w)}`);
  if (errors.length > 0) throw new SeedValidationError(errors);
  log(
    `validated ${graph.entities.length} entities, ${graph.articles.length} articles, ` +
      `${graph.relationships.length} relationships, ${graph.mentions.length} mentions ` +
      `from ${seeds.extractionFiles.length} extraction files (${Date.now() - t0} ms)`,
  );
  return { seeds, graph, warnings };
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const t0 = Date.now();
  const log = options.log ?? (() => {});
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const database = options.database ?? 'neo4j';
  const dryRun = options.dryRun ?? false;

  // Recorded after a complete write (and compared first when asked to skip an unchanged set).
  const fingerprint = dryRun ? undefined : seedsFingerprint(seedsDir);
  const tFingerprint = Date.now();
  const lockOptions = {
    owner: options.owner ?? `ingest (pid ${process.pid})`,
    log,
    ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
  };
  if (options.skipUnchanged && fingerprint && !options.reset) {
    const driver = options.driver;
    if (!driver) throw new Error('ingest: a driver is required unless dryRun is set');
    // Under the lock, as a write would be: an ingest still running (or one that died and left
    // its lock) is waited for or taken over first, with the messages and exit codes of a write.
    const check = async () => {
      const found = await readSeedsRecord(driver, database);
      if (found?.fingerprint !== fingerprint) return found;
      // Every writer forgets the record; the counts per label and type (from Neo4j's count
      // store, no scan) still guard against a graph changed behind ingestion's back.
      const { groups } = JSON.parse(found.summary) as RecordedSummary;
      if (!(await countsMatch(driver, database, groups))) {
        log('seeds unchanged, but the graph holds other counts than they make: checking every row');
        return null;
      }
      // The indexes are still checked: cheap, and the API needs them.
      await ensureSchema(driver, database);
      return found;
    };
    const recorded = options.lock
      ? await check()
      : await withIngestLock(driver, database, lockOptions, check);
    if (recorded?.fingerprint === fingerprint) {
      const { graph, groups } = JSON.parse(recorded.summary) as RecordedSummary;
      log(`seeds unchanged since the last ingest (${fingerprint}): nothing validated or written`);
      const rows = groups.reduce((n, [, , r]) => n + r, 0);
      const ms = Date.now() - t0;
      return {
        seedsDir: path.resolve(seedsDir),
        dryRun,
        reset: null,
        mode: null,
        firstLoad: false,
        runId: null,
        graph,
        groups: groups.map(([kind, name, r]) => ({
          kind,
          name,
          rows: r,
          created: 0,
          updated: 0,
          unchanged: r,
        })),
        totals: { rows, created: 0, updated: 0, unchanged: rows },
        warnings: [],
        ms: {
          fingerprint: tFingerprint - t0,
          validate: 0,
          reset: 0,
          schema: 0,
          write: 0,
          total: ms,
        },
        rowsPerSecond: 0,
        unchanged: true,
      };
    }
  }

  // Validated in streaming passes and spooled to disk group by group (graph-rows.ts): the
  // writer then reads one batch at a time, so memory does not grow with the corpus.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
  try {
    const exported = await validateToSpool(seedsDir, work, log);
    const tValidated = Date.now();
    const graph = spooledRows(path.join(work, 'rows'), exported.graph);
    const rels = exported.graph.relationships;
    const curated = Object.entries(rels)
      .filter(([t]) => t !== 'MENTIONS' && t !== 'PUBLISHED')
      .reduce((n, [, c]) => n + c, 0);
    log(
      `validated ${exported.graph.nodes.Entity ?? 0} entities, ${exported.graph.nodes[ARTICLE] ?? 0} articles, ` +
        `${curated} relationships, ${rels.MENTIONS ?? 0} mentions (${tValidated - tFingerprint} ms)`,
    );

    const summary: IngestSummary = {
      seedsDir: path.resolve(seedsDir),
      dryRun,
      reset: null,
      mode: null,
      firstLoad: null,
      runId: null,
      graph: exported.graph,
      groups: planStats(exported.graph),
      totals: { rows: 0, created: 0, updated: 0, unchanged: 0 },
      warnings: exported.warnings,
      ms: {
        fingerprint: tFingerprint - t0,
        validate: tValidated - tFingerprint,
        reset: 0,
        schema: 0,
        write: 0,
        total: 0,
      },
      rowsPerSecond: 0,
      unchanged: false,
    };
    if (!dryRun) {
      const driver = options.driver;
      if (!driver) throw new Error('ingest: a driver is required unless dryRun is set');
      const write = async (lock: IngestLock) => {
        await writeLocked(driver, database, graph, lock, options, summary, log);
        if (fingerprint && !options.lock) {
          lock.recordSeedsOnRelease(seedsRecord(fingerprint, summary.graph));
        }
      };
      if (options.lock) await write(options.lock);
      else await withIngestLock(driver, database, lockOptions, write);
    }
    return finishSummary(summary, t0);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The streaming validation (stream-export.ts) into `dir/rows`; throws a SeedValidationError
 * (nothing written) when the seeds have problems. A big seed set runs on the export thread,
 * whose capped heap keeps the process flat (stream-export-thread.ts); a small one runs here,
 * where starting a thread would cost more than the validation.
 */
async function validateToSpool(
  seedsDir: string,
  dir: string,
  log: (line: string) => void,
): Promise<StreamExportResult> {
  let files = 0;
  try {
    files = fs.readdirSync(path.join(seedsDir, 'extractions')).length;
  } catch {
    // No extraction folder: validation says so.
  }
  return files >= STREAM_DEFAULTS.threadFromFiles
    ? exportInWorker({ seedsDir, dir, format: 'rows' }, log)
    : validateAndExport(seedsDir, dir, log, { format: 'rows' });
}

/** Totals and rate of a finished run. */
function finishSummary(summary: IngestSummary, t0: number): IngestSummary {
  for (const g of summary.groups) {
    summary.totals.rows += g.rows;
    summary.totals.created += g.created;
    summary.totals.updated += g.updated;
    summary.totals.unchanged += g.unchanged;
  }
  summary.ms.total = Date.now() - t0;
  summary.rowsPerSecond = Math.round(
    summary.totals.rows / Math.max(summary.ms.total / 1000, 0.001),
  );
  return summary;
}

/** The writing part of a run, under the ingest lock. */
async function writeLocked(
  driver: Driver,
  database: string,
  graph: GraphRows,
  lock: IngestLock,
  options: IngestOptions,
  summary: IngestSummary,
  log: (line: string) => void,
): Promise<void> {
  let t = Date.now();
  if (options.reset) {
    lock.assertHeld();
    summary.reset = await resetOwned(driver, database);
    log(
      `reset: deleted ${summary.reset.nodes} nodes, ${summary.reset.relationships} relationships`,
    );
  }
  summary.ms.reset = Date.now() - t;
  t = Date.now();
  const schema = await ensureSchema(driver, database);
  summary.ms.schema = Date.now() - t;
  if (schema.created) log(`schema: ${schema.created} constraints/indexes created`);
  t = Date.now();
  const written = await writeGraph(driver, database, graph, lock, {
    batchSize: options.batchSize ?? WRITE_DEFAULTS.batchSize,
    ...(options.singleTransactionRows !== undefined
      ? { singleTransactionRows: options.singleTransactionRows }
      : {}),
    ...(options.progressEvery !== undefined ? { progressEvery: options.progressEvery } : {}),
    ...(options.alwaysMerge ? { alwaysMerge: true } : {}),
    log,
  });
  summary.ms.write = Date.now() - t;
  summary.mode = written.mode;
  summary.firstLoad = written.firstLoad;
  summary.runId = written.runId;
  summary.groups = written.groups;
}

/** The summary as a table, for the CLI and logs. */
export function formatSummary(s: IngestSummary): string {
  const rows = s.groups.map((g) => [
    g.kind === 'node' ? `(:${g.name})` : `[:${g.name}]`,
    g.rows,
    g.created,
    g.updated,
    g.unchanged,
  ]);
  const t = s.totals;
  rows.push(['total', t.rows, t.created, t.updated, t.unchanged]);
  const head = ['', s.dryRun ? 'would write' : 'rows', 'created', 'updated', 'unchanged'];
  if (s.dryRun) {
    head.splice(2);
    for (const r of rows) r.splice(2);
  }
  const cells = [head, ...rows].map((r) =>
    r.map((c) => (typeof c === 'number' ? c.toLocaleString('en-US') : c)),
  );
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(cells[0]!), ...cells.slice(1).map(line)];
  const entityLine = `entities: ${s.graph.nodes.Entity ?? 0} (:Entity) in total`;
  if (s.unchanged) {
    return [
      ...out,
      entityLine,
      `seeds unchanged since the last ingest: nothing validated or written (fingerprint ${s.ms.fingerprint} ms; total ${(s.ms.total / 1000).toFixed(2)} s; --force checks and rewrites every row)`,
    ].join('\n');
  }
  const timing = s.dryRun
    ? `dry run: nothing written (validation ${s.ms.validate} ms)`
    : `${s.mode} transaction mode${s.firstLoad ? ', first load (CREATE)' : ''}; fingerprint ${s.ms.fingerprint} ms, validate ${s.ms.validate} ms, reset ${s.ms.reset} ms, ` +
      `schema ${s.ms.schema} ms, write ${s.ms.write} ms; total ${(s.ms.total / 1000).toFixed(2)} s, ` +
      `${s.rowsPerSecond.toLocaleString('en-US')} rows/s`;
  return [...out, entityLine, timing].join('\n');
}
