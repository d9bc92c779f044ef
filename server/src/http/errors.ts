/**
 * The one error vocabulary of the API. Handlers throw HttpError (or let a Neo4j or zod error
 * escape); the error handler turns it into `{ error: { code, message, details } }` and never
 * sends a stack trace.
 */
import type { ErrorRequestHandler } from 'express';
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ZodError } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new HttpError(400, 'bad_request', message, details);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

const MEMORY_REFUSED = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
/** Neo4j's codes for a transaction stopped at its time limit. */
export const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Neo4j error codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isNeo4jUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(err.code) ||
    err.code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    (isRetryableError(err) && err.code.startsWith('Neo.TransientError.General'))
  );
}

/** Turns a zod error into a 400 naming each field. */
export function fromZod(err: ZodError, where: string): HttpError {
  const details = err.issues.map((i) => ({
    field: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = details[0];
  return badRequest(
    first ? `Invalid ${first.field}: ${first.message}` : `Invalid ${where}`,
    details,
  );
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let http: HttpError;
  if (err instanceof HttpError) {
    http = err;
  } else if (err instanceof ZodError) {
    http = fromZod(err, 'request');
  } else if (err instanceof Neo4jError && err.code === MEMORY_REFUSED) {
    // A transient code, but retrying the same query cannot help: it is the query that is too big.
    http = new HttpError(
      422,
      'query_too_big',
      'The database refused this request: it needs more memory than one query may use. Narrow it (fewer ids, a smaller limit or date range).',
    );
  } else if (err instanceof Neo4jError && TIMEOUT_CODES.has(err.code)) {
    http = new HttpError(
      504,
      'neo4j_timeout',
      'The database did not answer within its time limit. Narrow the request and try again.',
    );
  } else if (isNeo4jUnavailable(err)) {
    http = new HttpError(
      503,
      'neo4j_unavailable',
      'The graph database is not reachable right now; retry in a few seconds.',
    );
  } else if (
    typeof err === 'object' &&
    err !== null &&
    'type' in err &&
    (err as { type: unknown }).type === 'entity.too.large'
  ) {
    http = new HttpError(413, 'payload_too_large', 'The request body is too large.');
  } else if (
    typeof err === 'object' &&
    err !== null &&
    'type' in err &&
    (err as { type: unknown }).type === 'entity.parse.failed'
  ) {
    http = badRequest('The request body is not valid JSON.');
  } else {
    http = new HttpError(500, 'internal', 'Something went wrong on the server.');
  }
  if (http.status >= 500) req.log?.error({ err }, http.message);
  else req.log?.info({ code: http.code }, http.message);
  res.status(http.status).json({
    error: {
      code: http.code,
      message: http.message,
      ...(http.details === undefined ? {} : { details: http.details }),
    },
  });
};
