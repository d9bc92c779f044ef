/**
 * `npm run ingest -- --article ID` on a big generated seed set in time proportional to the
 * article, not to the manifest and registry (29 + 10 MB of JSON at 1M relationships: 3.3 s to
 * read and check whole, on every command).
 *
 * After a whole check without errors, a small verdict file in the seeds folder
 * (`.cache/validated-seeds.json`, git-ignored) records where the two files stood: for each,
 * where its list ends and a hash of the bytes before and after that point. A later command
 * hashes the files again (~40 ms) and, when they are the validated bytes with items appended
 * to the lists (what an analyst, the generator's layout and the explorer's save add), checks
 * only those items, against ids found by scanning the lines (no JSON parse of the whole file),
 * and reads only the registry lines the article names. Anything else (an item edited, removed
 * or moved, a file not in the generator's layout, other code, an unreadable or foreign verdict)
 * is a miss: the files are read and checked whole, as before, and the verdict is written anew.
 * The verdict is never trusted on its own: the hashes decide.
 *
 * What comes back is what `loadSeeds(dir, { only })` returns for the ingestion of those
 * articles, errors included (same file, path, line and message), except that `entities` holds
 * only the entities the articles' extraction files and publishers name (all validateSeeds and
 * ingestion look up), `published` only their rows, and warnings (which ingestion ignores) are
 * not collected. test/ingest/seed-cache.test.ts compares both paths.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  ArticleSeed,
  EntityRedirect,
  EntitySeed,
  ExtractionFile,
  type EntityLabel,
} from '@kg/server/contracts';
import type { ArticleRow, EntityRow, PublishedRow } from './graph';
import { fileIdentity } from './file-identity';
import {
  firstItemLine,
  isJsonListLayout,
  itemText,
  scanList,
  type ListScan,
} from './json-list-layout';
import {
  checkEntities,
  checkRedirects,
  loadArticles,
  loadSeeds,
  publishedRow,
  type SeedIndex,
  type SeedSet,
} from './validate';
import {
  displayPath,
  issueMessage,
  readYamlFile,
  YamlSource,
  type PathKey,
  type SeedError,
} from './yaml-file';

/** The verdict file, relative to the seeds folder. */
export const SEED_CACHE_FILE = path.join('.cache', 'validated-seeds.json');

/** Bumped when the verdict's meaning changes; the code's own hash covers rule changes. */
const FORMAT_VERSION = 1;

/**
 * Where one validated file stood. `listEnd` is the byte offset of the `\n  ]` that closes its
 * list; items are appended before it, so the bytes before it (`head`) and from it (`tail`) are
 * what must be unchanged. SHA-1 finds edits, not attacks: whoever can write the seed files can
 * write this file too.
 */
const FileMark = z
  .object({
    identity: z.string(),
    listEnd: z.number().int().nonnegative(),
    head: z.string(),
    tailLength: z.number().int().nonnegative(),
    tail: z.string(),
    items: z.number().int().positive(),
  })
  .strict();
type FileMark = z.infer<typeof FileMark>;

/** This module's private file: not a contract between packages, so its schema lives here. */
const Verdict = z
  .object({
    version: z.literal(FORMAT_VERSION),
    /** Hash of the validating code (codeVersion): other rules, other verdict. */
    code: z.string(),
    /** The seeds folder it was made for (a copied folder is checked afresh). */
    root: z.string(),
    manifest: FileMark,
    registry: FileMark,
    /** The registry's `merged` and `distinct` lists as validated (small; kept whole). */
    merged: z.array(EntityRedirect),
    distinct: z.array(z.string()),
  })
  .strict();
type Verdict = z.infer<typeof Verdict>;

export interface ArticleSeeds extends SeedSet {
  /** Whether the verdict was used (false: the files were read and checked whole). */
  cached: boolean;
  /** Items appended since the verdict, checked now. */
  appended: number;
}

/** The files whose rules decide what "valid" means: their text is part of the verdict's key. */
const VALIDATING_CODE = [
  'seed-cache.ts',
  'validate.ts',
  'yaml-file.ts',
  'article-file.ts',
  'text.ts',
  'json-list-layout.ts',
  'graph.ts',
];
const CONTRACTS_DIR = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'contracts');

