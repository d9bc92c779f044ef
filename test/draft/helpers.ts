/**
 * Drafting short texts of our own against the real registry (seeds/), and reading the result
 * as (type, from, to, quote) rows that tests can look for.
 */
import path from 'node:path';
import type { Draft } from '@kg/server/contracts';
import { draftArticle, loadDraftContext, type DraftContext } from '../../scripts/src/draft/index';

export const REPO = path.resolve(__dirname, '..', '..');
export const SEEDS = path.join(REPO, 'seeds');

let ctx: DraftContext | undefined;
export function context(): DraftContext {
  ctx ??= loadDraftContext(SEEDS);
  return ctx;
}

export function draft(text: string, date = '2026-03-06'): Draft {
  return draftArticle({ text, date }, context());
}

export function rows(d: Draft): string[] {
  return d.relationships.map((r) => [r.type, r.from, r.to, r.quote ?? ''].join(' | '));
}

export function find(d: Draft, type: string, from: string, to?: string) {
  return d.relationships.filter(
    (r) => r.type === type && r.from === from && (to === undefined || r.to === to),
  );
}
