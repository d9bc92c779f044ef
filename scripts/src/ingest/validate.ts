/**
 * Seeds -> validated graph. `loadSeeds` reads the article manifest, the article texts and the
 * entity registry; `validateSeeds` then streams the extraction files one at a time (only the
 * rows they produce are kept, never the YAML documents), checks every cross-reference and
 * verbatim string, and returns ALL problems at once together with the graph to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ArticleManifest,
  ArticleSeed,
  EntityRegistry,
  EntitySeed,
  ExtractionFile,
  isAllowedEndpoint,
  type EntityRedirect,
  type RelationshipSeed,
} from '@kg/server/contracts';
import {
  mentionId,
  publishedId,
  relationshipId,
  type ArticleRow,
  type EntityRow,
  type MentionRow,
  type PublishedRow,
  type RelationshipRow,
  type SeedGraph,
} from './graph';
import { checkRelationship } from './statement-checks';
import {
  articleText,
  countMentions,
  describeMiss,
  findQuoteSpan,
  findSpan,
  type Span,
} from './text';
import { readArticleFile } from './article-file';
import { displayPath, readListFile, readYamlFile, YamlSource, type SeedError } from './yaml-file';

/** `<repo>/seeds`. */
export const DEFAULT_SEEDS_DIR = path.resolve(__dirname, '..', '..', '..', 'seeds');

export interface SeedSet {
  dir: string;
  articles: ArticleRow[];
  entities: EntityRow[];
  /** Absolute paths of the extraction files, sorted; read lazily by validateSeeds. */
  extractionFiles: string[];
  /** Outlet -> article, from the manifest's `publisher`. */
  published: PublishedRow[];
  /** Merged entities: old id -> the registry entity it resolves to (chains followed). */
  redirects: Map<string, string>;
  /** Pairs dismissed from the duplicates report, as `a|b` with a < b. */
  distinct: Set<string>;
  /** Problems found while loading (manifest, registry, article files). */
  errors: SeedError[];
  warnings: SeedError[];
  /**
   * What the manifest and registry checks built, kept so that a set can be extended by one
   * article without reading them again (extendSeeds).
   */
  index: SeedIndex;
}

export interface SeedIndex {
  /** Article id -> its position in the manifest. */
  articles: Map<string, number>;
  /** Entity id -> its position in the registry. */
  entities: Map<string, number>;
  /** Lower-cased name or alias -> the first entity that has it. */
  forms: Map<string, { id: string; i: number }>;
  /** The registry's `merged` list as written. */
  merged: EntityRedirect[];
}

export const emptyIndex = (): SeedIndex => ({
  articles: new Map(),
  entities: new Map(),
  forms: new Map(),
  merged: [],
});

export interface ValidationResult {
  errors: SeedError[];
  warnings: SeedError[];
  /** Complete only when `errors` is empty. */
  graph: SeedGraph;
}

const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export interface LoadOptions {
  /**
   * Read the texts and extraction files (`extractions/<id>.yaml`) of these articles only; the
   * manifest and the registry are still read and checked whole. Incremental ingestion.
   */
  only?: ReadonlySet<string>;
  /**
   * Files staged elsewhere that stand in for seed files not yet in place: seed-relative path
   * (`entities.yaml`, `articles/<file>`, `extractions/<id>.yaml`) -> absolute path. The intake
   * writer validates the seed set as it will be before it renames anything.
   */
  staged?: Readonly<Record<string, string>>;
  /**
   * Check the article files (found, confined, header date) but keep no text: rows get `text:
   * ''`. For the streaming export (stream-export.ts), which reads a text again when it needs it,
   * so that memory does not grow with the corpus.
   */
  dropTexts?: boolean;
}

