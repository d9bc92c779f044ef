/** Shared by the API suites: an app on the test database. */
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { createApp } from '@kg/server';
import { testConfig, testDriver } from '../support/neo4j';

export const silent = pino({ level: 'silent' });

export function appFor(driver: Driver, overrides: Record<string, string> = {}) {
  return createApp({ driver, config: testConfig(overrides), logger: silent });
}

/** A driver and an app on the test database for the calling suite (opened and closed by it). */
export function suiteApp(): { driver: Driver; app: ReturnType<typeof appFor> } {
  const s = {} as { driver: Driver; app: ReturnType<typeof appFor> };
  beforeAll(() => {
    s.driver = testDriver();
    s.app = appFor(s.driver);
  });
  afterAll(async () => {
    await s.driver.close();
  });
  return s;
}
