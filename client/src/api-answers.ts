/**
 * One API call, fetched and checked against its contract schema: what the API worker
 * (api-worker.ts) runs per request, and the page itself where no worker can start. Building the
 * schemas and parsing answers with them is the explorer's costliest start-up script after
 * Cytoscape; in the worker it never blocks the page (docs/benchmarks.md §3). The answer is
 * plain data (structured-clonable): the page turns a failure into an ApiError (api.ts).
 */
import {
  ArticleRefsResponse,
  ArticleResponse,
  ArticleSaved,
  CypherResponse,
  DismissResult,
  Draft,
  DuplicatesResponse,
  EntityDetailsResponse,
  EntityStatementsResponse,
  ErrorBody,
  type ErrorCode,
  GraphResponse,
  HealthResponse,
  MergeResult,
  NeighborsResponse,
  PathsResponse,
  RelationshipEvidenceResponse,
  SchemaResponse,
  SearchResponse,
  TopicStatementsResponse,
  TopicsResponse,
} from '@kg/server/contracts';
import type { z } from 'zod';

/** The contract of each answer, by name: the page names one per call. */
export const SCHEMAS = {
  ArticleRefsResponse,
  ArticleResponse,
  ArticleSaved,
  CypherResponse,
  DismissResult,
  Draft,
  DuplicatesResponse,
  EntityDetailsResponse,
  EntityStatementsResponse,
  GraphResponse,
  HealthResponse,
  MergeResult,
  NeighborsResponse,
  PathsResponse,
  RelationshipEvidenceResponse,
  SchemaResponse,
  SearchResponse,
  TopicStatementsResponse,
  TopicsResponse,
};
export type SchemaName = keyof typeof SCHEMAS;
export type Answer<N extends SchemaName> = z.infer<(typeof SCHEMAS)[N]>;

export interface ApiRequest {
  id: number;
  schema: SchemaName;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Health: its body is read whatever the status (503 when Neo4j is down). */
  anyStatus?: boolean;
}

export type ApiReply =
  | { id: number; kind: 'ok'; status: number; data: unknown }
  /** The server could not be reached (or the call was aborted: `aborted`). */
  | { id: number; kind: 'network'; aborted: boolean }
  /** A non-2xx answer; `error` when its body is the contract's error body. */
  | {
      id: number;
      kind: 'http';
      status: number;
      statusText: string;
      error?: { code: ErrorCode; message: string };
    }
  /** A 2xx answer that does not match its contract. */
  | { id: number; kind: 'bad'; status: number };

export async function answer(req: ApiRequest, signal?: AbortSignal): Promise<ApiReply> {
  const { id } = req;
  let res: Response;
  try {
    res = await fetch(req.path, {
      method: req.method ?? 'GET',
      headers: { accept: 'application/json', ...(req.headers ?? {}) },
      ...(req.body !== undefined ? { body: req.body } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    return { id, kind: 'network', aborted: (err as Error).name === 'AbortError' };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (!res.ok && !req.anyStatus) {
    const parsed = ErrorBody.safeParse(body);
    return {
      id,
      kind: 'http',
      status: res.status,
      statusText: res.statusText,
      ...(parsed.success ? { error: parsed.data.error } : {}),
    };
  }
  const parsed = SCHEMAS[req.schema].safeParse(body);
  return parsed.success
    ? { id, kind: 'ok', status: res.status, data: parsed.data }
    : { id, kind: 'bad', status: res.status };
}