/** Reads the manifest, the article texts and the entity registry of `dir`. */
export async function loadSeeds(
  dir: string = DEFAULT_SEEDS_DIR,
  options: LoadOptions = {},
): Promise<SeedSet> {
  const root = path.resolve(dir);
  const errors: SeedError[] = [];
  const warnings: SeedError[] = [];
  const staged = options.staged ?? {};
  const at = (rel: string) => staged[rel] ?? path.join(root, rel);

  // Item by item when the file is in the generator's layout (readListFile), else whole.
  const manifest = readListFile(at('articles.yaml'), ArticleManifest, 'articles', ArticleSeed);
  errors.push(...manifest.errors);
  const listed = manifest.data?.articles ?? [];
  const index = emptyIndex();
  const articles = manifest.data
    ? loadArticles(root, listed, manifest.source, manifest.items, errors, warnings, options, index)
    : [];

  const registry = readListFile(at('entities.yaml'), EntityRegistry, 'entities', EntitySeed);
  errors.push(...registry.errors);
  const entities = registry.data
    ? checkEntities(
        registry.data.entities,
        registry.source,
        registry.items,
        errors,
        warnings,
        index,
      )
    : [];
  index.merged = registry.data?.merged ?? [];
  const redirects = registry.data
    ? checkRedirects(
        registry.data.merged,
        new Set(entities.map((e) => e.id)),
        registry.source,
        errors,
      )
    : new Map<string, string>();
  const distinct = new Set(
    (registry.data?.distinct ?? []).map((d) => distinctKey(d.ids[0], d.ids[1])),
  );
  if (redirects.size) {
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const [old, to] of [...redirects].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const e = byId.get(to)!;
      e.formerIds = [...(e.formerIds ?? []), old];
    }
    // An article whose publisher was merged is published by what it was merged into.
    for (const a of articles)
      if (a.publisher) a.publisher = redirects.get(a.publisher) ?? a.publisher;
  }

  // Publishers are checked once the registry is known: each must be an Outlet in it.
  const published: PublishedRow[] = [];
  if (manifest.data && registry.data) {
    const labels = new Map(entities.map((e) => [e.id, e.label]));
    manifest.data.articles.forEach((a, k) => {
      const row = publishedRow(a, redirects, labels, manifest.source, manifest.items(k), errors);
      if (row) published.push(row);
    });
  }

  const extractionDir = path.join(root, 'extractions');
  let extractionFiles: string[] = [];
  if (options.only) {
    // By convention an article's extraction file is named after its id.
    extractionFiles = [...options.only]
      .sort()
      .map((id) => at(`extractions/${id}.yaml`))
      .filter((f) => fs.existsSync(f));
  } else {
    try {
      extractionFiles = (await fs.promises.readdir(extractionDir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => path.join(extractionDir, f));
    } catch {
      warnings.push({
        file: displayPath(extractionDir),
        path: '',
        message: 'folder not found: no relationships',
      });
    }
    for (const rel of Object.keys(staged)) {
      const inPlace = path.join(root, rel);
      if (rel.startsWith('extractions/') && !extractionFiles.includes(inPlace)) {
        extractionFiles.push(inPlace);
      }
    }
    extractionFiles = extractionFiles.map((f) => staged[path.relative(root, f)] ?? f);
    // By file name, each computed once (40,000 files at 1M relationships: a comparator that
    // takes basenames made 1.2M calls).
    extractionFiles = extractionFiles
      .map((f) => ({ f, name: path.basename(f) }))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map(({ f }) => f);
  }
  return {
    dir: root,
    articles,
    entities,
    extractionFiles,
    published,
    redirects,
    distinct,
    errors,
    warnings,
    index,
  };
}

