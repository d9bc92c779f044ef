/**
 * The graph model: node labels, relationship types and which labels each relationship type
 * may connect. Labels and types are named once, in constants.ts (zod-free, for the explorer's
 * first screen), and made enums here; Cypher that needs a label or a type as an identifier
 * takes it from these enums, never from user input.
 */
import { z } from 'zod';
import {
  ARTICLE,
  ENTITY_LABELS,
  NODE_LABELS,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
} from './constants';

export { ARTICLE, ENTITY_LABELS, NODE_LABELS, RELATIONSHIP_RULES, RELATIONSHIP_TYPES };

export const EntityLabel = z.enum(ENTITY_LABELS);
export type EntityLabel = z.infer<typeof EntityLabel>;

/** The shared label carried by every entity node (not by Article). */
export const ENTITY = 'Entity' as const;
/**
 * Ingestion's bookkeeping nodes, never part of the analysts' graph: the run marker of a batched
 * ingest and the one-ingest-at-a-time lock (scripts/src/ingest/ingest-lock.ts). Both exist only
 * while an ingest runs (or until the next one undoes a killed run); the API's schema leaves them
 * out, with the property keys only they use.
 */
export const INGEST_RUN = 'IngestRun' as const;
export const INGEST_LOCK = 'IngestLock' as const;
/**
 * The graph's version: one node whose `graphVersion` (a random token) every committed write of
 * ingestion-owned data replaces (the ingest lock's fence, scripts/src/ingest/graph-version.ts).
 * The API keys its ETags on it. Bookkeeping too: left out of the schema and the fingerprint.
 */
export const GRAPH_VERSION = 'GraphVersion' as const;
export const INTERNAL_LABELS: readonly string[] = [INGEST_RUN, INGEST_LOCK, GRAPH_VERSION];
export const INTERNAL_PROPERTY_KEYS: readonly string[] = [
  // the lock
  'database',
  'token',
  'owner',
  'pid',
  'host',
  'heartbeat',
  // the run marker
  'status',
  'startedAt',
  'lockToken',
  // the graph version
  'graphVersion',
  'versionChangedAt',
];

export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const RelationshipType = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipType>;

/**
 * Types ingestion derives instead of reading them from extraction files: MENTIONS (from what an
 * extraction names) and PUBLISHED (from the manifest's `publisher`). Both touch an Article.
 */
export const DERIVED_RELATIONSHIP_TYPES = ['MENTIONS', 'PUBLISHED'] as const;
type Derived = (typeof DERIVED_RELATIONSHIP_TYPES)[number];

/** Types that are curated in extraction files (everything but the derived ones). */
export const CURATED_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter(
  (t): t is Exclude<RelationshipType, Derived> =>
    !(DERIVED_RELATIONSHIP_TYPES as readonly string[]).includes(t),
);
export const CuratedRelationshipType = z.enum(
  CURATED_RELATIONSHIP_TYPES as [
    Exclude<RelationshipType, Derived>,
    ...Exclude<RelationshipType, Derived>[],
  ],
);
export type CuratedRelationshipType = z.infer<typeof CuratedRelationshipType>;

/**
 * Types whose relationships carry a verbatim `quote`. A statement the article reports only in
 * its own words has none and says so with `paraphrase: true` in the extraction file.
 */
export const QUOTED_TYPES: readonly RelationshipType[] = ['SAID', 'DENIED'];

/**
 * Statements: what someone reported, said, denied, played down, criticised, warned of or
 * answered. These may carry a `stance` and an `at` (where it was said or published), and are
 * what the story view lists.
 */
export const STATEMENT_TYPES = [
  'REPORTED',
  'SAID',
  'DENIED',
  'DISMISSED',
  'CRITICIZED',
  'WARNED',
  'RESPONDED_TO',
] as const satisfies readonly CuratedRelationshipType[];
export type StatementType = (typeof STATEMENT_TYPES)[number];

/**
 * A statement's stance toward what it is about, where the text shows one (a closed list):
 * - `asserts`: states or confirms it ("Russia is providing intelligence to Iran").
 * - `denies`: says it is not so ("they are not passing intelligence information").
 * - `downplays`: grants it may be so but says it does not matter ("does not really matter",
 *   "not concerned", "have no relevance").
 * - `hedges`: neither confirms nor denies; hopes, doubts or declines ("Let's hope they are not",
 *   "We're tracking everything" while declining to confirm).
 * - `criticises`: condemns it, or someone's handling of it ("Why won't you condemn Russia?").
 */
export const STANCES = ['asserts', 'denies', 'downplays', 'hedges', 'criticises'] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

/**
 * Where a date comes from: `text` = stated or resolved from the article's own words against its
 * date ("on Friday"); `external` = from outside the text (another report of the same event),
 * always with a note saying which.
 */
export const DATE_SOURCES = ['text', 'external'] as const;
export const DateSource = z.enum(DATE_SOURCES);
export type DateSource = z.infer<typeof DateSource>;

export function isAllowedEndpoint(
  type: RelationshipType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
): boolean {
  const rule = RELATIONSHIP_RULES[type];
  return (
    (rule.from as readonly NodeLabel[]).includes(fromLabel) &&
    (rule.to as readonly NodeLabel[]).includes(toLabel)
  );
}

/** Full-text indexes the ingestion creates (scripts/src/ingest/schema.ts) and search reads. */
export const ENTITY_SEARCH_INDEX = 'entity_search';
export const ARTICLE_TEXT_INDEX = 'article_text';
export const STATEMENT_TEXT_INDEX = 'statement_text';
