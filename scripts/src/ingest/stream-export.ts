/**
 * Seeds -> CSV files for the importer in streaming passes, so that memory does not grow with
 * the corpus (validateSeeds holds the whole graph: 3.4 GB at 1M relationships):
 *
 * 1. the manifest and the registry, checked whole as always (their rows are what every
 *    cross-check needs); article texts are checked but not kept;
 * 2. the extraction files one at a time, each checked against its article's text read again;
 *    a valid file's statements are spooled to disk, in buckets by relationship id;
 * 3. the articles in manifest order: text read again, written as a node, its mentions counted;
 * 4. each bucket: its statements merged into relationships (the same merge, in the same file
 *    order, as validateSeeds) and written.
 *
 * A big seed set uses two threads (this one and a helper, stream-export-helper-worker.ts) without a
 * second copy of the registry: the helper gets only entity ids and labels, article ids, dates
 * and files. In step 2 each checks half of the extraction files, into spool files of its own
 * (the first half's spool is merged before the second's, which keeps file order); in steps 3
 * and 4 the helper merges buckets while this thread writes the articles and mentions (which
 * need the registry's names), then both take buckets until none is left.
 *
 * Validation is as complete as validateSeeds' (the same checks, the same errors in the same
 * order); once a problem is found nothing more is written, and the caller discards the folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_LABELS } from '@kg/server/contracts';
import { readArticleFile } from './article-file';
import { CsvExport, type CsvFile } from './csv-export';
import type { GraphCounts, RelationshipRow } from './graph';
import { RELATIONSHIP_PART_TAG, RowSpool } from './graph-rows';
import { SeedValidationError } from './ingest';
import { forEachLine, LineBuffer } from './line-buffer';
import { threadCpuMs } from './script-thread';
import { ExportHelper, PACK_SEPARATOR, type CheckRequest } from './stream-export-helper';
import { articleText } from './text';
import {
  articleMentions,
  checkExtractionFile,
  emptyIndex,
  finishRelationship,
  loadSeeds,
  mergeStatement,
  singleRelationship,
  statementId,
  type ArticleRef,
  type EntityRef,
  type ExtractionContext,
  type MentionForms,
  type Statement,
} from './validate';
import { formatSeedError, type SeedError } from './yaml-file';

/** Tunables of the streaming export, with their defaults. */
export const STREAM_DEFAULTS = {
  /**
   * Extraction files per spool bucket (at least 64 buckets): the merge of step 4 holds one
   * bucket's relationships at a time on each thread, ~4 MB of spool at 1M relationships.
   */
  filesPerBucket: 500,
  /**
   * From this many extraction files a full ingest validates on the export thread (capped heap,
   * flat memory); below it, in its own thread (starting one costs a second or two).
   */
  threadFromFiles: 2000,
  /**
   * From this many extraction files the CSV export shares its work with a helper thread (a few
   * hundred ms to start from the bundle, more under tsx).
   */
  helperFromFiles: 2000,
};

/** Fewer buckets would make a mid-sized corpus's buckets, and the merge's memory, large. */
const MIN_BUCKETS = 64;

/** What the rows are written as: CSV for the importer, or JSON lines per group for the Cypher writer. */
export type ExportFormat = 'csv' | 'rows';

export interface StreamExportResult {
  files: CsvFile[];
  graph: GraphCounts;
  warnings: SeedError[];
  ms: {
    /** Manifest and registry (step 1). */
    load: number;
    /** Extraction files (step 2). */
    extractions: number;
    /** Article nodes and mentions (step 3; the helper merges relationships meanwhile). */
    articles: number;
    /** Relationships merged from the spool (step 4), from the end of step 3. */
    relationships: number;
  };
}

/**
 * Bytes a spool buffers before it writes: every bucket has one per thread (80 at 1M
 * relationships), outside the capped heap.
 */
const SPOOL_CHUNK = 32 << 10;

/** Appends lines to a file in large writes. */
class Spool {
  private readonly fd: number;
  private readonly buffer = new LineBuffer(SPOOL_CHUNK);

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  push(line: string): void {
    this.buffer.append(this.fd, line);
  }

