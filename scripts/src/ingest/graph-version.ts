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

/** A Cypher fragment: replaces the version token (one node; writers are serialised by the lock). */
export const BUMP_GRAPH_VERSION = `MERGE (version:${GRAPH_VERSION})
SET version.graphVersion = randomUUID(), version.versionChangedAt = datetime.realtime()`;

/**
 * Bumps the version outside the lock: for a store built offline (the initial load's schema
 * step), where no lock exists and nothing else runs.
 */
export async function bumpGraphVersion(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(`${BUMP_GRAPH_VERSION}`, {}, { database });
}
