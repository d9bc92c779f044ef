/**
 * Entity resolution, behind the same write gate as POST /api/articles:
 * - POST /api/entities/:id/merge {into, dryRun}: merge :id into `into` (dryRun: the preview);
 * - GET /api/duplicates?min=&limit=: the duplicates report of the seeds' registry;
 * - POST /api/duplicates/dismiss {a, b, note}: "not a duplicate", remembered in seeds/.
 * The report reads the seed files (a pure module over them, no Neo4j).
 */
import {
  dismissPair,
  duplicateInputFromSeeds,
  findDuplicates,
  mergeEntities,
  MergeRefused,
} from '@kg/scripts/intake';
import { EntityParams } from '../contracts/api';
import {
  DismissRequest,
  DismissResult,
  DuplicatesQuery,
  DuplicatesResponse,
  MergeRequest,
  MergeResult,
} from '../contracts/entity-resolution';
import { DomainError } from '../contracts/errors';
import { requireWrites } from '../http/write-guard';
import { forgetGraphVersion } from '../http/conditional';
import { intakeError, seedsDirOf } from './intake';
import { route } from './route';

/** A refused merge or dismissal in the API's vocabulary (404 unknown id, 400 otherwise). */
function resolutionError(err: unknown): unknown {
  if (err instanceof MergeRefused) {
    const details = err.problems.map((p) => ({
      field: p.path ? `body.${p.path}` : 'seeds',
      message: p.message,
    }));
    const message = err.problems[0]!.message;
    return err.status === 404
      ? new DomainError('not_found', message, { cause: err })
      : new DomainError('invalid_merge', message, { details, cause: err });
  }
  return intakeError(err);
}

const WRITE_ERRORS = ['unauthorized', 'writes_disabled', 'bad_host', 'busy'] as const;

export const mergeEntityRoute = route({
  method: 'post',
  path: '/api/entities/:id/merge',
  summary:
    'Merge the entity into another: relationships re-pointed, aliases merged, the old id kept as a redirect (dryRun: the preview, nothing written)',
  params: EntityParams,
  body: MergeRequest,
  response: MergeResult,
  errors: ['not_found', 'invalid_merge', 'ingest_running', ...WRITE_ERRORS],
  before: (deps) => [requireWrites(deps.config)],
  handle: async ({ params, body }, { deps, db }) => {
    try {
      return await mergeEntities(
        { ...db, seedsDir: seedsDirOf(deps) },
        { from: params.id, into: body.into, dryRun: body.dryRun },
      );
    } catch (err) {
      throw resolutionError(err);
    } finally {
      // A merge rewrote the graph (a new version): reads and the warm-up look again at once.
      if (!body.dryRun) forgetGraphVersion(deps);
    }
  },
});

export const duplicatesRoute = route({
  method: 'get',
  path: '/api/duplicates',
  summary:
    'Likely duplicate entities of the registry, best first, with the reasons (dismissed pairs left out)',
  query: DuplicatesQuery,
  response: DuplicatesResponse,
  handle: async ({ query }, { deps }) =>
    findDuplicates(await duplicateInputFromSeeds(seedsDirOf(deps)), {
      min: query.min,
      limit: query.limit,
    }),
});

export const dismissDuplicateRoute = route({
  method: 'post',
  path: '/api/duplicates/dismiss',
  summary:
    'Dismiss a pair from the duplicates report ("not a duplicate"), remembered in seeds/entities.yaml',
  body: DismissRequest,
  response: DismissResult,
  errors: ['not_found', 'invalid_merge', ...WRITE_ERRORS],
  before: (deps) => [requireWrites(deps.config)],
  handle: async ({ body }, { deps }) => {
    try {
      return await dismissPair(seedsDirOf(deps), body);
    } catch (err) {
      throw resolutionError(err);
    }
  },
});
