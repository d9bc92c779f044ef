/**
 * Validated graph -> Neo4j. Rows are grouped by label or type (identifiers taken only from the
 * model's enums) and written with `UNWIND $rows ... MERGE` in batches. Every node and
 * relationship stores a content `hash`; a rerun SETs nothing where the hash is unchanged.
 *
 * Atomicity (see docs/graph-model.md, "Transactions"):
 * - `single`: every batch runs in ONE transaction; a failure rolls everything back.
 * - `batched` (inputs larger than `singleTransactionRows`): one transaction per batch, under a
 *   run marker `(:IngestRun {id, status})`. Created items carry `ingestRun = <run id>`; items
 *   an update overwrites first get a journal copy of their old properties (`_prev_*`). If the
 *   run fails, compensation deletes what it created and restores what it overwrote; a run that
 *   died without compensating (process killed) is compensated by the next run, which finds its
 *   marker still `running`.
 *
 * Every write happens under the ingest lock (ingest-lock.ts), and every write transaction is
 * fenced by it: the next run undoes a `running` marker only while it holds the lock, so only
 * once the marker's owner is gone (dead, or taken over and unable to commit).
 */
import crypto from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import {
  ARTICLE,
  ARTICLE_PROPERTIES,
  ENTITY,
  ENTITY_LABELS,
  ENTITY_PROPERTIES,
  INGEST_RUN,
  MENTION_PROPERTIES,
  PUBLISHED_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  parseSpec,
  writeProps,
  type PropertyTable,
  type StoredRow,
} from '@kg/server/contracts';
import { contentHash, type GraphCounts, type SeedGraph } from './graph';
import { inMemoryRows, type GraphRows } from './graph-rows';
import { forgetSeeds } from './graph-version';
import { IngestLockLostError, type IngestLock } from './ingest-lock';

/** Tunables of the writer, with their defaults. */
export const WRITE_DEFAULTS = {
  /** Rows per UNWIND batch (one round trip). */
  batchSize: 5000,
  /** Up to this many rows in total, the whole run is one transaction; above it, batched mode. */
  singleTransactionRows: 50_000,
  /** Print a progress line each time this many more rows have been written. */
  progressEvery: 100_000,
  /**
   * Client-side transaction timeout. It overrides the server's db.transaction.timeout (30 s on
   * the local launcher), which a cold, busy server can exceed while it plans the queries.
   */
  transactionTimeoutMs: 600_000,
};

export type WriteMode = 'single' | 'batched';

