/**
 * The typed API client: every answer is parsed with its contract schema, every failure becomes
 * an ApiError. `status` is 0 when the server could not be reached; `code` is the server's error
 * code (`not_found`, `forbidden`, ...) or ours (`network`, `bad_response`).
 */
import {
  ArticleRefsResponse,
  ArticleResponse,
  EntityStatementsResponse,
  CypherResponse,
  EntityDetailsResponse,
  RelationshipEvidenceResponse,
  ErrorBody,
  type ErrorCode,
  GraphResponse,
  HealthResponse,
  NeighborsResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  TopicStatementsResponse,
  TopicsResponse,
  type CypherRequest,
  Draft,
  ArticleSaved,
  type ArticleSubmission,
  type DraftRequest,
  MergeResult,
  DuplicatesResponse,
  DismissResult,
} from '@kg/server/contracts';
import type { z } from 'zod';

/** The server's error codes, plus what only the client can see go wrong. */
export type ApiErrorCode = ErrorCode | 'network' | 'http_error' | 'bad_response';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server or its database is down (or unreachable): worth a banner and a retry. */
  get unavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

type Params = Record<string, string | number | string[] | undefined | null>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(k, v.join(','));
    } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Listeners told about every failed and every successful call: the banner uses them. */
type Listener = (err: ApiError | null) => void;
const listeners = new Set<Listener>();
export function onApiStatus(fn: Listener): void {
  listeners.add(fn);
}

async function call<T extends z.ZodType>(
  schema: T,
  path: string,
  init?: RequestInit & { signal?: AbortSignal },
): Promise<z.infer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...(init?.headers ?? {}) },
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    const e = new ApiError(0, 'network', 'The server cannot be reached.');
    listeners.forEach((l) => l(e));
    throw e;
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(body);
    const e = parsed.success
      ? new ApiError(res.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(
          res.status,
          'http_error',
          `The server answered ${res.status} ${res.statusText}.`,
        );
    if (e.unavailable) listeners.forEach((l) => l(e));
    throw e;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(res.status, 'bad_response', `Unexpected answer from ${path.split('?')[0]}.`);
  }
  listeners.forEach((l) => l(null));
  return parsed.data;
}

const enc = encodeURIComponent;

const post = <T extends z.ZodType>(schema: T, path: string, body: unknown) =>
  call(schema, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export const api = {
  /** Health answers 503 with a body when Neo4j is down; read it either way, tell no listener. */
  health: async (signal?: AbortSignal) => {
    const res = await fetch('/api/health', { signal, headers: { accept: 'application/json' } });
    const parsed = HealthResponse.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success)
      throw new ApiError(res.status, 'bad_response', `Health answered ${res.status}.`);
    return parsed.data;
  },
  search: (q: string, limit: number, signal?: AbortSignal, text?: boolean) =>
    call(SearchResponse, `/api/search${query({ q, limit, text: text ? 'true' : undefined })}`, {
      signal,
    }),
  entity: (id: string) => call(EntityDetailsResponse, `/api/entities/${enc(id)}`),
  /** One relationship's evidence: the details answer leaves it out (`evidenceCount`). */
  evidence: (relId: string) =>
    call(RelationshipEvidenceResponse, `/api/relationships/${enc(relId)}/evidence`),
  neighbors: (
    id: string,
    p: {
      types?: string[];
      labels?: string[];
      direction?: 'out' | 'in' | 'both';
      limit?: number;
      cursor?: string | null;
    },
  ) =>
    call(
      NeighborsResponse,
      `/api/entities/${enc(id)}/neighbors${query({ types: p.types, labels: p.labels, direction: p.direction, limit: p.limit, cursor: p.cursor })}`,
    ),
  paths: (from: string, to: string, maxHops: number, limit: number) =>
    call(PathsResponse, `/api/paths${query({ from, to, maxHops, limit })}`),
  graph: (
    p: { ids?: string[]; among?: 'true'; limit?: number; types?: string[]; labels?: string[] } = {},
  ) => call(GraphResponse, `/api/graph${query(p)}`),
  article: (id: string) => call(ArticleResponse, `/api/articles/${enc(id)}`),
  articleRefs: (ids: string[]) => call(ArticleRefsResponse, `/api/articles${query({ ids })}`),
  statements: (id: string, order: 'newest' | 'oldest') =>
    call(EntityStatementsResponse, `/api/entities/${enc(id)}/statements${query({ order })}`),
  topics: () => call(TopicsResponse, '/api/topics'),
  topicStatements: (id: string) =>
    call(TopicStatementsResponse, `/api/topics/${enc(id)}/statements`),
  schema: () => call(SchemaResponse, '/api/schema'),
  draft: (req: DraftRequest) => post(Draft, '/api/drafts', req),
  saveArticle: (sub: ArticleSubmission) => post(ArticleSaved, '/api/articles', sub),
  /** Merge `id` into `into`; with dryRun only the preview (nothing written). */
  mergeEntity: (id: string, into: string, dryRun: boolean) =>
    post(MergeResult, `/api/entities/${enc(id)}/merge`, { into, dryRun }),
  duplicates: (min?: number) => call(DuplicatesResponse, `/api/duplicates${query({ min })}`),
  dismissDuplicate: (a: string, b: string) =>
    post(DismissResult, '/api/duplicates/dismiss', { a, b }),
  cypher: (req: CypherRequest) =>
    call(CypherResponse, '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(req),
    }),
};
