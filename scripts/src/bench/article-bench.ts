/**
 * `npm run bench -- article --size 100k|1m`: adding one article to a big graph. The corpus is
 * loaded without its last K articles (a seed folder under .bench/ whose `articles` links to the
 * corpus texts and whose manifest and extractions leave them out); then each held-out article
 * is added to the manifest with its extraction and ingested with `ingestArticle`, the work
 * `npm run ingest -- --article ID` and a save from the explorer do. Times are end to end of
 * that call: whole-registry validation, reads of the graph, the write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readHealth } from '@kg/server';
import { ingest } from '../ingest/ingest';
import { ingestArticle, type ArticleIngestSummary } from '../ingest/incremental';
import { startBenchNeo4j } from './bench-neo4j';
import { ensureCorpus, type BenchSize } from './corpus-cache';
import { BENCH_DIR } from './bench-neo4j';
import { fmt, median, table } from './machine';

interface Manifest {
  articles: { id: string }[];
}

export interface ArticleBenchRun {
  size: BenchSize;
  relationshipsInGraph: number;
  runs: Pick<ArticleIngestSummary, 'article' | 'created' | 'updated' | 'unchanged' | 'ms'>[];
}

/** The corpus minus its last `k` articles, as a seed folder of links. */
function heldOutSeeds(corpusDir: string, k: number): { dir: string; held: string[] } {
  const dir = path.join(BENCH_DIR, `article-bench-seeds`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'extractions'), { recursive: true });
  fs.symlinkSync(path.join(corpusDir, 'articles'), path.join(dir, 'articles'));
  fs.copyFileSync(path.join(corpusDir, 'entities.yaml'), path.join(dir, 'entities.yaml'));
  const manifest = JSON.parse(
    fs.readFileSync(path.join(corpusDir, 'articles.yaml'), 'utf8'),
  ) as Manifest;
  const held = manifest.articles.slice(-k).map((a) => a.id);
  writeManifest(dir, { articles: manifest.articles.slice(0, -k) });
  for (const a of manifest.articles.slice(0, -k)) linkExtraction(corpusDir, dir, a.id);
  return { dir, held };
}

const writeManifest = (dir: string, m: Manifest) =>
  fs.writeFileSync(path.join(dir, 'articles.yaml'), JSON.stringify(m));

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
  const { dir, held } = heldOutSeeds(corpus.dir, count);
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
    for (const id of held) {
      const m = JSON.parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as Manifest;
      m.articles.push(full.articles.find((a) => a.id === id)!);
      writeManifest(dir, m);
      linkExtraction(corpus.dir, dir, id);
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
    return { size, relationshipsInGraph, runs };
  } finally {
    await neo.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
