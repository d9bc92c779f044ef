/**
 * The persisted-graph contract: for each kind of node and relationship ingestion writes, the
 * properties stored on it (name and Neo4j type), and the two mappings every reader and writer
 * goes through:
 *
 *   validated seed row --writeProps--> stored properties --(Cypher writer | CSV export)--> Neo4j
 *   Neo4j --(API | console, as JSON)--> readStored --> *View --> the API's views (contracts/api.ts)
 *
 * Adding a property is one line in a table below. The typecheck then asks for the rest: the
 * seed rows (scripts/src/ingest/graph.ts) are derived from these tables, so validation must fill
 * the new key; the writer and the CSV export take their keys and types from the tables; and each
 * view mapping below names every stored key (`...unmapped` must stay empty), so it must say
 * whether the new property is shown. Pure, zod only: the server, the scripts and the browser
 * bundle share it.
 */
import { z } from 'zod';
import { DATE_SOURCES, NODE_LABELS, STANCES, type NodeLabel, type RelationshipType } from './model';
import { IsoDate } from './seed';
import type {
  ArticlePublisher,
  ArticleResponse,
  Entity,
  EntitySummary,
  EvidenceSpan,
  RelationshipView,
  TopicStatement,
} from './api';

/** Stored types (Neo4j's, and neo4j-admin import's header types); `?` marks an optional one. */
const KINDS = {
  string: z.string(),
  'string[]': z.array(z.string()),
  long: z.number().int(),
  'long[]': z.array(z.number().int()),
  date: IsoDate,
  boolean: z.boolean(),
} as const;
export type PropertyKind = keyof typeof KINDS;
export type PropertySpec = PropertyKind | `${PropertyKind}?`;
export type PropertyTable = Record<string, PropertySpec>;

/** Entity nodes (`:Entity:<label>`). */
export const ENTITY_PROPERTIES = {
  id: 'string',
  name: 'string',
  aliases: 'string[]',
  description: 'string',
  role: 'string?',
  date: 'date?',
  endDate: 'date?',
  /** Where `date` comes from (`text` | `external`, model.ts DATE_SOURCES), and how it was resolved. */
  dateSource: 'string?',
  dateNote: 'string?',
  alleged: 'boolean?',
} as const satisfies PropertyTable;

/** Article nodes (`:Article`). */
export const ARTICLE_PROPERTIES = {
  id: 'string',
  title: 'string',
  date: 'date',
  dateInferred: 'boolean',
  dateNote: 'string?',
  /** Id of the Outlet that published it (also the PUBLISHED relationship). */
  publisher: 'string?',
  /** Path of the text file, relative to the seeds folder (`articles/<file>`). */
  sourceFile: 'string',
  originalFile: 'string',
  text: 'string',
} as const satisfies PropertyTable;

/**
 * Every curated relationship type. Evidence and quote positions are parallel lists: one entry
 * per span, ordered by article id then offset.
 */
export const RELATIONSHIP_PROPERTIES = {
  id: 'string',
  /** Article ids, sorted. */
  sources: 'string[]',
  evidence: 'string[]',
  evidenceArticles: 'string[]',
  evidenceStarts: 'long[]',
  evidenceEnds: 'long[]',
  quote: 'string?',
  quoteArticles: 'string[]',
  quoteStarts: 'long[]',
  quoteEnds: 'long[]',
  date: 'date?',
  /** Where `date` comes from (`text` | `external`), and how it was resolved (the earliest source's). */
  dateSource: 'string?',
  dateNote: 'string?',
  /** Statements: stance toward the target (model.ts STANCES), and the Event or Outlet id where said. */
  stance: 'string?',
  at: 'string?',
  alleged: 'boolean?',
  detail: 'string?',
} as const satisfies PropertyTable;

/** MENTIONS (Article -> Entity), derived by ingestion; `count` = occurrences of the names. */
export const MENTION_PROPERTIES = {
  id: 'string',
  count: 'long',
} as const satisfies PropertyTable;

