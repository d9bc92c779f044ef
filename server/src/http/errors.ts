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

/**
 * Errors that Express and its body parser raise for a bad request (http-errors with a 4xx
 * `status` and, from the body parser, a `type`): a body over the limit, not JSON, in a charset
 * or content encoding it cannot read, cut short; a path that is not valid percent-encoding.
 */
interface ClientFault {
  status: number;
  type?: string;
}
function clientFault(err: unknown): err is ClientFault {
  if (typeof err !== 'object' || err === null) return false;
  const status = (err as { status?: unknown; statusCode?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Fixed messages per body-parser `type`: the parser's own text may quote the input. */
const CLIENT_FAULTS: Record<string, [number, string, string]> = {
  'entity.too.large': [413, 'payload_too_large', 'The request body is too large.'],
  'entity.parse.failed': [400, 'bad_request', 'The request body is not valid JSON.'],
  'charset.unsupported': [
    415,
    'unsupported_charset',
    'The request body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
  ],
  'encoding.unsupported': [
    415,
    'unsupported_encoding',
    'The request body must be sent uncompressed, or as gzip, deflate or br.',
  ],
  'request.aborted': [400, 'bad_request', 'The request body ended before its Content-Length.'],
  'request.size.invalid': [
    400,
    'bad_request',
    'The request body does not match its Content-Length.',
  ],
  'entity.verify.failed': [400, 'bad_request', 'The request body was refused.'],
};

function fromClientFault(err: ClientFault): HttpError {
  const known = err.type ? CLIENT_FAULTS[err.type] : undefined;
  if (known) return new HttpError(known[0], known[1], known[2]);
  // A body that does not decompress (gzip that is not gzip) has no `type`: zlib's code says so.
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return badRequest('The request body could not be decompressed.');
  }
  if (err instanceof URIError || err.status === 400) {
    return badRequest('The request could not be read (malformed URL or body).');
  }
  return new HttpError(err.status, 'bad_request', 'The request could not be handled.');
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
  } else if (clientFault(err)) {
    http = fromClientFault(err);
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