export function loadArticles(
  root: string,
  seeds: ArticleSeed[],
  source: YamlSource,
  at: (k: number) => number,
  errors: SeedError[],
  warnings: SeedError[],
  options: LoadOptions,
  index: SeedIndex,
): ArticleRow[] {
  const firstIndex = index.articles;
  const rows: ArticleRow[] = [];
  // Each folder's real path once (readArticleFile's confinement check): not once per article.
  const realDirs = new Map<string, string | undefined>();
  const realDirOf = (dir: string) => {
    if (!realDirs.has(dir)) {
      let real: string | undefined;
      try {
        real = fs.realpathSync.native(dir);
      } catch {
        // readArticleFile reports it.
      }
      realDirs.set(dir, real);
    }
    return realDirs.get(dir);
  };
  seeds.forEach((a, k) => {
    const i = at(k);
    const seen = firstIndex.get(a.id);
    if (seen !== undefined) {
      errors.push(
        source.error(
          ['articles', i, 'id'],
          `duplicate article id "${a.id}" (first at articles[${seen}])`,
        ),
      );
      return;
    }
    firstIndex.set(a.id, i);
    if (options.only && !options.only.has(a.id)) return;
    // A staged text sits at <staging>/articles/<file>: read it there, with the same confinement.
    const stagedText = options.staged?.[path.posix.join('articles', a.file)];
    const articlesDir = stagedText
      ? stagedText.slice(0, stagedText.length - a.file.length - 1)
      : path.join(root, 'articles');
    const read = readArticleFile(articlesDir, a.file, realDirOf(articlesDir));
    if ('problem' in read) {
      errors.push(source.error(['articles', i, 'file'], read.problem));
      return;
    }
    const { text, headerDate } = articleText(read.content);
    if (headerDate && headerDate !== a.date) {
      warnings.push(
        source.error(
          ['articles', i, 'date'],
          `is ${a.date} but the file's header says ${headerDate}`,
        ),
      );
    }
    rows.push({
      id: a.id,
      title: a.title,
      date: a.date,
      dateInferred: a.dateInferred,
      dateNote: nullable(a.dateNote),
      publisher: nullable(a.publisher),
      sourceFile: path.posix.join('articles', a.file),
      originalFile: a.originalFile,
      text: options.dropTexts ? '' : text,
    });
  });
  return rows;
}

/** The PUBLISHED row of a manifest entry with a publisher, which must be an Outlet. */
export function publishedRow(
  a: ArticleSeed,
  redirects: ReadonlyMap<string, string>,
  labels: { get(id: string): string | undefined },
  source: YamlSource,
  i: number,
  errors: SeedError[],
): PublishedRow | undefined {
  if (!a.publisher) return undefined;
  const outlet = redirects.get(a.publisher) ?? a.publisher;
  const label = labels.get(outlet);
  if (label !== 'Outlet') {
    errors.push(
      source.error(
        ['articles', i, 'publisher'],
        label
          ? `"${a.publisher}" is a ${label}; a publisher is an Outlet`
          : `unknown entity "${a.publisher}" (not in entities.yaml)`,
      ),
    );
    return undefined;
  }
  return {
    id: publishedId(outlet, a.id),
    outlet,
    article: a.id,
    source: a.publisherSource ?? 'text',
    note: nullable(a.publisherNote),
  };
}

/** One article added to a seed set: what its save appends to the manifest and registry. */
export interface SeedAddition {
  /** Where the manifest and the registry will be (for the messages). */
  manifestFile: string;
  registryFile: string;
  /** The new manifest entry, as written. */
  article: unknown;
  /** New registry entries, as written (their aliases included). */
  entities: unknown[];
  /** Aliases added to entities already in the registry, in order. */
  aliases: { entity: string; alias: string }[];
  /** Staged files (seed-relative path -> absolute): the text and the extraction. */
  staged: Readonly<Record<string, string>>;
}

/**
 * `base` (manifest and registry loaded whole, no article: `loadSeeds(dir, { only: new Set()
 * })`, without errors) plus one article, checked as `loadSeeds(dir, { only: {article} })`
 * would check the files with the addition written: the same checks run on the new entries,
 * against what the base's checks built (SeedIndex). A save then costs what it adds, not the
 * size of the registry (144,000 entities at 1M relationships took seconds to read and check).
 * One difference: a form an added alias shares with a LATER registry entity is reported on the
 * alias, where a whole read would report it on the later entity (a warning either way).
 * `base` is taken over: its index (SeedIndex) is extended in place, so a caller that does not
 * keep the result must drop `base` too (seed-base.ts does).
 */
