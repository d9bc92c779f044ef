/**
 * Plans ahead the queries that adding one article runs, so that the first save after a server
 * starts does not plan them while the analyst waits. `EXPLAIN` plans a query and puts the plan
 * in Neo4j's cache without running it: nothing is read or written. Measured at 1M relationships
 * (docs/benchmarks.md §5): the first save after a restart took 15–17 s, most of it planning and
 * a cold JVM, against ~1.5 s for the next ones.
 */
import type { Driver } from 'neo4j-driver';
import { ARTICLE_READ_QUERIES } from './footprint';
import { LOCK_QUERIES } from './ingest-lock';
import { ARTICLE_WRITE_QUERIES } from './write';

export async function warmArticlePlans(driver: Driver, database: string): Promise<number> {
  const queries = [...LOCK_QUERIES, ...ARTICLE_READ_QUERIES, ...ARTICLE_WRITE_QUERIES];
  for (const q of queries) await driver.executeQuery(`EXPLAIN ${q}`, {}, { database });
  return queries.length;
}
