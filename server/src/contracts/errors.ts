/**
 * The one error vocabulary, shared by the API, the CLIs and the explorer. Every failure the code
 * means to report is a DomainError with a code from this closed list; the HTTP status of each
 * code is written once, here. The data layer and the ingestion throw DomainErrors and know
 * nothing of HTTP; the API's error handler (server/src/http/errors.ts) only looks the status up.
 *
 * Validation problems are listed in `details` as `{ field, message }`, the field written the
 * same way everywhere: `query.types[1]`, `body.params`, `relationships[3].quote`.
 */
import { z } from 'zod';

/** Each code, its HTTP status, and when it is used. Adding a code is one line here. */
export const ERROR_STATUS = {
  /** A request (or a CLI's input) fails its schema or a rule between its fields. */
  bad_request: 400,
  /** No entity, article or endpoint with that id or path. */
  not_found: 404,
  payload_too_large: 413,
  /** A JSON body in a charset other than UTF-8. */
  unsupported_charset: 415,
  /** A body in a Content-Encoding other than gzip, deflate or br. */
  unsupported_encoding: 415,
  /** The URL and headers are over Node's 16 KB (refused before Express). */
  request_too_large: 431,
  /** The request did not arrive within Node's request timeout. */
  request_timeout: 408,
  rate_limited: 429,
  /** Console: Neo4j could not parse the query. */
  cypher_syntax: 400,
  /** Console: Neo4j refused the query for another client-side reason. */
  cypher_error: 400,
  /** Console: more than one statement. */
  multiple_statements: 400,
  /** Console: the query ran longer than CYPHER_TIMEOUT_MS. */
  cypher_timeout: 408,
  /** Console: the query needs more memory than one query may use. */
  cypher_too_much_memory: 422,
  /** Console: CYPHER_CONCURRENCY queries run and CYPHER_QUEUE wait already. */
  console_busy: 429,
  /** The client went away before the answer (nginx's 499; nobody receives it). */
  client_closed_request: 499,
  /** Console refusals: writes, admin commands, procedures and clauses it does not allow. */
  read_only: 403,
  forbidden: 403,
  forbidden_procedure: 403,
  forbidden_clause: 403,
  admin_command: 403,
  /** The seed set (files, or with a submitted article) fails validation; nothing is written. */
  invalid_seeds: 400,
  /** A submitted article cannot be written as it is (details name each field); nothing is written. */
  invalid_article: 400,
  /**
   * An entity merge the seeds refuse (into itself, already merged, a relationship it would join
   * to itself or whose labels it breaks); nothing is written.
   */
  invalid_merge: 400,
  /** Writes are off on this server (INTAKE_WRITES=off, or not loopback without a token). */
  writes_disabled: 403,
  /** A write without the intake token, or with a wrong one. */
  unauthorized: 401,
  /** The Host header is not one this server answers for (ALLOWED_HOSTS). */
  host_not_allowed: 421,
  /** A tokenless write whose Host header does not name the loopback. */
  bad_host: 403,
  /** Another writer holds the seeds folder; try again. */
  busy: 409,
  /** Another ingestion run holds the database (the ingest lock); nothing was saved. */
  ingest_running: 409,
  /** Outside the console: the database refused the query for memory; a narrower request may pass. */
  query_too_big: 422,
  /** Outside the console: the database stopped the transaction at its time limit. */
  neo4j_timeout: 504,
  neo4j_unavailable: 503,
  /**
   * The configured draft extractor behind a network (the LLM endpoint) could not be used: not
   * reachable, too slow, an HTTP error, or an answer that is not the JSON asked for.
   */
  extractor_unavailable: 502,
  /**
   * KG_LLM_CONCURRENCY drafts are with the LLM endpoint already: try again after Retry-After.
   */
  extractor_busy: 503,
  /** The full-text index is missing (the graph has not been loaded). */
  search_unavailable: 503,
  /** The environment fails the configuration schema (the CLIs stop before doing anything). */
  config_invalid: 500,
  /** The offline importer or its CSV export failed. */
  import_failed: 500,
  /** Anything not meant to happen: logged with its cause, answered without details. */
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ErrorCode = z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]);

/** One problem with one field of an input. */
export const FieldIssue = z.object({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

/** Every error answer of the API. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The one error class: a code from the vocabulary, a message for people, and its cause. */
export class DomainError extends Error {
  readonly details?: unknown;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { details?: unknown; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    if (options.details !== undefined) this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message: string) => new DomainError('not_found', message);

/** A bad input naming its fields; the message names the first. */
export function invalidInput(issues: FieldIssue[], fallback = 'Invalid input'): DomainError {
  const first = issues[0];
  return new DomainError(
    'bad_request',
    first ? `Invalid ${first.field}: ${first.message}` : fallback,
    { details: issues },
  );
}

/** A path into an input, written one way everywhere: `where.key[3].other`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out;
}

/** A zod error as field issues, each path prefixed by where the input came from. */
export function fieldIssues(err: z.ZodError, where?: string): FieldIssue[] {
  return err.issues.map((i) => ({
    field: formatPath(where ? [where, ...i.path] : i.path) || where || 'input',
    message: i.message,
  }));
}
