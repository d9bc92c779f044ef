/**
 * `npm run bench -- article --size 100k|1m`: adding one article to a big graph. The corpus is
 * loaded without its last 2K articles (a seed folder under .bench/ whose texts link to the
 * corpus's and whose manifest and extractions leave them out). Then:
 * - K held-out articles are added to the manifest with their extraction and ingested with
 *   `ingestArticle`: the work of `npm run ingest -- --article ID`;
 * - K more are saved as the explorer saves them (POST /api/articles): `writeArticle` (the
 *   contract, the registry and manifest edits, the staged seed set validated, the renames)
 *   followed by `ingestArticle`, each phase timed.
 * Times are end to end of those calls, without HTTP and the process start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readHealth } from '@kg/server';
import { ingest } from '../ingest/ingest';
import { ingestArticle, type ArticleIngestSummary } from '../ingest/incremental';
import { writeArticle, type WrittenArticle } from '../intake/write-article';
import { seedBase } from '../intake/seed-base';
import { renderJsonLists } from '../intake/seed-edits';
import type { ArticleSubmission } from '@kg/server/contracts';
import { startBenchNeo4j } from './bench-neo4j';
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

export interface ArticleBenchRun {
  size: BenchSize;
  relationshipsInGraph: number;
  runs: Pick<ArticleIngestSummary, 'article' | 'created' | 'updated' | 'unchanged' | 'ms'>[];
  saves: SaveRun[];
  /** Reading the manifest and registry ahead of the saves, as the server does on start. */
  readAheadMs: number;
}

/**
 * The corpus minus its last `k` articles, as a seed folder of links (one per text, so that a
 * save writes its text into this folder and never into the corpus cache).
 */
