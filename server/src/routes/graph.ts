/**
 * GET /api/graph?labels=&types=&from=&to=&ids=&limit=: the overview subgraph, or with
 * `among=true` exactly the nodes `ids` names and the relationships among them.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { GraphQuery } from '../contracts/api';
import { readOverview } from '../db/graph-repository';
import { readAmong } from '../db/subgraph-repository';
import { badRequest } from '../http/errors';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function graphRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(GraphQuery, req.query, 'query');
    if (q.from && q.to && q.from > q.to) {
      throw badRequest('Invalid query.from: must not be after query.to', [
        { field: 'query.from', message: 'must not be after query.to' },
      ]);
    }
    if (q.among === 'true' && q.ids?.length) res.json(await readAmong(dbOf(deps), q.ids, q.limit));
    else res.json(await readOverview(dbOf(deps), q));
  });
  return router;
}
