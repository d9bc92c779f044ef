/**
 * The seed-set writer's core, shared by every write from the explorer (an article, a merge, a
 * dismissal): the new file contents are staged in a temporary folder inside the seeds folder,
 * the seed set is validated as it will be (the ingestion validator reading the staged files in
 * place of the real ones), and only then are they renamed into place, in order; a failed
 * rename puts back what was already replaced. The caller holds the seeds lock.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadSeeds, validateSeeds, type SeedSet } from '../ingest/validate';
import type { SeedError } from '../ingest/yaml-file';
import type { SeedGraph } from '../ingest/graph';

export interface CommitOptions {
  /**
   * Validate the texts and extraction files of these articles only (the manifest and registry
   * are always checked whole). Sound when the edit cannot break the others: see the callers.
   */
  only?: ReadonlySet<string>;
  /** Turns the validation errors into the error the caller throws (nothing has changed). */
  refuse: (errors: SeedError[], staging: string) => Error;
  /** Only validate: nothing is renamed (a preview). */
  dryRun?: boolean;
  /**
   * The seed set as it will be, built without reading the staged manifest and registry
   * (seed-base.ts); given the staged paths and the staging folder. Default: loadSeeds.
   */
  seeds?: (staged: Record<string, string>, staging: string) => SeedSet;
  /** What some of the files hold now (seed-relative path -> text), when the caller has it. */
  previous?: Readonly<Record<string, string>>;
}

export interface Committed {
  /** The validated seed set as written (or as it would be, on a dry run). */
  seeds: SeedSet;
  graph: SeedGraph;
  /** Puts back every file as it was before the commit (when the step after it fails). */
  restore: () => void;
  ms: { validate: number; rename: number };
}

export async function commitSeedFiles(
  root: string,
  contents: [rel: string, text: string][],
  options: CommitOptions,
): Promise<Committed> {
  const staging = path.join(root, `.intake-${crypto.randomBytes(6).toString('hex')}`);
  try {
    const staged: Record<string, string> = {};
    for (const [rel, text] of contents) {
      const abs = path.join(staging, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
      staged[rel] = abs;
    }
    const t0 = Date.now();
    const seeds = options.seeds
      ? options.seeds(staged, staging)
      : await loadSeeds(root, {
          staged,
          ...(options.only ? { only: options.only } : {}),
        });
    const { errors, graph } = await validateSeeds(seeds);
    if (errors.length) throw options.refuse(errors, staging);
    const t1 = Date.now();
    const restore = options.dryRun
      ? () => {}
      : renameAll(
          root,
          staging,
          contents.map(([rel]) => rel),
          options.previous ?? {},
        );
    return { seeds, graph, restore, ms: { validate: t1 - t0, rename: Date.now() - t1 } };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Renames the staged files into place in order; on failure puts back what was replaced.
 * Returns the function that puts back every file (used when the step after the write fails).
 */
function renameAll(
  root: string,
  staging: string,
  rels: string[],
  previous: Readonly<Record<string, string>>,
): () => void {
  const before = new Map<string, string | null>();
  for (const rel of rels) {
    const abs = path.join(root, rel);
    const known = previous[rel];
    before.set(
      rel,
      known !== undefined ? known : fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : null,
    );
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
