/**
 * Conditional GETs for the read endpoints (a route with `cache: 'graph'`): their answer is a
 * function of the graph and the request's validated input, so a strong ETag of (graph version,
 * server instance, route and input) names it without reading it. A request whose `If-None-Match` holds that tag is
 * answered 304 before the handler runs: no query for the body at all.
 *
 * The version is the token every write replaces (db/graph-version-repository.ts). It is read at
 * most once per GRAPH_VERSION_TTL_MS (and by one query however many requests wait for it), so a
 * write by another process is seen at most that late; this server's own writes forget it at once
 * (forgetGraphVersion). The instance id is in the tag because a restart may run different code,
 * which may shape the same graph into different JSON.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Response } from 'express';
import { dbOf, type AppDeps } from '../deps';
import { readGraphVersion } from '../db/graph-version-repository';

const INSTANCE = randomUUID();

interface Known {
  version: string | null;
  readAt: number;
}

const known = new WeakMap<AppDeps, Known>();
const reading = new WeakMap<AppDeps, Promise<Known>>();

/** The graph version, from memory when read less than GRAPH_VERSION_TTL_MS ago. */
export async function currentGraphVersion(deps: AppDeps): Promise<string | null> {
  const cached = known.get(deps);
  const ttl = deps.config.GRAPH_VERSION_TTL_MS;
  if (cached && ttl > 0 && Date.now() - cached.readAt < ttl) return cached.version;
  let pending = reading.get(deps);
  if (!pending) {
    const readAt = Date.now();
    pending = readGraphVersion(dbOf(deps))
      .then((version) => {
        const k = { version, readAt };
        known.set(deps, k);
        return k;
      })
      .finally(() => reading.delete(deps));
    reading.set(deps, pending);
  }
  return (await pending).version;
}

const forgetListeners = new WeakMap<AppDeps, () => void>();

/**
 * After this server wrote the graph: the next request reads the version again, and the warm-up
 * (if running, http/warm-up.ts) looks at once instead of at its next poll.
 */
export function forgetGraphVersion(deps: AppDeps): void {
  known.delete(deps);
  forgetListeners.get(deps)?.();
}

/** The warm-up's hook on forgetGraphVersion (one per app; undefined removes it). */
export function onGraphVersionForgotten(deps: AppDeps, listener: (() => void) | undefined): void {
  if (listener) forgetListeners.set(deps, listener);
  else forgetListeners.delete(deps);
}

/**
 * The strong ETag of an answer at a graph version; `key` names the answer (routes/route.ts
 * answerKey: the route and its validated input).
 */
export function graphEtag(version: string | null, key: string): string {
  const hash = createHash('sha256')
    .update(`${INSTANCE}\n${version ?? 'unversioned'}\n${key}`)
    .digest('base64url')
    .slice(0, 27);
  return `"${hash}"`;
}

/** `If-None-Match` names `tag` (a list, `*`, or weak forms of it). */
export function matches(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
}

/**
 * Sets ETag and Cache-Control; answers 304 and returns `'answered'` when the client's copy is
 * current, else the tag and the version it names (for the answer cache). Off (HTTP_CACHE=false):
 * sets nothing, reads nothing, returns undefined.
 */
export async function answeredFromCache(
  deps: AppDeps,
  res: Response,
  key: string,
  headers: IncomingHttpHeaders,
): Promise<'answered' | { tag: string; version: string | null } | undefined> {
  if (!deps.config.HTTP_CACHE) return undefined;
  const version = await currentGraphVersion(deps);
  const tag = graphEtag(version, key);
  res.setHeader('ETag', tag);
  // Browsers keep the answer and ask again every time (a 304 costs no query): the graph changes
  // whenever an analyst saves an article, so a max-age would show stale relationships.
  res.setHeader('Cache-Control', 'no-cache');
  if (!matches(headers['if-none-match'], tag)) return { tag, version };
  res.status(304).end();
  return 'answered';
}
