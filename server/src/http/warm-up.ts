/**
 * The first screen computed into the answer cache (http/answer-cache.ts) whenever the graph
 * version changes, in the background, so that the first analyst after an ingest or a saved
 * article is answered from memory instead of paying for the uncached queries (at 1M: the
 * overview and a hub's details take hundreds of milliseconds on a busy machine).
 *
 * What is warmed (WARM_UP_FIRST_SCREEN): the overview as the explorer asks for it, the schema,
 * and the details of the overview's most connected entities (the hubs an analyst opens first).
 * Each answer goes through the routing table (Route.precompute), so it is computed by the same
 * handler and stored under the same key as a request's: the request finds it.
 *
 * When: a poll of the graph version every WARM_UP_POLL_MS (one tiny query; this is how a write
 * by another process, `npm run ingest`, is noticed), and at once when this server wrote
 * (forgetGraphVersion). One warm-up at a time; a version that changes during one is warmed
 * after it. A failure (Neo4j down, an answer that errors) is logged and skipped: nothing is
 * kept for it, and requests compute as they would without the warm-up.
 */
import type { AppDeps } from '../deps';
import { DEFAULT_CENTRES } from '../db/graph-repository';
import { ROUTES } from '../routes/table';
import type { Route } from '../routes/route';
import { answerCacheOn, cachedAnswer } from './answer-cache';
import { currentGraphVersion, graphEtag, onGraphVersionForgotten } from './conditional';

/** The explorer's first requests (client/src/defaults.ts initialGraphLimit is 300). */
export const WARM_UP_FIRST_SCREEN: readonly string[] = ['/api/graph?limit=300', '/api/schema'];

/** Entities whose details are warmed: the overview's centres and most connected nodes. */
export const WARM_UP_HUBS = 5;

/** Warm-ups of one version that may fail before it is left to the requests. */
export const WARM_UP_ATTEMPTS = 3;

export interface WarmUpReport {
  version: string | null;
  warmed: string[];
  failed: { url: string; error: string }[];
}

/** The route that answers GET `url` and its raw input, or undefined. */
function resolve(
  url: string,
): { route: Route; params: Record<string, string>; query: Record<string, string> } | undefined {
  const parsed = new URL(url, 'http://warm-up.invalid');
  const parts = parsed.pathname.split('/');
  for (const route of ROUTES) {
    if (route.method !== 'get' || !route.precompute) continue;
    const template = route.path.split('/');
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((t, i) => {
      const part = parts[i]!;
      if (t.startsWith(':')) {
        params[t.slice(1)] = decodeURIComponent(part);
        return part.length > 0;
      }
      return t === part;
    });
    if (fits) return { route, params, query: Object.fromEntries(parsed.searchParams) };
  }
  return undefined;
}

/** Computes `url`'s answer into the cache at `version` (a no-op when it is there). */
async function warmOne(deps: AppDeps, version: string | null, url: string): Promise<string> {
  const found = resolve(url);
  if (!found) throw new Error(`no cached GET route answers ${url}`);
  const { key, compute } = found.route.precompute!(deps, found);
  return cachedAnswer(deps, version, graphEtag(version, key), compute, 'warm-up');
}

/** The most connected entities of an overview answer (its JSON text), centres first. */
export function hubsOf(overviewJson: string, n = WARM_UP_HUBS): string[] {
  const body = JSON.parse(overviewJson) as {
    nodes?: { id: string }[];
    edges?: { source: string; target: string }[];
  };
  const degree = new Map<string, number>();
  for (const e of body.edges ?? []) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const ids = (body.nodes ?? []).map((x) => x.id);
  const centre = (id: string) => (DEFAULT_CENTRES as readonly string[]).includes(id);
  return ids
    .sort(
      (a, b) =>
        Number(centre(b)) - Number(centre(a)) || (degree.get(b) ?? 0) - (degree.get(a) ?? 0),
    )
    .slice(0, n);
}

/**
 * Warms the first screen at the graph's current version: `urls` in order, then the details of
 * the hubs of the first (the overview). Stops early when the version moves on. Never throws.
 */
export async function warmFirstScreen(
  deps: AppDeps,
  urls: readonly string[] = deps.warmUpUrls ?? WARM_UP_FIRST_SCREEN,
): Promise<WarmUpReport> {
  const report: WarmUpReport = { version: null, warmed: [], failed: [] };
  try {
    report.version = await currentGraphVersion(deps);
  } catch (err) {
    report.failed.push({ url: '(graph version)', error: String(err) });
    return report;
  }
  const queue = [...urls];
  let hubsAdded = false;
  while (queue.length) {
    const url = queue.shift()!;
    try {
      const body = await warmOne(deps, report.version, url);
      report.warmed.push(url);
      if (!hubsAdded && url.startsWith('/api/graph')) {
        hubsAdded = true;
        queue.push(...hubsOf(body).map((id) => `/api/entities/${encodeURIComponent(id)}`));
      }
    } catch (err) {
      report.failed.push({ url, error: err instanceof Error ? err.message : String(err) });
    }
    // A newer graph: what is left would be stored under a version nobody asks for.
    if (queue.length && (await currentGraphVersion(deps).catch(() => null)) !== report.version)
      break;
  }
  return report;
}

export interface WarmUp {
  /** Resolves when no warm-up is running or due (tests). */
  idle(): Promise<void>;
  /** The last warm-up's report. */
  last(): WarmUpReport | undefined;
  stop(): void;
}

/**
 * Starts watching the graph version for `deps`' app: warms the current version now, then every
 * version the poll or this server's own writes reveal. Off (a no-op) when WARM_UP_POLL_MS is 0
 * or the answer cache is off.
 */
export function startWarmUp(deps: AppDeps): WarmUp {
  let lastReport: WarmUpReport | undefined;
  const idleNow: WarmUp = { idle: async () => {}, last: () => lastReport, stop: () => {} };
  if (!answerCacheOn(deps) || deps.config.WARM_UP_POLL_MS <= 0) return idleNow;

  let warmedVersion: string | null | undefined; // undefined: nothing warmed yet
  let attempts = { version: undefined as string | null | undefined, count: 0 };
  let running: Promise<void> | undefined;
  let due = false;
  let stopped = false;

  const check = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      due = true; // looked at again when the running one ends
      return running;
    }
    running = (async () => {
      do {
        due = false;
        const version = await currentGraphVersion(deps).catch(() => undefined);
        if (version === undefined || version === warmedVersion) continue;
        const report = await warmFirstScreen(deps);
        lastReport = report;
        if (report.failed.length)
          deps.logger.warn({ failed: report.failed }, 'warm-up: some answers were not computed');
        // A failed answer (a timeout on a cold Neo4j) is tried again at the next polls, up to
        // WARM_UP_ATTEMPTS times per version; one that keeps failing is left to the requests.
        attempts =
          attempts.version === report.version
            ? { version: report.version, count: attempts.count + 1 }
            : { version: report.version, count: 1 };
        if (!report.failed.length || attempts.count >= WARM_UP_ATTEMPTS)
          warmedVersion = report.version;
      } while (due && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer = setInterval(() => void check(), deps.config.WARM_UP_POLL_MS);
  timer.unref();
  onGraphVersionForgotten(deps, () => void check());
  void check();
  return {
    idle: async () => {
      while (running) await running;
    },
    last: () => lastReport,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      onGraphVersionForgotten(deps, undefined);
    },
  };
}
