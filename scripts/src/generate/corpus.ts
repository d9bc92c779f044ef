/**
 * `generateCorpus`: writes a synthetic seed folder (articles/*.txt, articles.yaml, entities.yaml,
 * extractions/*.yaml) that passes the same schemas and checks as the curated seeds. Streamed:
 * the entity registry is written from the pools, each article is planned, written and dropped,
 * so memory does not grow with the corpus. Same options -> byte-identical files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_LABELS, type EntityLabel } from '@kg/server/contracts';
import { writeArticle, planArticle, type CorpusShape } from './article';
import { EntityPools, epochDay, poolSizes } from './entities';
import { JsonListFile, articleEntry, entityEntry, extractionDocument } from './yaml-out';

/** Named sizes: curated relationships = articles x relationships per article. */
export const SIZES = {
  tiny: { articles: 20, relationshipsPerArticle: 10 },
  '10k': { articles: 400, relationshipsPerArticle: 25 },
  '100k': { articles: 4_000, relationshipsPerArticle: 25 },
  '1m': { articles: 40_000, relationshipsPerArticle: 25 },
} as const;
export type SizeName = keyof typeof SIZES;

/** Defaults of every option, one comment each. */
export const GENERATE_DEFAULTS = {
  /** PRNG seed: same seed, same corpus. */
  seed: 42,
  /** Mean curated relationships per article (each article varies by up to ±60 %). */
  relationshipsPerArticle: 25,
  /** First and last article date: the corpus spans years. */
  from: '2015-01-01',
  to: '2026-03-31',
  /** Print a progress line at most this often. */
  progressEveryMs: 2000,
};

export interface GenerateOptions {
  out: string;
  articles: number;
  seed?: number;
  relationshipsPerArticle?: number;
  from?: string;
  to?: string;
  log?: (line: string) => void;
}

export interface TopEntity {
  id: string;
  label: EntityLabel;
  name: string;
  /** Curated relationships plus MENTIONS (articles that name it). */
  degree: number;
}

export interface GenerateSummary {
  out: string;
  seed: number;
  files: number;
  articles: number;
  entities: number;
  /** Distinct curated relationships (what ingestion writes as typed edges). */
  relationships: number;
  /** Relationship statements in extraction files (some restate one relationship). */
  statements: number;
  /** Article-entity pairs: the MENTIONS edges ingestion derives. */
  mentions: number;
  /** Entities by degree, highest first (curated + MENTIONS). */
  top: TopEntity[];
  /** Median degree over the entities that have any. */
  medianDegree: number;
  bytes: number;
  seconds: number;
}

/** Marks a folder as generated, so a rerun may overwrite it (and nothing else). */
const MARKER = '.kg-generated.json';

function prepareOut(out: string): void {
  if (fs.existsSync(out)) {
    const entries = fs.readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(
        `${out} is not empty and was not written by the generator: refusing to overwrite`,
      );
    }
    fs.rmSync(out, { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(out, 'extractions'), { recursive: true });
}

export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const t0 = process.hrtime.bigint();
  const log = options.log ?? (() => {});
  const seed = (options.seed ?? GENERATE_DEFAULTS.seed) >>> 0;
  const rpa = options.relationshipsPerArticle ?? GENERATE_DEFAULTS.relationshipsPerArticle;
  const firstDay = epochDay(options.from ?? GENERATE_DEFAULTS.from);
  const lastDay = epochDay(options.to ?? GENERATE_DEFAULTS.to);
  if (!(options.articles >= 1) || !(rpa >= 1))
    throw new Error('articles and relationships per article must be >= 1');
  if (!(lastDay >= firstDay)) throw new Error('--to must not be before --from');

  const out = path.resolve(options.out);
  prepareOut(out);
  const facts = options.articles * rpa;
  const pools = new EntityPools(seed, poolSizes(facts), firstDay, lastDay);
  const shape: CorpusShape = {
    seed,
    articles: options.articles,
    relationshipsPerArticle: rpa,
    pools,
  };
  let bytes = 0;
  let files = 0;

  // The registry first: every entity of every pool (a pure function of its rank).
  const entitiesFile = new JsonListFile(path.join(out, 'entities.yaml'), 'entities');
  let entities = 0;
  for (const label of ENTITY_LABELS) {
    for (let i = 0; i < pools.sizes[label]; i++, entities++) {
      entitiesFile.add(entityEntry(pools.entity(label, i)));
    }
  }
  bytes += entitiesFile.close();
  files++;

  const degree = Object.fromEntries(
    ENTITY_LABELS.map((l) => [l, new Uint32Array(pools.sizes[l])]),
  ) as Record<EntityLabel, Uint32Array>;
  const manifest = new JsonListFile(path.join(out, 'articles.yaml'), 'articles');
  let statements = 0;
  let relationships = 0;
  let mentions = 0;
  let lastReport = Date.now();
  for (let i = 0; i < options.articles; i++) {
    const a = writeArticle(shape, planArticle(shape, i));
    const content = Buffer.from(a.content, 'utf8');
    fs.writeFileSync(path.join(out, 'articles', a.manifest.file), content);
    const doc = Buffer.from(extractionDocument(a.extraction), 'utf8');
    fs.writeFileSync(path.join(out, 'extractions', `${a.manifest.id}.yaml`), doc);
    manifest.add(articleEntry(a.manifest));
    bytes += content.length + doc.length;
    files += 2;
    statements += a.extraction.relationships.length;
    relationships += a.endpoints.length;
    mentions += a.named.length;
    for (const m of a.named) degree[m.label][m.rank]! += 1;
    for (const [from, to] of a.endpoints) {
      degree[from.label][from.rank]! += 1;
      degree[to.label][to.rank]! += 1;
    }
    if (Date.now() - lastReport >= GENERATE_DEFAULTS.progressEveryMs) {
      lastReport = Date.now();
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      log(
        `  ${(i + 1).toLocaleString('en-US')}/${options.articles.toLocaleString('en-US')} articles, ` +
          `${relationships.toLocaleString('en-US')} relationships (${s.toFixed(1)} s)`,
      );
    }
  }
  bytes += manifest.close();
  files++;
  const summaryTop = topEntities(pools, degree);
  fs.writeFileSync(
    path.join(out, MARKER),
    `${JSON.stringify({ seed, articles: options.articles, relationshipsPerArticle: rpa }, null, 2)}\n`,
  );
  return {
    out,
    seed,
    files,
    articles: options.articles,
    entities,
    relationships,
    statements,
    mentions,
    top: summaryTop.top,
    medianDegree: summaryTop.median,
    bytes,
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
  };
}

/** The five entities of highest degree, and the median degree of the entities that have any. */
function topEntities(
  pools: EntityPools,
  degree: Record<EntityLabel, Uint32Array>,
): { top: TopEntity[]; median: number } {
  const all: { label: EntityLabel; rank: number; degree: number }[] = [];
  const nonZero: number[] = [];
  for (const label of ENTITY_LABELS) {
    degree[label].forEach((d, rank) => {
      if (d > 0) nonZero.push(d);
      all.push({ label, rank, degree: d });
    });
  }
  all.sort((a, b) => b.degree - a.degree);
  nonZero.sort((a, b) => a - b);
  const top = all.slice(0, 5).map(({ label, rank, degree: d }) => {
    const e = pools.entity(label, rank);
    return { id: e.id, label, name: e.name, degree: d };
  });
  return { top, median: nonZero.length ? nonZero[Math.floor(nonZero.length / 2)]! : 0 };
}
