/**
 * What the app and its routes are built from. A types module of its own, so routes depend on it
 * and not on app.ts (which imports the routes).
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/read';

export interface AppDeps {
  driver: Driver;
  config: Config;
  logger: Logger;
  /** The built client to serve at /, when there is one. */
  clientDir?: string;
}

/** The database handle routes pass to the repositories. */
export const dbOf = (deps: AppDeps): Db => ({
  driver: deps.driver,
  database: deps.config.NEO4J_DATABASE,
});
