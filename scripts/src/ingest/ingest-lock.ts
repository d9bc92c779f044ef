/**
 * One ingest at a time per database: a lock node `(:IngestLock {database})` in the database
 * itself, so it holds across processes, hosts and containers (the compose `ingest` service and
 * the app's POST /api/articles). Every writer of ingestion-owned data takes it: the full ingest,
 * `--article ID`, the API's intake, and (issue 13) entity merges.
 *
 * - The holder records who it is (owner, pid, host, startedAt) and refreshes `heartbeat` every
 *   `heartbeatMs` while it runs.
 * - A second writer waits (up to `waitMs`, saying for whom), then gives up with an
 *   IngestLockedError naming the holder (the CLI exits 2).
 * - A lock is stale, and taken over, when its heartbeat is older than `staleAfterMs`, or when its
 *   holder ran on this host and its pid is gone (a kill -9 is recovered at once).
 * - Fencing: a write transaction calls `lock.fence(tx)` before it commits. The fence takes the
 *   lock node's write lock and checks the token, so a takeover and a holder's commit are
 *   serialised by Neo4j: a holder that was taken over (say, a process paused past the stale
 *   limit) cannot commit anything afterwards, and its new owner may safely undo its runs.
 *
 * A uniqueness constraint on `database` makes the first MERGE safe against a concurrent one.
 * The node exists only while an ingest runs and is deleted on release; readers never see it
 * (the API's schema leaves out INTERNAL_LABELS and INTERNAL_PROPERTY_KEYS).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DomainError, GRAPH_VERSION, INGEST_LOCK } from '@kg/server/contracts';
import { pidAlive } from '../neo4j/local-neo4j';
import { BUMP_GRAPH_VERSION, RECORD_SEEDS, type SeedsRecord } from './graph-version';

/** Tunables of the lock, with their defaults. */
export const INGEST_LOCK_DEFAULTS = {
  /** How often the holder refreshes its heartbeat. */
  heartbeatMs: 5_000,
  /** A heartbeat older than this marks the lock stale (its holder hung or its host died). */
  staleAfterMs: 60_000,
  /** How long a second writer waits for the lock before giving up. */
  waitMs: 60_000,
  /** How often a waiting writer tries again. */
  pollMs: 500,
  /** How often a waiting writer repeats that it is still waiting. */
  remindMs: 15_000,
};

/** Who holds (or held) the lock, as the database records it. */
export interface LockHolder {
  owner: string;
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  startedAt: string;
  /** Milliseconds since its last heartbeat (database clock). */
  heartbeatAgeMs: number;
}

export function describeHolder(h: LockHolder): string {
  return (
    `${h.owner} (pid ${h.pid} on ${h.host}, started ${h.startedAt}, ` +
    `last heartbeat ${Math.round(h.heartbeatAgeMs / 1000)} s ago)`
  );
}

/** Another live ingest holds the lock and did not finish within the wait. Nothing was written. */
export class IngestLockedError extends DomainError {
  constructor(
    readonly database: string,
    readonly holder: LockHolder,
    readonly waitedMs: number,
  ) {
    super(
      'ingest_running',
      `another ingest is writing to database "${database}": ${describeHolder(holder)}; ` +
        `gave up after waiting ${Math.round(waitedMs / 1000)} s. Try again when it has finished.`,
    );
    this.name = 'IngestLockedError';
  }
}

/** The lock was taken over (this holder was judged stale): the write must not commit. */
export class IngestLockLostError extends DomainError {
  constructor(readonly database: string) {
    super(
      'ingest_running',
      `the ingest lock on database "${database}" was taken over by another ingest ` +
        '(this one missed its heartbeats): stopping without committing more',
    );
    this.name = 'IngestLockLostError';
  }
}

export interface LockOptions {
  /** What the holder is, shown to whoever waits: "npm run ingest", "POST /api/articles". */
  owner: string;
  waitMs?: number;
  staleAfterMs?: number;
  heartbeatMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
}

export interface IngestLock {
  readonly database: string;
  readonly token: string;
  /**
   * Call inside every write transaction, after its writes and before it commits: takes the
   * lock node's write lock (held to the commit) and throws IngestLockLostError if the lock is
   * no longer this holder's, which rolls the transaction back.
   */
  fence(tx: ManagedTransaction): Promise<void>;
  /** Throws IngestLockLostError when a heartbeat already found the lock taken over. */
  assertHeld(): void;
  /** Stops the heartbeat and deletes the lock node (if it is still this holder's). */
  release(): Promise<void>;
  /**
   * Records `seeds` on the graph version node when the lock is released, in the release's own
   * transaction, after the version bump that covers unfenced writes (which would otherwise
   * remove it again): a full ingest whose writes are all in calls this last.
   */
  recordSeedsOnRelease(seeds: SeedsRecord): void;
}

