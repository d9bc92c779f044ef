/**
 * The ingestion pipeline's programmatic API (seeds -> validation -> Neo4j), used by the CLI,
 * by `npm start` (seedIfEmpty), by the tests and by the benchmarks.
 */
export { DEFAULT_SEEDS_DIR, loadSeeds, validateSeeds } from './validate';
export type { SeedSet, ValidationResult } from './validate';
export { ingest, formatSummary, SeedValidationError } from './ingest';
export type { IngestOptions, IngestSummary } from './ingest';
export { formatSeedError, type SeedError } from './yaml-file';
export {
  countGraph,
  relationshipId,
  type SeedGraph,
  type EntityRow,
  type ArticleRow,
  type RelationshipRow,
  type MentionRow,
  type GraphCounts,
} from './graph';
export { articleText, findSpan, findQuoteSpan, nearestMatch, countMentions } from './text';
export { WRITE_DEFAULTS, resetOwned, recoverInterruptedRuns, compensate } from './write';
export { seedIfEmpty, type SeedResult } from './seed-if-empty';
export {
  acquireIngestLock,
  withIngestLock,
  lockHolder,
  describeHolder,
  IngestLockedError,
  IngestLockLostError,
  INGEST_LOCK_DEFAULTS,
  type IngestLock,
  type LockHolder,
  type LockOptions,
} from './ingest-lock';
export { BUMP_GRAPH_VERSION, bumpGraphVersion } from './graph-version';
export { ingestArticle, formatArticleIngest } from './incremental';
export type { ArticleIngestOptions, ArticleIngestSummary } from './incremental';
