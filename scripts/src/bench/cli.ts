/**
 * `npm run bench -- <ingest|api|render|growth|smoke|load|lighthouse> [options]`
 *
 *   smoke                      tiny corpus -> ingestion -> API at 1 and 10 connections; exits 1 on
 *                              any error or non-2xx answer (CI; < 3 minutes)
 *   ingest [--sizes LIST]      ingestion rate and peak memory per size, the naive-writer ratio
 *                              (2k sample) and batch sizes 1k/5k/20k (on --batch-size-corpus)
 *   initial-load [--sizes LIST] the same corpora through --initial-load (neo4j-admin import):
 *                              phase times and peak memory of the CLI and its JVMs
 *   api [--size S]             loads S once, then every API scenario
 *   api --ab [--size S]        instead: before/after of ETag revalidation and evidence on demand
 *                              (two API processes, variants alternating; see api-ab.ts)
 *   growth [--sizes LIST]      ingest + api per size (10k,100k,1m): the growth tables
 *   render [--nodes LIST]      the explorer's graph code in headless Chromium, levels of detail off
 *                              and on, and the layouts (see render-bench.ts); --webgl also runs
 *                              the WebGL renderer on a software context, --screenshots saves PNGs;
 *                              --input program,user picks the gestures (Cytoscape API steps,
 *                              mouse drags and wheel notches), --no-before skips the no-LOD variant,
 *                              --cache cytoscape,snapshot,hold,hold-fullhit compares ways a big
 *                              scene moves (runs alternate; hold-fullhit: Cytoscape's own hit
 *                              test), --views fit,0.05,1,3 picks the views
 *   article [--size S]         adding one article to S: 5 by ingest --article, 5 by the explorer's save
 *   load [--seconds N]         the seed graph; mixed traffic at --connections (50) for N s (60),
 *                              quiet, then while 8 console bombs run: health, Bolt and event-loop
 *                              delay probes, the asset after the last bomb, server RSS; non-2xx
 *                              answers by endpoint
 *   load --ab                  also a bombs phase on an API with the console on the main thread
 *                              (CYPHER_WORKERS=0), alternating with the default's
 *   lighthouse [--form-factor desktop|mobile] [--repeats N]
 *                              builds the client, serves the seed graph and runs Lighthouse
 *                              (Debian's Chromium) N times (1): the four category scores, the
 *                              metrics and every audit that did not pass (lighthouse-bench.ts)
 *
 * Options: --repeats N (3), --seconds N (API seconds per run, 5), --connections LIST (1,50),
 * --reuse (api: serve the graph an earlier run left in .bench/neo4j-main, no new load; article:
 *   add to the graph and seed folder an earlier article run left),
 * --graph NAME (api: serve the graph already in .bench/neo4j-NAME, e.g. article-1m, no load;
 *   --size must name the corpus it was loaded from, which the request paths are drawn from).
 * Results: printed as markdown and saved to .bench/results/<command>-<time>.json. The
 * benchmarks use their own Neo4j under .bench/ (NEO4J_HEAP / NEO4J_PAGECACHE: 2g / 1g).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readHealth } from '@kg/server';
import { runApiBench, type ApiFigures } from './api-bench';
import { abTable, runApiAb, type AbFigures, type AbSizes } from './api-ab';
import {
  articleBenchTable,
  commandBenchTable,
  runArticleBench,
  saveBenchTable,
} from './article-bench';
import { BENCH_DIR, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { ensureCorpus, isBenchSize, type BenchSize } from './corpus-cache';
import {
  compareWithNaive,
  ingestCommand,
  runIngest,
  type IngestRun,
  type NaiveComparison,
} from './ingest-bench';
import { initialLoadCommand, runInitialLoad, type InitialLoadRun } from './initial-load-bench';
import { describeMachine, fmt, machine, median, table, type Machine } from './machine';
import {
  renderTables,
  runRenderBench,
  type Input,
  type View,
  type ViewportCache,
} from './render-bench';
import { loadTable, runLoadBench } from './load-bench';
import { lighthouseReport, runLighthouseBench, type FormFactor } from './lighthouse-bench';

const log = (line: string) => console.log(`[bench] ${line}`);

interface Results {
  command: string;
  machine: Machine;
  neo4j?: { heap: string; pageCache: string; version: string };
  ingest: IngestRun[];
  initialLoad?: InitialLoadRun[];
  naive?: NaiveComparison;
  api: (ApiFigures & { size: string })[];
  /** `api --ab`: before/after of the caching and evidence-on-demand change, in one run. */
  ab?: { size: string; figures: AbFigures[]; sizes: AbSizes[] };
  render?: unknown;
  article?: unknown;
  load?: unknown;
  lighthouse?: unknown;
  loadAfter?: [number, number, number];
  seconds?: number;
}

