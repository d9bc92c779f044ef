/**
 * "Not a duplicate": records a pair in entities.yaml's `distinct:` list so the duplicates
 * report stops proposing it, through the seed-set writer (all or nothing, under the seeds
 * lock). Nothing in the graph depends on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatSeedError } from '../ingest/yaml-file';
import { MergeRefused, planDismissal } from './merge-plan';
import { commitSeedFiles } from './seed-commit';
import { withSeedsLock } from './seeds-lock';

export interface Dismissal {
  ids: [string, string];
  added: boolean;
  files: string[];
}

export async function dismissPair(
  seedsDir: string,
  pair: { a: string; b: string; note?: string | undefined },
  now: Date = new Date(),
): Promise<Dismissal> {
  const root = path.resolve(seedsDir);
  return withSeedsLock(root, async () => {
    const src = fs.readFileSync(path.join(root, 'entities.yaml'), 'utf8');
    const on = now.toISOString().slice(0, 10);
    const plan = planDismissal(src, {
      a: pair.a,
      b: pair.b,
      on,
      ...(pair.note ? { note: pair.note } : {}),
    });
    const ids: [string, string] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
    if (!plan.added) return { ids, added: false, files: [] };
    // The edit touches no article: the manifest and the registry are all there is to check.
    await commitSeedFiles(root, [['entities.yaml', plan.text]], {
      only: new Set(),
      refuse: (errors) =>
        new MergeRefused(
          400,
          errors.map((e) => ({
            path: '',
            message: formatSeedError({ ...e, file: path.basename(e.file) }),
          })),
        ),
    });
    return { ids, added: true, files: ['entities.yaml'] };
  });
}