  close(): void {
    this.buffer.flush(this.fd);
    fs.closeSync(this.fd);
  }
}

/** The spool file of one bucket written by one part of the extraction files. */
const spoolFile = (spoolDir: string, part: string, bucket: number) =>
  path.join(spoolDir, `${part}-${bucket}.jsonl`);

/** The parts of step 2, in file order: this thread checks the first, the helper the second. */
export const SPOOL_PARTS = ['a', 'b'] as const;

/**
 * A statement as spooled: its relationship's id, a tab, the statement's JSON (an id is made of
 * slugs, the type and hex digits, and JSON writes a tab as `\t`: the first tab ends the id).
 */
const spooled = (s: Statement): string => `${statementId(s)}\t${JSON.stringify(s)}`;

/** The bucket of a relationship id (the id ends in 12 hex digits of a SHA-1, see relationshipId). */
const bucketOf = (s: Statement, n: number) => {
  const key = `${s.seed.type}|${s.seed.from}|${s.seed.to}|${s.seed.quote ?? ''}|${s.seed.key ?? ''}`;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (h >>> 0) % n;
};

/** An article's text as offsets point into it, read from the seeds' articles folder. */
export function textReader(seedsDir: string): (a: ArticleRef) => string {
  const articlesDir = path.join(seedsDir, 'articles');
  let realDir: string | undefined;
  return (a) => {
    try {
      realDir ??= fs.realpathSync.native(articlesDir);
    } catch {
      // readArticleFile says what is missing.
    }
    const rel = path.posix.relative('articles', a.sourceFile);
    const read = readArticleFile(articlesDir, rel, realDir);
    // The file was read and checked in step 1: a problem now means it changed meanwhile.
    if ('problem' in read) throw new Error(`${read.problem} (it changed during the ingest)`);
    return articleText(read.content).text;
  };
}

/**
 * Step 2 for a run of extraction files: checks each (problems go to `errors`) and, while there
 * are none, spools its statements into `spoolDir` as part `part`. Returns the entities each
 * article names (ids as the registry's strings; an array costs a fraction of a Set).
 */
export function checkExtractionPart(
  files: readonly string[],
  ctx: ExtractionContext,
  errors: SeedError[],
  spoolDir: string,
  part: string,
  buckets: number,
): Map<string, string[]> {
  const spools = Array.from({ length: buckets }, (_, i) => new Spool(spoolFile(spoolDir, part, i)));
  // Extraction files are sorted by name, which is by convention their article's id: one text
  // read per file, kept while the next file is about the same article.
  let cached: { id: string; text: string } | undefined;
  const cachingCtx: ExtractionContext = {
    ...ctx,
    textOf: (a) => {
      if (cached?.id !== a.id) cached = { id: a.id, text: ctx.textOf(a) };
      return cached.text;
    },
  };
  const mentioned = new Map<string, string[]>();
  try {
    for (const abs of files) {
      const found = checkExtractionFile(abs, cachingCtx, errors);
      if (!found || errors.length > 0) continue;
      for (const s of found.statements) spools[bucketOf(s, buckets)]!.push(spooled(s));
      const seen = mentioned.get(found.article);
      if (seen) for (const id of seen) found.names.add(id);
      mentioned.set(found.article, [...found.names]);
    }
  } finally {
    for (const s of spools) s.close();
  }
  return mentioned;
}

/** Where step 4 writes: CSV files, or the Cypher writer's rows. */
export type RelationshipSink = Pick<CsvExport, 'relationship'>;

/**
 * Step 4 for the buckets `take` hands out (undefined: none left): each bucket's spool files,
 * part by part, merged into relationships and written to `out`. Counts the written rows by type
 * into `counts`. A first pass counts the statements of each relationship id; a relationship
 * that one statement states (most) is written as soon as it is read, and only the others are
 * held until the bucket ends: a whole bucket's relationships held at once were copied by the
 * collector's scavenges and promoted (docs/benchmarks.md §1, 2026-12-04 night). The rows are
 * mergeStatement's; single ones come first in the files, then the merged ones.
 */
