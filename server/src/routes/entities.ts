/**
 * GET /api/entities/:id: the details panel (relationships grouped by type and direction, articles).
 * GET /api/entities/:id/neighbors?types=&direction=&labels=&limit=&cursor=: one-hop expansion.
 * GET /api/entities/:id/statements?order=newest|oldest: its statements by date, duplicates merged.
 */
import { Router } from 'express';
import type { AppDeps } from '../app';
import { EntityParams, EntityStatementsQuery, NeighborsQuery } from '../contracts/api';
import { readEntityDetails, readNeighbors } from '../db/entity-repository';
import { readEntityStatements } from '../db/statements-repository';
import { validate } from '../http/validate';
import { dbOf } from './db-of';

export function entitiesRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    const { id } = validate(EntityParams, req.params, 'params');
    res.json(await readEntityDetails(dbOf(deps), id));
  });
  router.get('/:id/neighbors', async (req, res) => {
    const { id } = validate(EntityParams, req.params, 'params');
    const q = validate(NeighborsQuery, req.query, 'query');
    res.json(await readNeighbors(dbOf(deps), id, q));
  });
  router.get('/:id/statements', async (req, res) => {
    const { id } = validate(EntityParams, req.params, 'params');
    const { order } = validate(EntityStatementsQuery, req.query, 'query');
    res.json(await readEntityStatements(dbOf(deps), id, order));
  });
  return router;
}
