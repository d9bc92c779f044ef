/**
 * The draft-extraction engine's API, used by `npm run draft`, the eval and the server's intake
 * route (`import { draftArticle, loadDraftContext } from '@kg/scripts/draft'`).
 *
 *   const ctx = loadDraftContext('seeds');          // once: registry + curated extractions
 *   const draft = draftArticle({ text, date }, ctx); // pure and synchronous
 *   const d = await draftArticleWith({ text, date }, ctx, createLlmExtractor(settings));
 */
import { DomainError, type Draft } from '@kg/server/contracts';
import type { DraftContext } from './context';
import {
  ruleExtractor,
  type DraftExtractor,
  type DraftInput,
  type SyncDraftExtractor,
} from './extractor';
import { validateDraft } from './validate';
import { onSubmittedText } from './original';

export {
  loadDraftContext,
  createDraftContext,
  DraftContextError,
  type DraftContext,
} from './context';
export { validateDraft, type DraftProblem } from './validate';
export {
  ruleExtractor,
  annotate,
  type DraftExtractor,
  type DraftInput,
  type SyncDraftExtractor,
} from './extractor';
export { createLlmExtractor, llmSettings, LlmError, type LlmSettings } from './llm';
export { createHybridExtractor, mergeDrafts } from './hybrid';
export { toExtractionYaml } from './yaml-out';

/** The engine's own output failed its check: a bug in the extractor, not in the input. */
export class DraftValidationError extends DomainError {
  constructor(
    readonly extractor: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      'internal',
      `the ${extractor} extractor produced an invalid draft: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
    this.name = 'DraftValidationError';
  }
}

/**
 * Drafts one article. Synchronous and pure: no I/O, no network, the context is not changed.
 * Throws DraftValidationError if the extractor's output fails `validateDraft`.
 */
export function draftArticle(
  input: DraftInput,
  ctx: DraftContext,
  extractor: SyncDraftExtractor = ruleExtractor,
): Draft {
  return gate(extractor.extract(input, ctx), input, extractor.name);
}

/**
 * Drafts one article with any extractor, one behind a network included (its errors reject the
 * promise; nothing partial is returned; `signal` abandons it). The same gate as `draftArticle`.
 */
export async function draftArticleWith(
  input: DraftInput,
  ctx: DraftContext,
  extractor: DraftExtractor,
  signal?: AbortSignal,
): Promise<Draft> {
  return gate(await extractor.extract(input, ctx, signal), input, extractor.name);
}

function gate(produced: Draft, input: DraftInput, extractor: string): Draft {
  // Verbatim in the submitted text, not only in the cleaned one (see original.ts).
  const draft = onSubmittedText(produced, input.text);
  const problems = validateDraft(draft, draft.text ?? input.text);
  if (problems.length) throw new DraftValidationError(extractor, problems);
  return draft;
}