export function mergeBuckets(
  spoolDir: string,
  take: () => number | undefined,
  out: RelationshipSink,
  counts: Record<string, number>,
): void {
  const write = (r: RelationshipRow) => {
    out.relationship(r);
    counts[r.type] = (counts[r.type] ?? 0) + 1;
  };
  for (let bucket = take(); bucket !== undefined; bucket = take()) {
    const parts: Buffer[] = [];
    for (const part of SPOOL_PARTS) {
      const file = spoolFile(spoolDir, part, bucket);
      if (!fs.existsSync(file)) continue;
      parts.push(fs.readFileSync(file));
      fs.rmSync(file);
    }
    // A line is the relationship id, a tab and the statement (see spooled).
    const statements = new Map<string, number>();
    for (const buf of parts) {
      forEachLine(buf, (start) => {
        const id = buf.toString('utf8', start, buf.indexOf(9, start));
        statements.set(id, (statements.get(id) ?? 0) + 1);
      });
    }
    const merged = new Map<string, RelationshipRow>();
    for (const buf of parts) {
      forEachLine(buf, (start, end) => {
        const tab = buf.indexOf(9, start);
        const id = buf.toString('utf8', start, tab);
        const s = JSON.parse(buf.toString('utf8', tab + 1, end)) as Statement;
        if (statements.get(id) === 1) write(finishRelationship(singleRelationship(s, id)));
        else mergeStatement(merged, s, id);
      });
    }
    for (const row of merged.values()) write(finishRelationship(row));
  }
}

/** Hands out bucket numbers 0 .. n-1 to whichever thread asks first (an atomic counter). */
export function bucketCounter(shared: SharedArrayBuffer, n: number): () => number | undefined {
  const next = new Int32Array(shared);
  return () => {
    const i = Atomics.add(next, 0, 1);
    return i < n ? i : undefined;
  };
}

/**
 * Validates the seeds in `seedsDir` and writes them into `dir` (created): as CSV files
 * (`dir/csv`), or with `format: 'rows'` as the Cypher writer's spool (`dir/rows`). Throws a
 * SeedValidationError listing every problem when there is any; `dir` then holds partial files
 * the caller removes. `helper` forces the helper thread on or off (default: for CSV from
 * STREAM_DEFAULTS.helperFromFiles extraction files).
 */
export async function validateAndExport(
  seedsDir: string,
  dir: string,
  log: (line: string) => void = () => {},
  options: { filesPerBucket?: number; format?: ExportFormat; helper?: boolean } = {},
): Promise<StreamExportResult> {
  const t0 = Date.now();
  const cpu0 = threadCpuMs();
  let files = 0;
  try {
    files = fs.readdirSync(path.join(seedsDir, 'extractions')).length;
  } catch {
    // No extraction folder: loadSeeds says so.
  }
  // Not by default for the Cypher writer: its time goes into transactions, not here, and its
  // process holds the writer's batches beside the export (peak memory, issue 16).
  const useHelper =
    options.helper ?? (options.format !== 'rows' && files >= STREAM_DEFAULTS.helperFromFiles);
  const threads: { helper?: ExportHelper } = {};
  try {
    return await exportWith(useHelper, threads, seedsDir, dir, log, options, t0, cpu0);
  } finally {
    await threads.helper?.close();
  }
}

