/**
 * GET /api/articles/:id: the article text with every evidence span that points into it.
 * GET /api/articles?ids=a,b: titles and dates only (what source links say).
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { ArticleParams, ArticleRefsQuery } from '../contracts/api';
import { readArticle } from '../db/article-repository';
import { readArticleRefs } from '../db/statements-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function articlesRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { ids } = validate(ArticleRefsQuery, req.query, 'query');
    res.json({ articles: await readArticleRefs(dbOf(deps), ids) });
  });
  router.get('/:id', async (req, res) => {
    const { id } = validate(ArticleParams, req.params, 'params');
    res.json(await readArticle(dbOf(deps), id));
  });
  return router;
}
