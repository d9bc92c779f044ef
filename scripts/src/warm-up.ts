/**
 * Neo4j compiles each query shape on first use (0.5-4 s each on this 2-core machine). Asking the
 * API for what the first screen needs, once, right after start, moves that cost out of the
 * analyst's first clicks. Failures are ignored: this is an optimisation, not a check.
 */
const FIRST_SCREEN = [
  '/api/graph',
  '/api/schema',
  '/api/search?q=russia',
  '/api/search?q=witkof',
  '/api/entities/russia',
  '/api/entities/russia/neighbors',
  '/api/paths?from=russia&to=united-states',
  '/api/timeline',
];

export async function warmUp(baseUrl: string): Promise<{ ok: number; ms: number }> {
  const started = Date.now();
  let ok = 0;
  for (const path of FIRST_SCREEN) {
    try {
      const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(20_000) });
      await res.arrayBuffer();
      if (res.ok) ok += 1;
    } catch {
      // Neo4j busy or the endpoint refused: the real request will say so.
    }
  }
  return { ok, ms: Date.now() - started };
}
