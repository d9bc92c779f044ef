/**
 * The bridge between the validated configuration and the local Neo4j: which options boot it,
 * and which credentials reach it (the generated ones for the local Neo4j, NEO4J_USER and
 * NEO4J_PASSWORD for one NEO4J_URI names).
 */
import type { Config, Neo4jTarget } from '@kg/server';
import type { LocalNeo4j, LocalNeo4jOptions } from './local-neo4j';
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
  const uri = local?.uri ?? config.NEO4J_URI;
  if (!uri) throw new Error('no Neo4j: NEO4J_URI is not set and no local Neo4j was started');
  return {
    uri,
    user: local ? local.user : config.NEO4J_USER,
    password: local ? local.password : config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
}

/** Where to find the local Neo4j's password, for messages (the password itself is not logged). */
export function passwordHint(local: LocalNeo4j): string {
  return `user ${local.user}, password in ${passwordFile(local.dataDir)}`;
}

/** The environment that points a child process (server, ingest) at the local Neo4j. */
export function localNeo4jEnv(local: LocalNeo4j): Record<string, string> {
  return { NEO4J_URI: local.uri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password };
}
