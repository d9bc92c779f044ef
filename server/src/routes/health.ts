/**
 * GET /api/health: is the database there, which Neo4j is it, how big is the graph.
 * GET /api/schema: labels, relationship types (with their meaning) and property keys, counted.
 */
import { HealthResponse, SchemaResponse } from '../contracts/api';
import { readHealth } from '../db/health-repository';
import { readSchema } from '../db/schema-repository';
import type { Db } from '../db/read';
import type { AppDeps } from '../deps';
import { route } from './route';

export const health = route({
  method: 'get',
  path: '/api/health',
  summary: 'Database status, version and counts',
  response: HealthResponse,
  otherAnswers: [{ status: 503, description: 'Neo4j is not reachable', schema: HealthResponse }],
  handle: async (_input, { db, deps, req, res }): Promise<HealthResponse> => {
    try {
      return { status: 'ok', ...(await healthCheckOf(deps, db)()) };
    } catch (err) {
      // The driver's message names hosts and ports: it goes to the log, not to the public.
      req.log?.warn({ err }, 'health check failed');
      res.status(503);
      return { status: 'unavailable', reason: 'Neo4j is not answering; the server log says why.' };
    }
  },
});

/**
 * Health is probed often (load balancers, the explorer, monitoring) and must stay fast when
 * Neo4j is busy: one check at a time goes to Neo4j, every request meanwhile shares it, and its
 * answer serves for HEALTH_CACHE_MS. A failure is not kept: the next request checks again.
 */
const checks = new WeakMap<AppDeps, () => Promise<Awaited<ReturnType<typeof readHealth>>>>();
function healthCheckOf(deps: AppDeps, db: Db) {
  let check = checks.get(deps);
  if (!check) {
    let last: { at: number; value: Awaited<ReturnType<typeof readHealth>> } | undefined;
    let running: Promise<Awaited<ReturnType<typeof readHealth>>> | undefined;
    check = () => {
      if (last && Date.now() - last.at < deps.config.HEALTH_CACHE_MS) {
        return Promise.resolve(last.value);
      }
      running ??= readHealth(db.driver, db.database)
        .then((value) => {
          last = { at: Date.now(), value };
          return value;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    };
    checks.set(deps, check);
  }
  return check;
}

export const schema = route({
  method: 'get',
  cache: 'graph',
  path: '/api/schema',
  summary: 'Labels, relationship types and property keys with counts',
  response: SchemaResponse,
  handle: (_input, { db }) => readSchema(db),
});
