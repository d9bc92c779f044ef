/**
 * GET /api/topics: what statements are about, most discussed first.
 * GET /api/topics/:id/statements: the story view, every statement about one topic by date.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { TopicParams } from '../contracts/api';
import { readTopicStatements, readTopics } from '../db/story-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function topicsRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json(await readTopics(dbOf(deps)));
  });
  router.get('/:id/statements', async (req, res) => {
    const { id } = validate(TopicParams, req.params, 'params');
    res.json(await readTopicStatements(dbOf(deps), id));
  });
  return router;
}
