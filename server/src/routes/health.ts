/**
 * GET /api/health: is the database there, which Neo4j is it, how big is the graph.
 * GET /api/schema: labels, relationship types (with their meaning) and property keys, counted.
 */
import { HealthResponse, SchemaResponse } from '../contracts/api';
import { readHealth } from '../db/health-repository';
import { readSchema } from '../db/schema-repository';
import { route } from './route';

export const health = route({
  method: 'get',
  path: '/api/health',
  summary: 'Database status, version and counts',
  response: HealthResponse,
  otherAnswers: [{ status: 503, description: 'Neo4j is not reachable', schema: HealthResponse }],
  handle: async (_input, { db, req, res }): Promise<HealthResponse> => {
    try {
      return { status: 'ok', ...(await readHealth(db.driver, db.database)) };
    } catch (err) {
      // The driver's message names hosts and ports: it goes to the log, not to the public.
      req.log?.warn({ err }, 'health check failed');
      res.status(503);
      return { status: 'unavailable', reason: 'Neo4j is not answering; the server log says why.' };
    }
  },
});

export const schema = route({
  method: 'get',
  cache: 'graph',
  path: '/api/schema',
  summary: 'Labels, relationship types and property keys with counts',
  response: SchemaResponse,
  handle: (_input, { db }) => readSchema(db),
});
