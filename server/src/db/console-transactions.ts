/**
 * Stops a console query inside Neo4j. Breaking off the result stream only discards rows not yet
 * produced; a query still computing its first row (a SHORTEST through a hub, a big sort) would
 * go on until Neo4j's own transaction timeout. Each console transaction carries a `consoleId` in
 * its metadata; this finds it and terminates it, on the API's other connections.
 */
import type { Driver } from 'neo4j-driver';

export async function terminateConsoleTransaction(
  driver: Driver,
  database: string,
  consoleId: string,
): Promise<number> {
  const found = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE metaData.consoleId = $consoleId
     RETURN collect(transactionId) AS ids`,
    { consoleId },
    { database },
  );
  const ids = (found.records[0]?.get('ids') as string[] | undefined) ?? [];
  if (ids.length === 0) return 0;
  await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database });
  return ids.length;
}
