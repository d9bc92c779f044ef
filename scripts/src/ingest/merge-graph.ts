/**
 * The graph side of an entity merge: which articles the merge touches beyond those whose
 * extraction files name the two entities, and the one transaction that removes the merged node
 * and writes what the seeds now say about the surviving one (relationships re-pointed, merged
 * with the ones it already had, mention counts with the new aliases, `formerIds`).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ENTITY } from '@kg/server/contracts';
import type { SeedGraph } from './graph';
import type { IngestLock } from './ingest-lock';
import { writeGraph, type GroupStats } from './write';

/** How long a merge waits for another ingest before it answers busy (as an article save). */
export const MERGE_LOCK_WAIT_MS = 15_000;

/**
 * Sources of the relationships whose `at` (where a statement was made) is `id`: a statement's
 * place is a property, not an edge, so a merged Event or Outlet is named there without any
 * MENTIONS. A scan of relationships, run once per merge.
 */
export async function sourcesOfStatementsAt(
  driver: Driver,
  database: string,
  id: string,
): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH ()-[r]->() WHERE r.at = $id
     UNWIND r.sources AS source RETURN collect(DISTINCT source) AS sources`,
    { id },
    { database, routing: neo4j.routing.READ },
  );
  return (records[0]?.get('sources') as string[] | undefined) ?? [];
}

export interface MergeWrite {
  /** Nodes removed (1: the merged entity; 0 when the graph did not hold it). */
  deletedNodes: number;
  /** Relationships that went with it (re-created on the surviving entity by the rows). */
  deletedRelationships: number;
  groups: GroupStats[];
}

/**
 * One transaction, fenced by the ingest lock the caller holds (one ingest at a time: a full
 * run, an article save and a merge never interleave): DETACH DELETE the merged node, then
 * MERGE the rows (the surviving entity, its relationships, the affected articles' mentions).
 * Everything or nothing.
 */
export async function writeMerge(
  driver: Driver,
  database: string,
  from: string,
  rows: SeedGraph,
  lock: IngestLock,
): Promise<MergeWrite> {
  let deletedNodes = 0;
  let deletedRelationships = 0;
  const written = await writeGraph(driver, database, rows, lock, {
    alwaysMerge: true,
    prelude: async (tx: ManagedTransaction) => {
      const res = await tx.run(`MATCH (n:${ENTITY} {id: $from}) DETACH DELETE n`, { from });
      const u = res.summary.counters.updates();
      deletedNodes = u.nodesDeleted;
      deletedRelationships = u.relationshipsDeleted;
    },
  });
  return { deletedNodes, deletedRelationships, groups: written.groups };
}
