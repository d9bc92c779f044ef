/** Shared by the API suites: an app on the test database, and a checksum of the whole graph. */
import crypto from 'node:crypto';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { createApp } from '@kg/server';
import { testConfig } from '../support/neo4j';

export const silent = pino({ level: 'silent' });

export function appFor(driver: Driver, overrides: Record<string, string> = {}) {
  return createApp({ driver, config: testConfig(overrides), logger: silent });
}

/**
 * Counts and a hash of every node's labels and properties, every relationship's type, endpoints
 * and properties, and the schema (indexes and constraints): equal before and after means nothing
 * was written.
 */
export async function graphChecksum(
  driver: Driver,
): Promise<{ nodes: number; relationships: number; hash: string }> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n) WITH n ORDER BY elementId(n)
       RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS ns
     }
     CALL () {
       MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
       RETURN count(r) AS relationships, collect([elementId(a), type(r), elementId(b), properties(r)]) AS rs
     }
     RETURN nodes, relationships, ns, rs`,
    {},
    { database: 'neo4j' },
  );
  // SHOW commands cannot sit in a subquery: read the schema separately.
  const idx = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
  );
  const cons = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const r = records[0]!;
  const schema = [idx.records.map((x) => x.toObject()), cons.records.map((x) => x.get('name'))];
  const body = JSON.stringify([r.get('ns'), r.get('rs'), schema], (_k, v) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
  return {
    nodes: Number(r.get('nodes')),
    relationships: Number(r.get('relationships')),
    hash: crypto.createHash('sha256').update(body).digest('hex'),
  };
}