/** PUBLISHED (Outlet -> Article), from the manifest's `publisher`. */
export const PUBLISHED_PROPERTIES = {
  id: 'string',
  /** `text` (the article names its publisher) or `external`, with a note saying how it is known. */
  source: 'string',
  note: 'string?',
} as const satisfies PropertyTable;

/**
 * Bookkeeping every writer adds to every node and relationship: the content hash a rerun
 * compares, and the run that created it (see docs/graph-model.md, "Transactions").
 */
export const BOOKKEEPING_PROPERTIES = {
  hash: 'string',
  ingestRun: 'string?',
} as const satisfies PropertyTable;

/** The stored kind of a spec, and whether it is optional. */
export function parseSpec(spec: PropertySpec): { kind: PropertyKind; optional: boolean } {
  const optional = spec.endsWith('?');
  return { kind: (optional ? spec.slice(0, -1) : spec) as PropertyKind, optional };
}

type KindOf<S extends PropertySpec> = S extends `${infer K extends PropertyKind}?` ? K : S;
type ValueOf<S extends PropertySpec> = z.output<(typeof KINDS)[KindOf<S>]>;

/**
 * A write row of a table: every key present, an optional value as null (stored as no property).
 * The seed rows validation builds (scripts/src/ingest/graph.ts) are these plus their structural
 * keys, so a property added to a table must be filled by validation.
 */
export type StoredRow<T extends PropertyTable> = {
  -readonly [K in keyof T]: T[K] extends `${string}?` ? ValueOf<T[K]> | null : ValueOf<T[K]>;
};

/**
 * The zod schema of what is stored for a table, as read back: an optional property may be
 * absent (or null), and an empty list may be absent (neo4j-admin import stores it as no
 * property), so lists default to [].
 */
function schemaOf<T extends PropertyTable>(table: T) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(table)) {
    const { kind, optional } = parseSpec(spec);
    const base = KINDS[kind];
    shape[key] = optional
      ? base.nullish()
      : kind.endsWith('[]')
        ? (base as z.ZodArray<z.ZodType>).default([])
        : base;
  }
  return z.object(shape) as unknown as z.ZodType<
    {
      [K in keyof T]: T[K] extends `${string}?` ? ValueOf<T[K]> | null | undefined : ValueOf<T[K]>;
    },
    unknown
  >;
}

export const StoredEntity = schemaOf(ENTITY_PROPERTIES);
export type StoredEntity = z.infer<typeof StoredEntity>;
export const StoredArticle = schemaOf(ARTICLE_PROPERTIES);
export type StoredArticle = z.infer<typeof StoredArticle>;
export const StoredRelationship = schemaOf(RELATIONSHIP_PROPERTIES);
export type StoredRelationship = z.infer<typeof StoredRelationship>;
export const StoredMention = schemaOf(MENTION_PROPERTIES);
export type StoredMention = z.infer<typeof StoredMention>;
export const StoredPublished = schemaOf(PUBLISHED_PROPERTIES);
export type StoredPublished = z.infer<typeof StoredPublished>;

// ---------------------------------------------------------------------------------------------
// Seed row -> stored properties (the writers' side)
// ---------------------------------------------------------------------------------------------

/**
 * The stored properties of a validated seed row, in table order: exactly the table's keys, so
 * the row's structural keys (label, type, endpoints) are left out. Absent optional values stay
 * null here; the writers store null as no property.
 */
export function writeProps<T extends PropertyTable>(table: T, row: StoredRow<T>): StoredRow<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) out[key] = row[key as keyof T];
  return out as StoredRow<T>;
}

// ---------------------------------------------------------------------------------------------
// Stored record -> API view (the readers' side: the API and the console's canvas)
// ---------------------------------------------------------------------------------------------

/** A node or relationship as stored records reach a reader: properties as JSON (to-json.ts). */
export interface StoredNodeJson {
  labels: readonly string[];
  properties: Record<string, unknown>;
}
export interface StoredRelationshipJson {
  elementId: string;
  type: string;
  properties: Record<string, unknown>;
}

