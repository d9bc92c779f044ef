/**
 * Answers of the read endpoints kept in memory, keyed on their strong ETag (http/conditional.ts:
 * graph version, server instance, method and URL), so that a repeated request costs no query and
 * a burst of requests for the same answer (fifty analysts opening the same hub) costs one.
 *
 * Nothing is ever invalidated by hand: a write makes a new graph version, so the next request
 * carries a new tag and misses; the entries of older versions are dropped when the first answer
 * of a newer one is stored. Bounded by ANSWER_CACHE_MB, least recently used first out. The body
 * is kept as the JSON text sent, so a hit does not serialise again.
 */
import type { AppDeps } from '../deps';

interface Store {
  version: string | null;
  /** Insertion order is recency: a hit moves its entry to the end. */
  entries: Map<string, string>;
  /** Answers being computed: a second request for one waits for it instead of querying. */
  pending: Map<string, Promise<string>>;
  chars: number;
  /** Requests answered from memory, from a computation under way, or by computing. */
  hits: number;
  shared: number;
  computed: number;
  /** Answers computed by the warm-up (http/warm-up.ts) rather than for a request. */
  warmed: number;
}

const stores = new WeakMap<AppDeps, Store>();

function storeOf(deps: AppDeps): Store {
  let s = stores.get(deps);
  if (!s)
    stores.set(
      deps,
      (s = {
        version: null,
        entries: new Map(),
        pending: new Map(),
        chars: 0,
        hits: 0,
        shared: 0,
        computed: 0,
        warmed: 0,
      }),
    );
  return s;
}

/** Whether this server keeps answers (it needs the ETag, so HTTP_CACHE too). */
export const answerCacheOn = (deps: AppDeps): boolean =>
  deps.config.HTTP_CACHE && deps.config.ANSWER_CACHE_MB > 0;

/**
 * The JSON text of the answer named `tag` at graph `version`: from memory, from a computation
 * already under way for it, or from `compute` (then kept). A failure is not kept: every waiter
 * gets it, and the next request computes again. `by`: who asks (the counters say).
 */
export async function cachedAnswer(
  deps: AppDeps,
  version: string | null,
  tag: string,
  compute: () => Promise<unknown>,
  by: 'request' | 'warm-up' = 'request',
): Promise<string> {
  const s = storeOf(deps);
  const hit = s.entries.get(tag);
  if (hit !== undefined) {
    s.entries.delete(tag);
    s.entries.set(tag, hit);
    if (by === 'request') s.hits += 1;
    return hit;
  }
  const running = s.pending.get(tag);
  if (running) {
    if (by === 'request') s.shared += 1;
    return running;
  }
  if (by === 'request') s.computed += 1;
  else s.warmed += 1;
  const work = compute()
    .then((answer) => {
      const body = JSON.stringify(answer);
      keep(deps, s, version, tag, body);
      return body;
    })
    .finally(() => s.pending.delete(tag));
  s.pending.set(tag, work);
  return work;
}

function keep(deps: AppDeps, s: Store, version: string | null, tag: string, body: string): void {
  if (version !== s.version) {
    // A newer graph: every entry is of an older one and can no longer be asked for.
    s.entries.clear();
    s.chars = 0;
    s.version = version;
  }
  // JSON text is mostly ASCII: a character is about a byte.
  const limit = deps.config.ANSWER_CACHE_MB * 1024 * 1024;
  if (body.length > limit / 4) return; // one answer must not push out everything else
  s.entries.set(tag, body);
  s.chars += body.length;
  for (const [key, value] of s.entries) {
    if (s.chars <= limit) break;
    s.entries.delete(key);
    s.chars -= value.length;
  }
}

/** Whether the answer named `tag` is in memory (the warm-up skips it). */
export const hasAnswer = (deps: AppDeps, tag: string): boolean => storeOf(deps).entries.has(tag);

/** What the cache holds and how requests were answered (tests, diagnostics). */
export function answerCacheStats(deps: AppDeps): {
  version: string | null;
  entries: number;
  chars: number;
  hits: number;
  shared: number;
  computed: number;
  warmed: number;
} {
  const { version, entries, chars, hits, shared, computed, warmed } = storeOf(deps);
  return { version, entries: entries.size, chars, hits, shared, computed, warmed };
}
