/**
 * The bridge between the validated configuration and the local Neo4j: which options boot it,
 * and which credentials reach it (the generated ones for the local Neo4j, NEO4J_USER and
 * NEO4J_PASSWORD for one NEO4J_URI names).
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '@kg/server/config';
import {
  driverFromConfig,
  targetFromConfig,
  waitForNeo4j,
  type Neo4jTarget,
} from '@kg/server/driver';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';
import { passwordFile } from './local-password';

export function localNeo4jOptions(config: Config): LocalNeo4jOptions {
  return {
    port: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    txMemory: config.NEO4J_TX_MEMORY,
    ...(config.NEO4J_DATA_DIR ? { dataDir: config.NEO4J_DATA_DIR } : {}),
  };
}

/** Where the app connects: the local Neo4j when one was started, else NEO4J_URI. */
export function neo4jTarget(config: Config, local?: LocalNeo4j): Neo4jTarget {
  if (!local) {
    if (!config.NEO4J_URI)
      throw new Error('no Neo4j: NEO4J_URI is not set and no local Neo4j was started');
    return targetFromConfig(config);
  }
  return localTarget(local, config.NEO4J_DATABASE);
}

/** A Neo4j started here (the app's, a benchmark's, the importer's), as a driver target. */
export function localTarget(local: LocalNeo4j, database: string): Neo4jTarget {
  return { uri: local.uri, user: local.user, password: local.password, database };
}

export interface OpenNeo4j {
  driver: Driver;
  target: Neo4jTarget;
  /** The Neo4j booted here, when NEO4J_URI was not set. */
  local?: LocalNeo4j;
  /** Closes the driver, then stops the Neo4j booted here (if any). */
  close(): Promise<void>;
}

/**
 * The Neo4j a command works with, and a driver on it once it answers: the one NEO4J_URI names,
 * or (unset) the local Neo4j booted here on the configured data folder. `npm start` and
 * `npm run ingest` open theirs here. `waitMs`: how long it may take to answer (default 30 s for
 * a local one, twice the connect timeout, at least 5 s, for one NEO4J_URI names).
 */
export async function openNeo4j(
  config: Config,
  log: (line: string) => void,
  options: { waitMs?: number } = {},
): Promise<OpenNeo4j> {
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    log('NEO4J_URI is not set: starting a local Neo4j 5.26 (set NEO4J_URI to use your own).');
    const started = Date.now();
    local = await startLocalNeo4j({ ...localNeo4jOptions(config), log });
    log(
      `local Neo4j ${local.version} ${local.edition} ready at ${local.uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (local.browserUrl) log(`Neo4j Browser: ${local.browserUrl} (${passwordHint(local)})`);
  } else {
    log(`using Neo4j at ${config.NEO4J_URI}`);
  }
  const target = neo4jTarget(config, local);
  const driver = driverFromConfig(config, target);
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForNeo4j(
      driver,
      options.waitMs ?? (local ? 30_000 : Math.max(5000, config.NEO4J_CONNECT_TIMEOUT_MS * 2)),
    );
  } catch (err) {
    await close();
    throw err;
  }
  return { driver, target, ...(local ? { local } : {}), close };
}

/** Where to find the local Neo4j's password, for messages (the password itself is not logged). */
export function passwordHint(local: LocalNeo4j): string {
  return `user ${local.user}, password in ${passwordFile(local.dataDir)}`;
}

/** The environment that points a child process (server, ingest) at the local Neo4j. */
export function localNeo4jEnv(local: LocalNeo4j): Record<string, string> {
  return { NEO4J_URI: local.uri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password };
}
