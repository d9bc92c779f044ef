/**
 * The intake API: POST /api/drafts (pasted text -> the draft extraction to review) and
 * POST /api/articles (a reviewed article -> seed files written, only that article ingested,
 * behind the write gate in http/write-guard.ts). Bodies may be larger than elsewhere since they
 * carry the article text (≤ 200 KB, checked by the contracts).
 */
import path from 'node:path';
import express from 'express';
import {
  IngestLockedError,
  IngestLockLostError,
  IntakeError,
  saveArticle,
  SeedValidationError,
  DEFAULT_SEEDS_DIR,
  preloadSeedBase,
  warmArticlePlans,
  filesKey,
} from '@kg/scripts/intake';
import type { Driver } from 'neo4j-driver';
import type { DraftContext } from '@kg/scripts/draft';
import { Draft, DraftRequest } from '../contracts/draft';
import { DomainError } from '../contracts/errors';
import { ArticleSaved, ArticleSubmission } from '../contracts/intake';
import type { AppDeps } from '../deps';
import { requireWrites } from '../http/write-guard';
import { route } from './route';
import { forgetGraphVersion } from '../http/conditional';
import { Gate } from '../http/gate';

/** Room for 200 KB of text escaped as JSON plus the extraction. */
export const INTAKE_BODY_LIMIT = '1mb';

/** The JSON parser for intake routes, mounted before the app's 100 KB default. */
export const intakeJson = express.json({ limit: INTAKE_BODY_LIMIT });

export function seedsDirOf(deps: AppDeps): string {
  return seedsDirFrom(deps.config);
}

const seedsDirFrom = (config: AppDeps['config']): string =>
  config.SEEDS_DIR ? path.resolve(config.SEEDS_DIR) : DEFAULT_SEEDS_DIR;

/**
 * Gets the first save ready while nobody waits, when this server takes saves at all: a big
 * seed set is read ahead, and Neo4j plans the queries of adding an article (EXPLAIN only).
 */
export function warmIntake(
  config: AppDeps['config'],
  driver: Driver,
  log: (line: string) => void,
): void {
  if (config.INTAKE_WRITES === 'off') return;
  preloadSeedBase(seedsDirFrom(config), log);
  const t0 = Date.now();
  warmArticlePlans(driver, config.NEO4J_DATABASE).then(
    (n) => log(`planned ${n} save queries ahead (${Date.now() - t0} ms)`),
    (err: unknown) =>
      log(`save queries not planned ahead: ${err instanceof Error ? err.message : String(err)}`),
  );
}

/**
 * The intake's own errors with their fields named as the API names them (`body.` + the path in
 * the submission, e.g. `body.relationships[1].quote`).
 */
export function intakeError(err: unknown): unknown {
  if (err instanceof IntakeError) {
    const details = err.problems.map((p) => ({
      field: p.path ? `body.${p.path}` : 'seeds',
      message: p.message,
    }));
    const first = details[0]!;
    return new DomainError('invalid_article', `Invalid ${first.field}: ${first.message}`, {
      details,
      cause: err,
    });
  }
  if (err instanceof SeedValidationError) {
    return new DomainError('invalid_seeds', err.message, {
      details: err.errors.map((e) => ({
        field: 'seeds',
        message: `${e.file}: ${e.path}: ${e.message}`,
      })),
      cause: err,
    });
  }
  // Another ingest holds the database (the seed files were put back): say who, try later.
  if (err instanceof IngestLockedError || err instanceof IngestLockLostError) {
    return new DomainError('ingest_running', `Nothing was saved: ${err.message}`, { cause: err });
  }
  return err;
}

/**
 * The draft engine is loaded on the first draft, not at start-up: its NLP libraries take seconds
 * to import on a busy machine, and a server that never drafts should not wait for them. Its
 * context (registry and curated extractions) is read on first use and again whenever the
 * registry or the extractions folder changed (a save, a merge, a dismissal: contextKey).
 */
let engine: Promise<typeof import('@kg/scripts/draft')> | undefined;
const contexts = new WeakMap<AppDeps, { key: string; ctx: DraftContext }>();

/**
 * What the draft context was read from: the registry file and the extractions folder (a save,
 * a merge and a dismissal all rename files into place, which changes one or both). A merge
 * used to leave the merged-away entity in the context until the server restarted.
 */
const contextKey = (seedsDir: string): string =>
  filesKey(seedsDir, ['entities.yaml', 'extractions']);

