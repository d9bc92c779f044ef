/** GET /api/paths?from=&to=&maxHops=&types=&limit=: shortest paths between two entities. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { PathsQuery } from '../contracts/api';
import { readShortestPaths } from '../db/path-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function pathsRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(PathsQuery, req.query, 'query');
    res.json(
      await readShortestPaths(dbOf(deps), { ...q, hubDegree: deps.config.PATHS_HUB_DEGREE }),
    );
  });
  return router;
}
