/**
 * The graph's version (see GRAPH_VERSION in the model): one node whose `graphVersion` is a new
 * random token after every committed write of ingestion-owned data. A random token rather than a
 * counter, so a reset or a new store can never bring back a version a client has cached.
 *
 * Every writer holds the ingest lock, and the lock's fence (the last statement of each write
 * transaction) replaces the token in the same transaction: a write and its new version commit
 * together, or neither does. Writes the fence cannot cover (auto-commit `CALL ... IN
 * TRANSACTIONS`: reset, compensation, journal cleanup) are covered by one more bump when the lock
 * is released. The API reads the token (server/src/db/graph-version-repository.ts) for its ETags.
 */
import type { Driver } from 'neo4j-driver';
import { GRAPH_VERSION } from '@kg/server/contracts';

/**
 * A Cypher fragment: replaces the version token (one node; writers are serialised by the lock)
 * and forgets which seeds the graph was ingested from (seeds-fingerprint.ts): after any write
 * it may no longer be exactly those.
 */
export const BUMP_GRAPH_VERSION = `MERGE (version:${GRAPH_VERSION})
SET version.graphVersion = randomUUID(), version.versionChangedAt = datetime.realtime()
REMOVE version.seedsFingerprint, version.seedsSummary`;

/**
 * What a full ingest leaves on the version node once its writes are in: the fingerprint of its
 * seeds and its summary (graph counts per label and type), for a rerun that finds nothing to do.
 */
export interface SeedsRecord {
  fingerprint: string;
  summary: string;
}

/**
 * Forgets the seeds record: for writes that no fence covers (reset and compensation run as
 * auto-commit batches), before they start, so that a run stopped midway leaves no record.
 */
export async function forgetSeeds(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (v:${GRAPH_VERSION}) REMOVE v.seedsFingerprint, v.seedsSummary`,
    {},
    { database },
  );
}

/** A Cypher fragment (after BUMP_GRAPH_VERSION or a MATCH of `version`): records the seeds. */
export const RECORD_SEEDS = `SET version.seedsFingerprint = $seeds.fingerprint, version.seedsSummary = $seeds.summary`;

/** The seeds the graph was last ingested from, unless something wrote to it since. */
export async function readSeedsRecord(
  driver: Driver,
  database: string,
): Promise<SeedsRecord | null> {
  const { records } = await driver.executeQuery(
    `MATCH (v:${GRAPH_VERSION}) WHERE v.seedsFingerprint IS NOT NULL
     RETURN v.seedsFingerprint AS fingerprint, v.seedsSummary AS summary LIMIT 1`,
    {},
    { database },
  );
  const r = records[0];
  return r
    ? { fingerprint: String(r.get('fingerprint')), summary: String(r.get('summary')) }
    : null;
}

/**
 * Bumps the version outside the lock: for a store built offline (the initial load's schema
 * step), where no lock exists and nothing else runs.
 */
export async function bumpGraphVersion(
  driver: Driver,
  database: string,
  seeds?: SeedsRecord,
): Promise<void> {
  await driver.executeQuery(
    seeds ? `${BUMP_GRAPH_VERSION}\n${RECORD_SEEDS}` : BUMP_GRAPH_VERSION,
    { seeds: seeds ?? null },
    { database },
  );
}