export function extendSeeds(base: SeedSet, add: SeedAddition): SeedSet {
  if (base.errors.length || base.articles.length) {
    throw new Error('extendSeeds: the base must be a manifest and registry without errors');
  }
  const errors: SeedError[] = [];
  const warnings = [...base.warnings];
  // Extended in place: copying three maps of every entity, form and article cost more than
  // the rest of a save at 1M relationships. Hence the contract above.
  const index = base.index;
  const registrySource = new YamlSource(displayPath(add.registryFile), undefined);
  const manifestSource = new YamlSource(displayPath(add.manifestFile), undefined);

  const entities = base.entities.slice();
  add.aliases.forEach(({ entity, alias }) => {
    const i = index.entities.get(entity)!;
    const row = entities[i]!;
    entities[i] = { ...row, aliases: [...row.aliases, alias] };
    const key = alias.toLowerCase();
    const owner = index.forms.get(key);
    if (owner && owner.id !== entity) {
      warnings.push(
        registrySource.error(
          ['entities', i, 'aliases', row.aliases.length],
          `"${alias}" is also a name or alias of "${owner.id}" (entities[${owner.i}])`,
        ),
      );
    } else if (!owner) index.forms.set(key, { id: entity, i });
  });
  const first = entities.length;
  const seeds: EntitySeed[] = [];
  add.entities.forEach((raw, k) => {
    const parsed = EntitySeed.safeParse(raw);
    if (parsed.success) seeds.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        errors.push(
          registrySource.error(
            ['entities', first + k, ...(issue.path as (string | number)[])],
            issue.message,
          ),
        );
      }
    }
  });
  const at = (k: number) => first + k;
  entities.push(...checkEntities(seeds, registrySource, at, errors, warnings, index));
  // Rerun whole: cheap (a set of ids), and a new id that was once merged away is an error.
  const redirects = checkRedirects(
    index.merged,
    new Set(entities.map((e) => e.id)),
    registrySource,
    errors,
  );

  const m = index.articles.size;
  const entry = ArticleSeed.safeParse(add.article);
  let articles: ArticleRow[] = [];
  const published = base.published.slice();
  if (!entry.success) {
    for (const issue of entry.error.issues) {
      errors.push(
        manifestSource.error(
          ['articles', m, ...(issue.path as (string | number)[])],
          issue.message,
        ),
      );
    }
  } else {
    const a = entry.data;
    const only = new Set([a.id]);
    articles = loadArticles(
      base.dir,
      [a],
      manifestSource,
      () => m,
      errors,
      warnings,
      { only, staged: add.staged },
      index,
    );
    for (const row of articles)
      if (row.publisher) row.publisher = redirects.get(row.publisher) ?? row.publisher;
    const labels = { get: (id: string) => entities[index.entities.get(id) ?? -1]?.label };
    const row = publishedRow(a, redirects, labels, manifestSource, m, errors);
    if (row) published.push(row);
  }
  const extraction = Object.entries(add.staged)
    .filter(([rel]) => rel.startsWith('extractions/'))
    .map(([, abs]) => abs);
  return {
    dir: base.dir,
    articles,
    entities,
    extractionFiles: extraction,
    published,
    redirects,
    distinct: base.distinct,
    errors,
    warnings,
    index,
  };
}

/**
 * Duplicate ids are errors (two nodes would merge into one). A name or alias shared by two
 * entities is only a warning: extractions reference entities by id, so the graph stays correct;
 * the shared form just makes search list both, which can be right ("Washington" the city and
 * the government). Mention counts credit a shared form to the first entity listed.
 */
