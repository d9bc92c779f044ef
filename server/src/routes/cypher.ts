/**
 * POST /api/cypher: the analyst console. Read-only (see db/cypher-guard.ts), rate-limited per
 * client, bounded by CYPHER_TIMEOUT_MS, CYPHER_ROW_CAP and CYPHER_MAX_BYTES, and run through a
 * gate (CYPHER_CONCURRENCY at once, CYPHER_QUEUE waiting, 429 beyond) so heavy console queries
 * cannot take the connections and the event loop the other endpoints need.
 */
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from '../app';
import { CypherRequest } from '../contracts/api';
import { runConsoleQuery } from '../db/cypher-repository';
import { HttpError } from '../http/errors';
import { Gate } from '../http/gate';
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
  const { CYPHER_CONCURRENCY, CYPHER_QUEUE } = deps.config;
  const gate = new Gate(CYPHER_CONCURRENCY, CYPHER_QUEUE);
  router.post('/', async (req, res) => {
    const body = validate(CypherRequest, req.body, 'body');
    // The response closing before it was sent means the client went away: stop its query.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const release = await gate.enter(gone.signal);
    if (!release) {
      if (gone.signal.aborted) return;
      throw new HttpError(
        429,
        'console_busy',
        `The console is busy: ${CYPHER_CONCURRENCY} queries are running and ${CYPHER_QUEUE} waiting. Try again in a few seconds.`,
      );
    }
    try {
      res.json(
        await runConsoleQuery(
          deps.driver,
          deps.config.NEO4J_DATABASE,
          body.query,
          body.params ?? {},
          {
            timeoutMs: deps.config.CYPHER_TIMEOUT_MS,
            rowCap: deps.config.CYPHER_ROW_CAP,
            maxBytes: deps.config.CYPHER_MAX_BYTES,
          },
          gone.signal,
        ),
      );
    } finally {
      release();
    }
  });
  return router;
}
