/** Waiting on conditions instead of fixed sleeps: a slow, shared machine only makes tests slower. */
import type { Driver } from 'neo4j-driver';

/** Polls `probe` until it returns true; fails naming `what` after `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => boolean | Promise<boolean>,
  { timeoutMs = 30_000, intervalMs = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until Neo4j is running a query whose text contains `fragment`. */
export function untilQueryRuns(driver: Driver, fragment: string): Promise<void> {
  return waitUntil(`Neo4j to run a query containing "${fragment}"`, async () => {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $fragment RETURN count(*) AS n`,
      { fragment },
    );
    return Number(records[0]!.get('n')) > 0;
  });
}
