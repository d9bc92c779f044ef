/**
 * API contracts: request and response schemas of every endpoint. The server validates with
 * them, the OpenAPI document is generated from them, and the client types its calls with them.
 */
import { z } from 'zod';
import { BOUNDS, MAX_GRAPH_IDS } from './constants';

export { BOUNDS, MAX_GRAPH_IDS };
import { DateSource, EntityLabel, NodeLabel, RelationshipType, Stance } from './model';
import { IsoDate, Slug } from './seed';

export const HealthOk = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), database: z.string() }),
  counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
});
export const HealthDown = z.object({
  status: z.literal('unavailable'),
  reason: z.string(),
});
export const HealthResponse = z.union([HealthOk, HealthDown]);
export type HealthResponse = z.infer<typeof HealthResponse>;

// ---------------------------------------------------------------------------------------------
// Graph vocabulary shared by every endpoint
// ---------------------------------------------------------------------------------------------

/** An entity as a node on the canvas or a row in a list. */
export const EntitySummary = z.object({
  id: z.string(),
  label: NodeLabel,
  name: z.string(),
  role: z.string().optional(),
  description: z.string().optional(),
  date: IsoDate.optional(),
  alleged: z.boolean().optional(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** Everything known about one entity. */
export const Entity = EntitySummary.extend({
  aliases: z.array(z.string()),
  endDate: IsoDate.optional(),
  /** Number of relationships (all types, both directions). */
  degree: z.number().int(),
});
export type Entity = z.infer<typeof Entity>;

/** A verbatim span of an article that a relationship rests on. */
export const EvidenceSpan = z.object({
  articleId: z.string(),
  text: z.string(),
  /** Character offsets into the article's `text` (start inclusive, end exclusive, UTF-16). */
  start: z.number().int(),
  end: z.number().int(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

/** One relationship with its provenance. `source`/`target` are entity (or article) ids. */
export const RelationshipView = z.object({
  id: z.string(),
  type: RelationshipType,
  source: z.string(),
  target: z.string(),
  quote: z.string().optional(),
  date: IsoDate.optional(),
  alleged: z.boolean().optional(),
  detail: z.string().optional(),
  /** Article ids this relationship rests on. */
  sources: z.array(z.string()),
  evidence: z.array(EvidenceSpan),
  /**
   * Set when this answer left the evidence out (`evidence` is then empty): how many spans
   * GET /api/relationships/{id}/evidence returns. The details panel's default, so a hub's
   * answer does not carry the sentences of every relationship it lists.
   */
  evidenceCount: z.number().int().optional(),
});
export type RelationshipView = z.infer<typeof RelationshipView>;

/** A subgraph: what the canvas draws. */
export const GraphPayload = z.object({
  nodes: z.array(EntitySummary),
  edges: z.array(RelationshipView),
});
export type GraphPayload = z.infer<typeof GraphPayload>;

// ---------------------------------------------------------------------------------------------
// Requests (query strings arrive as strings; lists are comma-separated)
// ---------------------------------------------------------------------------------------------
const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
const limit = ({ max, default: fallback }: { max: number; default: number }) =>
  z.coerce.number().int().min(1).max(max).default(fallback);
/** A date range, when both ends are given, runs forwards. */
const FROM_NOT_AFTER_TO = {
  check: (q: { from?: string; to?: string }) => !(q.from && q.to && q.from > q.to),
  error: { message: 'must not be after to', path: ['from'] },
};

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  labels: csv(EntityLabel).optional(),
  limit: limit(BOUNDS.search),
  /** `true`: also search what statements quote, their evidence and article texts. */
  text: z.enum(['true', 'false']).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  entity: EntitySummary,
  score: z.number(),
  /** The name or alias that matched best. */
  matched: z.string(),
});
/** A text with the words a search matched, as [start, end) ranges (marked as text, never HTML). */
export const MarkedText = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export const StatementHit = z.object({
  relationship: RelationshipView,
  source: EntitySummary,
  target: EntitySummary,
  score: z.number(),
  /** The quote, or the evidence sentence, that matched. */
  snippet: MarkedText,
});
export const ArticleHit = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  score: z.number(),
  titleMarks: MarkedText.shape.marks,
  /** An excerpt around the first match. */
  snippet: MarkedText,
});
export const SearchResponse = z.object({
  query: z.string(),
  /** Entities by name or alias. */
  results: z.array(SearchHit),
  /** With `text=true`: statements by quote or evidence, and articles by title or text. */
  statements: z.array(StatementHit).optional(),
  articles: z.array(ArticleHit).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const EntityParams = z.object({ id: z.string().min(1).max(200) });
export const ArticleParams = z.object({ id: z.string().min(1).max(200) });

export const Direction = z.enum(['out', 'in', 'both']);
export type Direction = z.infer<typeof Direction>;

export const RelationshipGroup = z.object({
  type: RelationshipType,
  direction: z.enum(['out', 'in']),
  count: z.number().int(),
  items: z.array(z.object({ relationship: RelationshipView, other: EntitySummary })),
});
/**
 * GET /api/entities/:id?evidence=: `none` (default) lists relationships without their evidence
 * (`evidenceCount` instead; fetch it per relationship), `all` with it (the answer before issue 16).
 */
export const EntityDetailsQuery = z.object({
  evidence: z.enum(['none', 'all']).default('none'),
});
export type EntityDetailsQuery = z.infer<typeof EntityDetailsQuery>;

export const RelationshipParams = z.object({ id: z.string().min(1).max(200) });

/** GET /api/relationships/:id/evidence: one relationship's evidence spans. */
export const RelationshipEvidenceResponse = z.object({
  id: z.string(),
  type: RelationshipType,
  source: z.string(),
  target: z.string(),
  evidence: z.array(EvidenceSpan),
});
export type RelationshipEvidenceResponse = z.infer<typeof RelationshipEvidenceResponse>;

export const EntityDetailsResponse = z.object({
  entity: Entity,
  /** The id asked for, when it was merged into this entity (it redirects here). */
  redirectedFrom: z.string().optional(),
  groups: z.array(RelationshipGroup),
  /** Articles that mention the entity. */
  articles: z.array(z.object({ id: z.string(), title: z.string(), date: IsoDate })),
});
export type EntityDetailsResponse = z.infer<typeof EntityDetailsResponse>;

/** An article named by its title and date (what a source link says). */
export const ArticleRef = z.object({ id: z.string(), title: z.string(), date: z.string() });
export type ArticleRef = z.infer<typeof ArticleRef>;

/** GET /api/entities/:id/statements: `newest` (default) or `oldest` first; undated always last. */
export const EntityStatementsQuery = z.object({
  order: z.enum(['newest', 'oldest']).default('newest'),
});
export type EntityStatementsQuery = z.infer<typeof EntityStatementsQuery>;

/**
 * One statement (SAID, DENIED, REPORTED, ...) as listed by date. Relationships that say the same
 * words (or, without words, rest on the same sentence) on the same day, by the same speaker with
 * the same type, are one row: the extraction writes "X said Russia and China have no relevance"
 * as one relationship per target, and a statement two articles carry as one per article.
 */
export const StatementRow = z.object({
  /** Every relationship merged into the row, in a stable order. */
  relationshipIds: z.array(z.string()).min(1),
  type: RelationshipType,
  date: IsoDate.optional(),
  speaker: EntitySummary,
  /** What or whom it is about: every target of the merged relationships. */
  targets: z.array(EntitySummary),
  quote: z.string().optional(),
  detail: z.string().optional(),
  alleged: z.boolean().optional(),
  evidence: z.array(EvidenceSpan),
  /** The articles that carry it, oldest first, each with the relationship that rests on it. */
  articles: z.array(ArticleRef.extend({ relationshipId: z.string() })),
});
export type StatementRow = z.infer<typeof StatementRow>;

export const EntityStatementsResponse = z.object({
  entity: EntitySummary,
  order: z.enum(['newest', 'oldest']),
  /** Statements the entity made. */
  by: z.array(StatementRow),
  /** Statements others made about it. */
  about: z.array(StatementRow),
});
export type EntityStatementsResponse = z.infer<typeof EntityStatementsResponse>;

/** GET /api/articles?ids=a,b: titles and dates of articles (for source links). */
export const ArticleRefsQuery = z.object({
  ids: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().min(1).max(200)).min(1).max(100)),
});
export type ArticleRefsQuery = z.infer<typeof ArticleRefsQuery>;
export const ArticleRefsResponse = z.object({ articles: z.array(ArticleRef) });
export type ArticleRefsResponse = z.infer<typeof ArticleRefsResponse>;

export const NeighborsQuery = z.object({
  types: csv(RelationshipType).optional(),
  labels: csv(NodeLabel).optional(),
  direction: Direction.default('both'),
  limit: limit(BOUNDS.neighbors),
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor: z.string().max(500).optional(),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

export const NeighborsResponse = GraphPayload.extend({
  entity: z.string(),
  /** Totals per type and direction, before the cap: "showing 25 of 1,340". */
  counts: z.array(
    z.object({ type: RelationshipType, direction: z.enum(['out', 'in']), count: z.number().int() }),
  ),
  total: z.number().int(),
  returned: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponse>;

export const PathsQuery = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  maxHops: limit(BOUNDS.pathHops),
  types: csv(RelationshipType).optional(),
  limit: limit(BOUNDS.paths),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathsResponse = GraphPayload.extend({
  paths: z.array(
    z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number().int() }),
  ),
  /** Entities with more relationships than this (of the types searched) were not passed through. */
  hubDegree: z.number().int(),
});
export type PathsResponse = z.infer<typeof PathsResponse>;

export const GraphQuery = z
  .object({
    labels: csv(NodeLabel).optional(),
    types: csv(RelationshipType).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Centre entities; default: russia, iran, united-states. At most MAX_GRAPH_IDS. */
    ids: csv(Slug)
      .refine((ids) => ids.length <= MAX_GRAPH_IDS, `at most ${MAX_GRAPH_IDS} ids per request`)
      .optional(),
    /**
     * `true`: exactly the nodes `ids` names (entities or articles) and every relationship among
     * them, no neighbours: what a shared link restores.
     */
    among: z.enum(['true', 'false']).optional(),
    limit: limit(BOUNDS.graph),
  })
  .refine(FROM_NOT_AFTER_TO.check, FROM_NOT_AFTER_TO.error);
export type GraphQuery = z.infer<typeof GraphQuery>;
export const GraphResponse = GraphPayload.extend({ truncated: z.boolean() });
export type GraphResponse = z.infer<typeof GraphResponse>;

export const TimelineQuery = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: limit(BOUNDS.timeline),
  })
  .refine(FROM_NOT_AFTER_TO.check, FROM_NOT_AFTER_TO.error);
export type TimelineQuery = z.infer<typeof TimelineQuery>;
export const TimelineItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), date: IsoDate, entity: EntitySummary }),
  z.object({
    kind: z.literal('relationship'),
    date: IsoDate,
    relationship: RelationshipView,
    source: EntitySummary,
    target: EntitySummary,
  }),
]);
export const TimelineResponse = z.object({ items: z.array(TimelineItem) });
export type TimelineResponse = z.infer<typeof TimelineResponse>;

