/**
 * `npm run ingest -- --article ID`: one article into a graph that already holds the others,
 * writing only what the article adds or changes, so that the result is the graph a full
 * `--reset` run would build from the same seeds.
 *
 * The manifest and registry are checked whole (or only what was appended to them since the
 * last check, seed-cache.ts); only this article's text and extraction file are read, plus the articles whose rows depend on it: the other sources of a relationship it
 * states or stated (a relationship merges its evidence over every article), and, when the
 * article's entities changed name or aliases, the articles that mention them (mention counts
 * follow the forms). Relationships and mentions the article no longer supports are deleted.
 * Registry edits to entities the article does not name need a full run.
 *
 * Everything after the article's own validation (reading what the graph holds, writing,
 * deleting) happens under the database's ingest lock, as a full run does (ingest-lock.ts).
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { SeedGraph } from './graph';
import { SeedValidationError } from './ingest';
import { withIngestLock, type IngestLock } from './ingest-lock';
import { ensureSchema } from './schema';
import { loadArticleSeeds } from './seed-cache';
import { validateSeeds } from './validate';
import { writeGraph } from './write';
import {
  articleFootprint,
  articlesMentioning,
  deleteRelationships,
  relationshipsById,
  storedForms,
} from './footprint';
import { displayPath } from './yaml-file';

export interface ArticleIngestOptions {
  driver: Driver;
  database?: string;
  seedsDir: string;
  article: string;
  /** Shown to an ingest that waits for this one. Default "ingest --article ID (pid N)". */
  owner?: string;
  /** How long to wait for another ingest's lock (ms). Default INGEST_LOCK_DEFAULTS.waitMs. */
  lockWaitMs?: number;
  /**
   * The article's seeds as the caller already validated them (manifest and registry whole,
   * this article's files): a save from the explorer validated them a moment ago, staged,
   * under the seeds lock, so ingestion does not read and check them again.
   */
  validated?: SeedGraph;
  log?: (line: string) => void;
}

export interface ArticleIngestSummary {
  article: string;
  /** Other articles read because rows shared with them had to be recomputed. */
  alsoRead: string[];
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** The article's curated relationships as now in the graph. */
  relationships: { id: string; type: string; from: string; to: string }[];
  /** Entity ids the article mentions. */
  mentions: string[];
  ms: { validate: number; read: number; write: number; total: number };
}

/**
 * Drivers whose database already had its schema ensured by this process: a server that saves
 * article after article checks the ~30 constraints once, not on every save.
 */
const schemaReady = new WeakSet<Driver>();

const groupByType = (rows: { id: string; type: string }[]) => {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.type, [...(out.get(r.type) ?? []), r.id]);
  return out;
};

/**
 * The articles' graph, validated against the manifest and registry: checked whole, or from
 * the verdict a previous command left when the files only grew since (seed-cache.ts).
 */
async function validGraph(
  seedsDir: string,
  only: Set<string>,
  log: (line: string) => void,
): Promise<SeedGraph> {
  const seeds = await loadArticleSeeds(seedsDir, only);
  log(
    seeds.cached
      ? `manifest and registry: as checked before, plus ${seeds.appended} appended item(s) checked now`
      : 'manifest and registry checked whole',
  );
  const { errors, graph } = await validateSeeds(seeds);
  if (errors.length) throw new SeedValidationError(errors);
  return graph;
}

export async function ingestArticle(options: ArticleIngestOptions): Promise<ArticleIngestSummary> {
  const t0 = Date.now();
  const { driver, seedsDir, article } = options;
  const database = options.database ?? 'neo4j';
  const log = options.log ?? (() => {});

  const own = options.validated ?? (await validGraph(seedsDir, new Set([article]), log));
  if (!own.articles.some((a) => a.id === article)) {
    throw new SeedValidationError([
      {
        file: displayPath(path.join(seedsDir, 'articles.yaml')),
        path: '',
        message: `no article "${article}" in the manifest`,
      },
    ]);
  }
  const tValid = Date.now();
  const lockOptions = {
    owner: options.owner ?? `ingest --article ${article} (pid ${process.pid})`,
    log,
    ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
  };
  return withIngestLock(driver, database, lockOptions, (lock) =>
    ingestLocked(options, own, lock, t0, tValid),
  );
}

