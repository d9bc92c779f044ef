/** GET /api/health: is the database there, which Neo4j is it, how big is the graph. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import type { HealthResponse } from '../contracts/api';
import { readHealth } from '../db/health-repository';

export function healthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    try {
      const body: HealthResponse = {
        status: 'ok',
        ...(await readHealth(deps.driver, deps.config.NEO4J_DATABASE)),
      };
      res.json(body);
    } catch (err) {
      // The driver's message names hosts and ports: it goes to the log, not to the public.
      req.log?.warn({ err }, 'health check failed');
      const body: HealthResponse = {
        status: 'unavailable',
        reason: 'Neo4j is not answering; the server log says why.',
      };
      res.status(503).json(body);
    }
  });
  return router;
}
