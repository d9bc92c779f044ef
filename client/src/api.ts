/**
 * The typed API client: every answer is parsed with its contract schema, every failure becomes
 * an ApiError. `status` is 0 when the server could not be reached; `code` is the server's error
 * code (`not_found`, `forbidden`, ...) or ours (`network`, `bad_response`).
 *
 * The fetching and the parsing run in a worker (api-worker.ts): zod and the schemas never load
 * on the page's main thread, where they cost the first screen ~50 ms of script on a phone. Where
 * no worker starts, the same code (api-answers.ts) runs on the page, loaded on first use.
 */
import type {
  ErrorCode,
  CypherRequest,
  ArticleSubmission,
  DraftRequest,
} from '@kg/server/contracts';
import type { Answer, ApiReply, ApiRequest, SchemaName } from './api-answers';

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

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { req: ApiRequest; done: (r: ApiReply) => void }>();

/** Answers in the page itself: no worker, or it failed to start. */
function answerHere(req: ApiRequest, signal?: AbortSignal): Promise<ApiReply> {
  return import('./api-answers').then((m) => m.answer(req, signal));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (ev: MessageEvent<ApiReply>) => {
    const w = waiting.get(ev.data.id);
    waiting.delete(ev.data.id);
    w?.done(ev.data);
  };
  // A worker that cannot load: what it was asked is answered here, and so is everything after.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      void answerHere(w.req).then(w.done);
    }
  };
  return worker;
}

/**
 * Starts the API worker ahead of the first call (main.ts, first thing): its script and the
 * schemas load while the page evaluates Cytoscape, not after the first call is made.
 */
export function warmApi(): void {
  if (typeof Worker !== 'undefined') startWorker();
}

function ask(req: ApiRequest, signal?: AbortSignal): Promise<ApiReply> {
  if (signal?.aborted) return Promise.resolve({ id: req.id, kind: 'network', aborted: true });
  const w = typeof Worker === 'undefined' ? null : startWorker();
  if (!w) return answerHere(req, signal);
  return new Promise((resolve) => {
    waiting.set(req.id, { req, done: resolve });
    signal?.addEventListener('abort', () => {
      if (!waiting.delete(req.id)) return;
      w.postMessage({ id: req.id, abort: true });
      resolve({ id: req.id, kind: 'network', aborted: true });
    });
    w.postMessage(req);
  });
}

async function call<N extends SchemaName>(
  schema: N,
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
  } = {},
): Promise<Answer<N>> {
  const { signal, ...rest } = init;
  const reply = await ask({ id: nextId++, schema, path, ...rest }, signal);
  if (reply.kind === 'network') {
    if (reply.aborted) throw new DOMException('The call was aborted.', 'AbortError');
    const e = new ApiError(0, 'network', 'The server cannot be reached.');
    listeners.forEach((l) => l(e));
    throw e;
  }
  if (reply.kind === 'http') {
    const e = reply.error
      ? new ApiError(reply.status, reply.error.code, reply.error.message)
      : new ApiError(
          reply.status,
          'http_error',
          `The server answered ${reply.status} ${reply.statusText}.`,
        );
    if (e.unavailable) listeners.forEach((l) => l(e));
    throw e;
  }
  if (reply.kind === 'bad')
    throw new ApiError(
      reply.status,
      'bad_response',
      `Unexpected answer from ${path.split('?')[0]}.`,
    );
  listeners.forEach((l) => l(null));
  return reply.data as Answer<N>;
}

const enc = encodeURIComponent;

const post = <N extends SchemaName>(schema: N, path: string, body: unknown) =>
  call(schema, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export const api = {
  /** Health answers 503 with a body when Neo4j is down; read it either way, tell no listener. */
  health: async (signal?: AbortSignal) => {
    const reply = await ask(
      { id: nextId++, schema: 'HealthResponse', path: '/api/health', anyStatus: true },
      signal,
    );
    if (reply.kind === 'network' && reply.aborted)
      throw new DOMException('The call was aborted.', 'AbortError');
    if (reply.kind === 'network') throw new ApiError(0, 'network', 'The server cannot be reached.');
    if (reply.kind !== 'ok')
      throw new ApiError(reply.status, 'bad_response', `Health answered ${reply.status}.`);
    return reply.data as Answer<'HealthResponse'>;
  },
  search: (q: string, limit: number, signal?: AbortSignal, text?: boolean) =>
    call('SearchResponse', `/api/search${query({ q, limit, text: text ? 'true' : undefined })}`, {
      signal,
    }),
  entity: (id: string) => call('EntityDetailsResponse', `/api/entities/${enc(id)}`),
  /** One relationship's evidence: the details answer leaves it out (`evidenceCount`). */
  evidence: (relId: string) =>
    call('RelationshipEvidenceResponse', `/api/relationships/${enc(relId)}/evidence`),
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
      'NeighborsResponse',
      `/api/entities/${enc(id)}/neighbors${query({ types: p.types, labels: p.labels, direction: p.direction, limit: p.limit, cursor: p.cursor })}`,
    ),
  paths: (from: string, to: string, maxHops: number, limit: number) =>
    call('PathsResponse', `/api/paths${query({ from, to, maxHops, limit })}`),
  graph: (
    p: { ids?: string[]; among?: 'true'; limit?: number; types?: string[]; labels?: string[] } = {},
  ) => call('GraphResponse', `/api/graph${query(p)}`),
  article: (id: string) => call('ArticleResponse', `/api/articles/${enc(id)}`),
  articleRefs: (ids: string[]) => call('ArticleRefsResponse', `/api/articles${query({ ids })}`),
  statements: (id: string, order: 'newest' | 'oldest') =>
    call('EntityStatementsResponse', `/api/entities/${enc(id)}/statements${query({ order })}`),
  topics: () => call('TopicsResponse', '/api/topics'),
  topicStatements: (id: string) =>
    call('TopicStatementsResponse', `/api/topics/${enc(id)}/statements`),
  schema: () => call('SchemaResponse', '/api/schema'),
  draft: (req: DraftRequest) => post('Draft', '/api/drafts', req),
  saveArticle: (sub: ArticleSubmission) => post('ArticleSaved', '/api/articles', sub),
  /** Merge `id` into `into`; with dryRun only the preview (nothing written). */
  mergeEntity: (id: string, into: string, dryRun: boolean) =>
    post('MergeResult', `/api/entities/${enc(id)}/merge`, { into, dryRun }),
  duplicates: (min?: number) => call('DuplicatesResponse', `/api/duplicates${query({ min })}`),
  dismissDuplicate: (a: string, b: string) =>
    post('DismissResult', '/api/duplicates/dismiss', { a, b }),
  cypher: (req: CypherRequest) =>
    call('CypherResponse', '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(req),
    }),
};
