/**
 * The API's error handler. Handlers and the data layer throw DomainErrors (contracts/errors.ts),
 * or let a Neo4j, zod or body-parser error escape; this turns each into
 * `{ error: { code, message, details } }` with the status the vocabulary gives its code, logs the
 * cause of a 5xx, and never sends a stack trace.
 */
import type { ErrorRequestHandler } from 'express';
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { ZodError } from 'zod';
import {
  DomainError,
  fieldIssues,
  invalidInput,
  type ErrorBody,
  type ErrorCode,
} from '../contracts/errors';
import { MEMORY_REFUSED, TIMEOUT_CODES } from '../db/neo4j-codes';

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

/** Whatever was thrown, as a DomainError (unknown failures become `internal`, keeping the cause). */
export function toDomainError(err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  if (err instanceof ZodError) return invalidInput(fieldIssues(err, 'request'));
  if (err instanceof Neo4jError && err.code === MEMORY_REFUSED) {
    // A transient code, but retrying the same query cannot help: it is the query that is too big.
    return new DomainError(
      'query_too_big',
      'The database refused this request: it needs more memory than one query may use. Narrow it (fewer ids, a smaller limit or date range).',
      { cause: err },
    );
  }
  if (err instanceof Neo4jError && TIMEOUT_CODES.has(err.code)) {
    return new DomainError(
      'neo4j_timeout',
      'The database did not answer within its time limit. Narrow the request and try again.',
      { cause: err },
    );
  }
  if (isNeo4jUnavailable(err)) {
    return new DomainError(
      'neo4j_unavailable',
      'The graph database is not reachable right now; retry in a few seconds.',
      { cause: err },
    );
  }
  if (clientFault(err)) return fromClientFault(err);
  return new DomainError('internal', 'Something went wrong on the server.', { cause: err });
}

/**
 * Errors that Express and its body parser raise for a bad request (http-errors with a 4xx
 * `status`; the body parser's carry a `type`): a body over the limit, not JSON, in a charset or
 * content encoding it cannot read, cut short; a path that is not valid percent-encoding.
 */
interface ClientFault {
  status: number;
  type?: unknown;
  code?: unknown;
}
function clientFault(err: unknown): err is ClientFault {
  if (typeof err !== 'object' || err === null) return false;
  const { status, type } = err as { status?: unknown; type?: unknown };
  if (typeof type === 'string' && type in CLIENT_FAULTS) return true;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Fixed messages per body-parser `type`: the parser's own text may quote the input. */
const CLIENT_FAULTS: Record<string, [ErrorCode, string]> = {
  'entity.too.large': ['payload_too_large', 'The request body is too large.'],
  'entity.parse.failed': ['bad_request', 'The request body is not valid JSON.'],
  'charset.unsupported': [
    'unsupported_charset',
    'The request body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
  ],
  'encoding.unsupported': [
    'unsupported_encoding',
    'The request body must be sent uncompressed, or as gzip, deflate or br.',
  ],
  'request.aborted': ['bad_request', 'The request body ended before its Content-Length.'],
  'request.size.invalid': ['bad_request', 'The request body does not match its Content-Length.'],
  'entity.verify.failed': ['bad_request', 'The request body was refused.'],
};

function fromClientFault(err: ClientFault): DomainError {
  const known = typeof err.type === 'string' ? CLIENT_FAULTS[err.type] : undefined;
  if (known) return new DomainError(known[0], known[1], { cause: err });
  // A body that does not decompress (gzip that is not gzip) has no `type`: zlib's code says so.
  if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
    return new DomainError('bad_request', 'The request body could not be decompressed.', {
      cause: err,
    });
  }
  return new DomainError('bad_request', 'The request could not be read (malformed URL or body).', {
    cause: err,
  });
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const domain = toDomainError(err);
  if (domain.status >= 500) req.log?.error({ err: domain.cause ?? domain }, domain.message);
  else req.log?.info({ code: domain.code }, domain.message);
  const body: ErrorBody = {
    error: {
      code: domain.code,
      message: domain.message,
      ...(domain.details === undefined ? {} : { details: domain.details }),
    },
  };
  res.status(domain.status).json(body);
};
