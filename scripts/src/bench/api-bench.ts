/**
 * API benchmark: the real server (api-server.ts, a child process) over a loaded benchmark
 * database, driven by autocannon on loopback. Each scenario runs once with 1 connection (the
 * latency a user sees) and once with 50 (throughput, and the zero-error check); request paths
 * are randomised per request (random ordinary entities, random pairs for paths).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { TYPICAL_CONSOLE_QUERY } from '@kg/server';
import { EntityPools, epochDay, poolSizes } from '../generate/entities';
import { GENERATE_DEFAULTS } from '../generate/corpus';
import { Rng } from '../generate/prng';
import { repoRoot, type LocalNeo4j } from '../neo4j/local-neo4j';
import { localNeo4jEnv } from '../neo4j/from-config';
import type { Corpus } from './corpus-cache';
import { median, percentile } from './machine';

export interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  /** A fresh path (and body, and headers such as If-None-Match) per request. */
  next: (rng: Rng) => { path: string; body?: string; headers?: Record<string, string> };
}

export interface ApiFigures {
  scenario: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Answers other than 2xx, not counting `shed` nor `notModified`. */
  non2xx: number;
  /** 304s: a revalidation (If-None-Match) answered without a body. */
  notModified?: number;
  /**
   * 429s: requests the server turned away by design (the console runs a few queries at once and
   * queues a few more; CYPHER_CONCURRENCY, CYPHER_QUEUE). Reported apart from failures.
   */
  shed: number;
}

/** The scenarios of the issue, with entities drawn from the corpus's own pools. */
export function scenarios(corpus: Corpus): Scenario[] {
  const pools = new EntityPools(
    corpus.seed,
    poolSizes(corpus.articles * corpus.relationshipsPerArticle),
    epochDay(GENERATE_DEFAULTS.from),
    epochDay(GENERATE_DEFAULTS.to),
  );
  const person = (rng: Rng) => pools.entity('Person', rng.int(pools.sizes.Person));
  const hub = pools.entity('Country', 0).id;
  const enc = encodeURIComponent;
  return [
    {
      name: 'search',
      next: (rng) => {
        const p = person(rng);
        // Half surnames (one hit), half full names; a few country names.
        const q = rng.chance(0.1)
          ? pools.entity('Country', rng.int(pools.sizes.Country)).name
          : rng.chance(0.5)
            ? p.aliases[0]!
            : p.name;
        return { path: `/api/search?q=${enc(q)}&limit=10` };
      },
    },
    { name: 'entity details', next: (rng) => ({ path: `/api/entities/${person(rng).id}` }) },
    { name: `entity details (hub ${hub})`, next: () => ({ path: `/api/entities/${hub}` }) },
    {
      name: 'neighbors (ordinary)',
      next: (rng) => ({ path: `/api/entities/${person(rng).id}/neighbors?limit=25` }),
    },
    {
      name: `neighbors (hub ${hub}, cap 25)`,
      next: () => ({ path: `/api/entities/${hub}/neighbors?limit=25` }),
    },
    {
      name: 'paths (random pair, 4 hops)',
      next: (rng) => ({
        path: `/api/paths?from=${person(rng).id}&to=${person(rng).id}&maxHops=4&limit=5`,
      }),
    },
    { name: 'overview graph', next: () => ({ path: '/api/graph' }) },
    {
      name: 'cypher console',
      method: 'POST',
      next: (rng) => ({
        path: '/api/cypher',
        body: JSON.stringify({
          query: TYPICAL_CONSOLE_QUERY,
          params: { id: person(rng).id },
        }),
      }),
    },
  ];
}

/** The API in a child process; `neo4jEnv` names its Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD). */
export async function startApiServer(
  neo4jEnv: Record<string, string>,
  log: (line: string) => void,
  overrides: Record<string, string> = { CYPHER_RATE_LIMIT: '100000000' },
  /** Another checkout to run the server from (api --ab's `before`); default this one. */
  root: string = repoRoot(),
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'src', 'bench', 'api-server.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        ...neo4jEnv,
        NEO4J_DATABASE: 'neo4j',
        SEED_ON_START: 'false',
        ...overrides,
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      const m = /^LISTENING (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
  });
  log(`  API server (pid ${child.pid}) at ${url}`);
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Event-loop delay of a process, in ms (perf_hooks.monitorEventLoopDelay). */
export interface EventLoopDelay {
  p50: number;
  p95: number;
  max: number;
}

