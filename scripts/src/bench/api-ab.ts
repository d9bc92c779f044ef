/**
 * API before/after in ONE run (`npm run bench -- api --ab --size 100k`): the caching and
 * evidence-on-demand changes of issue 16 against the behaviour before them, back to back on the
 * same loaded graph, so the machine's load hits both alike.
 *
 * Three API processes on the same Neo4j: `before` with HTTP_CACHE=false, asked for the details
 * with their evidence (`?evidence=all`, the answer as it was before evidence on demand);
 * `uncached` with ANSWER_CACHE_MB=0; `after` with the defaults. Per scenario and connection
 * count the variants alternate repeat by repeat:
 * - before: no ETag, full evidence, every answer from Neo4j;
 * - after, uncached: the new answer (projected, evidence counted), every answer from Neo4j: what
 *   a first visit costs, the version lookup included;
 * - after, cold: the client has nothing cached (no If-None-Match), the server keeps answers in
 *   memory on their ETag (ANSWER_CACHE_MB): after the first request of each path, answers come
 *   from memory; concurrent requests for one answer share one query;
 * - after, revalidated: the client sends the ETag it got (If-None-Match), the graph unchanged:
 *   every answer is a 304 without a body query. The best case of a browser's revalidation.
 * Requests pick from a fixed list of 100 paths per scenario (seeded), so the revalidating client
 * can hold the ETag of each (fetched once before the runs).
 */
import { gzipSync } from 'node:zlib';
import { EntityPools, epochDay, poolSizes } from '../generate/entities';
import { GENERATE_DEFAULTS } from '../generate/corpus';
import { Rng } from '../generate/prng';
import type { LocalNeo4j } from '../neo4j/local-neo4j';
import { localNeo4jEnv } from '../neo4j/from-config';
import type { Corpus } from './corpus-cache';
import { load, settle, startApiServer, type ApiFigures, type Scenario } from './api-bench';
import { median } from './machine';

export type Variant = 'before' | 'after, uncached' | 'after, cold' | 'after, revalidated';
export const VARIANTS: readonly Variant[] = [
  'before',
  'after, uncached',
  'after, cold',
  'after, revalidated',
];

export interface AbFigures extends ApiFigures {
  variant: Variant;
}

export interface AbSizes {
  scenario: string;
  before: { raw: number; gzip: number };
  after: { raw: number; gzip: number };
}

interface AbScenario {
  name: string;
  /** Paths of the answer after the change; `before` maps one to the answer before it. */
  paths: string[];
  before: (path: string) => string;
}

function abScenarios(corpus: Corpus, sameBefore = false): AbScenario[] {
  const pools = new EntityPools(
    corpus.seed,
    poolSizes(corpus.articles * corpus.relationshipsPerArticle),
    epochDay(GENERATE_DEFAULTS.from),
    epochDay(GENERATE_DEFAULTS.to),
  );
  const rng = new Rng(4242);
  const person = () => pools.entity('Person', rng.int(pools.sizes.Person));
  const hub = pools.entity('Country', 0).id;
  const list = (n: number, f: () => string) => Array.from({ length: n }, f);
  const enc = encodeURIComponent;
  const same = (p: string) => p;
  // Against an earlier checkout `before` is asked what `after` is (it has evidence on demand too).
  const withEvidence = (p: string) => (sameBefore ? p : `${p}?evidence=all`);
  const searches = list(100, () => {
    const p = person();
    return `/api/search?q=${enc(rng.chance(0.5) ? p.aliases[0]! : p.name)}&limit=10`;
  });
  const details = list(100, () => `/api/entities/${person().id}`);
  const neighbours = list(100, () => `/api/entities/${person().id}/neighbors?limit=25`);
  return [
    { name: `entity details (hub ${hub})`, paths: [`/api/entities/${hub}`], before: withEvidence },
    { name: 'entity details', paths: details, before: withEvidence },
    { name: 'search', paths: searches, before: same },
    { name: 'neighbors (ordinary)', paths: neighbours, before: same },
    { name: 'overview', paths: ['/api/graph'], before: same },
    {
      name: 'mix: search + details + neighbours',
      paths: searches.flatMap((s, i) => [s, details[i]!, neighbours[i]!]),
      before: (p) => (/^\/api\/entities\/[^/?]+$/.test(p) ? withEvidence(p) : p),
    },
  ];
}

async function etags(url: string, paths: string[]): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const p of new Set(paths)) {
    // A cold first request (the hub on a loaded machine) may pass the query timeout: try again.
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(new URL(p, url));
      await res.arrayBuffer();
      const tag = res.headers.get('etag');
      if (res.ok && tag?.startsWith('"')) {
        tags.set(p, tag);
        break;
      }
      if (attempt === 5) throw new Error(`ETag prefetch: ${p} answered ${res.status}, etag ${tag}`);
    }
  }
  return tags;
}