function sizesOf(list: string): BenchSize[] {
  const sizes = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sizes) if (!isBenchSize(s)) throw new Error(`unknown size ${JSON.stringify(s)}`);
  return sizes as BenchSize[];
}

function ingestTable(runs: IngestRun[]): string {
  const groups = new Map<string, IngestRun[]>();
  for (const r of runs) {
    const k = `${r.size}|${r.batchSize}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return table(
    [
      'size',
      'batch',
      'runs',
      'relationships',
      'rows',
      'validate s',
      'write s',
      'rels/s (write)',
      'rels/s (validate+write)',
      'ingest peak MB',
      'Neo4j peak MB',
    ],
    [...groups.values()].map((g) => [
      g[0]!.size,
      fmt(g[0]!.batchSize),
      g.length,
      fmt(g[0]!.relationships),
      fmt(g[0]!.rows),
      fmt(median(g.map((r) => r.validateMs)) / 1000, 1),
      fmt(median(g.map((r) => r.writeMs)) / 1000, 1),
      fmt(median(g.map((r) => r.relPerSecWrite))),
      fmt(median(g.map((r) => r.relPerSecTotal))),
      fmt(Math.max(...g.map((r) => r.ingestPeakMB))),
      fmt(Math.max(...g.map((r) => r.neo4jPeakMB))),
    ]),
  );
}

function initialLoadTable(runs: InitialLoadRun[]): string {
  const groups = new Map<string, InitialLoadRun[]>();
  for (const r of runs) groups.set(r.size, [...(groups.get(r.size) ?? []), r]);
  const s = (g: InitialLoadRun[], f: (r: InitialLoadRun) => number) =>
    fmt(median(g.map(f)) / 1000, 1);
  return table(
    [
      'size',
      'runs',
      'relationships',
      'validate s',
      'CSV s',
      'import s',
      'schema s',
      'total s',
      'rels/s (total)',
      'CLI peak MB',
      'JVM peak MB',
    ],
    [...groups.values()].map((g) => [
      g[0]!.size,
      g.length,
      fmt(g[0]!.relationships),
      s(g, (r) => r.validateMs),
      s(g, (r) => r.csvMs),
      s(g, (r) => r.importMs),
      s(g, (r) => r.schemaMs),
      s(g, (r) => r.totalMs),
      fmt(median(g.map((r) => r.relPerSec))),
      fmt(Math.max(...g.map((r) => r.ingestPeakMB))),
      fmt(Math.max(...g.map((r) => r.jvmPeakMB))),
    ]),
  );
}

function apiTable(rows: Results['api']): string {
  return table(
    [
      'size',
      'scenario',
      'conns',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'errors',
      'non-2xx',
      'shed (429)',
    ],
    rows.map((f) => [
      f.size,
      f.scenario,
      f.connections,
      fmt(f.p50),
      fmt(f.p95),
      fmt(f.p99),
      fmt(f.rps),
      f.errors,
      f.non2xx,
      f.shed,
    ]),
  );
}

function save(r: Results): void {
  const dir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${r.command}-${r.machine.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  log(`results saved to ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<number> {
  const { values: args, positionals } = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      sizes: { type: 'string' },
      size: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '1,50' },
      'batch-sizes': { type: 'string', default: '1000,5000,20000' },
      'batch-size-corpus': { type: 'string', default: '100k' },
      naive: { type: 'boolean', default: true },
      reuse: { type: 'boolean', default: false },
      graph: { type: 'string' },
      ab: { type: 'boolean', default: false },
      nodes: { type: 'string', default: '500,2000,5000' },
      'form-factor': { type: 'string', default: 'desktop' },
      webgl: { type: 'boolean', default: false },
      screenshots: { type: 'boolean', default: false },
      input: { type: 'string', default: 'program,user' },
      before: { type: 'boolean', default: true },
      cache: { type: 'string', default: 'hold' },
      views: { type: 'string', default: 'fit,0.05,1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  const commands = [
    'ingest',
    'initial-load',
    'api',
    'render',
    'growth',
    'smoke',
    'article',
    'load',
    'lighthouse',
  ];
  if (args.help || !command || !commands.includes(command)) {
    console.log(
      fs
        .readFileSync(__filename, 'utf8')
        .split('*/')[0]!
        .replace(/^\/\*\*?|^ \* ?/gm, ''),
    );
    return command ? 2 : 0;
  }
  const t0 = Date.now();
  const repeats = Number(args.repeats);
  const results: Results = { command, machine: machine(), ingest: [], api: [] };
  log(`${command} on ${describeMachine(results.machine)}`);
  log(`reproduce: npm run bench -- ${process.argv.slice(2).join(' ')}`);

  if (command === 'render') {
    const render = await runRenderBench(args.nodes.split(',').map(Number), repeats, log, {
      webgl: args.webgl,
      screenshots: args.screenshots,
      inputs: args.input.split(',') as Input[],
      before: args.before,
      caches: args.cache.split(',') as ViewportCache[],
      views: args.views.split(',') as View[],
    });
    results.render = render;
    results.seconds = (Date.now() - t0) / 1000;
    results.loadAfter = machine().loadavg;
    console.log(`\n## render: ${describeMachine(results.machine)}, WebGL ${render.webgl}\n`);
    console.log(`${renderTables(render)}\n`);
    save(results);
    return 0;
  }

  if (command === 'article') {
    const size = sizesOf(args.size ?? '100k')[0]!;
    const run = await runArticleBench(size, 5, log, { reuse: args.reuse });
    results.seconds = (Date.now() - t0) / 1000;
    results.loadAfter = machine().loadavg;
    console.log(`\n## article: ${describeMachine(results.machine)}\n`);
    console.log(`${articleBenchTable(run)}\n`);
    console.log(`${commandBenchTable(run)}\n`);
    console.log(`${saveBenchTable(run)}\n`);
    save({ ...results, article: run });
    return 0;
  }

  const given = (flag: string) =>
    process.argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  if (command === 'load') {
    const neo = await startBenchNeo4j('load', log);
    try {
      const phases = await runLoadBench(
        neo,
        // This command's own defaults: 60 s at 50 connections, once.
        {
          seconds: given('seconds') ? Number(args.seconds) : 60,
          connections: given('connections') ? Number(args.connections) : 50,
          repeats: given('repeats') ? repeats : 1,
          ab: Boolean(args.ab),
        },
        log,
      );
      results.seconds = (Date.now() - t0) / 1000;
      results.loadAfter = machine().loadavg;
      console.log(`\n## load: ${describeMachine(results.machine)}\n`);
      console.log(`${loadTable(phases)}\n`);
      save({ ...results, load: phases });
    } finally {
      await neo.stop();
    }
    return 0;
  }

  if (command === 'lighthouse') {
    const formFactor = args['form-factor'];
    if (formFactor !== 'desktop' && formFactor !== 'mobile')
      throw new Error(`--form-factor must be desktop or mobile, not ${JSON.stringify(formFactor)}`);
    const neo = await startBenchNeo4j('lighthouse', log);
    try {
      const figures = await runLighthouseBench(
        neo,
        { formFactor: formFactor as FormFactor, repeats: given('repeats') ? repeats : 1 },
        log,
      );
      results.seconds = (Date.now() - t0) / 1000;
      results.loadAfter = machine().loadavg;
      console.log(`\n## lighthouse (${formFactor}): ${describeMachine(results.machine)}\n`);
      console.log(`${lighthouseReport(figures)}\n`);
      log(`load average after: ${results.loadAfter.join(' / ')}`);
      const { lastReport, ...summary } = figures;
      save({ ...results, command: `lighthouse-${formFactor}`, lighthouse: summary });
      const dir = path.join(BENCH_DIR, 'results');
      const report = path.join(
        dir,
        `lighthouse-${formFactor}-${results.machine.at.replace(/[:.]/g, '-')}.report.json`,
      );
      fs.writeFileSync(report, `${JSON.stringify(lastReport)}\n`);
      log(`the last run's full Lighthouse report: ${path.relative(process.cwd(), report)}`);
    } finally {
      await neo.stop();
    }
    return 0;
  }

  if (command === 'initial-load') {
    // No benchmark Neo4j: the CLI imports into its own data folder and starts Neo4j itself.
    results.initialLoad = [];
    for (const size of sizesOf(args.sizes ?? '10k,100k,1m')) {
      const corpus = ensureCorpus(size, log);
      const n = size === '1m' ? Math.min(repeats, 2) : repeats;
      log(`${size}: ${initialLoadCommand(corpus.dir, size)}  (x${n})`);
      for (let i = 0; i < n; i++) results.initialLoad.push(await runInitialLoad(corpus, log));
    }
    results.seconds = (Date.now() - t0) / 1000;
    results.loadAfter = machine().loadavg;
    console.log(`\n## initial-load: ${describeMachine(results.machine)}\n`);
    console.log(`${initialLoadTable(results.initialLoad)}\n`);
    save(results);
    return 0;
  }

  const smoke = command === 'smoke';
  const sizes: BenchSize[] = smoke
    ? ['tiny']
    : command === 'api'
      ? sizesOf(args.size ?? '1m')
      : sizesOf(args.sizes ?? (command === 'growth' ? '10k,100k,1m' : '10k,100k,1m'));
  const withApi = smoke || command === 'api' || command === 'growth';
  const withIngestExtras = command === 'ingest' || command === 'growth';
  const apiOptions = smoke
    ? { seconds: 1, repeats: 1, connections: [1, 10], amountPerConnection: 3 }
    : {
        seconds: Number(args.seconds),
        repeats,
        connections: args.connections.split(',').map(Number),
      };

  let neo: BenchNeo4j | undefined;
  // Ctrl-C or a CI timeout: stop our Neo4j before leaving (no orphan JVMs).
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      log(`${sig}: stopping`);
      void (neo ? neo.stop() : Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    for (const s of sizes) ensureCorpus(s, log);
    const reuse = command === 'api' && (args.reuse || args.graph !== undefined);
    const graph = command === 'api' && args.graph ? args.graph : smoke ? 'smoke' : 'main';
    neo = await startBenchNeo4j(graph, log, { fresh: !reuse });
    results.neo4j = { heap: neo.heap, pageCache: neo.pageCache, version: neo.neo.version };
    if (withIngestExtras && args.naive) {
      log(
        `naive writer vs pipeline on the 2k sample: ${ingestCommand(ensureCorpus('2k', log).dir, 5000)}`,
      );
      results.naive = await compareWithNaive(ensureCorpus('2k', log), neo, repeats, log);
      log(`  pipeline / naive = ${results.naive.ratio.toFixed(1)}x`);
    }
    for (const size of sizes) {
      const corpus = ensureCorpus(size, log);
      const n = smoke || command === 'api' ? 1 : size === '1m' ? Math.min(repeats, 2) : repeats;
      if (reuse) {
        const { relationships } = (await readHealth(neo.driver, 'neo4j')).counts;
        log(
          `${size}: --reuse: serving the graph already in .bench/neo4j-${graph} (${relationships.toLocaleString('en-US')} relationships), no load`,
        );
      } else {
        log(`${size}: ${ingestCommand(corpus.dir, 5000)}  (x${n})`);
        for (let i = 0; i < n; i++) results.ingest.push(await runIngest(corpus, neo, 5000, log));
      }
      if (withIngestExtras && size === args['batch-size-corpus']) {
        for (const b of args['batch-sizes'].split(',').map(Number)) {
          if (b === 5000) continue;
          for (let i = 0; i < repeats; i++)
            results.ingest.push(await runIngest(corpus, neo, b, log));
        }
      }
      // The last run left the graph of this size loaded: benchmark the API on it.
      if (withApi && command === 'api' && args.ab) {
        const ab = await runApiAb(corpus, neo.neo, apiOptions, log);
        results.ab = { size, ...ab };
      } else if (withApi) {
        const api = await runApiBench(corpus, neo.neo, apiOptions, log);
        results.api.push(...api.map((f) => ({ ...f, size })));
      }
    }
  } finally {
    if (neo) await neo.stop();
  }
  results.seconds = (Date.now() - t0) / 1000;
  results.loadAfter = machine().loadavg;
  console.log(`\n## ${command}: ${describeMachine(results.machine)}\n`);
  if (results.ingest.length) console.log(`${ingestTable(results.ingest)}\n`);
  if (results.naive)
    console.log(
      `naive one-MERGE-per-row writer, 2k sample: ${fmt(median(results.naive.naiveRelPerSec))} rels/s; ` +
        `pipeline ${fmt(median(results.naive.pipelineRelPerSec))} rels/s; ratio ${results.naive.ratio.toFixed(1)}x\n`,
    );
  if (results.api.length) console.log(`${apiTable(results.api)}\n`);
  if (results.ab) {
    console.log(`${abTable(results.ab.size, results.ab.figures)}\n`);
    for (const s of results.ab.sizes)
      console.log(
        `${s.scenario} answer: before ${fmt(s.before.raw)} bytes (${fmt(s.before.gzip)} gzipped), ` +
          `after ${fmt(s.after.raw)} bytes (${fmt(s.after.gzip)} gzipped)\n`,
      );
  }
  log(
    `finished in ${results.seconds.toFixed(0)} s; load average after: ${results.loadAfter.join(' / ')}`,
  );
  save(results);
  if (smoke) {
    const bad = results.api.filter((f) => f.errors > 0 || f.non2xx > 0 || f.requests === 0);
    if (bad.length) {
      console.error(
        `[bench] smoke FAILED: ${bad.map((f) => `${f.scenario} (c=${f.connections})`).join(', ')}`,
      );
      return 1;
    }
    log('smoke OK: no errors, no non-2xx answers');
  }
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(
      `[bench] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    process.exit(1);
  });