async function exportWith(
  useHelper: boolean,
  threads: { helper?: ExportHelper },
  seedsDir: string,
  dir: string,
  log: (line: string) => void,
  options: { filesPerBucket?: number; format?: ExportFormat },
  t0: number,
  cpu0: number | undefined,
): Promise<StreamExportResult> {
  // CPU per step and thread, in the log: wall times alone cannot tell a slow step from a
  // busy machine.
  let cpuMark = cpu0;
  const cpuSince = () => {
    const now = threadCpuMs();
    const spent = now === undefined || cpuMark === undefined ? undefined : now - cpuMark;
    cpuMark = now;
    return spent === undefined ? '?' : `${spent}`;
  };
  const step = await validateAndWriteNodes(
    useHelper,
    threads,
    seedsDir,
    dir,
    log,
    options,
    t0,
    cpuSince,
  );
  const { csv, take, theirMerge, spoolDir, warnings, nodes, mentions, published } = step;
  const { tLoaded, tExtracted } = step;
  const tArticles = Date.now();
  const ourArticles = cpuSince();

  const relationships: Record<string, number> = {};
  mergeBuckets(spoolDir, take, csv, relationships);
  const written = csv.finish();
  const ourMerge = cpuSince();
  let helperMerge = '-';
  if (theirMerge) {
    const merged = await theirMerge;
    helperMerge = `${merged.cpuMs ?? '?'}`;
    written.push(...merged.files);
    for (const [type, n] of Object.entries(merged.relationships))
      relationships[type] = (relationships[type] ?? 0) + n;
  }
  fs.rmSync(spoolDir, { recursive: true, force: true });
  if (mentions) relationships.MENTIONS = mentions;
  if (published) relationships.PUBLISHED = published;
  const tDone = Date.now();
  log(
    `wrote nodes, mentions and relationships (${tDone - tExtracted} ms; CPU ms: nodes and ` +
      `mentions ${ourArticles}, relationships ${ourMerge}, helper ${helperMerge})`,
  );
  return {
    // Nodes before relationships, as CsvExport.finish lists them.
    files: written.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'nodes' ? -1 : 1)),
    graph: { nodes, relationships },
    warnings,
    ms: {
      load: tLoaded - t0,
      extractions: tExtracted - tLoaded,
      articles: tArticles - tExtracted,
      relationships: tDone - tArticles,
    },
  };
}

/**
 * Steps 1 to 3, and step 4 started on the helper. A function of its own so that the registry
 * and manifest are garbage once it returns: step 4 runs on both threads at once and is the
 * other peak of memory.
 */
