/**
 * Graceful shutdown (main.ts `serve().close()`): a request in flight when shutdown starts still
 * gets its answer; new connections are refused; close resolves once the request is done.
 */
import type { Driver } from 'neo4j-driver';
import { serve } from '@kg/server';
import { testConfig, testDriver } from '../support/neo4j';
import { untilQueryRuns } from '../support/wait';
import { silent } from './helpers';

describe('graceful shutdown', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('finishes the request in flight, then stops listening', async () => {
    const running = await serve({
      config: testConfig({ PORT: '0', CYPHER_TIMEOUT_MS: '20000' }),
      driver,
      logger: silent,
      clientDir: '/nonexistent',
    });
    // A read that takes a moment: long enough to be in flight when close() starts.
    const inFlight = fetch(`${running.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'UNWIND range(1, 4000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS n',
      }),
    });
    await untilQueryRuns(driver, 'range(1, 4000000)');
    let closed = false;
    const closing = running.close(15_000).then(() => {
      closed = true;
    });
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rows: unknown[][] }).rows).toEqual([[0]]);
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  });
});