const CONSTRAINT = `CREATE CONSTRAINT ingest_lock_database IF NOT EXISTS
FOR (l:${INGEST_LOCK}) REQUIRE l.database IS UNIQUE`;

const HOLDER = `l.token AS token, l.owner AS owner, l.pid AS pid, l.host AS host,
  toString(l.startedAt) AS startedAt,
  datetime.realtime().epochMillis - l.heartbeat.epochMillis AS age`;

/** Creates the lock when nobody holds it; answers the holder either way. */
const TRY_CREATE = `MERGE (l:${INGEST_LOCK} {database: $database})
ON CREATE SET l.token = $token, l.owner = $owner, l.pid = $pid, l.host = $host,
  l.startedAt = datetime.realtime(), l.heartbeat = datetime.realtime()
RETURN ${HOLDER}`;

/**
 * Takes over the lock held by `$seen`, if after taking the node's write lock it is still that
 * holder's and it is stale ($ownerDead: the caller saw its pid gone on this host; or heartbeat
 * too old). Setting `database` to its own value is what takes the write lock; what follows
 * reads the committed state after any concurrent takeover.
 */
const TAKE_OVER = `MATCH (l:${INGEST_LOCK} {database: $database})
SET l.database = $database
WITH l
WHERE l.token = $seen
  AND ($ownerDead OR datetime.realtime().epochMillis - l.heartbeat.epochMillis > $staleAfterMs)
SET l.token = $token, l.owner = $owner, l.pid = $pid, l.host = $host,
  l.startedAt = datetime.realtime(), l.heartbeat = datetime.realtime()
RETURN count(l) AS taken`;

const HEARTBEAT = `MATCH (l:${INGEST_LOCK} {database: $database})
WHERE l.token = $token
SET l.heartbeat = datetime.realtime()
RETURN count(l) AS held`;

/** Also replaces the graph version, in the writer's transaction (graph-version.ts). */
const FENCE = `MATCH (l:${INGEST_LOCK} {database: $database})
SET l.database = $database
WITH l
WHERE l.token = $token
SET l.heartbeat = datetime.realtime()
${BUMP_GRAPH_VERSION}
RETURN count(l) AS held`;

const RELEASE = `MATCH (l:${INGEST_LOCK} {database: $database})
WHERE l.token = $token
DELETE l`;

/**
 * Release after writes the fence did not cover (assertHeld before auto-commit batches): one more
 * version, so nothing cached while those batches ran is answered 304 afterwards.
 */
const RELEASE_AFTER_WRITES = `MATCH (l:${INGEST_LOCK} {database: $database})
SET l.database = $database
WITH l
WHERE l.token = $token
DELETE l
WITH count(*) AS released
WHERE released > 0
${BUMP_GRAPH_VERSION}`;

/** RELEASE / RELEASE_AFTER_WRITES that also record the seeds the graph now holds. */
const RELEASE_RECORDING = `MATCH (l:${INGEST_LOCK} {database: $database})
WHERE l.token = $token
DELETE l
WITH count(*) AS released
WHERE released > 0
MERGE (version:${GRAPH_VERSION})
${RECORD_SEEDS}`;

const RELEASE_AFTER_WRITES_RECORDING = `${RELEASE_AFTER_WRITES}
${RECORD_SEEDS}`;

const HOLDER_NOW = `MATCH (l:${INGEST_LOCK} {database: $database}) RETURN ${HOLDER}`;

/** The lock's own queries (warm-plans.ts plans them ahead). */
export const LOCK_QUERIES = [
  TRY_CREATE,
  TAKE_OVER,
  HEARTBEAT,
  FENCE,
  RELEASE,
  RELEASE_AFTER_WRITES,
];

/** Drivers whose database already has the lock's constraint (checked once per process). */
const constrained = new WeakSet<Driver>();

const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : Number(v));

