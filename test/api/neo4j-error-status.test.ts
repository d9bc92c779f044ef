/**
 * Neo4j errors outside the console keep their meaning at the HTTP edge: a per-transaction
 * memory refusal is the request's fault (422 with advice), not "unreachable" (503); a
 * transaction timeout is a gateway timeout (504), not a 500. No database involved: the error
 * handler is driven with the driver's own error class and the codes Neo4j sends.
 */
import express from 'express';
import request from 'supertest';
import { Neo4jError } from 'neo4j-driver';
import { errorHandler } from '../../server/src/http/errors';

const failingWith = (code: string) => {
  const app = express();
  app.get('/', () => {
    throw new Neo4jError('refused by the server at 127.0.0.1:7687', code, 'N/A', 'N/A');
  });
  app.use(errorHandler);
  return app;
};

describe('Neo4j errors at the HTTP edge', () => {
  it('answers 422 with advice for a memory refusal, without the driver message', async () => {
    const res = await request(
      failingWith('Neo.TransientError.General.MemoryPoolOutOfMemoryError'),
    ).get('/');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('query_too_big');
    expect(res.body.error.message).toMatch(/Narrow it/);
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1/);
  });

  it('answers 504 for a transaction timeout', async () => {
    const res = await request(failingWith('Neo.ClientError.Transaction.TransactionTimedOut')).get(
      '/',
    );
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('neo4j_timeout');
  });

  it('still answers 503 when the database is unreachable', async () => {
    const res = await request(failingWith('ServiceUnavailable')).get('/');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('neo4j_unavailable');
  });
});
