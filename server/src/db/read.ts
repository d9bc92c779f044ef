/**
 * How the data-access layer talks to Neo4j: every API read runs in a read transaction (the
 * database refuses writes in it) with a timeout, on the one driver the app was given.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';

export interface Db {
  driver: Driver;
  database: string;
}

/** Longest an endpoint query may run before Neo4j stops it (the console has its own limit). */
export const API_QUERY_TIMEOUT_MS = 15_000;

/** One read query, retried by the driver on transient errors. */
export async function readQuery(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  const { records } = await db.driver.executeQuery(cypher, params, {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: API_QUERY_TIMEOUT_MS },
  });
  return records;
}

/** Several read queries in one transaction (one consistent snapshot, one connection). */
export async function readTransaction<T>(
  db: Db,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    return await session.executeRead(work, { timeout: API_QUERY_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

/**
 * A label or relationship type as a Cypher identifier. Callers pass names from the model's enums
 * (or names the database itself reported); the backticks make any name safe regardless.
 */
export function identifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** `:A|B|C` for a relationship pattern, from model types. */
export function typeAlternatives(types: readonly string[]): string {
  return types.length ? `:${types.map(identifier).join('|')}` : '';
}
