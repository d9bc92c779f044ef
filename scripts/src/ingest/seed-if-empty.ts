/**
 * Loads the seed graph into an empty database, for `npm start` and the test run. "Empty" means
 * no Entity and no Article node: a database that already holds a graph keeps its data, and only
 * gains the indexes added since it was loaded (the statement search index, for one).
 */
import type { Driver } from 'neo4j-driver';
import { ingest } from './ingest';
import { ensureSchema } from './schema';
import { holdsOwnedNodes } from './write';

export interface SeedResult {
  loaded: boolean;
  message: string;
}

export async function seedIfEmpty(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
): Promise<SeedResult> {
  if (await holdsOwnedNodes(driver, database)) {
    await ensureSchema(driver, database);
    const message = 'Seed loading: the database already holds a graph; nothing loaded.';
    log(message);
    return { loaded: false, message };
  }
  const s = await ingest({ driver, database, owner: 'npm start (loading the seed graph)', log });
  const nodes = s.groups.filter((g) => g.kind === 'node').reduce((n, g) => n + g.created, 0);
  const rels = s.groups.filter((g) => g.kind === 'relationship').reduce((n, g) => n + g.created, 0);
  const message = `Seed loading: ${nodes} nodes and ${rels} relationships loaded in ${(s.ms.total / 1000).toFixed(1)} s.`;
  log(message);
  return { loaded: true, message };
}
