/**
 * One endpoint, described once: method, path, summary, the zod schemas of its input and answer,
 * the error codes it may answer, and its handler. The app mounts it (routes/table.ts) and the
 * OpenAPI document is generated from the same description (http/openapi.ts), so the two cannot
 * drift. Input is validated at the edge: a handler only sees typed, valid input.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { ErrorCode } from '../contracts/errors';
import { dbOf, type AppDeps } from '../deps';
import type { Db } from '../db/read';
import { validate } from '../http/validate';
import { answeredFromCache } from '../http/conditional';
import { answerCacheOn, cachedAnswer } from '../http/answer-cache';

type Maybe = z.ZodType | undefined;
type Input<S extends Maybe> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * What a `cache: 'graph'` handler is given: no request or response, since its answer depends
 * only on the graph and the validated input, and may be computed ahead of any request (the
 * warm-up after a write, http/warm-up.ts).
 */
export interface ReadContext {
  deps: AppDeps;
  db: Db;
}

export interface RouteContext extends ReadContext {
  req: Request;
  res: Response;
}

type Cache = 'graph' | undefined;

export interface RouteDef<
  P extends Maybe,
  Q extends Maybe,
  B extends Maybe,
  R extends z.ZodType,
  C extends Cache = undefined,
> {
  method: 'get' | 'post';
  /** Express syntax (`/api/entities/:id`); OpenAPI gets `{id}`. */
  path: `/api/${string}`;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The success status, 200 unless given (201 for a creation). */
  status?: 200 | 201;
  /** The success answer; a schema exported by the contracts is referenced by its name. */
  response: R;
  /**
   * Codes it may answer beyond the ones every endpoint may (bad_request when it has input,
   * the database refusals, neo4j_unavailable, internal); each is documented under the status the vocabulary gives it.
   */
  errors?: ErrorCode[];
  /** Answers that are not errors nor 200 (health's 503), documented with their own schema. */
  otherAnswers?: { status: number; description: string; schema: z.ZodType }[];
  /** Middleware that runs before validation (the console's rate limit). */
  before?: (deps: AppDeps) => RequestHandler[];
  /**
   * `graph`: the answer depends only on the graph and the request, so it gets a strong ETag on
   * the graph version and `If-None-Match` is answered 304 without running the handler
   * (http/conditional.ts). Only for GETs that read the graph.
   */
  cache?: C;
  handle: (
    input: { params: Input<P>; query: Input<Q>; body: Input<B> },
    ctx: C extends 'graph' ? ReadContext : RouteContext,
  ) => Promise<z.input<R>> | z.input<R>;
}

/** A raw GET as the warm-up names it: path parameters and query string values. */
export interface RawGet {
  params: Record<string, string>;
  query: Record<string, string>;
}

/** A route as the table holds it: its description and its Express handlers. */
export interface Route {
  method: 'get' | 'post';
  path: `/api/${string}`;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  errors: ErrorCode[];
  otherAnswers: { status: number; description: string; schema: z.ZodType }[];
  /** Conditional GET on the graph version (ETag, 304). */
  cache?: 'graph';
  handlers: (deps: AppDeps) => RequestHandler[];
  /**
   * `cache: 'graph'` routes: the answer to a GET computed without a request, and the key that
   * names it (the same a request gets, answerKey): the warm-up fills the answer cache with it.
   * Throws the validation error a request would get.
   */
  precompute?: (deps: AppDeps, raw: RawGet) => { key: string; compute: () => Promise<unknown> };
}

/**
 * What names an answer of a `cache: 'graph'` route: its path template and its validated input
 * (defaults applied), so `/api/graph` and `/api/graph?limit=300` are one answer, and a warmed
 * answer is found by the request that asks for it however its query string is written.
 */
export function answerKey(path: string, input: unknown): string {
  return `GET ${path} ${JSON.stringify(input)}`;
}

export function route<
  P extends Maybe = undefined,
  Q extends Maybe = undefined,
  B extends Maybe = undefined,
  R extends z.ZodType = z.ZodType,
  C extends Cache = undefined,
>(def: RouteDef<P, Q, B, R, C>): Route {
  const read = <S extends Maybe>(schema: S, value: unknown, where: 'params' | 'query' | 'body') =>
    (schema ? validate(schema, value, where) : undefined) as Input<S>;
  return {
    method: def.method,
    path: def.path,
    summary: def.summary,
    ...(def.params ? { params: def.params } : {}),
    ...(def.query ? { query: def.query } : {}),
    ...(def.body ? { body: def.body } : {}),
    status: def.status ?? 200,
    response: def.response,
    errors: def.errors ?? [],
    otherAnswers: def.otherAnswers ?? [],
    ...(def.cache ? { cache: def.cache } : {}),
    ...(def.cache === 'graph' && def.method === 'get'
      ? {
          precompute: (deps: AppDeps, raw: RawGet) => {
            const input = {
              params: read(def.params as P, raw.params, 'params'),
              query: read(def.query as Q, raw.query, 'query'),
              body: undefined as Input<B>,
            };
            const handle = def.handle as (i: typeof input, c: ReadContext) => Promise<unknown>;
            return {
              key: answerKey(def.path, input),
              compute: async () => handle(input, { deps, db: dbOf(deps) }),
            };
          },
        }
      : {}),
    handlers: (deps) => [
      ...(def.before?.(deps) ?? []),
      async (req, res) => {
        const input = {
          params: read(def.params as P, req.params, 'params'),
          query: read(def.query as Q, req.query, 'query'),
          body: read(def.body as B, req.body, 'body'),
        };
        // After validation: a malformed request is a 400 whatever the client has cached.
        const conditional =
          def.cache === 'graph'
            ? await answeredFromCache(deps, res, answerKey(def.path, input), req.headers)
            : undefined;
        if (conditional === 'answered') return;
        const handle = async () =>
          (def.handle as (i: typeof input, c: RouteContext) => Promise<unknown>)(input, {
            deps,
            db: dbOf(deps),
            req,
            res,
          });
        let answer: unknown;
        let body: string | undefined;
        try {
          // The same tag is the same answer: kept in memory, or shared with a request under way.
          if (conditional && answerCacheOn(deps))
            body = await cachedAnswer(deps, conditional.version, conditional.tag, handle);
          else answer = await handle();
        } catch (err) {
          // An error answer is not the resource: no validator, so it is never revalidated.
          res.removeHeader('ETag');
          res.removeHeader('Cache-Control');
          throw err;
        }
        if (!res.headersSent) {
          if (def.status) res.status(def.status);
          if (body !== undefined) res.type('application/json').send(body);
          else res.json(answer);
        }
      },
    ],
  };
}
