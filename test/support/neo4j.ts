/** The test run's Neo4j (started by global-setup.ts), as a target and a driver. */
import type { Driver } from 'neo4j-driver';
import { createDriver, loadConfig, type Config, type Neo4jTarget } from '@kg/server';

export function testTarget(): Neo4jTarget {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the jest global setup did not run');
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

export function testDriver(): Driver {
  return createDriver(testTarget());
}

/** A validated configuration for the test database, with overrides. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_URI: testTarget().uri,
    NEO4J_USER: testTarget().user,
    NEO4J_PASSWORD: testTarget().password,
    NEO4J_DATABASE: testTarget().database,
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...overrides,
  });
}

/** Runs `cypher` on the test database and returns its records as plain objects. */
export async function queryRows<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, {
    database: testTarget().database,
  });
  return records.map((r) => r.toObject() as T);
}
