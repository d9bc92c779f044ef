/**
 * Console queries the benchmarks and the console-isolation test send to POST /api/cypher. They
 * are client input, not the server's reads, but they are Cypher: kept here, with the server's
 * other Cypher, so that scripts/src/bench writes none (docs/architecture.md).
 */
import { ENTITY } from '../contracts/model';

/** A typical analyst read: one entity's neighbours (`$id`: an entity id). */
export const TYPICAL_CONSOLE_QUERY = `MATCH (p:${ENTITY} {id: $id})-[r]-(o) RETURN p.name, type(r), o.name LIMIT 10`;

/**
 * A query whose answer would be ~108 MB of JSON uncapped (1000 rows of 20,000 integers), reading
 * no data: what the console must stop at CYPHER_MAX_BYTES while the other endpoints answer.
 */
export const HEAVY_CONSOLE_QUERY = 'UNWIND range(1,1000) AS i RETURN range(1,20000) AS r';
