/**
 * Entity resolution, behind the same write gate as POST /api/articles:
 * - POST /api/entities/:id/merge {into, dryRun}: merge :id into `into` (dryRun: the preview);
 * - GET /api/duplicates?min=&limit=: the duplicates report of the seeds' registry;
 * - POST /api/duplicates/dismiss {a, b, note}: "not a duplicate", remembered in seeds/.
 * The report reads the seed files (it is a pure module over them, no Neo4j).
 */
import { Router } from 'express';
import {
  dismissPair,
  duplicateInputFromSeeds,
  findDuplicates,
  mergeEntities,
  MergeRefused,
} from '@kg/scripts/intake';
import type { AppDeps } from '../app';
import { EntityParams } from '../contracts/api';
import { DismissRequest, DuplicatesQuery, MergeRequest } from '../contracts/entity-resolution';
import { HttpError } from '../http/errors';
import { validate } from '../http/validate';
import { requireWrites } from '../http/write-guard';
import { intakeHttpError, seedsDirOf } from './intake';

function resolutionHttpError(err: unknown): unknown {
  if (err instanceof MergeRefused) {
    const details = err.problems.map((p) => ({
      field: p.path ? `body.${p.path}` : 'seeds',
      message: p.message,
    }));
    if (err.status === 404) return new HttpError(404, 'not_found', err.problems[0]!.message);
    return new HttpError(400, 'invalid_merge', err.problems[0]!.message, details);
  }
  return intakeHttpError(err);
}

/** Mounted at /api/entities, before the read-only entity routes. */
export function entityMergeRouter(deps: AppDeps): Router {
  const router = Router();
  router.post('/:id/merge', requireWrites(deps.config), async (req, res) => {
    const { id } = validate(EntityParams, req.params, 'params');
    const body = validate(MergeRequest, req.body ?? {}, 'body');
    try {
      const result = await mergeEntities(
        { driver: deps.driver, database: deps.config.NEO4J_DATABASE, seedsDir: seedsDirOf(deps) },
        { from: id, into: body.into, dryRun: body.dryRun },
      );
      res.status(body.dryRun ? 200 : 201).json(result);
    } catch (err) {
      throw resolutionHttpError(err);
    }
  });
  return router;
}

/** Mounted at /api/duplicates. */
export function duplicatesRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = validate(DuplicatesQuery, req.query, 'query');
    const input = await duplicateInputFromSeeds(seedsDirOf(deps));
    res.json(findDuplicates(input, { min: q.min, limit: q.limit }));
  });
  router.post('/dismiss', requireWrites(deps.config), async (req, res) => {
    const body = validate(DismissRequest, req.body ?? {}, 'body');
    try {
      res.json(await dismissPair(seedsDirOf(deps), body));
    } catch (err) {
      throw resolutionHttpError(err);
    }
  });
  return router;
}