/** The outlet that published an article, and whether the text names it (`source`). */
export const ArticlePublisher = z.object({
  id: z.string(),
  name: z.string(),
  source: DateSource,
  note: z.string().optional(),
});
export type ArticlePublisher = z.infer<typeof ArticlePublisher>;

export const ArticleResponse = z.object({
  article: z.object({
    id: z.string(),
    title: z.string(),
    date: IsoDate,
    dateInferred: z.boolean(),
    sourceFile: z.string(),
    text: z.string(),
    /** Absent when the publisher is not known. */
    publisher: ArticlePublisher.optional(),
  }),
  /** Every evidence span in this article, with the relationship it supports. */
  spans: z.array(
    EvidenceSpan.extend({
      relationshipId: z.string(),
      type: RelationshipType,
      source: z.string(),
      target: z.string(),
      quote: z.string().optional(),
    }),
  ),
  /** Entities the article mentions. */
  entities: z.array(EntitySummary),
});
export type ArticleResponse = z.infer<typeof ArticleResponse>;

// ---------------------------------------------------------------------------------------------
// Story view: every statement about one topic, in the order it was made
// ---------------------------------------------------------------------------------------------

/** The topic the story view opens on: the claim that Russia shares intelligence with Iran. */
export const DEFAULT_TOPIC = 'russia-iran-intelligence-sharing';

