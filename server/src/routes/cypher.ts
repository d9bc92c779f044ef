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
import { sendJsonBuffer, sendJsonInSlices } from '../http/json-slices';
import { consolePool, type ConsolePool } from '../db/console-workers';
import { targetFromConfig } from '../db/driver';
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
      const { CYPHER_TIMEOUT_MS, CYPHER_ROW_CAP, CYPHER_MAX_BYTES } = deps.config;
      const limits = {
        timeoutMs: CYPHER_TIMEOUT_MS,
        rowCap: CYPHER_ROW_CAP,
        maxBytes: CYPHER_MAX_BYTES,
      };
      const workers = workersOf(deps);
      if (workers) {
        // Collected, converted and serialised in a worker thread: here it is one buffer to send.
        const json = await workers.run(body.query, body.params ?? {}, limits, gone.signal);
        // Sent with the gate still held, so at most CYPHER_CONCURRENCY answers are in memory.
        await sendJsonBuffer(res, json);
        return sent;
      }
      const answer = await runConsoleQuery(
        db.driver,
        db.database,
        body.query,
        body.params ?? {},
        limits,
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

/**
 * What the handler returns once it has written the answer itself: the route wrapper sends
 * nothing more when the headers are out (routes/route.ts).
 */
const sent = undefined as unknown as CypherResponse;

/** The app's console workers, or undefined when CYPHER_WORKERS is 0 (main-thread console). */
function workersOf(deps: AppDeps): ConsolePool | undefined {
  const { config } = deps;
  if (config.CYPHER_WORKERS === 0) return undefined;
  const target = deps.neo4jTarget ?? targetFromConfig(config);
  return consolePool({
    target,
    workers: config.CYPHER_WORKERS,
    concurrency: config.CYPHER_CONCURRENCY,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
}

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