type Read<T extends PropertyTable> = { [K in keyof T]?: ValueOf<T[K]> };

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** One stored value as its kind, or undefined when absent or of another type. */
function readValue(kind: PropertyKind, v: unknown): unknown {
  switch (kind) {
    case 'string':
      return typeof v === 'string' && v !== '' ? v : undefined;
    case 'boolean':
      return typeof v === 'boolean' ? v : undefined;
    case 'long':
      return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
    case 'date':
      return typeof v === 'string' && DATE.test(v) ? v.slice(0, 10) : undefined;
    case 'string[]':
      return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
    case 'long[]':
      return Array.isArray(v) ? v.map(Number) : undefined;
  }
}

/**
 * The table's properties of a stored record, each of its kind; anything absent, empty or of
 * another type is left out (graphs written by hand or by older runs are read, not refused).
 */
export function readStored<T extends PropertyTable>(
  table: T,
  properties: Record<string, unknown>,
): Read<T> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    const value = readValue(parseSpec(spec).kind, properties[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Read<T>;
}

/** The model label of a node: its first label the model knows (never the shared `Entity`). */
export function modelLabelOf(labels: readonly string[]): NodeLabel | undefined {
  return labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
}

/** An entity (or an article, when one is an endpoint) as a canvas node; undefined without an id. */
export function entitySummaryView(node: StoredNodeJson): EntitySummary | undefined {
  const label = modelLabelOf(node.labels) ?? 'Article';
  if (label === 'Article') {
    // An article on the canvas (the start of a MENTIONS): its title as the name, and its date.
    const { id, title, date } = readStored(ARTICLE_PROPERTIES, node.properties);
    if (id === undefined) return undefined;
    return { id, label, name: title ?? id, ...(date !== undefined && { date }) };
  }
  const e = entityView(node, 0);
  if (!e) return undefined;
  const { aliases: _a, endDate: _e, degree: _d, ...summary } = e;
  return summary;
}

/** Everything the details panel shows about an entity. */
export function entityView(node: StoredNodeJson, degree: number): Entity | undefined {
  const {
    id,
    name,
    aliases,
    description,
    role,
    date,
    endDate,
    alleged,
    // Provenance of the date, kept for reviewers; the details panel does not show it.
    dateSource: _dateSource,
    dateNote: _dateNote,
    ...unmapped
  } = readStored(ENTITY_PROPERTIES, node.properties);
  // A stored property added to the table but not mapped (or skipped) above fails here.
  const _exhaustive: Record<string, never> = unmapped;
  if (id === undefined) return undefined;
  return {
    id,
    label: modelLabelOf(node.labels) ?? 'Article',
    name: name ?? id,
    aliases: aliases ?? [],
    degree,
    ...(role !== undefined && { role }),
    ...(description !== undefined && { description }),
    ...(date !== undefined && { date }),
    ...(endDate !== undefined && { endDate }),
    ...(alleged !== undefined && { alleged }),
  };
}

/** The article as the reader shows it (ArticleResponse.article), with its publisher if known. */
export function articleView(
  properties: Record<string, unknown>,
  publisher?: { outlet: StoredNodeJson; published: StoredRelationshipJson },
): ArticleResponse['article'] {
  const {
    id,
    title,
    date,
    dateInferred,
    sourceFile,
    text,
    // Kept for provenance and reruns; not shown by the reader.
    dateNote: _dateNote,
    // The publisher is shown from the PUBLISHED relationship and its Outlet (below).
    publisher: _publisher,
    originalFile: _originalFile,
    ...unmapped
  } = readStored(ARTICLE_PROPERTIES, properties);
  // A stored property added to the table but not mapped (or skipped) above fails here.
  const _exhaustive: Record<string, never> = unmapped;
  const shown = publisher && publisherView(publisher.outlet, publisher.published);
  return {
    id: id ?? '',
    title: title ?? id ?? '',
    date: date ?? '',
    dateInferred: dateInferred === true,
    sourceFile: sourceFile ?? '',
    text: text ?? '',
    ...(shown && { publisher: shown }),
  };
}

/** The outlet that published an article, from the PUBLISHED relationship; undefined without an id. */
export function publisherView(
  outlet: StoredNodeJson,
  published: StoredRelationshipJson,
): ArticlePublisher | undefined {
  const { id: outletId, name } = readStored(ENTITY_PROPERTIES, outlet.properties);
  const {
    id: _id,
    source,
    note,
    ...unmapped
  } = readStored(PUBLISHED_PROPERTIES, published.properties);
  // A stored property added to the table but not mapped (or skipped) above fails here.
  const _exhaustive: Record<string, never> = unmapped;
  if (outletId === undefined) return undefined;
  return {
    id: outletId,
    name: name ?? outletId,
    source: source === 'external' ? 'external' : 'text',
    ...(note !== undefined && { note }),
  };
}

/** The evidence spans of a relationship, from its parallel lists (incomplete entries dropped). */
function evidenceSpans(
  texts: string[] = [],
  articles: string[] = [],
  starts: number[] = [],
  ends: number[] = [],
): EvidenceSpan[] {
  return texts.flatMap((text, i) => {
    const articleId = articles[i];
    const start = starts[i];
    const end = ends[i];
    return articleId !== undefined && Number.isInteger(start) && Number.isInteger(end)
      ? [{ articleId, text, start: start!, end: end! }]
      : [];
  });
}

/**
 * A curated relationship (or a MENTIONS) with its provenance. `source` and `target` are the ids
 * of its end nodes, which the caller knows (a relationship record only has their element ids).
 */
export function relationshipView(
  rel: StoredRelationshipJson,
  source: string,
  target: string,
): RelationshipView {
  const {
    id,
    sources,
    evidence,
    evidenceArticles,
    evidenceStarts,
    evidenceEnds,
    quote,
    date,
    alleged,
    detail,
    // Where the quote sits: the article reader highlights it from the evidence spans instead.
    quoteArticles: _qa,
    quoteStarts: _qs,
    quoteEnds: _qe,
    // Statement fields: the story view shows them (statementFields below).
    dateSource: _ds,
    dateNote: _dn,
    stance: _st,
    at: _at,
    ...unmapped
  } = readStored(RELATIONSHIP_PROPERTIES, rel.properties);
  // A stored property added to the table but not mapped (or skipped) above fails here.
  const _exhaustive: Record<string, never> = unmapped;
  return {
    id: id ?? rel.elementId,
    type: rel.type as RelationshipType,
    source,
    target,
    sources: sources ?? [],
    evidence: evidenceSpans(evidence, evidenceArticles, evidenceStarts, evidenceEnds),
    ...(quote !== undefined && { quote }),
    ...(date !== undefined && { date }),
    ...(alleged !== undefined && { alleged }),
    ...(detail !== undefined && { detail }),
  };
}

/**
 * What the story view shows of a statement's own properties (TopicStatement); the speaker,
 * venue, countries and articles come from the nodes around it. `at` is the venue's id.
 */
export function statementFields(
  rel: StoredRelationshipJson,
): Pick<
  TopicStatement,
  'relationshipId' | 'type' | 'date' | 'dateSource' | 'dateNote' | 'stance' | 'quote' | 'detail'
> & { at?: string; evidence: EvidenceSpan[] } {
  const { dateSource, dateNote, stance, at } = readStored(RELATIONSHIP_PROPERTIES, rel.properties);
  const { id, type, evidence, quote, date, detail } = relationshipView(rel, '', '');
  return {
    relationshipId: id,
    type,
    evidence,
    ...(date !== undefined && { date }),
    ...(isOneOf(DATE_SOURCES, dateSource) && { dateSource }),
    ...(dateNote !== undefined && { dateNote }),
    ...(isOneOf(STANCES, stance) && { stance }),
    ...(quote !== undefined && { quote }),
    ...(detail !== undefined && { detail }),
    ...(at !== undefined && { at }),
  };
}

const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);
