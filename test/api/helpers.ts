/** Shared by the API suites: an app on the test database. */
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { createApp } from '@kg/server';
import { testConfig } from '../support/neo4j';

export const silent = pino({ level: 'silent' });

export function appFor(driver: Driver, overrides: Record<string, string> = {}) {
  return createApp({ driver, config: testConfig(overrides), logger: silent });
}
