/** GET /api/articles/:id: the article text with every evidence span that points into it. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { ArticleParams } from '../contracts/api';
import { readArticle } from '../db/article-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function articlesRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    const { id } = validate(ArticleParams, req.params, 'params');
    res.json(await readArticle(dbOf(deps), id));
  });
  return router;
}