export function checkEntities(
  seeds: EntitySeed[],
  source: YamlSource,
  at: (k: number) => number,
  errors: SeedError[],
  warnings: SeedError[],
  index: SeedIndex,
): EntityRow[] {
  const firstIndex = index.entities;
  const formOwner = index.forms;
  const rows: EntityRow[] = [];
  seeds.forEach((e, k) => {
    const i = at(k);
    const seen = firstIndex.get(e.id);
    if (seen !== undefined) {
      errors.push(
        source.error(
          ['entities', i, 'id'],
          `duplicate entity id "${e.id}" (first at entities[${seen}])`,
        ),
      );
      return;
    }
    firstIndex.set(e.id, i);
    if (e.date && e.endDate && e.endDate < e.date) {
      errors.push(
        source.error(['entities', i, 'endDate'], `${e.endDate} is before date ${e.date}`),
      );
    }
    const forms = [e.name, ...e.aliases];
    forms.forEach((f, n) => {
      const key = f.toLowerCase();
      const owner = formOwner.get(key);
      const where = n === 0 ? ['entities', i, 'name'] : ['entities', i, 'aliases', n - 1];
      if (owner && owner.id !== e.id) {
        warnings.push(
          source.error(
            where,
            `"${f}" is also a name or alias of "${owner.id}" (entities[${owner.i}])`,
          ),
        );
      } else if (!owner) formOwner.set(key, { id: e.id, i });
    });
    rows.push({
      id: e.id,
      label: e.label,
      name: e.name,
      aliases: e.aliases,
      description: e.description,
      role: nullable(e.role),
      date: nullable(e.date),
      endDate: nullable(e.endDate),
      dateSource: nullable(e.dateSource ?? (e.date ? 'text' : undefined)),
      dateNote: nullable(e.dateNote),
      alleged: nullable(e.alleged),
      // Filled from the registry's `merged:` list once every entity is known (loadSeeds).
      formerIds: null,
    });
  });
  return rows;
}

/** The key of an unordered pair of entity ids (the duplicates report's dismissals). */
export function distinctKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The registry's `merged` list as old id -> the entity it ends at. A redirect may point at
 * another redirect (a merged entity merged again); it must end at a registry entity, without a
 * cycle, and an old id must not also be an entity's id.
 */
export function checkRedirects(
  merged: EntityRedirect[],
  ids: ReadonlySet<string>,
  source: YamlSource,
  errors: SeedError[],
): Map<string, string> {
  const next = new Map<string, { into: string; i: number }>();
  merged.forEach((m, i) => {
    if (ids.has(m.id)) {
      errors.push(
        source.error(
          ['merged', i, 'id'],
          `"${m.id}" is still an entity in the registry; a merged id must not be one`,
        ),
      );
    } else if (next.has(m.id)) {
      errors.push(
        source.error(
          ['merged', i, 'id'],
          `"${m.id}" is merged twice (first at merged[${next.get(m.id)!.i}])`,
        ),
      );
    } else next.set(m.id, { into: m.into, i });
  });
  const out = new Map<string, string>();
  for (const [old, { i }] of next) {
    let at = old;
    const seen = new Set<string>();
    while (next.has(at) && !seen.has(at)) {
      seen.add(at);
      at = next.get(at)!.into;
    }
    if (seen.has(at)) {
      errors.push(source.error(['merged', i, 'into'], `merging "${old}" goes round in a circle`));
    } else if (!ids.has(at)) {
      errors.push(
        source.error(['merged', i, 'into'], `unknown entity "${at}" (not in entities.yaml)`),
      );
    } else out.set(old, at);
  }
  return out;
}

/** One evidence span of one relationship statement, before merging across articles. */
export interface Statement {
  article: string;
  /** The seed without its evidence strings: they are in `evidence`, located. */
  seed: Omit<RelationshipSeed, 'evidence'>;
  evidence: (Span & { text: string })[];
  quote?: Span;
}

/** What one extraction file contributes once it is valid. */
export interface ExtractionContribution {
  /** The article the file is about. */
  article: string;
  /** Its statements, in file order (merged into relationships by mergeStatement). */
  statements: Statement[];
  /** Entities the article names: the file's `mentions` and every relationship endpoint. */
  names: Set<string>;
}

/** What the checks of an extraction file read of an entity. */
export type EntityRef = Pick<EntityRow, 'id' | 'label'>;
/** What the checks of an extraction file read of an article (its text comes from `textOf`). */
export type ArticleRef = Pick<ArticleRow, 'id' | 'date' | 'sourceFile'>;

/**
 * What checking an extraction file needs from the rest of the seeds: ids, labels and dates only,
 * so that a thread without the registry's rows can check files too (stream-export.ts).
 */