/**
 * Asks the API child (api-server.ts) for its event-loop delay since the last ask; it resets its
 * histogram, so the first ask starts a measurement.
 */
export function eventLoopDelayOf(child: ChildProcess): Promise<EventLoopDelay> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      if (!line.startsWith('STATS ')) return;
      rl.close();
      resolve((JSON.parse(line.slice(6)) as { eventLoop: EventLoopDelay }).eventLoop);
    });
    child.stdin!.write('stats\n');
  });
}

/** One load run: for `seconds`, or (amount > 0) exactly `amount` requests. */
export async function load(
  url: string,
  s: Scenario,
  connections: number,
  seconds: number,
  seed: number,
  amount = 0,
): Promise<ApiFigures> {
  const rng = new Rng(seed);
  const latencies: number[] = [];
  let shed = 0;
  let notModified = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount > 0 ? { amount } : { duration: seconds }),
        timeout: 30,
        requests: [
          {
            method: s.method ?? 'GET',
            setupRequest: (req) => {
              const n = s.next(rng);
              const headers = {
                ...(n.body ? { 'content-type': 'application/json' } : {}),
                ...n.headers,
              };
              return {
                ...req,
                path: n.path,
                ...(n.body ? { body: n.body } : {}),
                ...(Object.keys(headers).length ? { headers } : {}),
              };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status === 429) shed += 1;
      if (status === 304) notModified += 1;
    });
  });
  return {
    scenario: s.name,
    connections,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx - shed - notModified,
    shed,
    notModified,
  };
}

/**
 * Waits until the server has worked off what the last run left in flight: autocannon closes
 * its connections at the end of a run, but the queries behind 50 queued requests keep Neo4j
 * busy, and the next scenario would be measured against that backlog. Idle = /api/health
 * (which queries Neo4j) answers in under 100 ms twice in a row; gives up after 60 s.
 */
export async function settle(url: string): Promise<number> {
  const started = Date.now();
  let quick = 0;
  while (quick < 2 && Date.now() - started < 60_000) {
    const t = Date.now();
    try {
      await fetch(new URL('/api/health', url), { signal: AbortSignal.timeout(10_000) });
    } catch {
      // a timeout counts as busy
    }
    quick = Date.now() - t < 100 ? quick + 1 : 0;
    if (quick < 2) await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - started;
}

export interface ApiBenchOptions {
  seconds: number;
  /** Requests per connection and run instead of a duration (the CI smoke run). */
  amountPerConnection?: number;
  repeats: number;
  connections: number[];
}

/** Runs every scenario `repeats` times at each connection count; returns the medians. */
export async function runApiBench(
  corpus: Corpus,
  neo: LocalNeo4j,
  options: ApiBenchOptions,
  log: (line: string) => void,
): Promise<ApiFigures[]> {
  const server = await startApiServer(localNeo4jEnv(neo), log);
  const out: ApiFigures[] = [];
  try {
    // Every scenario at 1 connection first, then every one at 50: a 50-connection burst leaves
    // queries running in Neo4j after autocannon has gone (they run to the transaction timeout),
    // and the 1-connection latencies must not be measured against that backlog.
    const list = scenarios(corpus);
    for (const s of list) await load(server.url, s, 4, 2, 999, options.amountPerConnection ? 8 : 0); // warm-up: plans, page cache, JIT
    for (const c of options.connections) {
      for (const s of list) {
        const runs: ApiFigures[] = [];
        for (let r = 0; r < options.repeats; r++) {
          await settle(server.url);
          runs.push(
            await load(
              server.url,
              s,
              c,
              options.seconds,
              1000 + r,
              (options.amountPerConnection ?? 0) * c,
            ),
          );
        }
        const m = (k: keyof ApiFigures) => median(runs.map((x) => x[k] as number));
        const f: ApiFigures = {
          scenario: s.name,
          connections: c,
          requests: m('requests'),
          rps: m('rps'),
          p50: m('p50'),
          p95: m('p95'),
          p99: m('p99'),
          errors: runs.reduce((n, x) => n + x.errors, 0),
          non2xx: runs.reduce((n, x) => n + x.non2xx, 0),
          shed: runs.reduce((n, x) => n + x.shed, 0),
        };
        out.push(f);
        log(
          `  ${corpus.size} ${s.name} c=${c}: p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, ` +
            `${Math.round(f.rps)} req/s, errors ${f.errors}, non-2xx ${f.non2xx}, shed (429) ${f.shed}`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  return out;
}
