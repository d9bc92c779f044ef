/**
 * Saving an article into a big generated seed set in time proportional to the article, not to
 * the registry. Two parts:
 * - the manifest and registry as validated (`loadSeeds(dir, { only: ∅ })`), kept in memory per
 *   seeds folder and keyed by the two files' size, mtime and inode, so a file changed by
 *   anyone else (a curator, a merge, `git pull`) is read again; a save that goes through here
 *   hands over its own result instead (rememberSeedBase);
 * - edits of files in the generator's JSON layout (one list item per line, as
 *   renderJsonLists writes them) made on the text: new items inserted before the list's
 *   closing bracket, an entity's line replaced when it gains an alias. Parsing and rendering a
 *   29 MB registry took 0.7–2.9 s at 1M relationships.
 * Hand-written YAML seed sets (small, with comments to keep) take the general path
 * (seed-edits.ts, the whole manifest and registry validated).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleSubmissionParsed } from '@kg/server/contracts';
import { filesKey } from '../ingest/file-identity';
import { isJsonListLayout, listBounds } from '../ingest/json-list-layout';
import { extendSeeds, loadSeeds, type SeedSet } from '../ingest/validate';
import { entityEntry, manifestEntry, type IntakeProblem } from './seed-edits';

interface Cached {
  key: string;
  seeds: SeedSet;
  /** The two files' texts, when this process wrote them (38 MB at 1M: not read again). */
  texts?: SeedTexts;
}

export interface SeedTexts {
  manifest: string;
  registry: string;
}

const cache = new Map<string, Cached>();

/** Size, mtime and inode of the manifest and the registry: a rename or rewrite changes it. */
const fileKey = (root: string): string => filesKey(root, ['articles.yaml', 'entities.yaml']);

/**
 * The folder's manifest and registry as validated, from memory when the files have not changed
 * since; undefined when they have errors (the caller then takes the general path, which reports
 * them).
 */
export async function seedBase(seedsDir: string): Promise<SeedSet | undefined> {
  const root = path.resolve(seedsDir);
  // The key is taken before reading: a file changed during the read is read again next time.
  const key = fileKey(root);
  const hit = cache.get(root);
  if (hit?.key === key) return hit.seeds;
  const seeds = await loadSeeds(root, { only: new Set() });
  if (seeds.errors.length) {
    cache.delete(root);
    return undefined;
  }
  cache.set(root, { key, seeds });
  return seeds;
}

/** After a save renamed its files into place: the set they now hold, without re-reading. */
export function rememberSeedBase(seedsDir: string, seeds: SeedSet, texts: SeedTexts): void {
  const root = path.resolve(seedsDir);
  cache.set(root, {
    key: fileKey(root),
    seeds: { ...seeds, articles: [], extractionFiles: [] },
    texts,
  });
}

/** The manifest and registry texts: from memory when this process wrote them last. */
export function seedTexts(seedsDir: string): SeedTexts {
  const root = path.resolve(seedsDir);
  const hit = cache.get(root);
  if (hit?.texts && hit.key === fileKey(root)) return hit.texts;
  return {
    manifest: fs.readFileSync(path.join(root, 'articles.yaml'), 'utf8'),
    registry: fs.readFileSync(path.join(root, 'entities.yaml'), 'utf8'),
  };
}

/** Forgets a folder's set: a save that extended it failed (extendSeeds takes its base over). */
export function forgetSeedBase(seedsDir: string): void {
  cache.delete(path.resolve(seedsDir));
}

/** Forgets every folder (tests). */
export function forgetSeedBases(): void {
  cache.clear();
}

function appendItems(src: string, key: string, items: object[]): string | undefined {
  if (!items.length) return src;
  const list = listBounds(src, key);
  if (!list) return undefined;
  const lines = items.map((x) => `,\n    ${JSON.stringify(x)}`).join('');
  return src.slice(0, list.end) + lines + src.slice(list.end);
}

/** Replaces the one-line item whose `id` comes first, or undefined when not found so. */
function editItem(
  src: string,
  key: string,
  id: string,
  edit: (item: Record<string, unknown>) => Record<string, unknown>,
): string | undefined {
  const list = listBounds(src, key);
  if (!list) return undefined;
  const head = `    {"id":${JSON.stringify(id)},`;
  let at = src.startsWith(head, list.start) ? list.start : src.indexOf(`\n${head}`, list.start) + 1;
  if (at <= 0 || at > list.end) return undefined;
  const lineEnd = src.indexOf('\n', at);
  const line = src.slice(at + 4, lineEnd);
  const comma = line.endsWith(',') ? ',' : '';
  const item = JSON.parse(comma ? line.slice(0, -1) : line) as Record<string, unknown>;
  at += 4;
  return src.slice(0, at) + JSON.stringify(edit(item)) + comma + src.slice(lineEnd);
}

export interface FastAdd {
  manifest: string;
  registry: string;
  aliasesAdded: number;
  /** The seed set as it will be, given where the text and extraction are staged. */
  seeds: (staged: Record<string, string>, stagingDir: string) => SeedSet;
}

