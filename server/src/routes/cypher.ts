/**
 * POST /api/cypher: the analyst console. Read-only (see db/cypher-guard.ts), rate-limited per
 * client, bounded by CYPHER_TIMEOUT_MS, CYPHER_ROW_CAP and CYPHER_MAX_BYTES, and run through a
 * gate (CYPHER_CONCURRENCY at once, CYPHER_QUEUE waiting, 429 beyond) so heavy console queries
 * cannot take the connections and the event loop the other endpoints need.
 */
import { rateLimit } from 'express-rate-limit';
import { CypherRequest, CypherResponse } from '../contracts/api';
import { DomainError } from '../contracts/errors';
import { rowTexts, runConsoleQuery } from '../db/cypher-repository';
import type { AppDeps } from '../deps';
import { Gate } from '../http/gate';
import { sendJsonInSlices } from '../http/json-slices';
import { route } from './route';

export const cypher = route({
  method: 'post',
  path: '/api/cypher',
  summary: 'Run a read-only Cypher query (analyst console)',
  body: CypherRequest,
  response: CypherResponse,
  errors: [
    'cypher_syntax',
    'cypher_error',
    'multiple_statements',
    'read_only',
    'forbidden',
    'forbidden_procedure',
    'forbidden_clause',
    'admin_command',
    'cypher_timeout',
    'cypher_too_much_memory',
    'rate_limited',
    'console_busy',
    'payload_too_large',
  ],
  before: (deps) => [
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.CYPHER_RATE_LIMIT,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(
          new DomainError(
            'rate_limited',
            `Too many console queries: at most ${deps.config.CYPHER_RATE_LIMIT} per minute. Try again shortly.`,
          ),
        ),
    }),
  ],
  handle: async ({ body }, { db, deps, res }) => {
    // The response closing before it was sent means the client went away: stop its query.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const { CYPHER_CONCURRENCY, CYPHER_QUEUE } = deps.config;
    const release = await gateOf(deps).enter(gone.signal);
    if (!release) {
      throw new DomainError(
        'console_busy',
        `The console is busy: ${CYPHER_CONCURRENCY} queries are running and ${CYPHER_QUEUE} waiting. Try again in a few seconds.`,
      );
    }
    try {
      const answer = await runConsoleQuery(
        db.driver,
        db.database,
        body.query,
        body.params ?? {},
        {
          timeoutMs: deps.config.CYPHER_TIMEOUT_MS,
          rowCap: deps.config.CYPHER_ROW_CAP,
          maxBytes: deps.config.CYPHER_MAX_BYTES,
        },
        gone.signal,
      );
      // Up to CYPHER_MAX_BYTES of JSON: sent in slices (the rows as already serialised), with
      // the gate still held, so at most CYPHER_CONCURRENCY such answers are in memory at once.
      await sendJsonInSlices(res, answer, {
        rows: rowTexts.get(answer),
        'graph.nodes': undefined,
        'graph.edges': undefined,
      });
      return answer;
    } finally {
      release();
    }
  },
});

/** One gate per app (CYPHER_CONCURRENCY running, CYPHER_QUEUE waiting). */
const gates = new WeakMap<AppDeps, Gate>();
function gateOf(deps: AppDeps): Gate {
  let gate = gates.get(deps);
  if (!gate) {
    gate = new Gate(deps.config.CYPHER_CONCURRENCY, deps.config.CYPHER_QUEUE);
    gates.set(deps, gate);
  }
  return gate;
}
