/**
 * The intake API: POST /api/drafts (pasted text -> the draft extraction to review) and
 * POST /api/articles (a reviewed article -> seed files written, only that article ingested,
 * behind the write gate in http/write-guard.ts). Bodies may be larger than elsewhere since they
 * carry the article text (≤ 200 KB, checked by the contracts).
 */
import path from 'node:path';
import express, { Router } from 'express';
import {
  IngestLockedError,
  IngestLockLostError,
  IntakeError,
  saveArticle,
  SeedsBusyError,
  SeedValidationError,
  DEFAULT_SEEDS_DIR,
} from '@kg/scripts/intake';
import type { DraftContext } from '@kg/scripts/draft';
import type { AppDeps } from '../app';
import { DraftRequest } from '../contracts/draft';
import { ArticleSubmission } from '../contracts/intake';
import { HttpError } from '../http/errors';
import { validate } from '../http/validate';
import { requireWrites } from '../http/write-guard';

/** Room for 200 KB of text escaped as JSON plus the extraction. */
export const INTAKE_BODY_LIMIT = '1mb';

/** `relationships[1].quote` -> `body.relationships.1.quote`, as the other 400s name fields. */
const field = (p: string) => (p ? `body.${p.replace(/\[(\d+)\]/g, '.$1')}` : 'seeds');

export function seedsDirOf(deps: AppDeps): string {
  return deps.config.SEEDS_DIR ? path.resolve(deps.config.SEEDS_DIR) : DEFAULT_SEEDS_DIR;
}

/** Maps the intake's own errors onto the API's error vocabulary. */
export function intakeHttpError(err: unknown): unknown {
  if (err instanceof IntakeError) {
    const details = err.problems.map((p) => ({ field: field(p.path), message: p.message }));
    const first = details[0]!;
    return new HttpError(
      400,
      'invalid_article',
      `Invalid ${first.field}: ${first.message}`,
      details,
    );
  }
  if (err instanceof SeedValidationError) {
    return new HttpError(
      400,
      'invalid_seeds',
      err.message,
      err.errors.map((e) => ({ field: 'seeds', message: `${e.file}: ${e.path}: ${e.message}` })),
    );
  }
  if (err instanceof SeedsBusyError) return new HttpError(409, 'busy', err.message);
  // Another ingest holds the database (the seed files were put back): say who, try later.
  if (err instanceof IngestLockedError || err instanceof IngestLockLostError) {
    return new HttpError(409, 'ingest_running', `Nothing was saved: ${err.message}`);
  }
  return err;
}

/**
 * The draft engine is loaded on the first draft, not at start-up: its NLP libraries take seconds
 * to import on a busy machine, and a server that never drafts should not wait for them. Its
 * context (registry and curated extractions) is read once and again after each save, which may
 * have added entities and an extraction.
 */
function draftEngine(seedsDir: string) {
  let engine: Promise<typeof import('@kg/scripts/draft')> | undefined;
  let ctx: DraftContext | undefined;
  return {
    load: async () => {
      const e = await (engine ??= import('@kg/scripts/draft'));
      ctx ??= e.loadDraftContext(seedsDir);
      return { draftArticle: e.draftArticle, ctx };
    },
    clear: () => {
      ctx = undefined;
    },
  };
}

export function intakeRouters(deps: AppDeps): { drafts: Router; articles: Router } {
  const engine = draftEngine(seedsDirOf(deps));
  const drafts = Router();
  drafts.post('/', async (req, res) => {
    const body = validate(DraftRequest, req.body, 'body');
    const { draftArticle, ctx } = await engine.load();
    res.json(draftArticle(body, ctx));
  });
  return { drafts, articles: articlesWriteRouter(deps, engine.clear) };
}

function articlesWriteRouter(deps: AppDeps, saved: () => void): Router {
  const router = Router();
  router.post('/', requireWrites(deps.config), async (req, res) => {
    const body = validate(ArticleSubmission, req.body, 'body');
    const target = {
      driver: deps.driver,
      database: deps.config.NEO4J_DATABASE,
      seedsDir: seedsDirOf(deps),
    };
    try {
      const result = await saveArticle(target, body);
      saved();
      res.status(201).json(result);
    } catch (err) {
      throw intakeHttpError(err);
    }
  });
  return router;
}

/** The JSON parser for intake routes, mounted before the app's 100 KB default. */
export const intakeJson = express.json({ limit: INTAKE_BODY_LIMIT });