function heldOutSeeds(corpusDir: string, k: number): { dir: string; held: ManifestEntry[] } {
  const dir = path.join(BENCH_DIR, `article-bench-seeds`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'extractions'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  fs.copyFileSync(path.join(corpusDir, 'entities.yaml'), path.join(dir, 'entities.yaml'));
  const manifest = JSON.parse(
    fs.readFileSync(path.join(corpusDir, 'articles.yaml'), 'utf8'),
  ) as Manifest;
  const held = manifest.articles.slice(-k);
  writeManifest(dir, { articles: manifest.articles.slice(0, -k) });
  for (const a of manifest.articles.slice(0, -k)) {
    linkExtraction(corpusDir, dir, a.id);
    linkText(corpusDir, dir, a.file);
  }
  return { dir, held };
}

const linkText = (corpusDir: string, dir: string, file: string) =>
  // Hard links: a symlink would resolve outside the articles folder, which ingestion refuses.
  fs.linkSync(path.join(corpusDir, 'articles', file), path.join(dir, 'articles', file));

/** A held-out article as the explorer would submit it after review. */
function submissionOf(corpusDir: string, a: ManifestEntry): ArticleSubmission {
  const x = JSON.parse(
    fs.readFileSync(path.join(corpusDir, 'extractions', `${a.id}.yaml`), 'utf8'),
  ) as { mentions?: string[]; relationships?: ArticleSubmission['relationships'] };
  return {
    article: {
      id: a.id,
      title: a.title,
      date: a.date,
      ...(a.publisher ? { publisher: a.publisher } : {}),
    },
    text: fs.readFileSync(path.join(corpusDir, 'articles', a.file), 'utf8'),
    mentions: x.mentions ?? [],
    relationships: x.relationships ?? [],
  };
}

/** In the generator's layout (one article per line), as a generated corpus has it. */
const writeManifest = (dir: string, m: Manifest) =>
  fs.writeFileSync(path.join(dir, 'articles.yaml'), renderJsonLists({ ...m }));

function linkExtraction(corpusDir: string, dir: string, id: string): void {
  fs.symlinkSync(
    path.join(corpusDir, 'extractions', `${id}.yaml`),
    path.join(dir, 'extractions', `${id}.yaml`),
  );
}

export async function runArticleBench(
  size: BenchSize,
  count: number,
  log: (line: string) => void,
): Promise<ArticleBenchRun> {
  const corpus = ensureCorpus(size, log);
  const { dir, held: heldOut } = heldOutSeeds(corpus.dir, 2 * count);
  const held = heldOut.slice(0, count);
  const toSave = heldOut.slice(count);
  const neo = await startBenchNeo4j('article', log);
  try {
    log(`loading ${size} without its last ${count} articles`);
    const load = await ingest({ driver: neo.driver, seedsDir: dir, log });
    log(`loaded in ${(load.ms.total / 1000).toFixed(1)} s`);
    const relationshipsInGraph = (await readHealth(neo.driver, 'neo4j')).counts.relationships;
    const full = JSON.parse(
      fs.readFileSync(path.join(corpus.dir, 'articles.yaml'), 'utf8'),
    ) as Manifest;
    const runs: ArticleBenchRun['runs'] = [];
    for (const { id, file } of held) {
      const m = JSON.parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as Manifest;
      m.articles.push(full.articles.find((a) => a.id === id)!);
      writeManifest(dir, m);
      linkExtraction(corpus.dir, dir, id);
      linkText(corpus.dir, dir, file);
      const s = await ingestArticle({ driver: neo.driver, seedsDir: dir, article: id });
      log(
        `${id}: ${s.ms.total} ms (validate ${s.ms.validate}, read ${s.ms.read}, write ${s.ms.write}); created ${s.created}`,
      );
      runs.push({
        article: id,
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        ms: s.ms,
      });
    }
    // As the server does after it starts (preloadSeedBase): the manifest and registry are read
    // once, ahead of the first save.
    const tBase = Date.now();
    await seedBase(dir);
    const readAheadMs = Date.now() - tBase;
    log(`seed set read ahead in ${readAheadMs} ms`);
    const saves: SaveRun[] = [];
    for (const a of toSave) {
      const t0 = Date.now();
      const { written, after } = await writeArticle(dir, submissionOf(corpus.dir, a), {
        // As saveArticle (POST /api/articles) does it.
        afterWrite: (w, validated) =>
          ingestArticle({ driver: neo.driver, seedsDir: dir, article: w.article, validated }),
      });
      const s = after!;
      const run: SaveRun = {
        article: a.id,
        created: s.created,
        ms: {
          ...written.ms,
          ingestValidate: s.ms.validate,
          read: s.ms.read,
          write: s.ms.write,
          total: Date.now() - t0,
        },
      };
      log(`${a.id} saved: ${run.ms.total} ms ${JSON.stringify(run.ms)}; created ${s.created}`);
      saves.push(run);
    }
    return { size, relationshipsInGraph, runs, saves, readAheadMs };
  } finally {
    await neo.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The explorer's save, phase by phase (medians). */
export function saveBenchTable(r: ArticleBenchRun): string {
  if (!r.saves.length) return '';
  const med = (k: keyof SaveRun['ms']) => fmt(median(r.saves.map((x) => x.ms[k])));
  return table(
    [
      'size',
      'read ahead ms (once)',
      'saves',
      'parse+edit ms',
      'seed validation ms',
      'rename ms',
      'ingest validate ms',
      'ingest read ms',
      'ingest write ms',
      'total ms (median)',
      'total ms (max)',
    ],
    [
      [
        r.size,
        fmt(r.readAheadMs),
        r.saves.length,
        med('edit'),
        med('validate'),
        med('rename'),
        med('ingestValidate'),
        med('read'),
        med('write'),
        med('total'),
        fmt(Math.max(...r.saves.map((x) => x.ms.total))),
      ],
    ],
  );
}

export function articleBenchTable(r: ArticleBenchRun): string {
  const med = (k: keyof ArticleIngestSummary['ms']) => fmt(median(r.runs.map((x) => x.ms[k])));
  return table(
    [
      'size',
      'relationships in graph',
      'articles added',
      'validate ms',
      'read ms',
      'write ms',
      'total ms (median)',
      'total ms (max)',
    ],
    [
      [
        r.size,
        fmt(r.relationshipsInGraph),
        r.runs.length,
        med('validate'),
        med('read'),
        med('write'),
        med('total'),
        fmt(Math.max(...r.runs.map((x) => x.ms.total))),
      ],
    ],
  );
}
