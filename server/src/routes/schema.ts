/** GET /api/schema: labels, relationship types (with their meaning) and property keys, counted. */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { readSchema } from '../db/schema-repository';
import { dbOf } from './db-of';

export function schemaRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json(await readSchema(dbOf(deps)));
  });
  return router;
}
