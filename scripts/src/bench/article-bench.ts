/**
 * `npm run bench -- article --size 100k|1m [--reuse]`: adding one article to a big graph. The
 * corpus is loaded whole into the bench's own Neo4j (`--reuse`: the graph and seed folder an
 * earlier run left, no load). The articles added are new: copies of corpus articles under new
 * ids, their relationships given a fresh `key` so every row is an addition. Then:
 * - the save queries are planned (EXPLAIN), as a server does when it starts;
 * - K are added as `npm run ingest -- --article ID` adds them (files written, then
 *   `ingestArticle`, which reads and checks the manifest and registry whole), without the
 *   process start;
 * - the real command as its own process, timed from spawn to exit, three ways in turn: as it
 *   ran before (tsx, the manifest and registry checked whole), as an analyst runs it now (`npm
 *   run ingest`: the prebuilt bundle, the verdict of the previous command) and the same without
 *   npm's own start;
 * - the seed set is read ahead, as a server does when it starts, and K are saved as the
 *   explorer saves them (POST /api/articles): the seed-file phases of `writeArticle`, then
 *   `ingestArticle` on the set they validated.
 * The first of each is reported apart: the first add meets a cold Neo4j (page cache, JVM).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readHealth } from '@kg/server';
import { ingest } from '../ingest/ingest';
import { ingestArticle, type ArticleIngestSummary } from '../ingest/incremental';
import { warmArticlePlans } from '../ingest/warm-plans';
import { writeArticle, type WrittenArticle } from '../intake/write-article';
import { seedBase } from '../intake/seed-base';
import { renderJsonLists } from '../intake/seed-edits';
import type { ArticleSubmission } from '@kg/server/contracts';
import { SEED_CACHE_FILE } from '../ingest/seed-cache';
import { repoRoot } from '../neo4j/local-neo4j';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j';
import { ensureCorpus, type BenchSize } from './corpus-cache';
import { BENCH_DIR } from './bench-neo4j';
import { fmt, median, table } from './machine';

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  date: string;
  publisher?: string;
}
interface Manifest {
  articles: ManifestEntry[];
}

export interface SaveRun {
  article: string;
  created: number;
  ms: WrittenArticle['ms'] & { ingestValidate: number; read: number; write: number; total: number };
}

/** One `ingest --article` run as its own process, timed from spawn to exit. */
export interface CommandRun {
  variant: CommandVariant;
  article: string;
  exitCode: number | null;
  wallMs: number;
  /** The phases the command printed (validate, read, write, total), when it succeeded. */
  ms?: { validate: number; read: number; write: number; total: number };
}

/**
 * How the command is started: `before` as `npm run ingest` ran it until 2026-12-03 (tsx, the
 * manifest and registry checked whole: the verdict is deleted first; npm's own start is left
 * out, which favours it); `after` as an analyst types it now (npm, then the prebuilt bundle,
 * the verdict of the previous command); `after, no npm` the same without npm's start.
 */
export type CommandVariant = 'before' | 'after' | 'after, no npm';
const VARIANTS: CommandVariant[] = ['before', 'after', 'after, no npm'];

export interface ArticleBenchRun {
  size: BenchSize;
  relationshipsInGraph: number;
  runs: Pick<ArticleIngestSummary, 'article' | 'created' | 'updated' | 'unchanged' | 'ms'>[];
  /** The real command, each variant in turn (alternating, so load bursts hit all alike). */
  commands: CommandRun[];
  saves: SaveRun[];
  /** What the server does when it starts (warmIntake), before the saves. */
  warm: { readAheadMs: number; planMs: number };
}

/**
 * The corpus as a seed folder of links (hard links for texts: a symlink would resolve outside
 * the articles folder, which ingestion refuses), so that added articles are written into this
 * folder and never into the corpus cache. The manifest is a copy in the generator's layout.
 */
function seedFolder(
  corpusDir: string,
  size: string,
  reuse: boolean,
): { dir: string; fresh: boolean } {
  const dir = path.join(BENCH_DIR, `article-bench-seeds-${size}`);
  const ready = path.join(dir, '.loaded');
  if (reuse && fs.existsSync(ready)) return { dir, fresh: false };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'extractions'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  fs.copyFileSync(path.join(corpusDir, 'entities.yaml'), path.join(dir, 'entities.yaml'));
  const manifest = readManifest(corpusDir);
  fs.writeFileSync(path.join(dir, 'articles.yaml'), renderJsonLists({ ...manifest }));
  for (const a of manifest.articles) {
    fs.symlinkSync(
      path.join(corpusDir, 'extractions', `${a.id}.yaml`),
      path.join(dir, 'extractions', `${a.id}.yaml`),
    );
    fs.linkSync(path.join(corpusDir, 'articles', a.file), path.join(dir, 'articles', a.file));
  }
  return { dir, fresh: true };
}

const readManifest = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as Manifest;

