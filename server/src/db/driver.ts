/**
 * One driver per process: created by main (or a script, or the test setup), passed in, closed
 * on shutdown. Timeouts are short so that a Neo4j that is down answers as 503 within seconds
 * instead of hanging a request.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface DriverOptions {
  /** Time allowed to open a TCP connection and to get one from the pool. */
  connectTimeoutMs?: number;
  /** Most connections open at once (50; the console workers keep theirs small). */
  maxConnectionPoolSize?: number;
}

export function createDriver(target: Neo4jTarget, options: DriverOptions = {}): Driver {
  const timeout = options.connectTimeoutMs ?? 3000;
  const auth = neo4j.auth.basic(target.user, target.password);
  return neo4j.driver(target.uri, auth, {
    connectionTimeout: timeout,
    connectionAcquisitionTimeout: timeout + 1000,
    // Retries of executeRead/executeWrite on transient errors stop well inside 5 s.
    maxTransactionRetryTime: 2000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    userAgent: 'kg-explorer/0.1',
  });
}

/**
 * The driver a process opens from its configuration: on `target` (by default the Neo4j that
 * NEO4J_URI names, with NEO4J_USER and NEO4J_PASSWORD) with NEO4J_CONNECT_TIMEOUT_MS. The server,
 * `npm start`, the ingest CLI and the benchmarks all open theirs here.
 */
export function driverFromConfig(config: Config, target?: Neo4jTarget): Driver {
  return createDriver(target ?? targetFromConfig(config), {
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
}

/** The Neo4j that NEO4J_URI names, with the configured credentials and database. */
export function targetFromConfig(config: Config): Neo4jTarget {
  if (!config.NEO4J_URI) throw new Error('NEO4J_URI is not set');
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
}

/** Neo4j's own name and version, from dbms.components(). */
export interface ServerInfo {
  version: string;
  edition: string;
}

export async function readServerInfo(driver: Driver, database: string): Promise<ServerInfo> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const record = records[0];
  if (!record) throw new Error('dbms.components() returned no Neo4j Kernel row');
  return { version: String(record.get('version')), edition: String(record.get('edition')) };
}

/** Waits until Neo4j answers, or throws with the driver's reason after `timeoutMs`. */
export async function waitForNeo4j(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.getServerInfo();
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const reason = last instanceof Error ? last.message : String(last);
  throw new Error(`Neo4j did not answer within ${Math.round(timeoutMs / 1000)} s: ${reason}`);
}
