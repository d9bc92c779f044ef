/** Reads what /api/health reports: server version and edition, node and relationship counts. */
import neo4j, { type Driver } from 'neo4j-driver';
import { ARTICLE, ENTITY } from '../contracts/model';
import { readServerInfo } from './driver';

export async function readHealth(driver: Driver, database: string) {
  const info = await readServerInfo(driver, database);
  // Count store lookups: constant time whatever the graph size. Nodes are the graph's own
  // (entities and articles), not ingestion's bookkeeping (its run marker and lock).
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:${ENTITY}) RETURN count(n) AS entities }
     CALL () { MATCH (n:${ARTICLE}) RETURN count(n) AS articles }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN entities + articles AS nodes, relationships`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const row = records[0];
  return {
    neo4j: { ...info, database },
    counts: {
      nodes: neo4j.integer.toNumber(row?.get('nodes') ?? 0),
      relationships: neo4j.integer.toNumber(row?.get('relationships') ?? 0),
    },
  };
}
