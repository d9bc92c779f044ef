/**
 * Loads the seed graph into an empty database, for `npm start` and the test run.
 * The ingestion pipeline is not built yet: until it is, this step only says so.
 */
import type { Driver } from 'neo4j-driver';

export interface SeedResult {
  loaded: boolean;
  message: string;
}

export async function seedIfEmpty(
  _driver: Driver,
  _database: string,
  log: (line: string) => void = () => {},
): Promise<SeedResult> {
  const message = 'Seed loading: the ingestion pipeline does not exist yet; nothing loaded.';
  log(message);
  return { loaded: false, message };
}
