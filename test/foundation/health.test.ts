import request from 'supertest';
import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import { createApp, createDriver } from '@kg/server';
import { testConfig, testDriver } from '../support/neo4j';

const logger = pino({ level: 'silent' });

describe('GET /api/health', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('reports the real Neo4j 5.26 version and edition', async () => {
    const app = createApp({ driver, config: testConfig(), logger });
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.neo4j.edition).toBe('community');
    expect(typeof res.body.counts.nodes).toBe('number');
  });

  it('answers 503 with a reason within 5 s when Neo4j is unreachable', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    const dead = createDriver(
      { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j' },
      { connectTimeoutMs: 1000 },
    );
    try {
      const app = createApp({ driver: dead, config: testConfig(), logger });
      const started = Date.now();
      const res = await request(app).get('/api/health').expect(503);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.body.status).toBe('unavailable');
      expect(res.body.reason).toMatch(/Neo4j is not answering/);
      // No internals: the driver's message would name the host and port.
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|:1\b|ECONNREFUSED/);
    } finally {
      await dead.close();
    }
  });

  it('answers unknown API paths with a JSON 404, not a stack trace', async () => {
    const app = createApp({ driver, config: testConfig(), logger });
    const res = await request(app).get('/api/nope').expect(404);
    expect(res.body.error.code).toBe('not_found');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
