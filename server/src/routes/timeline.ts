/** GET /api/timeline?from=&to=&limit=: dated events and relationships, oldest first. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { TimelineQuery } from '../contracts/api';
import { readTimeline } from '../db/graph-repository';
import { badRequest } from '../http/errors';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function timelineRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(TimelineQuery, req.query, 'query');
    if (q.from && q.to && q.from > q.to) {
      throw badRequest('Invalid query.from: must not be after query.to', [
        { field: 'query.from', message: 'must not be after query.to' },
      ]);
    }
    res.json(await readTimeline(dbOf(deps), q));
  });
  return router;
}