/** Corpus article `a` as a new article `id`: same text and facts, every relationship new. */
function copyOf(corpusDir: string, a: ManifestEntry, id: string): ArticleSubmission {
  const x = JSON.parse(
    fs.readFileSync(path.join(corpusDir, 'extractions', `${a.id}.yaml`), 'utf8'),
  ) as { mentions?: string[]; relationships?: ArticleSubmission['relationships'] };
  return {
    article: {
      id,
      title: a.title,
      date: a.date,
      ...(a.publisher ? { publisher: a.publisher } : {}),
    },
    text: fs.readFileSync(path.join(corpusDir, 'articles', a.file), 'utf8'),
    mentions: x.mentions ?? [],
    relationships: (x.relationships ?? []).map((r) => ({ ...r, key: id })),
  };
}

/** What `npm run ingest -- --article` expects to find: the files and the manifest entry. */
function placeFiles(dir: string, sub: ArticleSubmission): void {
  const id = sub.article.id;
  fs.writeFileSync(path.join(dir, 'articles', `${id}.txt`), sub.text);
  fs.writeFileSync(
    path.join(dir, 'extractions', `${id}.yaml`),
    JSON.stringify({ article: id, mentions: sub.mentions, relationships: sub.relationships }),
  );
  const file = path.join(dir, 'articles.yaml');
  const src = fs.readFileSync(file, 'utf8');
  const end = src.lastIndexOf('\n  ]');
  const entry = {
    id,
    file: `${id}.txt`,
    originalFile: `${id}.txt`,
    title: sub.article.title,
    date: sub.article.date,
    dateInferred: false,
    ...(sub.article.publisher ? { publisher: sub.article.publisher } : {}),
  };
  fs.writeFileSync(file, `${src.slice(0, end)},\n    ${JSON.stringify(entry)}${src.slice(end)}`);
}

export async function runArticleBench(
  size: BenchSize,
  count: number,
  log: (line: string) => void,
  options: { reuse?: boolean } = {},
): Promise<ArticleBenchRun> {
  const corpus = ensureCorpus(size, log);
  const { dir, fresh } = seedFolder(corpus.dir, size, options.reuse === true);
  const neo = await startBenchNeo4j(`article-${size}`, log, { fresh });
  try {
    if (fresh) {
      log(`loading ${size}`);
      const load = await ingest({ driver: neo.driver, seedsDir: dir, log });
      log(`loaded in ${(load.ms.total / 1000).toFixed(1)} s`);
      fs.writeFileSync(path.join(dir, '.loaded'), new Date().toISOString());
    } else log(`--reuse: the graph and seed folder of an earlier run (${dir})`);
    const relationshipsInGraph = (await readHealth(neo.driver, 'neo4j')).counts.relationships;
    const sources = readManifest(corpus.dir).articles;
    const stamp = Date.now().toString(36);
    const source = (i: number) => sources[(i * 997) % sources.length]!;

    // Command-line adds first: each one changes the manifest behind the server's back, which
    // makes the next save read the seed set again (as it must), so they do not alternate.
    let t = Date.now();
    await warmArticlePlans(neo.driver, 'neo4j');
    const planMs = Date.now() - t;
    const runs: ArticleBenchRun['runs'] = [];
    for (let i = 0; i < count; i++) {
      const cli = copyOf(corpus.dir, source(count + i), `bench-${stamp}-c${i}`);
      placeFiles(dir, cli);
      const c = await ingestArticle({ driver: neo.driver, seedsDir: dir, article: cli.article.id });
      log(
        `${c.article}: ${c.ms.total} ms (validate ${c.ms.validate}, read ${c.ms.read}, write ${c.ms.write}); created ${c.created}`,
      );
      runs.push({
        article: c.article,
        created: c.created,
        updated: c.updated,
        unchanged: c.unchanged,
        ms: c.ms,
      });
    }

    // The real command, as its own process: what the analyst waits for.
    const commands: CommandRun[] = [];
    for (let i = 0; i < count; i++) {
      for (const variant of VARIANTS) {
        const id = `bench-${stamp}-${variant === 'before' ? 'b' : variant === 'after' ? 'a' : 'n'}${i}`;
        placeFiles(
          dir,
          copyOf(corpus.dir, source(2 * count + 3 * i + VARIANTS.indexOf(variant)), id),
        );
        const run = await runCommand(variant, dir, id, neo);
        log(
          `${variant}: ${id} exit ${run.exitCode} in ${run.wallMs} ms` +
            (run.ms
              ? ` (validate ${run.ms.validate}, read ${run.ms.read}, write ${run.ms.write})`
              : ''),
        );
        commands.push(run);
      }
    }

    // Then what a server does when it starts (warmIntake: plans above, the seed set read ahead),
    // and the saves.
    t = Date.now();
    await seedBase(dir);
    const readAheadMs = Date.now() - t;
    log(`save queries planned in ${planMs} ms, seed set read ahead in ${readAheadMs} ms`);
    const saves: SaveRun[] = [];
    for (let i = 0; i < count; i++) {
      const sub = copyOf(corpus.dir, source(i), `bench-${stamp}-s${i}`);
      const t0 = Date.now();
      const { written, after } = await writeArticle(dir, sub, {
        // As saveArticle (POST /api/articles) does it.
        afterWrite: (w, validated) =>
          ingestArticle({ driver: neo.driver, seedsDir: dir, article: w.article, validated }),
      });
      const s = after!;
      const run: SaveRun = {
        article: sub.article.id,
        created: s.created,
        ms: {
          ...written.ms,
          ingestValidate: s.ms.validate,
          read: s.ms.read,
          write: s.ms.write,
          total: Date.now() - t0,
        },
      };
      log(
        `${run.article} saved: ${run.ms.total} ms ${JSON.stringify(run.ms)}; created ${s.created}`,
      );
      saves.push(run);
    }
    return { size, relationshipsInGraph, runs, commands, saves, warm: { readAheadMs, planMs } };
  } finally {
    await neo.stop();
  }
}