let codeHash: string | null | undefined;

/** Hash of the validating code, or null when it cannot be read (then nothing is cached). */
function codeVersion(): string | null {
  if (codeHash !== undefined) return codeHash;
  try {
    const h = crypto.createHash('sha1');
    const contracts = fs
      .readdirSync(CONTRACTS_DIR)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => path.join(CONTRACTS_DIR, f));
    for (const f of [...VALIDATING_CODE.map((f) => path.join(__dirname, f)), ...contracts]) {
      h.update(f).update(fs.readFileSync(f));
    }
    codeHash = h.digest('hex');
  } catch {
    codeHash = null;
  }
  return codeHash;
}

const sha1 = (b: Uint8Array) => crypto.createHash('sha1').update(b).digest('hex');

interface SeedFile {
  abs: string;
  key: 'articles' | 'entities';
  identity: string;
  bytes: Buffer;
  text: string;
  scan: ListScan;
  /** Byte offset of the list's closing `\n  ]`. */
  listEnd: number;
}

/** One seed file read, when it is in the generator's layout; undefined otherwise. */
function readSeedFile(abs: string, key: SeedFile['key']): SeedFile | undefined {
  const identity = fileIdentity(abs);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch {
    return undefined;
  }
  const text = bytes.toString('utf8');
  if (!isJsonListLayout(text)) return undefined;
  const scan = scanList(text, key);
  if (!scan) return undefined;
  // Offsets in the text are in UTF-16 units; the hashes are over bytes.
  const listEnd =
    bytes.length === text.length ? scan.end : Buffer.byteLength(text.slice(0, scan.end));
  return { abs, key, identity, bytes, text, scan, listEnd };
}

function markOf(file: SeedFile): FileMark {
  return {
    identity: file.identity,
    listEnd: file.listEnd,
    head: sha1(file.bytes.subarray(0, file.listEnd)),
    tailLength: file.bytes.length - file.listEnd,
    tail: sha1(file.bytes.subarray(file.listEnd)),
    items: file.scan.ids.length,
  };
}

/**
 * Whether `file` is the validated bytes of `mark` with zero or more items appended to its
 * list, each a line of valid JSON (a line that is not is a miss: the general path reports it
 * as its parser does).
 */