export interface ExtractionContext {
  entities: ReadonlyMap<string, EntityRef>;
  articles: ReadonlyMap<string, ArticleRef>;
  redirects: ReadonlyMap<string, string>;
  /** The article's text (offsets point into it). */
  textOf: (article: ArticleRef) => string;
}

/**
 * Checks one extraction file against the loaded seeds. Its problems go to `errors`; a file
 * with problems contributes nothing (undefined).
 */
export function checkExtractionFile(
  abs: string,
  ctx: ExtractionContext,
  errors: SeedError[],
): ExtractionContribution | undefined {
  const { entities, articles } = ctx;
  // A merged entity's old id resolves to the entity it was merged into.
  const resolve = (id: string) => ctx.redirects.get(id) ?? id;
  const read = readYamlFile(abs, ExtractionFile, { itemsKey: 'relationships' });
  errors.push(...read.errors);
  if (!read.data) return undefined;
  const x = read.data;
  const src = read.source;
  const fileErrors: SeedError[] = [];
  const markers = draftMarkers(x);
  if (markers.length > 0) {
    errors.push(
      src.error(
        [],
        `is an unreviewed draft (${markers.join(', ')}): review it, move proposedEntities into entities.yaml and delete the draft markers before ingesting`,
      ),
    );
    return undefined;
  }
  const article = articles.get(x.article);
  if (!article) {
    fileErrors.push(
      src.error(['article'], `unknown article "${x.article}" (not in articles.yaml)`),
    );
  }
  const text = article ? ctx.textOf(article) : '';
  const entityRef = (p: (string | number)[], id: string) => {
    const e = entities.get(resolve(id));
    if (!e) fileErrors.push(src.error(p, `unknown entity "${id}" (not in entities.yaml)`));
    return e;
  };
  const names = new Set<string>();
  x.mentions.forEach((id, i) => {
    const e = entityRef(['mentions', i], id);
    if (e) names.add(e.id);
  });
  const statements: Statement[] = [];
  x.relationships.forEach((seed, k) => {
    const at = (...p: (string | number)[]) => ['relationships', read.items(k), ...p];
    const r: RelationshipSeed = {
      ...seed,
      from: resolve(seed.from),
      to: resolve(seed.to),
      ...(seed.at !== undefined ? { at: resolve(seed.at) } : {}),
    };
    const from = entityRef(at('from'), r.from);
    const to = entityRef(at('to'), r.to);
    if (from && r.from === r.to && (seed.from !== r.from || seed.to !== r.to)) {
      fileErrors.push(
        src.error(
          at('to'),
          `"${seed.from}" and "${seed.to}" are now one entity ("${r.from}", merged): a ${r.type} from it to itself says nothing; change or remove this relationship`,
        ),
      );
    }
    if (from && to && !isAllowedEndpoint(r.type, from.label, to.label)) {
      fileErrors.push(
        src.error(
          at('type'),
          `${r.type} cannot connect ${from.label} "${from.id}" to ${to.label} "${to.id}"`,
        ),
      );
    }
    for (const p of checkRelationship(r, article?.date, (id) => entities.get(id)?.label)) {
      fileErrors.push(src.error(at(...p.path), p.message));
    }
    if (r.at !== undefined) entityRef(at('at'), r.at);
    if (!article) return;
    const list = typeof r.evidence === 'string' ? [r.evidence] : r.evidence;
    const evidence: Statement['evidence'] = [];
    list.forEach((ev, k) => {
      const span = findSpan(text, ev);
      const p = typeof r.evidence === 'string' ? at('evidence') : at('evidence', k);
      // A slice of the article shares its memory; the parsed YAML string can then be freed.
      if (span) evidence.push({ ...span, text: text.slice(span.start, span.end) });
      else
        fileErrors.push(
          src.error(p, `not found verbatim in article "${article.id}"; ${describeMiss(text, ev)}`),
        );
    });
    let quote: Span | undefined;
    if (r.quote !== undefined) {
      quote = findQuoteSpan(text, r.quote, evidence);
      if (!quote)
        fileErrors.push(
          src.error(
            at('quote'),
            `not found verbatim in article "${article.id}"; ${describeMiss(text, r.quote)}`,
          ),
        );
    }
    if (from) names.add(from.id);
    if (to) names.add(to.id);
    const { evidence: _strings, ...rest } = r;
    statements.push({ article: article.id, seed: rest, evidence, ...(quote ? { quote } : {}) });
  });
  if (fileErrors.length > 0 || read.errors.length > 0) {
    errors.push(...fileErrors);
    return undefined;
  }
  return { article: x.article, statements, names };
}