/** Runs `ingest --article id` on `dir` as its own process against the bench's Neo4j. */
async function runCommand(
  variant: CommandVariant,
  dir: string,
  id: string,
  neo: BenchNeo4j,
): Promise<CommandRun> {
  const root = repoRoot();
  const args = ['--seeds', dir, '--article', id];
  if (variant === 'before') fs.rmSync(path.join(dir, SEED_CACHE_FILE), { force: true });
  const [cmd, argv] =
    variant === 'before'
      ? [path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/src/ingest/cli.ts', ...args]]
      : variant === 'after'
        ? ['npm', ['run', '--silent', 'ingest', '--', ...args]]
        : [process.execPath, ['scripts/bin/run-built.cjs', 'scripts/src/ingest/cli.ts', ...args]];
  const env = {
    ...process.env,
    NEO4J_URI: neo.neo.uri,
    NEO4J_USER: neo.neo.user,
    NEO4J_PASSWORD: neo.neo.password,
    NEO4J_DATABASE: 'neo4j',
  };
  const t0 = Date.now();
  const child = spawn(cmd, argv, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Date.now() - t0;
  const m = /validate (\d+) ms, read (\d+) ms, write (\d+) ms; total ([\d.]+) s/.exec(out);
  if (exitCode !== 0) throw new Error(`${variant} ingest --article ${id} failed:\n${out}`);
  return {
    variant,
    article: id,
    exitCode,
    wallMs,
    ...(m
      ? {
          ms: {
            validate: Number(m[1]),
            read: Number(m[2]),
            write: Number(m[3]),
            total: Math.round(Number(m[4]) * 1000),
          },
        }
      : {}),
  };
}

/** The real command, per variant: wall time from spawn to exit, and the phases it printed. */
export function commandBenchTable(r: ArticleBenchRun): string {
  const rows = VARIANTS.map((variant) => {
    const runs = r.commands.filter((c) => c.variant === variant);
    const med = (k: 'validate' | 'read' | 'write' | 'total') =>
      fmt(median(runs.map((c) => c.ms?.[k] ?? NaN)));
    const wall = runs.map((c) => c.wallMs);
    const inCommand = runs.map((c) => c.wallMs - (c.ms?.total ?? NaN));
    return [
      variant,
      runs.length,
      fmt(median(wall)),
      runs.map((c) => fmt(c.wallMs)).join(' / '),
      med('validate'),
      med('read'),
      med('write'),
      fmt(median(inCommand)),
    ];
  });
  return table(
    [
      'command',
      'runs',
      'wall ms (median)',
      'each run, ms',
      'validate ms',
      'read ms',
      'write ms',
      'start, connect, exit ms',
    ],
    rows,
  );
}

/** Median of all but the first (which met a cold Neo4j), and the first apart. */
const warmMedian = (xs: number[]) => fmt(median(xs.length > 1 ? xs.slice(1) : xs));

/** The explorer's save, phase by phase (medians after the first). */
export function saveBenchTable(r: ArticleBenchRun): string {
  if (!r.saves.length) return '';
  const med = (k: keyof SaveRun['ms']) => warmMedian(r.saves.map((x) => x.ms[k]));
  return table(
    [
      'size',
      'relationships in graph',
      'read ahead + plan ms (at start)',
      'saves',
      'edit ms',
      'seed validation ms',
      'rename ms',
      'ingest read ms',
      'ingest write ms',
      'total ms (median after the first)',
      'first save ms',
    ],
    [
      [
        r.size,
        fmt(r.relationshipsInGraph),
        `${fmt(r.warm.readAheadMs)} + ${fmt(r.warm.planMs)}`,
        r.saves.length,
        med('edit'),
        med('validate'),
        med('rename'),
        med('read'),
        med('write'),
        med('total'),
        fmt(r.saves[0]!.ms.total),
      ],
    ],
  );
}

/** `ingest --article` (without the process start), phase by phase (medians after the first). */
export function articleBenchTable(r: ArticleBenchRun): string {
  const med = (k: keyof ArticleIngestSummary['ms']) => warmMedian(r.runs.map((x) => x.ms[k]));
  return table(
    [
      'size',
      'articles added',
      'validate ms',
      'read ms',
      'write ms',
      'total ms (median after the first)',
      'first ms',
    ],
    [
      [
        r.size,
        r.runs.length,
        med('validate'),
        med('read'),
        med('write'),
        med('total'),
        fmt(r.runs[0]!.ms.total),
      ],
    ],
  );
}
