/**
 * The intake's programmatic API, exported as `@kg/scripts/intake` for the server: add a
 * reviewed article to the seed set and the graph.
 */
export { writeArticle, IntakeError, type WrittenArticle } from './write-article';
export { saveArticle, type SaveTarget } from './save-article';
export { SeedsBusyError } from './seeds-lock';
export type { IntakeProblem } from './seed-edits';
export { SeedValidationError } from '../ingest/ingest';
export { IngestLockedError, IngestLockLostError } from '../ingest/ingest-lock';
export { DEFAULT_SEEDS_DIR } from '../ingest/validate';
export { mergeEntities, type MergeTarget, type MergeInput } from './merge-entities';
export { MergeRefused } from './merge-plan';
export { dismissPair, type Dismissal } from './dismiss-pair';
export { findDuplicates } from '../entities/duplicates';
export { duplicateInputFromSeeds } from '../entities/from-seeds';
export { preloadSeedBase } from './seed-base';
export { warmArticlePlans } from '../ingest/warm-plans';
export { filesKey } from '../ingest/file-identity';