export interface GroupStats {
  kind: 'node' | 'relationship';
  /** Node label or relationship type. */
  name: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The stored properties of each kind come from the persisted-graph contract
 * (contracts/stored.ts), plus the content hash every writer adds.
 */
const keysOf = (table: PropertyTable) => [...Object.keys(table), 'hash'];
const ENTITY_KEYS = keysOf(ENTITY_PROPERTIES);
const ARTICLE_KEYS = keysOf(ARTICLE_PROPERTIES);
const RELATIONSHIP_KEYS = keysOf(RELATIONSHIP_PROPERTIES);
const MENTION_KEYS = keysOf(MENTION_PROPERTIES);
const PUBLISHED_KEYS = keysOf(PUBLISHED_PROPERTIES);
// The journal copies what an update may overwrite (MENTIONS and PUBLISHED share the
// relationship journal).
const RELATIONSHIP_JOURNAL_KEYS = [
  ...new Set([...RELATIONSHIP_KEYS, ...MENTION_KEYS, ...PUBLISHED_KEYS]),
];
const NODE_KEYS = [...new Set([...ENTITY_KEYS, ...ARTICLE_KEYS])];

/** Cypher that copies the listed properties of `v` into `_prev_*` (the update journal). */
function journal(v: string, keys: readonly string[], labels: boolean): string {
  const copies = keys.map((k) => `${v}._prev_${k} = ${v}.${k}`);
  if (labels) copies.push(`${v}._prevLabels = labels(${v})`);
  return `FOREACH (_ IN CASE WHEN $journal AND NOT isNew THEN [1] ELSE [] END |
    SET ${v}._prevRun = $run, ${copies.join(', ')})`;
}

const ALL_ENTITY_LABELS = ENTITY_LABELS.join(':');

/**
 * One query for every entity label: MERGE uses the static :Entity label (index seek on the
 * unique id) and the entity label is SET dynamically (`$(row.label)`, Neo4j 5.26), which costs
 * nothing at write time and saves planning a query per label on a cold server.
 */
const entityQuery = `UNWIND $rows AS row
MERGE (n:${ENTITY} {id: row.props.id})
ON CREATE SET n.ingestRun = $run
WITH n, row, n.hash IS NULL AS isNew
WHERE isNew OR n.hash <> row.props.hash
${journal('n', ENTITY_KEYS, true)}
REMOVE n:${ALL_ENTITY_LABELS}
SET n:$(row.label), n += row.props
RETURN count(*) AS written`;

const articleQuery = `UNWIND $rows AS row
MERGE (n:${ARTICLE} {id: row.props.id})
ON CREATE SET n.ingestRun = $run
WITH n, row, n.hash IS NULL AS isNew
WHERE isNew OR n.hash <> row.props.hash
${journal('n', ARTICLE_KEYS, false)}
SET n += row.props
RETURN count(*) AS written`;

/**
 * MERGE of one relationship kind. With `null` the type comes from the row (`$(row.type)`, Neo4j
 * 5.26), so every curated type shares one query and one cached plan: both endpoints are bound by
 * index seeks, so the MERGE is an expand between two known nodes. That saves planning ~20
 * queries on a cold server, most of the time of adding one article to a big graph
 * (docs/benchmarks.md §5). Bulk re-ingests keep their per-type queries, which section 1
 * measured; the shared form has not been benchmarked on bulk writes.
 */
function relationshipQuery(
  type: string | null,
  fromLabel: string,
  toLabel: string = ENTITY,
): string {
  return `UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${type ?? '$(row.type)'} {id: row.props.id}]->(b)
ON CREATE SET r.ingestRun = $run
WITH r, row, r.hash IS NULL AS isNew
WHERE isNew OR r.hash <> row.props.hash
${journal('r', RELATIONSHIP_JOURNAL_KEYS, false)}
SET r += row.props
RETURN count(*) AS written`;
}

/**
 * First load into a database that holds no ingestion-owned node (a new database, or after
 * --reset): nothing can exist yet, so plain CREATE replaces MERGE. That drops the per-row
 * existence checks and the `Eager` that MERGE + hash comparison needs (it materialises every
 * batch). Properties are written inline, each key named: `SET r += row.props` (keys unknown
 * to the planner) would bring an `Eager` back. One query text with dynamic labels and types
 * (`$(...)`, Neo4j 5.26) serves every entity label and every curated type, so a cold server
 * plans 4 queries instead of ~30. Uniqueness is still enforced by the constraints; validation
 * has already made ids unique.
 *
 * `inline(keys)` is `{k1: row.props.k1, ...}`.
 */
const inline = (keys: readonly string[]) =>
  `{${keys.map((k) => `${k}: row.props.${k}`).join(', ')}, ingestRun: $run}`;

const entityCreateQuery = `UNWIND $rows AS row
CREATE (n:${ENTITY}:$(row.label) ${inline(ENTITY_KEYS)})
RETURN count(*) AS written, collect([n.id, elementId(n)]) AS created`;

const articleCreateQuery = `UNWIND $rows AS row
CREATE (n:${ARTICLE} ${inline(ARTICLE_KEYS)})
RETURN count(*) AS written, collect([n.id, elementId(n)]) AS created`;

/**
 * The endpoints were created by this run, which kept their element ids: looking them up by
 * element id reads the node record directly, instead of two locking unique-index seeks on a
 * string key per row (a quarter of Neo4j's CPU time in a profile of the 100k load).
 */
function relationshipCreateQuery(
  type: string | null,
  fromLabel: string,
  toLabel: string = ENTITY,
): string {
  const keys =
    type === 'MENTIONS' ? MENTION_KEYS : type === 'PUBLISHED' ? PUBLISHED_KEYS : RELATIONSHIP_KEYS;
  return `UNWIND $rows AS row
MATCH (a:${fromLabel}) WHERE elementId(a) = row.a
MATCH (b:${toLabel}) WHERE elementId(b) = row.b
CREATE (a)-[r:${type ?? '$(row.type)'} ${inline(keys)}]->(b)
RETURN count(*) AS written`;
}

const toDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

/**
 * A seed row's stored properties as Neo4j values, by the contract's kinds: DATE for dates,
 * INTEGER for longs, and the content hash of the whole row.
 */
function toNeo4jProps<T extends PropertyTable>(
  table: T,
  row: StoredRow<T>,
  hashOf: object,
): Record<string, unknown> {
  const props: Record<string, unknown> = writeProps(table, row);
  for (const [key, spec] of Object.entries(table)) {
    const value = props[key];
    if (value === null) continue;
    const { kind } = parseSpec(spec);
    if (kind === 'date') props[key] = toDate(value as string);
    else if (kind === 'long') props[key] = neo4j.int(value as number);
    else if (kind === 'long[]') props[key] = (value as number[]).map((x) => neo4j.int(x));
  }
  props.hash = contentHash(hashOf);
  return props;
}

interface Group {
  stats: GroupStats;
  query: string;
  rows: () => Iterable<object>;
  /** First-load relationships: every row must be written (a missing endpoint is a bug). */
  exact?: boolean;
}

/** Node id -> element id of the nodes a first load created (see relationshipCreateQuery). */
type ElementIds = Map<string, string>;

function elementIdOf(eids: ElementIds, id: string): string {
  const eid = eids.get(id);
  // Validation guarantees every endpoint is in the seeds, so this is an internal error.
  if (eid === undefined) throw new Error(`ingestion: node ${id} was not created before its edges`);
  return eid;
}

/** The write plan: groups in dependency order (nodes before the relationships between them). */
function plan(
  graph: GraphRows,
  fresh: boolean,
  eids: ElementIds = new Map(),
  sharedPlan = false,
): Group[] {
  const groups: Group[] = [];
  const { nodes, relationships } = graph.counts;
  const stats = (kind: GroupStats['kind'], name: string, rows: number): GroupStats => ({
    kind,
    name,
    rows,
    created: 0,
    updated: 0,
    unchanged: rows,
  });
  for (const label of ENTITY_LABELS) {
    const count = nodes[label] ?? 0;
    if (!count) continue;
    groups.push({
      stats: stats('node', label, count),
      query: fresh ? entityCreateQuery : entityQuery,
      rows: function* () {
        for (const e of graph.entities(label)) {
          yield { label: e.label, props: toNeo4jProps(ENTITY_PROPERTIES, e, e) };
        }
      },
    });
  }
  if (nodes[ARTICLE]) {
    groups.push({
      stats: stats('node', ARTICLE, nodes[ARTICLE]),
      query: fresh ? articleCreateQuery : articleQuery,
      rows: function* () {
        for (const a of graph.articles()) {
          yield { props: toNeo4jProps(ARTICLE_PROPERTIES, a, a) };
        }
      },
    });
  }
  const curated = Object.keys(relationships).filter(
    (t) => t !== 'MENTIONS' && t !== 'PUBLISHED' && relationships[t],
  );
  for (const type of curated.sort()) {
    groups.push({
      stats: stats('relationship', type, relationships[type]!),
      // `type` comes from the validated CuratedRelationshipType enum, never from free text.
      query: fresh
        ? relationshipCreateQuery(null, ENTITY)
        : relationshipQuery(sharedPlan ? null : type, ENTITY),
      exact: fresh,
      rows: function* () {
        for (const r of graph.relationships(type)) {
          yield {
            type,
            from: r.from,
            to: r.to,
            ...(fresh ? { a: elementIdOf(eids, r.from), b: elementIdOf(eids, r.to) } : {}),
            props: toNeo4jProps(RELATIONSHIP_PROPERTIES, r, r),
          };
        }
      },
    });
  }
  if (relationships.MENTIONS) {
    groups.push({
      stats: stats('relationship', 'MENTIONS', relationships.MENTIONS),
      query: fresh
        ? relationshipCreateQuery('MENTIONS', ARTICLE)
        : relationshipQuery('MENTIONS', ARTICLE),
      exact: fresh,
      rows: function* () {
        for (const m of graph.mentions()) {
          yield {
            from: m.article,
            to: m.entity,
            ...(fresh ? { a: elementIdOf(eids, m.article), b: elementIdOf(eids, m.entity) } : {}),
            props: toNeo4jProps(MENTION_PROPERTIES, m, m),
          };
        }
      },
    });
  }
  if (relationships.PUBLISHED) {
    groups.push({
      stats: stats('relationship', 'PUBLISHED', relationships.PUBLISHED),
      query: fresh
        ? relationshipCreateQuery('PUBLISHED', 'Outlet', ARTICLE)
        : relationshipQuery('PUBLISHED', 'Outlet', ARTICLE),
      exact: fresh,
      rows: function* () {
        for (const p of graph.published()) {
          yield {
            from: p.outlet,
            to: p.article,
            ...(fresh ? { a: elementIdOf(eids, p.outlet), b: elementIdOf(eids, p.article) } : {}),
            props: toNeo4jProps(PUBLISHED_PROPERTIES, p, p),
          };
        }
      },
    });
  }
  return groups;
}

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export interface WriteOptions {
  /** MERGE even into an empty database (the first-load CREATE path off); for comparisons. */
  alwaysMerge?: boolean;
  /**
   * One MERGE query for every curated type (the type a row value) instead of one per type:
   * for small writes (one article), where planning the per-type queries costs more than the
   * writes themselves.
   */
  sharedPlan?: boolean;
  batchSize?: number;
  singleTransactionRows?: number;
  progressEvery?: number;
  transactionTimeoutMs?: number;
  log?: (line: string) => void;
  /**
   * Runs first, in the same transaction as the rows (which forces single mode): a merge
   * deletes the merged node there, so the graph never shows it half re-pointed.
   */
  prelude?: (tx: ManagedTransaction) => Promise<void>;
}

export interface WriteResult {
  mode: WriteMode;
  /** The database held no ingested node: written with CREATE (see entityCreateQuery). */
  firstLoad: boolean;
  runId: string;
  groups: GroupStats[];
}

/** Row counts of a plan, for choosing the mode and for --dry-run. */
export function planStats(counts: GraphCounts): GroupStats[] {
  const none = () => [];
  const empty: GraphRows = {
    counts,
    entities: none,
    articles: none,
    relationships: none,
    mentions: none,
    published: none,
  };
  return plan(empty, false).map((g) => g.stats);
}

/**
 * Writes `graph` (held in memory, or read group by group: graph-rows.ts); the caller holds
 * `lock` (see ingest-lock.ts) for the whole call.
 */
export async function writeGraph(
  driver: Driver,
  database: string,
  graph: SeedGraph | GraphRows,
  lock: IngestLock,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const rows = 'counts' in graph ? graph : inMemoryRows(graph);
  const batchSize = options.batchSize ?? WRITE_DEFAULTS.batchSize;
  const single = options.singleTransactionRows ?? WRITE_DEFAULTS.singleTransactionRows;
  const every = options.progressEvery ?? WRITE_DEFAULTS.progressEvery;
  const log = options.log ?? (() => {});
  // An interrupted run is undone first: its leftovers must not make this look like an update.
  await recoverInterruptedRuns(driver, database, lock, log);
  const firstLoad = !options.alwaysMerge && !(await holdsOwnedNodes(driver, database));
  if (firstLoad) log('  no ingested nodes in the database: first load, CREATE instead of MERGE');
  const eids: ElementIds = new Map();
  const groups = plan(rows, firstLoad, eids, options.sharedPlan === true);
  const total = groups.reduce((n, g) => n + g.stats.rows, 0);
  const mode: WriteMode = total <= single || options.prelude ? 'single' : 'batched';
  const txConfig = { timeout: options.transactionTimeoutMs ?? WRITE_DEFAULTS.transactionTimeoutMs };
  const runId = `${new Date().toISOString()}-${crypto.randomBytes(4).toString('hex')}`;

  let done = 0;
  let nextReport = every;
  const started = Date.now();
  const progress = (n: number) => {
    done += n;
    if (done >= nextReport || (done === total && total >= every)) {
      const s = (Date.now() - started) / 1000;
      log(
        `  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} rows written ` +
          `(${Math.round(done / Math.max(s, 0.001)).toLocaleString('en-US')} rows/s)`,
      );
      while (nextReport <= done) nextReport += every;
    }
  };
  const runBatch = async (
    tx: ManagedTransaction,
    g: Group,
    rows: object[],
    journalOn: boolean,
    fence: boolean,
  ) => {
    const res: QueryResult = await tx.run(g.query, { rows, run: runId, journal: journalOn });
    if (fence) await lock.fence(tx);
    const rec = res.records[0];
    const written = Number(rec?.get('written') ?? 0);
    if (rec?.has('created')) {
      for (const [id, eid] of rec.get('created') as [string, string][]) eids.set(id, eid);
    }
    if (g.exact && written !== rows.length) {
      throw new Error(`ingestion: ${rows.length - written} ${g.stats.name} rows lost an endpoint`);
    }
    const u = res.summary.counters.updates();
    const created = g.stats.kind === 'node' ? u.nodesCreated : u.relationshipsCreated;
    return { written, created, rows: rows.length };
  };
  const account = (g: Group, r: { written: number; created: number; rows: number }) => {
    g.stats.created += r.created;
    g.stats.updated += r.written - r.created;
    g.stats.unchanged -= r.written;
  };

  if (mode === 'single') {
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        // A retried transaction starts over: so do the counts.
        done = 0;
        nextReport = every;
        for (const g of groups)
          Object.assign(g.stats, { created: 0, updated: 0, unchanged: g.stats.rows });
        if (options.prelude) await options.prelude(tx);
        for (const g of groups) {
          for (const batch of batches(g.rows(), batchSize)) {
            account(g, await runBatch(tx, g, batch, false, false));
            progress(batch.length);
          }
        }
        await lock.fence(tx);
      }, txConfig);
    } finally {
      await session.close();
    }
    return { mode, firstLoad, runId, groups: groups.map((g) => g.stats) };
  }

  log(`  ${total.toLocaleString('en-US')} rows: batched mode, run ${runId}`);
  lock.assertHeld();
  await driver.executeQuery(
    `CREATE (:${INGEST_RUN} {id: $run, status: 'running', startedAt: datetime(), lockToken: $token})`,
    { run: runId, token: lock.token },
    { database },
  );
  const session = driver.session({ database });
  try {
    for (const g of groups) {
      for (const batch of batches(g.rows(), batchSize)) {
        account(
          g,
          await session.executeWrite((tx) => runBatch(tx, g, batch, true, true), txConfig),
        );
        progress(batch.length);
      }
    }
  } catch (err) {
    await session.close();
    // Taken over: the new holder undoes this run; undoing it here would race with its writes.
    if (err instanceof IngestLockLostError) throw err;
    log(
      `  write failed (${err instanceof Error ? err.message : String(err)}): undoing run ${runId}`,
    );
    await compensate(driver, database, runId, log);
    throw err;
  }
  await session.close();
  const updated = groups.reduce((n, g) => n + g.stats.updated, 0);
  if (updated > 0) await dropJournal(driver, database, runId);
  await driver.executeQuery(
    `MATCH (m:${INGEST_RUN} {id: $run}) DELETE m`,
    { run: runId },
    { database },
  );
  return { mode, firstLoad, runId, groups: groups.map((g) => g.stats) };
}

