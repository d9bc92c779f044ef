/** GET /api/search?q=&labels=&limit=: entities by name or alias, typo- and accent-tolerant. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { SearchQuery } from '../contracts/api';
import { searchEntities } from '../db/search-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function searchRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(SearchQuery, req.query, 'query');
    res.json(await searchEntities(dbOf(deps), q.q, q.labels, q.limit));
  });
  return router;
}
