/**
 * GET /api/search?q=&labels=&limit=&text=: entities by name or alias, typo- and accent-tolerant;
 * with `text=true` also statements (quotes, evidence) and articles (titles, texts).
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { SearchQuery } from '../contracts/api';
import { searchEntities } from '../db/search-repository';
import { searchText } from '../db/text-search-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function searchRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(SearchQuery, req.query, 'query');
    const entities = await searchEntities(dbOf(deps), q.q, q.labels, q.limit);
    if (q.text !== 'true') res.json(entities);
    else res.json({ ...entities, ...(await searchText(dbOf(deps), q.q, q.limit)) });
  });
  return router;
}
