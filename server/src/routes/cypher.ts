/**
 * POST /api/cypher: the analyst console. Read-only (see db/cypher-guard.ts), rate-limited per
 * client, bounded by CYPHER_TIMEOUT_MS and CYPHER_ROW_CAP.
 */
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../app';
import { CypherRequest } from '../contracts/api';
import { runConsoleQuery } from '../db/cypher-repository';
import { HttpError } from '../http/errors';
import { validate } from '../http/validate';

export function cypherRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.CYPHER_RATE_LIMIT,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(
          new HttpError(
            429,
            'rate_limited',
            `Too many console queries: at most ${deps.config.CYPHER_RATE_LIMIT} per minute. Try again shortly.`,
          ),
        ),
    }),
  );
  router.post('/', async (req, res) => {
    const body = validate(CypherRequest, req.body, 'body');
    res.json(
      await runConsoleQuery(
        deps.driver,
        deps.config.NEO4J_DATABASE,
        body.query,
        body.params ?? {},
        {
          timeoutMs: deps.config.CYPHER_TIMEOUT_MS,
          rowCap: deps.config.CYPHER_ROW_CAP,
        },
      ),
    );
  });
  return router;
}