/** What counting mentions reads of an entity. */
export type MentionForms = Pick<EntityRow, 'name' | 'aliases'>;

/**
 * The MENTIONS rows of one article: how often its text names each entity in `ids` (sorted, so
 * that a form two entities share counts for the same one whatever order the files came in).
 */
export function articleMentions(
  article: string,
  text: string,
  ids: Iterable<string>,
  entities: ReadonlyMap<string, MentionForms>,
): MentionRow[] {
  const forms = new Map(
    [...ids].sort().map((id) => {
      const e = entities.get(id)!;
      return [id, [e.name, ...e.aliases]] as const;
    }),
  );
  const rows: MentionRow[] = [];
  for (const [entity, count] of countMentions(text, forms)) {
    rows.push({ id: mentionId(article, entity), article, entity, count });
  }
  return rows;
}

/**
 * Validates every extraction file against the loaded seeds and builds the graph. Extraction
 * files are read one at a time; a file with problems contributes errors and no rows.
 */
export async function validateSeeds(seeds: SeedSet): Promise<ValidationResult> {
  const errors = [...seeds.errors];
  const warnings = [...seeds.warnings];
  const entities = new Map(seeds.entities.map((e) => [e.id, e]));
  const articles = new Map(seeds.articles.map((a) => [a.id, a]));
  const ctx: ExtractionContext = {
    entities,
    articles,
    redirects: seeds.redirects,
    textOf: (a) => articles.get(a.id)!.text,
  };
  const relationships = new Map<string, RelationshipRow>();
  const mentioned = new Map<string, Set<string>>();

  for (const abs of seeds.extractionFiles) {
    const found = checkExtractionFile(abs, ctx, errors);
    if (!found) continue;
    for (const s of found.statements) mergeStatement(relationships, s);
    const set = mentioned.get(found.article) ?? new Set<string>();
    for (const id of found.names) set.add(id);
    mentioned.set(found.article, set);
  }

  const mentions: MentionRow[] = [];
  for (const a of seeds.articles) {
    const ids = mentioned.get(a.id);
    if (ids) mentions.push(...articleMentions(a.id, a.text, ids, entities));
  }
  const rels = [...relationships.values()].map(finishRelationship);
  return {
    errors,
    warnings,
    graph: {
      entities: seeds.entities,
      articles: seeds.articles,
      relationships: rels,
      mentions,
      published: seeds.published,
    },
  };
}

/** Where an extraction file still carries the draft engine's markers. */
function draftMarkers(x: ExtractionFile): string[] {
  const out: string[] = [];
  if (x.draft) out.push('draft');
  if (x.proposedEntities) out.push('proposedEntities');
  const marked = x.relationships.filter((r) => r.draft).length;
  if (marked) out.push(`${marked} relationship${marked > 1 ? 's' : ''} with a draft marker`);
  return out;
}

/** The id of the relationship a statement states (relationshipId of its seed). */
export function statementId(s: Statement): string {
  const r = s.seed;
  return relationshipId(r.type, r.from, r.to, r.quote, r.key);
}

/**
 * Adds one statement to the relationship it states, creating it on first sight. `id`: the
 * statement's id when the caller has it already (statementId).
 */
export function mergeStatement(
  all: Map<string, RelationshipRow>,
  s: Statement,
  id = statementId(s),
): void {
  let row = all.get(id);
  if (!row) {
    row = newRelationship(s, id);
    all.set(id, row);
  }
  addStatement(row, s);
}