export const TopicParams = z.object({ id: Slug });
export type TopicParams = z.infer<typeof TopicParams>;

/** A topic that statements are about, with how many there are. */
export const TopicSummary = z.object({ topic: EntitySummary, statements: z.number().int() });
export const TopicsResponse = z.object({ topics: z.array(TopicSummary) });
export type TopicsResponse = z.infer<typeof TopicsResponse>;

/** One statement (REPORTED, SAID, DENIED, DISMISSED, ...) about the topic. */
export const TopicStatement = z.object({
  relationshipId: z.string(),
  type: RelationshipType,
  /** The day it was made; absent when the text does not date it (never guessed). */
  date: IsoDate.optional(),
  dateSource: DateSource.optional(),
  dateNote: z.string().optional(),
  stance: Stance.optional(),
  /** The words as printed (SAID, DENIED); absent for paraphrases and characterisations. */
  quote: z.string().optional(),
  detail: z.string().optional(),
  speaker: EntitySummary,
  /** Countries the speaker belongs to or speaks for (the speaker itself when a country). */
  countries: z.array(EntitySummary),
  /** Where it was said: the interview, briefing or post, or the outlet or platform. */
  at: EntitySummary.optional(),
  /** Outlets that carried it: the speaker or place when an outlet, outlets in the event. */
  outlets: z.array(EntitySummary),
  /** The articles that report it, with their publishers. */
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: IsoDate,
      publisher: z.string().optional(),
    }),
  ),
  /** The sentences it rests on, for highlighting in the article. */
  evidence: z.array(EvidenceSpan),
});
export type TopicStatement = z.infer<typeof TopicStatement>;

