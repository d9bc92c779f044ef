/**
 * The graph ingestion writes, as plain rows (no Neo4j types): what validation builds from the
 * seeds, what --dry-run prints and what the writer turns into UNWIND batches.
 */
import { createHash, hash } from 'node:crypto';
import type {
  CuratedRelationshipType,
  DateSource,
  EntityLabel,
  Stance,
} from '@kg/server/contracts';

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  description: string;
  role: string | null;
  date: string | null;
  endDate: string | null;
  dateSource: DateSource | null;
  dateNote: string | null;
  alleged: boolean | null;
  /**
   * Ids of entities merged into this one (the registry's `merged` list), sorted; absent when
   * none, so that the content hash of an entity nothing was merged into stays as it was.
   */
  formerIds?: string[];
}

export interface ArticleRow {
  id: string;
  title: string;
  date: string;
  dateInferred: boolean;
  dateNote: string | null;
  /** Id of the Outlet that published it (also the PUBLISHED relationship). */
  publisher: string | null;
  /** Path of the text file, relative to the seeds folder (`articles/<file>`). */
  sourceFile: string;
  originalFile: string;
  text: string;
}

/** One curated relationship, merged over every article that states it. */
export interface RelationshipRow {
  id: string;
  type: CuratedRelationshipType;
  from: string;
  to: string;
  /** Article ids, sorted. */
  sources: string[];
  /** Parallel lists: one entry per evidence span, ordered by article id then offset. */
  evidence: string[];
  evidenceArticles: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  quote: string | null;
  /** Parallel lists: where the quote sits in each source article. */
  quoteArticles: string[];
  quoteStarts: number[];
  quoteEnds: number[];
  date: string | null;
  /** Where `date` comes from, and how it was resolved (the earliest-dated source's). */
  dateSource: DateSource | null;
  dateNote: string | null;
  /** Statements: stance toward the target, and the Event or Outlet where it was said. */
  stance: Stance | null;
  at: string | null;
  alleged: boolean | null;
  detail: string | null;
}

/** An article names an entity (`count` = occurrences of its name and aliases). */
export interface MentionRow {
  id: string;
  article: string;
  entity: string;
  count: number;
}

/** An outlet published an article (from the manifest's `publisher`). */
export interface PublishedRow {
  id: string;
  outlet: string;
  article: string;
  /** `text` (the article names it) or `external`, with a note. */
  source: DateSource;
  note: string | null;
}

export interface SeedGraph {
  entities: EntityRow[];
  articles: ArticleRow[];
  relationships: RelationshipRow[];
  mentions: MentionRow[];
  published: PublishedRow[];
}

/** The identity of a curated fact: same type, endpoints, quote and key = same relationship. */
export function relationshipId(
  type: string,
  from: string,
  to: string,
  quote: string | undefined,
  key: string | undefined,
): string {
  const h = createHash('sha1')
    .update(JSON.stringify([type, from, to, quote ?? null, key ?? null]))
    .digest('hex')
    .slice(0, 12);
  return `${type.toLowerCase()}:${from}>${to}:${h}`;
}

export function mentionId(article: string, entity: string): string {
  return `mentions:${article}>${entity}`;
}

export function publishedId(outlet: string, article: string): string {
  return `published:${outlet}>${article}`;
}

/**
 * Content hash stored on every node and relationship: a rerun SETs only when it differs.
 * The one-shot `hash` gives the same digest as `createHash('sha1').update(..).digest(..)` (a
 * test pins the value, since stored hashes must not change) at ~1.6x the speed: at 1M
 * relationships hashing took 10 s of the CSV export.
 */
export function contentHash(row: object): string {
  return hash('sha1', JSON.stringify(row), 'base64url').slice(0, 22);
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Nodes per label (Entity, each entity label, Article) and relationships per type. */
export function countGraph(g: SeedGraph): GraphCounts {
  const nodes: Record<string, number> = { Entity: g.entities.length, Article: g.articles.length };
  for (const e of g.entities) nodes[e.label] = (nodes[e.label] ?? 0) + 1;
  const relationships: Record<string, number> = {};
  for (const r of g.relationships) relationships[r.type] = (relationships[r.type] ?? 0) + 1;
  if (g.mentions.length) relationships.MENTIONS = g.mentions.length;
  if (g.published.length) relationships.PUBLISHED = g.published.length;
  return { nodes, relationships };
}