/**
 * The relationship a single statement makes: what mergeStatement gives for a relationship that
 * no other statement states, without a map.
 */
export function singleRelationship(s: Statement, id = statementId(s)): RelationshipRow {
  const row = newRelationship(s, id);
  addStatement(row, s);
  return row;
}

/** A relationship before any statement is added, from the first one's seed. */
function newRelationship(s: Statement, id: string): RelationshipRow {
  const r = s.seed;
  return {
    id,
    type: r.type,
    from: r.from,
    to: r.to,
    sources: [],
    evidence: [],
    evidenceArticles: [],
    evidenceStarts: [],
    evidenceEnds: [],
    quote: nullable(r.quote),
    quoteArticles: [],
    quoteStarts: [],
    quoteEnds: [],
    date: null,
    dateSource: null,
    dateNote: null,
    stance: nullable(r.stance),
    at: nullable(r.at),
    alleged: null,
    detail: null,
  };
}

/** Adds a statement's article, evidence, quote, date and details to its relationship. */
function addStatement(row: RelationshipRow, s: Statement): void {
  const r = s.seed;
  if (!row.sources.includes(s.article)) row.sources.push(s.article);
  for (const e of s.evidence) {
    const dup = row.evidenceArticles.some(
      (a, k) =>
        a === s.article && row.evidenceStarts[k] === e.start && row.evidenceEnds[k] === e.end,
    );
    if (dup) continue;
    row.evidence.push(e.text);
    row.evidenceArticles.push(s.article);
    row.evidenceStarts.push(e.start);
    row.evidenceEnds.push(e.end);
  }
  if (s.quote && !row.quoteArticles.includes(s.article)) {
    row.quoteArticles.push(s.article);
    row.quoteStarts.push(s.quote.start);
    row.quoteEnds.push(s.quote.end);
  }
  // Merge rules: the earliest date; alleged if any source presents it as unconfirmed (an
  // analyst should see it is contested); every distinct detail, in source order.
  if (r.date && (!row.date || r.date < row.date)) {
    row.date = r.date;
    row.dateSource = r.dateSource ?? 'text';
    row.dateNote = nullable(r.dateNote);
  }
  // An undated statement keeps the note that says why (e.g. "later"; no day given).
  if (!row.date && !row.dateNote && r.dateNote) row.dateNote = r.dateNote;
  // Stance and place: the first source that gives them (sources rarely disagree on either).
  row.stance ??= nullable(r.stance);
  row.at ??= nullable(r.at);
  if (r.alleged !== undefined) row.alleged = (row.alleged ?? false) || r.alleged;
  if (r.detail) {
    const details = row.detail ? row.detail.split('; ') : [];
    if (!details.includes(r.detail)) row.detail = [...details, r.detail].join('; ');
  }
}

/** Sorts sources and evidence (by article, then offset) so the row does not depend on file order. */
export function finishRelationship(row: RelationshipRow): RelationshipRow {
  // Most relationships rest on one sentence of one article: nothing to sort, and no copies to
  // make (a million rows' worth of short-lived arrays is garbage-collection time).
  if (row.sources.length <= 1 && row.evidence.length <= 1 && row.quoteArticles.length <= 1) {
    return row;
  }
  const ev = row.evidence.map((text, k) => ({
    text,
    article: row.evidenceArticles[k]!,
    start: row.evidenceStarts[k]!,
    end: row.evidenceEnds[k]!,
  }));
  ev.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  const q = row.quoteArticles.map((article, k) => ({
    article,
    start: row.quoteStarts[k]!,
    end: row.quoteEnds[k]!,
  }));
  q.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  return {
    ...row,
    sources: [...row.sources].sort(),
    evidence: ev.map((e) => e.text),
    evidenceArticles: ev.map((e) => e.article),
    evidenceStarts: ev.map((e) => e.start),
    evidenceEnds: ev.map((e) => e.end),
    quoteArticles: q.map((e) => e.article),
    quoteStarts: q.map((e) => e.start),
    quoteEnds: q.map((e) => e.end),
  };
}