async function ingestLocked(
  options: ArticleIngestOptions,
  own: SeedGraph,
  lock: IngestLock,
  t0: number,
  tValid: number,
): Promise<ArticleIngestSummary> {
  const { driver, seedsDir, article } = options;
  const database = options.database ?? 'neo4j';
  const log = options.log ?? (() => {});

  // What the graph holds now, and which other articles share rows with this one.
  const before = await articleFootprint(driver, database, article);
  const shared = await relationshipsById(driver, database, own.relationships);
  const others = new Set<string>();
  for (const r of [...shared, ...before.relationships]) {
    for (const s of r.sources) if (s !== article) others.add(s);
  }
  const named = new Set<string>();
  for (const r of own.relationships) named.add(r.from).add(r.to);
  for (const m of own.mentions) named.add(m.entity);
  const published = own.published.filter((p) => p.article === article);
  for (const p of published) named.add(p.outlet);
  const registry = new Map(own.entities.map((e) => [e.id, e]));
  const stored = await storedForms(driver, database, [...named]);
  const reformed = [...named].filter((id) => {
    const was = stored.get(id);
    const e = registry.get(id)!;
    return was !== undefined && JSON.stringify(was) !== JSON.stringify([e.name, ...e.aliases]);
  });
  const recount = reformed.length
    ? await articlesMentioning(driver, database, reformed, article)
    : [];
  for (const a of recount) others.add(a);
  const graph = others.size ? await validGraph(seedsDir, new Set([article, ...others]), log) : own;
  const tRead = Date.now();
  if (others.size) log(`also read ${others.size} article(s) that share rows with ${article}`);

  // Only the rows this article decides: its relationships (old and new), its mentions and
  // those recounted, the entities it names and its own node.
  const relIds = new Set([...own.relationships, ...before.relationships].map((r) => r.id));
  const recounted = new Set([article, ...recount]);
  const mentions = graph.mentions.filter((m) => recounted.has(m.article));
  const relationships = graph.relationships.filter((r) => relIds.has(r.id));
  const subset: SeedGraph = {
    entities: own.entities.filter((e) => named.has(e.id)),
    articles: graph.articles.filter((a) => a.id === article),
    relationships,
    mentions,
    published,
  };
  if (!schemaReady.has(driver)) {
    await ensureSchema(driver, database);
    schemaReady.add(driver);
  }
  const written = await writeGraph(driver, database, subset, lock, {
    alwaysMerge: true,
    sharedPlan: true,
  });

  const keptRels = new Set(relationships.map((r) => r.id));
  const keptMentions = new Set(mentions.map((m) => m.id));
  const stale = new Map<string, string[]>(
    [...groupByType(before.relationships.filter((r) => !keptRels.has(r.id)))].filter(
      ([, ids]) => ids.length,
    ),
  );
  const staleMentions = before.mentions.filter((id) => !keptMentions.has(id));
  if (staleMentions.length) stale.set('MENTIONS', staleMentions);
  lock.assertHeld();
  const deleted = stale.size ? await deleteRelationships(driver, database, stale) : 0;

  const sum = (k: 'created' | 'updated' | 'unchanged') =>
    written.groups.reduce((n, g) => n + g[k], 0);
  const summary: ArticleIngestSummary = {
    article,
    alsoRead: [...others].sort(),
    created: sum('created'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    deleted,
    relationships: relationships
      .filter((r) => r.sources.includes(article))
      .map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to })),
    mentions: mentions.filter((m) => m.article === article).map((m) => m.entity),
    ms: {
      validate: tValid - t0,
      read: tRead - tValid,
      write: Date.now() - tRead,
      total: Date.now() - t0,
    },
  };
  return summary;
}

export function formatArticleIngest(s: ArticleIngestSummary): string {
  return [
    `article ${s.article}: ${s.relationships.length} relationships, ${s.mentions.length} mentions`,
    `created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, deleted ${s.deleted}` +
      (s.alsoRead.length ? `; also read ${s.alsoRead.join(', ')}` : ''),
    `validate ${s.ms.validate} ms, read ${s.ms.read} ms, write ${s.ms.write} ms; total ${(s.ms.total / 1000).toFixed(2)} s`,
  ].join('\n');
}