function toHolder(r: { get(k: string): unknown }): LockHolder & { token: string } {
  return {
    token: String(r.get('token')),
    owner: String(r.get('owner')),
    pid: num(r.get('pid')),
    host: String(r.get('host')),
    startedAt: String(r.get('startedAt')),
    heartbeatAgeMs: Math.max(0, num(r.get('age'))),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The current holder of the lock on `database`, or null (for status lines and tests). */
export async function lockHolder(driver: Driver, database: string): Promise<LockHolder | null> {
  const { records } = await driver.executeQuery(HOLDER_NOW, { database }, { database });
  if (!records[0]) return null;
  const { token: _t, ...holder } = toHolder(records[0]);
  return holder;
}

/**
 * Takes the ingest lock on `database`, waiting up to `waitMs` for a live holder; throws
 * IngestLockedError naming the holder when it did not finish in time.
 */
export async function acquireIngestLock(
  driver: Driver,
  database: string,
  options: LockOptions,
): Promise<IngestLock> {
  const o = { ...INGEST_LOCK_DEFAULTS, ...options };
  const log = options.log ?? (() => {});
  if (!constrained.has(driver)) {
    await driver.executeQuery(CONSTRAINT, {}, { database });
    constrained.add(driver);
  }
  const me = {
    database,
    token: crypto.randomUUID(),
    owner: o.owner,
    pid: neo4j.int(process.pid),
    host: os.hostname(),
  };
  const started = Date.now();
  let toldAt = 0;
  for (;;) {
    const { records } = await driver.executeQuery(TRY_CREATE, me, { database });
    const holder = toHolder(records[0]!);
    if (holder.token === me.token) break;
    const ownerDead = holder.host === me.host && holder.pid > 0 && !pidAlive(holder.pid);
    if (ownerDead || holder.heartbeatAgeMs > o.staleAfterMs) {
      const { records: taken } = await driver.executeQuery(
        TAKE_OVER,
        { ...me, seen: holder.token, ownerDead, staleAfterMs: neo4j.int(o.staleAfterMs) },
        { database },
      );
      if (num(taken[0]?.get('taken')) === 1) {
        log(
          `took over a stale ingest lock: ${describeHolder(holder)} ` +
            (ownerDead ? 'is no longer running' : 'stopped sending heartbeats'),
        );
        break;
      }
      continue; // someone else took it, or it was released: look again
    }
    const waited = Date.now() - started;
    if (waited >= o.waitMs) throw new IngestLockedError(database, holder, waited);
    if (toldAt === 0 || Date.now() - toldAt >= o.remindMs) {
      log(
        `${toldAt === 0 ? 'waiting' : 'still waiting'} for another ingest to finish: ` +
          `${describeHolder(holder)} (giving up after ${Math.round(o.waitMs / 1000)} s)`,
      );
      toldAt = Date.now();
    }
    await sleep(Math.min(o.pollMs, Math.max(0, o.waitMs - waited)));
  }
  return holding(driver, database, me.token, o.heartbeatMs, log);
}

function holding(
  driver: Driver,
  database: string,
  token: string,
  heartbeatMs: number,
  log: (line: string) => void,
): IngestLock {
  let lost = false;
  let released = false;
  let seeds: SeedsRecord | undefined;
  // Set once the holder may have written outside a fence (assertHeld guards such writes).
  let unfenced = false;
  const beat = async () => {
    try {
      const { records } = await driver.executeQuery(HEARTBEAT, { database, token }, { database });
      if (num(records[0]?.get('held')) !== 1 && !released) {
        lost = true;
        log(new IngestLockLostError(database).message);
      }
    } catch {
      // Neo4j unreachable for a moment: the writes fail on their own, and the fence decides.
    }
  };
  const timer = setInterval(() => void beat(), heartbeatMs);
  timer.unref();
  return {
    database,
    token,
    assertHeld() {
      if (lost) throw new IngestLockLostError(database);
      unfenced = true;
    },
    async fence(tx) {
      if (lost) throw new IngestLockLostError(database);
      const res = await tx.run(FENCE, { database, token });
      if (num(res.records[0]?.get('held')) !== 1) {
        lost = true;
        throw new IngestLockLostError(database);
      }
    },
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      const query =
        unfenced && !lost
          ? seeds
            ? RELEASE_AFTER_WRITES_RECORDING
            : RELEASE_AFTER_WRITES
          : seeds && !lost
            ? RELEASE_RECORDING
            : RELEASE;
      await driver.executeQuery(query, { database, token, seeds: seeds ?? null }, { database });
    },
    recordSeedsOnRelease(record) {
      seeds = record;
    },
  };
}

/** Runs `fn` holding the ingest lock; releases it however `fn` ends. */
export async function withIngestLock<T>(
  driver: Driver,
  database: string,
  options: LockOptions,
  fn: (lock: IngestLock) => Promise<T>,
): Promise<T> {
  const lock = await acquireIngestLock(driver, database, options);
  try {
    return await fn(lock);
  } finally {
    await lock.release().catch((err: unknown) => {
      (options.log ?? (() => {}))(
        `could not release the ingest lock (${err instanceof Error ? err.message : String(err)}); ` +
          'the next ingest takes it over once it is stale',
      );
    });
  }
}