const INTERRUPTED_RUNS = `MATCH (m:${INGEST_RUN}) WHERE m.status = 'running' AND coalesce(m.lockToken, '') <> $token
RETURN m.id AS id`;

/** What writing one article runs (sharedPlan): warm-plans.ts plans these ahead. */
export const ARTICLE_WRITE_QUERIES = [
  INTERRUPTED_RUNS,
  entityQuery,
  articleQuery,
  relationshipQuery(null, ENTITY),
  relationshipQuery('MENTIONS', ARTICLE),
  relationshipQuery('PUBLISHED', 'Outlet', ARTICLE),
];

const OWNED = `(n:${ENTITY} OR n:${ARTICLE})`;

/**
 * Whether the database holds a graph: any Entity or Article node (two label-lookup probes, no
 * scan). Also what `npm start` and the test setup ask before loading the seeds.
 */
export async function holdsOwnedNodes(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (:${ENTITY}) } OR EXISTS { MATCH (:${ARTICLE}) } AS owned`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  return records[0]?.get('owned') === true;
}

/** Undoes a batched run: deletes what it created, restores what it overwrote. */
export async function compensate(
  driver: Driver,
  database: string,
  runId: string,
  log: (line: string) => void = () => {},
): Promise<void> {
  const restoreNode = NODE_KEYS.map((k) => `n.${k} = n._prev_${k}`).join(', ');
  const dropNode = NODE_KEYS.map((k) => `n._prev_${k}`).join(', ');
  const restoreRel = RELATIONSHIP_JOURNAL_KEYS.map((k) => `r.${k} = r._prev_${k}`).join(', ');
  const dropRel = RELATIONSHIP_JOURNAL_KEYS.map((k) => `r._prev_${k}`).join(', ');
  const steps = [
    `MATCH ()-[r]->() WHERE r.ingestRun = $run
     CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
    `MATCH ()-[r]->() WHERE r._prevRun = $run
     CALL (r) { SET ${restoreRel} REMOVE r._prevRun, ${dropRel} } IN TRANSACTIONS OF 10000 ROWS`,
    `MATCH (n) WHERE ${OWNED} AND n.ingestRun = $run
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    `MATCH (n) WHERE ${OWNED} AND n._prevRun = $run
     CALL (n) {
       REMOVE n:${ALL_ENTITY_LABELS}
       SET ${restoreNode}
       SET n:$(coalesce(n._prevLabels, labels(n)))
       REMOVE n._prevRun, n._prevLabels, ${dropNode}
     } IN TRANSACTIONS OF 10000 ROWS`,
  ];
  await forgetSeeds(driver, database);
  const session = driver.session({ database });
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
    for (const q of steps) await session.run(q, { run: runId });
    await session.run(`MATCH (m:${INGEST_RUN} {id: $run}) DELETE m`, { run: runId });
  } finally {
    await session.close();
  }
  log(`  run ${runId} undone`);
}

/** After a successful batched run: the journal of overwritten values is no longer needed. */
async function dropJournal(driver: Driver, database: string, runId: string): Promise<void> {
  const dropNode = NODE_KEYS.map((k) => `n._prev_${k}`).join(', ');
  const dropRel = RELATIONSHIP_JOURNAL_KEYS.map((k) => `r._prev_${k}`).join(', ');
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH ()-[r]->() WHERE r._prevRun = $run
       CALL (r) { REMOVE r._prevRun, ${dropRel} } IN TRANSACTIONS OF 10000 ROWS`,
      { run: runId },
    );
    await session.run(
      `MATCH (n) WHERE ${OWNED} AND n._prevRun = $run
       CALL (n) { REMOVE n._prevRun, n._prevLabels, ${dropNode} } IN TRANSACTIONS OF 10000 ROWS`,
      { run: runId },
    );
  } finally {
    await session.close();
  }
}

