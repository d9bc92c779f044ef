/**
 * Merging one entity into another, from the explorer or a script: the registry edit
 * (merge-plan.ts) is validated against every article that names either entity, written with
 * the seed-set writer (all or nothing), and the graph follows in one transaction
 * (ingest/merge-graph.ts). A dry run does everything but the two writes: the explorer's preview.
 * A refused merge (unknown id, a relationship that would join the entity to itself, a label
 * the relationships do not allow) changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ArticleManifest, type MergeResult } from '@kg/server/contracts';
import type { RelationshipRow, SeedGraph } from '../ingest/graph';
import { withIngestLock, type IngestLock } from '../ingest/ingest-lock';
import { MERGE_LOCK_WAIT_MS, sourcesOfStatementsAt, writeMerge } from '../ingest/merge-graph';
import { loadSeeds, validateSeeds } from '../ingest/validate';
import { formatSeedError, readYamlFile } from '../ingest/yaml-file';
import { MergeRefused, planMerge } from './merge-plan';
import { commitSeedFiles } from './seed-commit';
import { withSeedsLock } from './seeds-lock';

export interface MergeTarget {
  driver: Driver;
  database: string;
  seedsDir: string;
}

export interface MergeInput {
  from: string;
  into: string;
  dryRun?: boolean;
  /** How long to wait for another ingest's lock (ms). Default MERGE_LOCK_WAIT_MS. */
  lockWaitMs?: number;
  /** The day recorded with the redirect. */
  now?: Date;
}

const MAX_ITEMS = 200;

/** Article ids whose extraction file names any of `ids` (a word-bounded text search). */
export function extractionsNaming(root: string, ids: string[]): Set<string> {
  const dir = path.join(root, 'extractions');
  const out = new Set<string>();
  if (!fs.existsSync(dir)) return out;
  const patterns = ids.map((id) => new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`));
  for (const f of fs.readdirSync(dir)) {
    if (!/\.ya?ml$/.test(f)) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    if (patterns.some((p) => p.test(text))) out.add(f.replace(/\.ya?ml$/, ''));
  }
  return out;
}

const touches = (r: RelationshipRow, id: string) => r.from === id || r.to === id;

export async function mergeEntities(target: MergeTarget, input: MergeInput): Promise<MergeResult> {
  const t0 = Date.now();
  const root = path.resolve(target.seedsDir);
  const on = (input.now ?? new Date()).toISOString().slice(0, 10);
  return withSeedsLock(root, async () => {
    const registrySrc = fs.readFileSync(path.join(root, 'entities.yaml'), 'utf8');
    const plan = planMerge(registrySrc, { from: input.from, into: input.into, on });
    const from = plan.from.id;
    const into = plan.into.id;

    // Every article whose rows can change: those naming either entity (relationships,
    // mentions, mention counts with the new aliases), those it publishes, and the sources of
    // statements made "at" it.
    const naming = extractionsNaming(root, [from]);
    const affected = new Set([...naming, ...extractionsNaming(root, [into])]);
    const manifest = readYamlFile(path.join(root, 'articles.yaml'), ArticleManifest);
    const publishedByFrom = new Set(
      (manifest.data?.articles ?? []).filter((a) => a.publisher === from).map((a) => a.id),
    );
    for (const a of publishedByFrom) affected.add(a);
    for (const a of await sourcesOfStatementsAt(target.driver, target.database, from)) {
      affected.add(a);
    }

    const before = await currentGraph(root, affected);
    // A merge that writes holds the ingest lock from before the seed files change until the
    // graph has followed: no other ingest sees the registry ahead of the graph, and a busy
    // database refuses the merge before anything is written.
    if (input.dryRun) return commitAndWrite(null);
    return withIngestLock(
      target.driver,
      target.database,
      {
        owner: `entity merge of ${from} (pid ${process.pid})`,
        waitMs: input.lockWaitMs ?? MERGE_LOCK_WAIT_MS,
      },
      commitAndWrite,
    );

    async function commitAndWrite(lock: IngestLock | null): Promise<MergeResult> {
      const committed = await commitSeedFiles(root, [['entities.yaml', plan.text]], {
        only: affected,
        dryRun: input.dryRun === true,
        refuse: (errors) =>
          new MergeRefused(
            400,
            errors.map((e) => ({
              path: '',
              message: `after merging "${from}" into "${into}": ${formatSeedError({ ...e, file: path.basename(e.file) })}`,
            })),
          ),
      });
      const after = committed.graph;
      const intoRels = after.relationships.filter((r) => touches(r, into));
      const movedBefore = before?.relationships.filter((r) => touches(r, from)) ?? [];
      const intoBefore = before?.relationships.filter((r) => touches(r, into)).length ?? 0;
      const remap = (id: string) => (id === from ? into : id);
      const moved = intoRels.filter((r) =>
        movedBefore.some(
          (b) =>
            b.type === r.type &&
            remap(b.from) === r.from &&
            remap(b.to) === r.to &&
            b.quote === r.quote,
        ),
      );
      const result: MergeResult = {
        dryRun: input.dryRun === true,
        from: plan.from,
        into: plan.into,
        aliasesAdded: plan.aliasesAdded,
        filled: plan.filled,
        relationships: {
          moved: movedBefore.length,
          combined: Math.max(0, movedBefore.length + intoBefore - intoRels.length),
          items: moved.slice(0, MAX_ITEMS).map((r) => ({
            id: r.id,
            type: r.type,
            from: r.from,
            to: r.to,
          })),
        },
        articles: [...naming].sort(),
        files: ['entities.yaml'],
      };
      if (input.dryRun) return result;

      const rows: SeedGraph = {
        entities: after.entities.filter((e) => e.id === into),
        articles: after.articles.filter((a) => publishedByFrom.has(a.id)),
        relationships: after.relationships.filter((r) => touches(r, into) || r.at === into),
        mentions: after.mentions,
        published: after.published.filter((p) => p.outlet === into),
      };
      try {
        const written = await writeMerge(target.driver, target.database, from, rows, lock!);
        const sum = (k: 'created' | 'updated' | 'unchanged') =>
          written.groups.reduce((n, g) => n + g[k], 0);
        result.graph = {
          deletedNodes: written.deletedNodes,
          created: sum('created'),
          updated: sum('updated'),
          unchanged: sum('unchanged'),
          ms: Date.now() - t0,
        };
      } catch (err) {
        committed.restore();
        throw err;
      }
      return result;
    }
  });
}

/** The affected articles' graph as the seeds say now (null when the seeds do not validate). */
async function currentGraph(root: string, only: Set<string>): Promise<SeedGraph | null> {
  const { errors, graph } = await validateSeeds(await loadSeeds(root, { only }));
  return errors.length ? null : graph;
}
