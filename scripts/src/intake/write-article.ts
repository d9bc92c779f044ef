/**
 * Adds one reviewed article to a seed set, all or nothing: the four files are staged in a
 * temporary folder inside the seeds folder, the seed set is validated as it will be (the
 * manifest and registry whole, the new extraction against them: seed-commit.ts), and only then
 * are they renamed into place. Every intermediate state of the renames is a valid seed set
 * (text, registry, manifest, extraction: each step adds something nothing yet refers to), and a
 * failed rename puts back what was already replaced. `afterWrite` (ingestion, for the API) runs
 * under the same lock; when it fails, the previous files are put back too.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ArticleSubmission,
  DomainError,
  formatPath,
  type ArticleSubmissionParsed,
} from '@kg/server/contracts';
import type { SeedGraph } from '../ingest/graph';
import { formatSeedError, type SeedError } from '../ingest/yaml-file';
import { editManifest, editRegistry, renderExtraction, type IntakeProblem } from './seed-edits';
import { commitSeedFiles } from './seed-commit';
import { withSeedsLock } from './seeds-lock';
import { isJsonListLayout } from '../ingest/json-list-layout';
import { addToBase, forgetSeedBase, rememberSeedBase, seedBase, seedTexts } from './seed-base';

/** The submission cannot be written as it is; nothing was changed (`invalid_article`). */
export class IntakeError extends DomainError {
  constructor(readonly problems: IntakeProblem[]) {
    super(
      'invalid_article',
      `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'),
      { details: problems },
    );
    this.name = 'IntakeError';
  }
}

export interface WrittenArticle {
  article: string;
  /** Seed-relative paths of the files written or changed. */
  files: string[];
  createdEntities: string[];
  aliasesAdded: number;
  /** Where the time went: reading and editing the files, validating the staged set, renaming. */
  ms: { edit: number; validate: number; rename: number };
}

export interface WriteOptions<T> {
  /**
   * Runs once the files are in place, still under the seeds lock; a throw restores them.
   * `validated` is the graph the staged seed set validated to (what the files now say).
   */
  afterWrite?: (written: WrittenArticle, validated: SeedGraph) => Promise<T>;
  /** The review date written in the extraction file's header comment. */
  now?: Date;
}

/** Validates `input` against the contract, then writes it (see the module comment). */
export async function writeArticle<T = undefined>(
  seedsDir: string,
  input: unknown,
  options: WriteOptions<T> = {},
): Promise<{ written: WrittenArticle; after: T | undefined }> {
  const parsed = ArticleSubmission.safeParse(input);
  if (!parsed.success) {
    throw new IntakeError(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const root = path.resolve(seedsDir);
  return withSeedsLock(root, async () => {
    const { written, restore, graph } = await stageAndWrite(
      root,
      parsed.data,
      options.now ?? new Date(),
    );
    if (!options.afterWrite) return { written, after: undefined };
    try {
      return { written, after: await options.afterWrite(written, graph) };
    } catch (err) {
      restore();
      // The files are as they were; the cached set describes the save that was undone.
      forgetSeedBase(root);
      throw err;
    }
  });
}

async function stageAndWrite(
  root: string,
  sub: ArticleSubmissionParsed,
  now: Date,
): Promise<{ written: WrittenArticle; restore: () => void; graph: SeedGraph }> {
  const t0 = Date.now();
  const id = sub.article.id;
  const textRel = `articles/${id}.txt`;
  const extractionRel = `extractions/${id}.yaml`;
  const problems: IntakeProblem[] = [];
  const { manifest: manifestSrc, registry: registrySrc } = seedTexts(root);
  // A big generated seed set is edited on its text and checked against the set as last
  // validated (seed-base.ts); anything else takes the general path below.
  const generated = isJsonListLayout(manifestSrc) && isJsonListLayout(registrySrc);
  const base = generated ? await seedBase(root) : undefined;
  const fast = base && addToBase(base, manifestSrc, registrySrc, sub, `${id}.txt`, problems);
  const manifest = fast ? fast.manifest : editManifest(manifestSrc, sub, `${id}.txt`, problems);
  if (!problems.length) {
    for (const rel of [textRel, extractionRel]) {
      if (fs.existsSync(path.join(root, rel))) {
        problems.push({ path: 'article.id', message: `${rel} already exists: choose another id` });
      }
    }
  }
  const registry = fast
    ? { text: fast.registry, aliasesAdded: fast.aliasesAdded }
    : editRegistry(registrySrc, sub, problems);
  if (problems.length) throw new IntakeError(problems);

  const contents: [string, string][] = [
    [textRel, sub.text],
    ['entities.yaml', registry.text],
    ['articles.yaml', manifest],
    [extractionRel, renderExtraction(sub, now.toISOString().slice(0, 10))],
  ];
  // Only the new article's extraction is validated besides the manifest and the registry
  // (both whole): the edit only adds an article, entities and aliases that no other file
  // refers to yet, so every other extraction file stays as valid as it was. Reading them all
  // would make a save cost seconds per 10k articles.
  const tEdit = Date.now();
  const { restore, ms, graph, seeds } = await commitSeedFiles(root, contents, {
    only: new Set([id]),
    refuse: (errors, staging) => new IntakeError(errors.map((e) => explain(e, staging, root))),
    ...(fast ? { seeds: fast.seeds } : {}),
    previous: { 'articles.yaml': manifestSrc, 'entities.yaml': registrySrc },
  }).catch((err: unknown) => {
    // The cached set was extended in place for this save: it no longer says what the files do.
    if (fast) forgetSeedBase(root);
    throw err;
  });
  if (fast) rememberSeedBase(root, seeds, { manifest, registry: registry.text });
  const written: WrittenArticle = {
    article: id,
    files: contents.map(([rel]) => rel),
    createdEntities: sub.entities.map((e) => e.id),
    aliasesAdded: registry.aliasesAdded,
    ms: { edit: tEdit - t0, validate: ms.validate, rename: ms.rename },
  };
  return { written, restore, graph };
}

/**
 * A validation error as the reviewer can act on it: an error in the new extraction names the
 * field of the submission (`relationships[2].quote`); any other names the seed file.
 */
function explain(e: SeedError, staging: string, root: string): IntakeProblem {
  const stagedPrefix = path.relative(process.cwd(), staging);
  const inExtraction = e.file.includes(`${path.sep}extractions${path.sep}`);
  if (e.file.startsWith(stagedPrefix) || e.file.startsWith(staging)) {
    if (inExtraction) return { path: e.path, message: e.message };
    const file = path.basename(e.file);
    return { path: '', message: formatSeedError({ ...e, file }) };
  }
  return {
    path: '',
    message: formatSeedError({ ...e, file: path.relative(root, e.file) || e.file }),
  };
}