/**
 * The manifest and registry texts with the article added, and its seed set, from `base`; or
 * undefined when the files are not in the generator's layout (the general path then runs).
 * Problems (an id taken, an alias for an unknown entity) are reported as the general path
 * reports them.
 */
export function addToBase(
  base: SeedSet,
  manifestSrc: string,
  registrySrc: string,
  sub: ArticleSubmissionParsed,
  file: string,
  problems: IntakeProblem[],
): FastAdd | undefined {
  if (!isJsonListLayout(manifestSrc) || !isJsonListLayout(registrySrc)) return undefined;
  const article = manifestEntry(sub, file);
  if (base.index.articles.has(sub.article.id)) {
    problems.push({
      path: 'article.id',
      message: `"${sub.article.id}" is already in articles.yaml: choose another id`,
    });
  }
  const created = new Map<string, Record<string, unknown>>();
  sub.entities.forEach((e, i) => {
    if (base.index.entities.has(e.id) || created.has(e.id)) {
      problems.push({
        path: `entities[${i}].id`,
        message: `"${e.id}" is already in the registry: link to it instead, or choose another id`,
      });
      return;
    }
    created.set(e.id, entityEntry(e));
  });
  const aliases: { entity: string; alias: string }[] = [];
  let aliasesAdded = 0;
  const formsOf = (name: unknown, list: unknown) =>
    [String(name), ...(Array.isArray(list) ? (list as string[]) : [])].map((f) => f.toLowerCase());
  sub.aliases.forEach((a, i) => {
    const fresh = created.get(a.entity);
    if (fresh) {
      const list = Array.isArray(fresh.aliases) ? (fresh.aliases as string[]) : [];
      if (formsOf(fresh.name, list).includes(a.alias.toLowerCase())) return;
      fresh.aliases = [...list, a.alias];
      aliasesAdded++;
      return;
    }
    const at = base.index.entities.get(a.entity);
    if (at === undefined) {
      problems.push({
        path: `aliases[${i}].entity`,
        message: `unknown entity "${a.entity}" (not in entities.yaml nor created here)`,
      });
      return;
    }
    const row = base.entities[at]!;
    const added = aliases.filter((x) => x.entity === a.entity).map((x) => x.alias);
    if (formsOf(row.name, [...row.aliases, ...added]).includes(a.alias.toLowerCase())) return;
    aliases.push({ entity: a.entity, alias: a.alias });
    aliasesAdded++;
  });
  if (problems.length) return { manifest: '', registry: '', aliasesAdded: 0, seeds: () => base };

  let registry: string | undefined = registrySrc;
  for (const entity of new Set(aliases.map((a) => a.entity))) {
    const more = aliases.filter((a) => a.entity === entity).map((a) => a.alias);
    // As the general JSON path edits it: an `aliases` key it lacked goes last.
    registry = editItem(registry, 'entities', entity, (item) => ({
      ...item,
      aliases: [...(Array.isArray(item.aliases) ? (item.aliases as string[]) : []), ...more],
    }));
    if (registry === undefined) return undefined;
  }
  registry = appendItems(registry, 'entities', [...created.values()]);
  const manifest = appendItems(manifestSrc, 'articles', [article]);
  if (registry === undefined || manifest === undefined) return undefined;
  const registryText = registry;
  return {
    manifest,
    registry: registryText,
    aliasesAdded,
    seeds: (staged, stagingDir) =>
      extendSeeds(base, {
        manifestFile: path.join(stagingDir, 'articles.yaml'),
        registryFile: path.join(stagingDir, 'entities.yaml'),
        article,
        entities: [...created.values()],
        aliases,
        staged,
      }),
  };
}

/**
 * Reads a generated seed set's manifest and registry in the background, so that the first save
 * after a server starts does not pay for it (about 4 s at 1M relationships). Hand-written YAML
 * seed sets are left alone: they take the general path.
 */
export function preloadSeedBase(seedsDir: string, log: (line: string) => void): void {
  const root = path.resolve(seedsDir);
  const head = (f: string) => {
    try {
      const fd = fs.openSync(path.join(root, f), 'r');
      try {
        const buf = Buffer.alloc(8);
        return buf.subarray(0, fs.readSync(fd, buf, 0, 8, 0)).toString('utf8');
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return '';
    }
  };
  if (!['articles.yaml', 'entities.yaml'].every((f) => head(f).startsWith('{\n  "'))) return;
  const t0 = Date.now();
  seedBase(root).then(
    (seeds) =>
      log(
        seeds
          ? `seed set read for saves: ${seeds.entities.length} entities, ${seeds.index.articles.size} articles (${Date.now() - t0} ms)`
          : 'seed set has errors: saves will report them',
      ),
    (err: unknown) =>
      log(`seed set not read ahead: ${err instanceof Error ? err.message : String(err)}`),
  );
}