/**
 * Compensates runs whose process died mid-way (their marker is still `running`). Only the
 * holder of the ingest lock calls this, so every such run's owner is gone: it died, or it was
 * taken over and its fenced transactions can no longer commit. (Before the lock, a second
 * ingest undid the first while it was still writing.)
 */
export async function recoverInterruptedRuns(
  driver: Driver,
  database: string,
  lock: IngestLock,
  log: (line: string) => void = () => {},
): Promise<number> {
  lock.assertHeld();
  const { records } = await driver.executeQuery(
    INTERRUPTED_RUNS,
    { token: lock.token },
    { database, routing: neo4j.routing.READ },
  );
  for (const r of records) {
    const id = String(r.get('id'));
    log(`  found interrupted ingestion run ${id}: undoing it first`);
    await compensate(driver, database, id, log);
  }
  return records.length;
}

/**
 * --reset: deletes what ingestion owns (Entity and Article nodes, every relationship touching
 * them, run markers) in batches of auto-commit transactions; other data is left alone.
 */
export async function resetOwned(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number }> {
  await forgetSeeds(driver, database);
  const session = driver.session({ database });
  try {
    const rels = await session.run(
      `MATCH (a)-[r]->(b) WHERE a:${ENTITY} OR a:${ARTICLE} OR b:${ENTITY} OR b:${ARTICLE}
       CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
    );
    const nodes = await session.run(
      `MATCH (n) WHERE n:${ENTITY} OR n:${ARTICLE} OR n:${INGEST_RUN}
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
    return {
      nodes: nodes.summary.counters.updates().nodesDeleted,
      relationships: rels.summary.counters.updates().relationshipsDeleted,
    };
  } finally {
    await session.close();
  }
}
