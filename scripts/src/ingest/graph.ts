/**
 * The graph ingestion writes, as plain rows (no Neo4j types): what validation builds from the
 * seeds, what --dry-run prints and what the writer turns into UNWIND batches.
 */
import { hash } from 'node:crypto';
import type {
  ARTICLE_PROPERTIES,
  CuratedRelationshipType,
  DateSource,
  ENTITY_PROPERTIES,
  EntityLabel,
  MENTION_PROPERTIES,
  PUBLISHED_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  Stance,
  StoredRow,
} from '@kg/server/contracts';

/**
 * The rows validation builds from the seeds: the stored properties of each kind (the tables in
 * contracts/stored.ts, so a property added there must be filled here) plus the structural keys
 * the writers turn into labels, types and endpoints.
 */
export type EntityRow = StoredRow<typeof ENTITY_PROPERTIES> & {
  label: EntityLabel;
  dateSource: DateSource | null;
};
export type ArticleRow = StoredRow<typeof ARTICLE_PROPERTIES>;
/** One curated relationship, merged over every article that states it. */
export type RelationshipRow = StoredRow<typeof RELATIONSHIP_PROPERTIES> & {
  type: CuratedRelationshipType;
  from: string;
  to: string;
  // Stored as strings; validation fills them from the model's closed lists.
  dateSource: DateSource | null;
  stance: Stance | null;
};
/** An article names an entity (`count` = occurrences of its name and aliases). */
export type MentionRow = StoredRow<typeof MENTION_PROPERTIES> & { article: string; entity: string };

/** An outlet published an article (from the manifest's `publisher`). */
export type PublishedRow = StoredRow<typeof PUBLISHED_PROPERTIES> & {
  outlet: string;
  article: string;
  source: DateSource;
};

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
  // The one-shot hash: the same digest as createHash's (stored ids must not change; a test
  // pins one) at half the cost, on every one of 1.5M statements at 1M relationships.
  const h = sha1(JSON.stringify([type, from, to, quote ?? null, key ?? null]), 'hex').slice(0, 12);
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
  return sha1(JSON.stringify(row), 'base64url').slice(0, 22);
}

/**
 * SHA-1 of a string's UTF-8 bytes: `hash` encodes a string as UTF-8 itself, the same bytes as
 * Buffer.from(text) (a test pins the digests). On this machine's Node 20 that is faster than
 * encoding a Buffer first (100,000 relationship rows' JSON: ~145 against ~215 ms), and it makes
 * no Buffer per row for the collector (docs/benchmarks.md §1, 2026-12-04 night).
 */
function sha1(text: string, encoding: 'hex' | 'base64url'): string {
  return hash('sha1', text, encoding);
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