export const TopicStatementsResponse = z.object({
  topic: EntitySummary,
  /** Dated statements, oldest first (same day: by speaker). */
  dated: z.array(TopicStatement),
  /** Statements the text does not date, listed apart. */
  undated: z.array(TopicStatement),
});
export type TopicStatementsResponse = z.infer<typeof TopicStatementsResponse>;

export const SchemaResponse = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(
    z.object({ type: z.string(), count: z.number().int(), meaning: z.string().optional() }),
  ),
  propertyKeys: z.array(z.string()),
  /** The first and last date of an article or event in the graph (absent when none is dated). */
  dates: z.object({ first: IsoDate, last: IsoDate }).optional(),
});
export type SchemaResponse = z.infer<typeof SchemaResponse>;

// ---------------------------------------------------------------------------------------------
// Cypher console
// ---------------------------------------------------------------------------------------------
export const CypherRequest = z
  .object({
    query: z.string().trim().min(1, 'query must not be empty').max(20_000),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type CypherRequest = z.infer<typeof CypherRequest>;

export const CypherNode = z.object({
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export type CypherNode = z.infer<typeof CypherNode>;
export const CypherRelationship = z.object({
  elementId: z.string(),
  type: z.string(),
  startElementId: z.string(),
  endElementId: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export type CypherRelationship = z.infer<typeof CypherRelationship>;
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: z.object({ nodes: z.array(CypherNode), edges: z.array(CypherRelationship) }),
  summary: z.object({
    queryType: z.string(),
    rows: z.number().int(),
    truncated: z.boolean(),
    /** Which cap stopped the answer, when one did: CYPHER_ROW_CAP or CYPHER_MAX_BYTES. */
    truncatedBy: z.enum(['rows', 'bytes']).optional(),
    elapsedMs: z.number(),
    notifications: z.array(
      z.object({ code: z.string(), title: z.string(), description: z.string() }),
    ),
  }),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

/** GET /api/openapi.json: the OpenAPI 3.1 document generated from the routing table. */
export const OpenApiDocument = z.record(z.string(), z.unknown());
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;