async function validateAndWriteNodes(
  useHelper: boolean,
  threads: { helper?: ExportHelper },
  seedsDir: string,
  dir: string,
  log: (line: string) => void,
  options: { filesPerBucket?: number; format?: ExportFormat },
  t0: number,
  cpuSince: () => string,
) {
  // Without the index the checks built (names and aliases of every entity, for adding one
  // article later: extendSeeds): a third of the registry's memory, unused here.
  const seeds = await loadSeeds(seedsDir, { dropTexts: true });
  seeds.index = emptyIndex();
  const perBucket = options.filesPerBucket ?? STREAM_DEFAULTS.filesPerBucket;
  const buckets = Math.max(MIN_BUCKETS, Math.ceil(seeds.extractionFiles.length / perBucket));
  const errors = [...seeds.errors];
  const warnings = [...seeds.warnings];
  const articles = new Map(seeds.articles.map((a) => [a.id, a]));
  const readText = textReader(seeds.dir);
  const tLoaded = Date.now();

  fs.mkdirSync(dir, { recursive: true });
  const spoolDir = path.join(dir, 'spool');
  fs.mkdirSync(spoolDir);

  // The entity nodes now (the folder is discarded if a problem turns up later): from here on
  // only what the checks and mentions read of an entity is kept, not its description and
  // dates. Every collection marks what is live, so a smaller registry is less collector time.
  // CSV in dir/csv, or the Cypher writer's rows in dir/rows (read with spooledRows).
  const csv =
    options.format === 'rows'
      ? new RowSpool(path.join(dir, 'rows'))
      : new CsvExport(path.join(dir, 'csv'));
  const nodes: Record<string, number> = {
    Entity: seeds.entities.length,
    Article: seeds.articles.length,
  };
  const entities = new Map<string, MentionForms & EntityRef>();
  for (const e of seeds.entities) {
    csv.entity(e);
    nodes[e.label] = (nodes[e.label] ?? 0) + 1;
    entities.set(e.id, { id: e.id, label: e.label, name: e.name, aliases: e.aliases });
  }
  seeds.entities = [];
  // Started only now: its memory would add to the whole registry's, this thread's peak.
  const helper = useHelper ? (threads.helper = new ExportHelper()) : undefined;
  // The helper checks the second half of the files (none without a helper).
  const cut = helper ? Math.ceil(seeds.extractionFiles.length / 2) : seeds.extractionFiles.length;
  const theirs = helper?.check({
    seedsDir: seeds.dir,
    files: seeds.extractionFiles.slice(cut),
    ...helperIndex(entities, seeds.articles),
    redirects: [...seeds.redirects],
    spoolDir,
    part: SPOOL_PARTS[1],
    buckets,
  });
  const mentioned = checkExtractionPart(
    seeds.extractionFiles.slice(0, cut),
    { entities, articles, redirects: seeds.redirects, textOf: readText },
    errors,
    spoolDir,
    SPOOL_PARTS[0],
    buckets,
  );
  const ourCheck = cpuSince();
  let theirCheck = '-';
  if (theirs) {
    const checked = await theirs;
    theirCheck = `${checked.cpuMs ?? '?'}`;
    errors.push(...checked.errors);
    for (const [article, ids] of checked.mentioned) {
      const seen = mentioned.get(article);
      mentioned.set(article, seen ? [...new Set([...seen, ...ids])] : ids);
    }
  }
  for (const w of warnings) log(`warning: ${formatSeedError(w)}`);
  if (errors.length > 0) throw new SeedValidationError(errors);
  const tExtracted = Date.now();
  log(
    `validated ${entities.size} entities, ${seeds.articles.length} articles and ` +
      `${seeds.extractionFiles.length} extraction files (${tExtracted - t0} ms; ` +
      `CPU ms: load and check ${ourCheck}, helper ${theirCheck})`,
  );

  // Step 4 starts on the helper while this thread writes the articles and mentions.
  const shared = new SharedArrayBuffer(4);
  const take = bucketCounter(shared, buckets);
  const theirMerge = helper?.merge({
    spoolDir,
    shared,
    buckets,
    format: options.format ?? 'csv',
    dir,
  });

  let mentions = 0;
  for (const a of seeds.articles) {
    const text = readText(a);
    csv.article({ ...a, text });
    const ids = mentioned.get(a.id);
    if (!ids) continue;
    for (const m of articleMentions(a.id, text, ids, entities)) {
      csv.mention(m);
      mentions++;
    }
  }
  mentioned.clear();
  for (const p of seeds.published) csv.published(p);
  return {
    csv,
    take,
    theirMerge,
    spoolDir,
    warnings,
    nodes,
    mentions,
    published: seeds.published.length,
    tLoaded,
    tExtracted,
  };
}

/**
 * What the helper's checks need of the registry and manifest, packed as a few strings and one
 * byte per entity: 144,000 ids as one string cost the two threads a copy, as an array of
 * strings a structured clone of each (and memory at this thread's peak).
 */
function helperIndex(
  entities: ReadonlyMap<string, EntityRef>,
  articles: readonly ArticleRef[],
): Pick<CheckRequest, 'entityIds' | 'entityLabels' | 'articles'> {
  const labelIndex = new Map(ENTITY_LABELS.map((l, i) => [l, i]));
  return {
    entityIds: [...entities.keys()].join(PACK_SEPARATOR),
    entityLabels: Uint8Array.from(entities.values(), (e) => labelIndex.get(e.label)!),
    articles: articles
      .map((a) => `${a.id}${PACK_SEPARATOR}${a.date}${PACK_SEPARATOR}${a.sourceFile}`)
      .join(PACK_SEPARATOR),
  };
}

/** The helper's writer for step 4: tagged files beside this thread's. */
export function helperSink(format: ExportFormat, dir: string) {
  return format === 'rows'
    ? new RowSpool(path.join(dir, 'rows'), RELATIONSHIP_PART_TAG)
    : new CsvExport(path.join(dir, 'csv'), RELATIONSHIP_PART_TAG);
}