function appendedTo(mark: FileMark, file: SeedFile): boolean {
  const { bytes } = file;
  if (bytes.length < mark.listEnd + mark.tailLength) return false;
  if (file.listEnd !== bytes.length - mark.tailLength) return false;
  if (sha1(bytes.subarray(0, mark.listEnd)) !== mark.head) return false;
  if (sha1(bytes.subarray(bytes.length - mark.tailLength)) !== mark.tail) return false;
  if (file.scan.ids.length < mark.items) return false;
  for (let k = mark.items; k < file.scan.ids.length; k++) {
    try {
      const item: unknown = JSON.parse(itemText(file.text, file.scan, k));
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function readVerdict(root: string, code: string): Verdict | undefined {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(root, SEED_CACHE_FILE), 'utf8'));
    const v = Verdict.safeParse(raw);
    return v.success && v.data.code === code && v.data.root === root ? v.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole to a temporary file, then renamed: a reader never sees half of it. */
function writeVerdict(root: string, verdict: Verdict): void {
  const file = path.join(root, SEED_CACHE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify(verdict));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only seeds folder: the next command checks the files whole again.
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * The seed set `npm run ingest -- --article` needs for the articles in `only` (see the module
 * comment), from the verdict when the files allow it.
 */
export async function loadArticleSeeds(
  dir: string,
  only: ReadonlySet<string>,
): Promise<ArticleSeeds> {
  const root = path.resolve(dir);
  const whole = async (): Promise<ArticleSeeds> => ({
    ...(await loadSeeds(root, { only })),
    cached: false,
    appended: 0,
  });
  const code = codeVersion();
  if (code === null) return whole();
  const manifest = readSeedFile(path.join(root, 'articles.yaml'), 'articles');
  const registry = manifest && readSeedFile(path.join(root, 'entities.yaml'), 'entities');
  if (!manifest || !registry) return whole();

  let verdict = readVerdict(root, code);
  let cached = true;
  if (
    !verdict ||
    !appendedTo(verdict.manifest, manifest) ||
    !appendedTo(verdict.registry, registry)
  ) {
    cached = false;
    const base = await loadSeeds(root, { only: new Set() });
    // Files changed while they were checked: what was checked is not what was hashed.
    const moved =
      fileIdentity(manifest.abs) !== manifest.identity ||
      fileIdentity(registry.abs) !== registry.identity;
    if (base.errors.length || moved) return whole();
    verdict = {
      version: FORMAT_VERSION,
      code,
      root,
      manifest: markOf(manifest),
      registry: markOf(registry),
      merged: base.index.merged,
      distinct: [...base.distinct],
    };
    writeVerdict(root, verdict);
  }
  try {
    const seeds = fromVerdict(root, only, verdict, manifest, registry);
    const unchanged =
      verdict.manifest.identity === manifest.identity &&
      verdict.registry.identity === registry.identity;
    if (!seeds.baseErrors && !unchanged) {
      // The appended items passed: the next command starts from here.
      writeVerdict(root, { ...verdict, manifest: markOf(manifest), registry: markOf(registry) });
    }
    const appended =
      manifest.scan.ids.length -
      verdict.manifest.items +
      registry.scan.ids.length -
      verdict.registry.items;
    return { ...seeds.set, cached, appended };
  } catch {
    // A line the verdict vouched for did not parse: never trust it, check everything.
    return whole();
  }
}

/** The line of a path in a file of one-line items (lists other than `key` found on demand). */
function linesOf(file: SeedFile): (p: readonly PathKey[]) => number | undefined {
  const firstLines = new Map<string, number | undefined>([[file.key, file.scan.firstLine]]);
  return (p) => {
    const [key, k] = p;
    if (typeof key !== 'string' || typeof k !== 'number') return undefined;
    if (!firstLines.has(key)) firstLines.set(key, firstItemLine(file.text, key));
    const first = firstLines.get(key);
    return first === undefined ? undefined : first + k;
  };
}

function parseItems<S extends z.ZodType>(
  file: SeedFile,
  from: number,
  schema: S,
  source: YamlSource,
  errors: SeedError[],
): { items: z.output<S>[]; at: number[] } {
  const items: z.output<S>[] = [];
  const at: number[] = [];
  for (let k = from; k < file.scan.ids.length; k++) {
    const input: unknown = JSON.parse(itemText(file.text, file.scan, k));
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      items.push(parsed.data);
      at.push(k);
    } else {
      for (const issue of parsed.error.issues) {
        errors.push(
          source.error([file.key, k, ...(issue.path as PathKey[])], issueMessage(issue, input)),
        );
      }
    }
  }
  return { items, at };
}

function fromVerdict(
  root: string,
  only: ReadonlySet<string>,
  verdict: Verdict,
  manifest: SeedFile,
  registry: SeedFile,
): { set: SeedSet; baseErrors: number } {
  const errors: SeedError[] = [];
  const ignored: SeedError[] = [];
  const manifestSource = YamlSource.withLines(displayPath(manifest.abs), linesOf(manifest));
  const registrySource = YamlSource.withLines(displayPath(registry.abs), linesOf(registry));
  const firstArticles = verdict.manifest.items;
  const firstEntities = verdict.registry.items;

  // The validated items: ids unique, so a map from the scan is the index the checks built.
  const index: SeedIndex = {
    articles: new Map(),
    entities: new Map(),
    forms: new Map(),
    merged: verdict.merged,
  };
  for (let k = 0; k < firstArticles; k++) index.articles.set(manifest.scan.ids[k]!, k);
  for (let k = 0; k < firstEntities; k++) index.entities.set(registry.scan.ids[k]!, k);

  // Appended entities, checked as loadSeeds checks every entity.
  const newEntities = parseItems(registry, firstEntities, EntitySeed, registrySource, errors);
  const added = checkEntities(
    newEntities.items,
    registrySource,
    (k) => newEntities.at[k]!,
    errors,
    ignored,
    index,
  );
  const addedById = new Map(added.map((e) => [e.id, e]));
  const redirects = checkRedirects(
    verdict.merged,
    new Set(index.entities.keys()),
    registrySource,
    errors,
  );
  const formerIds = new Map<string, string[]>();
  for (const [old, to] of [...redirects].sort(([a], [b]) => (a < b ? -1 : 1)))
    formerIds.set(to, [...(formerIds.get(to) ?? []), old]);

  const rows = new Map<string, EntityRow | undefined>();
  const entityRow = (id: string): EntityRow | undefined => {
    if (rows.has(id)) return rows.get(id);
    const k = index.entities.get(id);
    let row: EntityRow | undefined;
    if (k !== undefined && k >= firstEntities) row = addedById.get(id);
    else if (k !== undefined) {
      const seed = EntitySeed.parse(JSON.parse(itemText(registry.text, registry.scan, k)));
      [row] = checkEntities([seed], registrySource, () => k, [], [], {
        articles: new Map(),
        entities: new Map(),
        forms: new Map(),
        merged: [],
      });
    }
    if (row && formerIds.has(row.id)) row = { ...row, formerIds: formerIds.get(row.id)! };
    rows.set(id, row);
    return row;
  };
  const labels = { get: (id: string): EntityLabel | undefined => entityRow(id)?.label };

  // Appended manifest entries: ids and publishers checked (texts only for `only`, below).
  const newArticles = parseItems(manifest, firstArticles, ArticleSeed, manifestSource, errors);
  loadArticles(
    root,
    newArticles.items,
    manifestSource,
    (k) => newArticles.at[k]!,
    errors,
    ignored,
    { only: new Set() },
    index,
  );
  const addedEntries = new Map<number, ArticleSeed>();
  newArticles.items.forEach((a, k) => {
    addedEntries.set(newArticles.at[k]!, a);
    publishedRow(a, redirects, labels, manifestSource, newArticles.at[k]!, errors);
  });
  const baseErrors = errors.length;

  // The articles asked for, as loadSeeds reads them: first entry of each id, manifest order.
  const positions = [...only]
    .map((id) => index.articles.get(id))
    .filter((k): k is number => k !== undefined)
    .sort((a, b) => a - b);
  const articles: ArticleRow[] = [];
  const published: PublishedRow[] = [];
  for (const k of positions) {
    const entry =
      addedEntries.get(k) ??
      ArticleSeed.parse(JSON.parse(itemText(manifest.text, manifest.scan, k)));
    const noIndex: SeedIndex = {
      articles: new Map(),
      entities: new Map(),
      forms: new Map(),
      merged: [],
    };
    for (const row of loadArticles(
      root,
      [entry],
      manifestSource,
      () => k,
      errors,
      ignored,
      { only },
      noIndex,
    )) {
      if (row.publisher) row.publisher = redirects.get(row.publisher) ?? row.publisher;
      articles.push(row);
    }
    const pub = publishedRow(entry, redirects, labels, manifestSource, k, ignored);
    if (pub) published.push(pub);
  }

  // By convention an article's extraction file is named after its id (as loadSeeds).
  const extractionFiles = [...only]
    .sort()
    .map((id) => path.join(root, 'extractions', `${id}.yaml`))
    .filter((f) => fs.existsSync(f));
  // The entities those files and the publishers name: all that validation looks up.
  const named = new Set<string>();
  for (const p of published) named.add(p.outlet);
  for (const f of extractionFiles) {
    const x = readYamlFile(f, ExtractionFile, { itemsKey: 'relationships' }).data;
    if (!x) continue;
    for (const id of x.mentions) named.add(id);
    for (const r of x.relationships) {
      named.add(r.from).add(r.to);
      if (r.at !== undefined) named.add(r.at);
    }
  }
  const entities: EntityRow[] = [];
  const seen = new Set<string>();
  for (const id of [...named].map((id) => redirects.get(id) ?? id)) {
    const row = seen.has(id) ? undefined : entityRow(id);
    seen.add(id);
    if (row) entities.push(row);
  }
  entities.sort((a, b) => index.entities.get(a.id)! - index.entities.get(b.id)!);

  return {
    baseErrors,
    set: {
      dir: root,
      articles,
      entities,
      extractionFiles,
      published,
      redirects,
      distinct: new Set(verdict.distinct),
      errors,
      warnings: [],
      index,
    },
  };
}
