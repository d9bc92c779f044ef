/**
 * Save from the explorer: write the reviewed article into the seed set and ingest only it,
 * as one step: when ingestion fails, the seed files are put back (the graph write is one
 * transaction, so it leaves nothing either). Answers what the graph gained.
 */
import type { Driver } from 'neo4j-driver';
import type { ArticleSaved } from '@kg/server/contracts';
import { ingestArticle } from '../ingest/incremental';
import { writeArticle } from './write-article';

/**
 * How long a save waits for another ingest (a full `npm run ingest`, another save) before it
 * answers 409 naming it: long enough for a one-article ingest, short for a person waiting.
 */
export const INTAKE_LOCK_WAIT_MS = 15_000;

export interface SaveTarget {
  driver: Driver;
  database: string;
  seedsDir: string;
}

export async function saveArticle(target: SaveTarget, input: unknown): Promise<ArticleSaved> {
  const { written, after } = await writeArticle(target.seedsDir, input, {
    afterWrite: (w) =>
      ingestArticle({
        driver: target.driver,
        database: target.database,
        seedsDir: target.seedsDir,
        article: w.article,
        owner: `POST /api/articles (server pid ${process.pid})`,
        lockWaitMs: INTAKE_LOCK_WAIT_MS,
      }),
  });
  const s = after!;
  return {
    article: written.article,
    files: written.files,
    created: { entities: written.createdEntities, aliases: written.aliasesAdded },
    relationships: s.relationships,
    mentions: s.mentions,
    ingest: {
      created: s.created,
      updated: s.updated,
      unchanged: s.unchanged,
      deleted: s.deleted,
      ms: s.ms.total,
    },
  };
}