/**
 * The draft engine's own failures (unreadable registry, an extractor's invalid output) are
 * DomainErrors, but they are the server's fault here: answered as any unexpected failure,
 * without their text, with the error as the logged cause.
 */
async function draftError(err: unknown): Promise<unknown> {
  const e = await engine?.catch(() => undefined);
  if (e && (err instanceof e.DraftContextError || err instanceof e.DraftValidationError))
    return new DomainError('internal', 'Something went wrong on the server.', { cause: err });
  return err;
}

/**
 * The engine, the context and the extractor: the LLM behind KG_LLM_BASE_URL / KG_LLM_MODEL when
 * both are configured, else the rule engine. An LLM failure (unreachable, too slow, a bad
 * answer) is answered `extractor_unavailable` (502) with its message, which names the endpoint;
 * more than KG_LLM_CONCURRENCY LLM drafts at once, `extractor_busy` (503, Retry-After).
 */
async function draftEngine(deps: AppDeps) {
  const e = await (engine ??= import('@kg/scripts/draft'));
  const dir = seedsDirOf(deps);
  const key = contextKey(dir);
  let held = contexts.get(deps);
  if (held?.key !== key) contexts.set(deps, (held = { key, ctx: e.loadDraftContext(dir) }));
  const llm = e.llmSettings(deps.config);
  const extractor = llm ? e.createLlmExtractor(llm) : e.ruleExtractor;
  return { draftArticleWith: e.draftArticleWith, ctx: held.ctx, extractor };
}

/** What a refused LLM draft is told to wait, in seconds: a draft takes seconds to minutes. */
export const LLM_BUSY_RETRY_AFTER_S = 10;

/** The LLM drafts under way, per app: KG_LLM_CONCURRENCY at once, none waiting. */
const llmGates = new WeakMap<AppDeps, Gate>();
const llmGateOf = (deps: AppDeps): Gate => {
  let g = llmGates.get(deps);
  if (!g) llmGates.set(deps, (g = new Gate(deps.config.KG_LLM_CONCURRENCY, 0)));
  return g;
};

export const drafts = route({
  method: 'post',
  path: '/api/drafts',
  summary: 'Draft an extraction from pasted article text (entities, statements, candidates)',
  body: DraftRequest,
  response: Draft,
  errors: ['payload_too_large', 'extractor_unavailable', 'extractor_busy'],
  handle: async ({ body }, { deps, res }) => {
    // The response closing before it was sent means the client went away: stop its requests
    // to the LLM endpoint (a draft there costs the endpoint minutes of work).
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const llm = Boolean(deps.config.KG_LLM_BASE_URL && deps.config.KG_LLM_MODEL);
    const release = llm ? await llmGateOf(deps).enter() : () => undefined;
    if (!release) {
      res.setHeader('Retry-After', String(LLM_BUSY_RETRY_AFTER_S));
      const n = deps.config.KG_LLM_CONCURRENCY;
      throw new DomainError(
        'extractor_busy',
        `The LLM endpoint is busy with ${n} draft${n === 1 ? '' : 's'} from this server (KG_LLM_CONCURRENCY); try again in ${LLM_BUSY_RETRY_AFTER_S} seconds.`,
      );
    }
    try {
      const { draftArticleWith, ctx, extractor } = await draftEngine(deps);
      return await draftArticleWith(body, ctx, extractor, gone.signal);
    } catch (err) {
      if (gone.signal.aborted)
        throw new DomainError(
          'client_closed_request',
          'The client went away; the draft was abandoned.',
          {
            cause: err,
          },
        );
      throw await draftError(err);
    } finally {
      release();
    }
  },
});

export const saveArticleRoute = route({
  method: 'post',
  path: '/api/articles',
  summary: 'Save a reviewed article: seed files written atomically, only that article ingested',
  body: ArticleSubmission,
  status: 201,
  response: ArticleSaved,
  errors: [
    'invalid_article',
    'invalid_seeds',
    'unauthorized',
    'writes_disabled',
    'bad_host',
    'busy',
    'payload_too_large',
  ],
  before: (deps) => [requireWrites(deps.config)],
  handle: async ({ body }, { deps, db }) => {
    try {
      const result = await saveArticle({ ...db, seedsDir: seedsDirOf(deps) }, body);
      contexts.delete(deps);
      return result;
    } catch (err) {
      throw intakeError(err);
    } finally {
      // Saved (or maybe partly attempted): the next read asks Neo4j for the version again.
      forgetGraphVersion(deps);
    }
  },
});
