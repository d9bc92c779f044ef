/** The database handle routes pass to the repositories. */
import type { AppDeps } from '../app';
import type { Db } from '../db/read';

export const dbOf = (deps: AppDeps): Db => ({
  driver: deps.driver,
  database: deps.config.NEO4J_DATABASE,
});
