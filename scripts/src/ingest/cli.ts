/**
 * `npm run ingest -- [--seeds DIR] [--dry-run] [--reset] [--force] [--batch-size N]
 *  [--initial-load] [--article ID] [--wait SECONDS]`
 *
 * A rerun on seeds the graph already holds (same files, same ingestion code, nothing written
 * since: seeds-fingerprint.ts) stops after hashing them; --force validates and compares every row.
 *
 * One ingest at a time per database (ingest-lock.ts): while another holds the lock this one
 * says whom it waits for, and after --wait seconds exits 2 naming the holder.
 *
 * Validates the seeds (all problems at once; exit 1 and nothing written when there are any),
 * then writes them to the Neo4j that NEO4J_URI names, or to a local Neo4j booted here on the
 * data folder `npm start` uses (stopped again at the end). With --initial-load, the local data
 * folder gets a new database built by Neo4j's offline importer (initial-load.ts) instead.
 */
import path from 'node:path';
import type { Config } from '@kg/server/config';
import { configOrExit, readArgs, wholeNumber } from '../command-line';
import { defaultDataDir } from '../neo4j/local-neo4j';
import { openNeo4j } from '../neo4j/from-config';
import { formatInitialLoad, initialLoad } from './initial-load';
import { formatArticleIngest, ingestArticle } from './incremental';
import { ingest, formatSummary, SeedValidationError } from './ingest';
import { INGEST_LOCK_DEFAULTS, IngestLockedError } from './ingest-lock';
import { DEFAULT_SEEDS_DIR } from './validate';
import { WRITE_DEFAULTS } from './write';

const USAGE = `usage: npm run ingest -- [options]
  --seeds DIR        seed folder (default: ${path.relative(process.cwd(), DEFAULT_SEEDS_DIR) || '.'})
  --dry-run          validate and show what would be written; write nothing
  --reset            delete Entity/Article nodes and their relationships first
  --force            validate and compare every row even when the graph already holds exactly
                     these seeds (after editing the database by hand)
  --batch-size N     rows per UNWIND batch (default ${WRITE_DEFAULTS.batchSize})
  --single-tx-rows N largest run written in one transaction (default ${WRITE_DEFAULTS.singleTransactionRows})
  --initial-load     build the local Neo4j's database with neo4j-admin import (fast first load of a
                     big corpus; Neo4j must not be running; with --reset it replaces the database)
  --article ID       ingest only this article (added or edited): writes what it adds or changes
  --wait SECONDS     while another ingest writes to the database, wait this long for it, then
                     exit 2 naming it (default ${INGEST_LOCK_DEFAULTS.waitMs / 1000}; 0: do not wait)`;

const say = (line: string) => console.log(`[ingest] ${line}`);

async function main(): Promise<number> {
  const parsed = readArgs(
    {
      options: {
        seeds: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        reset: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        'single-tx-rows': { type: 'string' },
        'initial-load': { type: 'boolean', default: false },
        article: { type: 'string' },
        wait: { type: 'string' },
      },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const args = parsed.values;
  const batchSize = wholeNumber('--batch-size', args['batch-size'], USAGE);
  const singleTransactionRows = wholeNumber('--single-tx-rows', args['single-tx-rows'], USAGE);
  const waitSeconds = wholeNumber('--wait', args.wait, USAGE, 0);
  const seedsDir = args.seeds ? path.resolve(args.seeds) : DEFAULT_SEEDS_DIR;
  const dryRun = args['dry-run'];

  const config = configOrExit();
  const base = {
    seedsDir,
    dryRun,
    reset: args.reset,
    skipUnchanged: !args.force,
    database: config.NEO4J_DATABASE,
    log: say,
    ...(waitSeconds !== undefined ? { lockWaitMs: waitSeconds * 1000 } : {}),
    ...(batchSize ? { batchSize } : {}),
    ...(singleTransactionRows ? { singleTransactionRows } : {}),
  };

  if (args['initial-load']) return runInitialLoad(config, seedsDir, args.reset, dryRun);
  const article = args.article;
  if (article !== undefined && (args.reset || dryRun)) {
    console.error(`--article goes with neither --reset nor --dry-run\n${USAGE}`);
    return 2;
  }

  const cleanup: (() => Promise<void>)[] = [];
  try {
    if (dryRun) {
      const summary = await ingest(base);
      console.log(formatSummary(summary));
      return 0;
    }
    const neo = await openNeo4j(config, say, { waitMs: 30_000 });
    cleanup.push(() => neo.close());
    const { driver } = neo;
    say(`writing to ${neo.target.uri} (database ${config.NEO4J_DATABASE})`);
    if (article !== undefined) {
      const one = await ingestArticle({
        driver,
        database: config.NEO4J_DATABASE,
        seedsDir,
        article,
        owner: `npm run ingest -- --article ${article}`,
        log: say,
        ...(waitSeconds !== undefined ? { lockWaitMs: waitSeconds * 1000 } : {}),
      });
      console.log(formatArticleIngest(one));
      return 0;
    }
    const summary = await ingest({ ...base, driver, owner: 'npm run ingest' });
    console.log(formatSummary(summary));
    return 0;
  } catch (err) {
    if (err instanceof SeedValidationError) {
      console.error(err.message);
      return 1;
    }
    if (err instanceof IngestLockedError) {
      console.error(`[ingest] nothing written: ${err.message}`);
      return 2;
    }
    console.error(`[ingest] failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    for (const step of cleanup.reverse()) await step().catch((e: unknown) => console.error(e));
  }
}

async function runInitialLoad(
  config: Config,
  seedsDir: string,
  reset: boolean,
  dryRun: boolean,
): Promise<number> {
  if (config.NEO4J_URI) {
    console.error(
      '--initial-load writes the store files of the local Neo4j; it cannot load into the Neo4j at NEO4J_URI (unset it, or load without --initial-load).',
    );
    return 2;
  }
  if (dryRun) {
    console.error(
      '--initial-load and --dry-run do not go together (a dry run writes nothing anyway).',
    );
    return 2;
  }
  try {
    const summary = await initialLoad({
      dataDir: config.NEO4J_DATA_DIR ?? defaultDataDir(),
      seedsDir,
      replace: reset,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log: say,
    });
    console.log(formatInitialLoad(summary));
    return 0;
  } catch (err) {
    if (err instanceof SeedValidationError) {
      console.error(err.message);
      return 1;
    }
    console.error(
      `[ingest] initial load failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  }
}

void main().then((code) => process.exit(code));