/** Bytes of an answer as JSON, and gzipped (about what the compression middleware sends). */
async function size(url: string, p: string): Promise<{ raw: number; gzip: number }> {
  const res = await fetch(new URL(p, url), { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  return { raw: body.byteLength, gzip: gzipSync(body).byteLength };
}

export async function runApiAb(
  corpus: Corpus,
  neo: LocalNeo4j,
  options: { seconds: number; repeats: number; connections: number[] },
  log: (line: string) => void,
): Promise<{ figures: AbFigures[]; sizes: AbSizes[] }> {
  const env = localNeo4jEnv(neo);
  const lifted = { CYPHER_RATE_LIMIT: '100000000' };
  // BENCH_BEFORE_ROOT: a checkout of the code before the change (its own node_modules), run
  // uncached: the before/after of the uncached path in one run. Unset: this code without the
  // HTTP cache and with every relationship's evidence (the baseline of the first --ab runs).
  const beforeRoot = process.env.BENCH_BEFORE_ROOT;
  const before = beforeRoot
    ? await startApiServer(env, log, { ...lifted, ANSWER_CACHE_MB: '0' }, beforeRoot)
    : await startApiServer(env, log, { ...lifted, HTTP_CACHE: 'false' });
  if (beforeRoot) log(`  before: the server of ${beforeRoot}, ANSWER_CACHE_MB=0`);
  const uncached = await startApiServer(env, log, { ...lifted, ANSWER_CACHE_MB: '0' });
  const after = await startApiServer(env, log, lifted);
  const figures: AbFigures[] = [];
  const sizes: AbSizes[] = [];
  try {
    const list = abScenarios(corpus, Boolean(beforeRoot));
    const tags = await etags(
      after.url,
      list.flatMap((s) => s.paths),
    );
    const hubPath = list[0]!.paths[0]!;
    sizes.push({
      scenario: list[0]!.name,
      before: await size(before.url, list[0]!.before(hubPath)),
      after: await size(after.url, hubPath),
    });
    const variant = (s: AbScenario, v: Variant): { url: string; scenario: Scenario } => {
      const pick = (rng: Rng) => s.paths[rng.int(s.paths.length)]!;
      if (v === 'before')
        return {
          url: before.url,
          scenario: { name: s.name, next: (rng) => ({ path: s.before(pick(rng)) }) },
        };
      if (v === 'after, uncached' || v === 'after, cold')
        return {
          url: v === 'after, cold' ? after.url : uncached.url,
          scenario: { name: s.name, next: (rng) => ({ path: pick(rng) }) },
        };
      return {
        url: after.url,
        scenario: {
          name: s.name,
          next: (rng) => {
            const path = pick(rng);
            return { path, headers: { 'if-none-match': tags.get(path)! } };
          },
        },
      };
    };
    // Warm-up: plans, page cache, JIT, for both servers.
    for (const s of list)
      for (const v of VARIANTS) {
        const { url, scenario } = variant(s, v);
        await load(url, scenario, 4, 2, 999);
      }
    for (const c of options.connections) {
      for (const s of list) {
        const runs = new Map<Variant, ApiFigures[]>(VARIANTS.map((v) => [v, []]));
        for (let r = 0; r < options.repeats; r++) {
          for (const v of VARIANTS) {
            const { url, scenario } = variant(s, v);
            await settle(after.url);
            runs.get(v)!.push(await load(url, scenario, c, options.seconds, 1000 + r));
          }
        }
        for (const v of VARIANTS) {
          const rs = runs.get(v)!;
          const m = (k: keyof ApiFigures) => median(rs.map((x) => x[k] as number));
          const f: AbFigures = {
            variant: v,
            scenario: s.name,
            connections: c,
            requests: m('requests'),
            rps: m('rps'),
            p50: m('p50'),
            p95: m('p95'),
            p99: m('p99'),
            errors: rs.reduce((n, x) => n + x.errors, 0),
            non2xx: rs.reduce((n, x) => n + x.non2xx, 0),
            shed: rs.reduce((n, x) => n + x.shed, 0),
            notModified: rs.reduce((n, x) => n + (x.notModified ?? 0), 0),
          };
          figures.push(f);
          log(
            `  ${corpus.size} ${s.name} c=${c} [${v}]: p50 ${f.p50} ms, p95 ${f.p95} ms, ` +
              `${Math.round(f.rps)} req/s, errors ${f.errors}, non-2xx ${f.non2xx}, 304 ${f.notModified}`,
          );
        }
      }
    }
  } finally {
    await before.stop();
    await uncached.stop();
    await after.stop();
  }
  return { figures, sizes };
}

/** The markdown table: each variant's figures and its ratio to `before` in the same run. */
export function abTable(size: string, figures: AbFigures[]): string {
  const head =
    '| size | scenario | conns | variant | p50 ms | p95 ms | req/s | p95 vs before | req/s vs before | errors / non-2xx | 304s |\n' +
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |';
  const rows = figures.map((f) => {
    const base = figures.find(
      (b) => b.variant === 'before' && b.scenario === f.scenario && b.connections === f.connections,
    );
    const ratio = (a: number, b: number | undefined) => (b && a ? `${(a / b).toFixed(2)}x` : 'n/a');
    return `| ${size} | ${f.scenario} | ${f.connections} | ${f.variant} | ${Math.round(f.p50)} | ${Math.round(f.p95)} | ${Math.round(f.rps)} | ${f.variant === 'before' ? '1' : ratio(f.p95, base?.p95)} | ${f.variant === 'before' ? '1' : ratio(f.rps, base?.rps)} | ${f.errors} / ${f.non2xx} | ${f.notModified ?? 0} |`;
  });
  return [head, ...rows].join('\n');
}
