/**
 * Adds one reviewed article to a seed set, all or nothing: the four files are staged in a
 * temporary folder inside the seeds folder, the whole seed set is validated as it will be
 * (the existing validator, reading the staged files in place of the real ones), and only then
 * are they renamed into place. Every intermediate state of the renames is a valid seed set
 * (text, registry, manifest, extraction: each step adds something nothing yet refers to), and a
 * failed rename puts back what was already replaced. `afterWrite` (ingestion, for the API) runs
 * under the same lock; when it fails, the previous files are put back too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ArticleSubmission,
  DomainError,
  formatPath,
  type ArticleSubmissionParsed,
} from '@kg/server/contracts';
import { loadSeeds, validateSeeds } from '../ingest/validate';
import { formatSeedError, type SeedError } from '../ingest/yaml-file';
import { editManifest, editRegistry, renderExtraction, type IntakeProblem } from './seed-edits';
import { withSeedsLock } from './seeds-lock';

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
}

export interface WriteOptions<T> {
  /** Runs once the files are in place, still under the seeds lock; a throw restores them. */
  afterWrite?: (written: WrittenArticle) => Promise<T>;
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
    const { written, restore } = await stageAndWrite(root, parsed.data, options.now ?? new Date());
    if (!options.afterWrite) return { written, after: undefined };
    try {
      return { written, after: await options.afterWrite(written) };
    } catch (err) {
      restore();
      throw err;
    }
  });
}

async function stageAndWrite(
  root: string,
  sub: ArticleSubmissionParsed,
  now: Date,
): Promise<{ written: WrittenArticle; restore: () => void }> {
  const id = sub.article.id;
  const textRel = `articles/${id}.txt`;
  const extractionRel = `extractions/${id}.yaml`;
  const problems: IntakeProblem[] = [];
  const manifestSrc = fs.readFileSync(path.join(root, 'articles.yaml'), 'utf8');
  const registrySrc = fs.readFileSync(path.join(root, 'entities.yaml'), 'utf8');
  const manifest = editManifest(manifestSrc, sub, `${id}.txt`, problems);
  if (!problems.length) {
    for (const rel of [textRel, extractionRel]) {
      if (fs.existsSync(path.join(root, rel))) {
        problems.push({ path: 'article.id', message: `${rel} already exists: choose another id` });
      }
    }
  }
  const registry = editRegistry(registrySrc, sub, problems);
  if (problems.length) throw new IntakeError(problems);

  const contents: [string, string][] = [
    [textRel, sub.text],
    ['entities.yaml', registry.text],
    ['articles.yaml', manifest],
    [extractionRel, renderExtraction(sub, now.toISOString().slice(0, 10))],
  ];
  const staging = path.join(root, `.intake-${crypto.randomBytes(6).toString('hex')}`);
  try {
    const staged: Record<string, string> = {};
    for (const [rel, text] of contents) {
      const abs = path.join(staging, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
      staged[rel] = abs;
    }
    const seeds = await loadSeeds(root, { staged });
    const { errors } = await validateSeeds(seeds);
    if (errors.length) throw new IntakeError(errors.map((e) => explain(e, staging, root)));
    const restore = renameAll(
      root,
      staging,
      contents.map(([rel]) => rel),
    );
    const written: WrittenArticle = {
      article: id,
      files: contents.map(([rel]) => rel),
      createdEntities: sub.entities.map((e) => e.id),
      aliasesAdded: registry.aliasesAdded,
    };
    return { written, restore };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
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

/**
 * Renames the staged files into place in order; on failure puts back what was replaced.
 * Returns the function that puts back every file (used when the step after the write fails).
 */
function renameAll(root: string, staging: string, rels: string[]): () => void {
  const before = new Map<string, string | null>();
  for (const rel of rels) {
    const abs = path.join(root, rel);
    before.set(rel, fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : null);
  }
  const putBack = (which: string[]) => {
    for (const rel of [...which].reverse()) {
      const abs = path.join(root, rel);
      const text = before.get(rel) ?? null;
      if (text === null) fs.rmSync(abs, { force: true });
      else {
        const tmp = `${abs}.restore-${process.pid}`;
        fs.writeFileSync(tmp, text);
        fs.renameSync(tmp, abs);
      }
    }
  };
  const done: string[] = [];
  try {
    for (const rel of rels) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.renameSync(path.join(staging, rel), path.join(root, rel));
      done.push(rel);
    }
  } catch (err) {
    putBack(done);
    throw err;
  }
  return () => putBack(rels);
}
