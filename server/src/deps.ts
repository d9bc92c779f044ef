/**
 * What the app and its routes are built from. A types module of its own, so routes depend on it
 * and not on app.ts (which imports the routes).
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/read';
import type { Neo4jTarget } from './db/driver';

export interface AppDeps {
  driver: Driver;
  config: Config;
  logger: Logger;
  /**
   * Where `driver` connects, with its credentials: the console's worker threads open their own
   * drivers on it (db/console-workers.ts). Unset: the Neo4j that NEO4J_URI names.
   */
  neo4jTarget?: Neo4jTarget;
  /** The built client to serve at /, when there is one. */
  clientDir?: string;
  /** What the warm-up computes after a write (http/warm-up.ts); unset: the first screen. */
  warmUpUrls?: readonly string[];
}

/** The database handle routes pass to the repositories. */
export const dbOf = (deps: AppDeps): Db => ({
  driver: deps.driver,
  database: deps.config.NEO4J_DATABASE,
});
