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
 * Validation is as complete as validateSeeds' (the same checks, the same errors in the same
 * order); once a problem is found nothing more is written, and the caller discards the folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArticleFile } from './article-file';
import { CsvExport, type CsvFile } from './csv-export';
import type { GraphCounts, RelationshipRow } from './graph';
import { RowSpool } from './graph-rows';
import { SeedValidationError } from './ingest';
import { articleText } from './text';
import {
  articleMentions,
  checkExtractionFile,
  emptyIndex,
  finishRelationship,
  loadSeeds,
  mergeStatement,
  type ExtractionContext,
  type Statement,
} from './validate';
import { formatSeedError, type SeedError } from './yaml-file';

/** Tunables of the streaming export, with their defaults. */
export const STREAM_DEFAULTS = {
  /**
   * Extraction files per spool bucket (at least 16 buckets): the merge of step 4 holds one
   * bucket's relationships at a time, ~4 MB of spool at 1M relationships.
   */
  filesPerBucket: 500,
  /**
   * From this many extraction files a full ingest validates on the export thread (capped heap,
   * flat memory); below it, in its own thread (starting one costs a second or two).
   */
  threadFromFiles: 2000,
};

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
    /** Article nodes and mentions (step 3). */
    articles: number;
    /** Relationships merged from the spool (step 4). */
    relationships: number;
  };
}

/**
 * Characters a spool buffers before it writes: every bucket has one (80 at 1M relationships),
 * so 1 MB each held up to 80 MB of the export thread's capped heap.
 */
const SPOOL_CHUNK = 64 << 10;

/** Appends lines to a file in large writes. */
class Spool {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  push(line: string): void {
    this.chunk.push(line);
    this.size += line.length;
    if (this.size > SPOOL_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.chunk.length) fs.writeSync(this.fd, `${this.chunk.join('\n')}\n`);
    this.chunk = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** A statement as spooled: the evidence strings of the seed are already in `evidence`. */
function spooled(s: Statement): string {
  const { evidence: _raw, ...seed } = s.seed;
  return JSON.stringify({ ...s, seed });
}

/** The bucket of a relationship id (the id ends in 12 hex digits of a SHA-1, see relationshipId). */
const bucketOf = (s: Statement, n: number) => {
  const key = `${s.seed.type}|${s.seed.from}|${s.seed.to}|${s.seed.quote ?? ''}|${s.seed.key ?? ''}`;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (h >>> 0) % n;
};

/**
 * Validates the seeds in `seedsDir` and writes them into `dir` (created): as CSV files
 * (`dir/csv`), or with `format: 'rows'` as the Cypher writer's spool (`dir/rows`). Throws a
 * SeedValidationError listing every problem when there is any; `dir` then holds partial files
 * the caller removes.
 */
export async function validateAndExport(
  seedsDir: string,
  dir: string,
  run: string,
  log: (line: string) => void = () => {},
  options: { filesPerBucket?: number; format?: ExportFormat } = {},
): Promise<StreamExportResult> {
  const t0 = Date.now();
  // Without the index the checks built (names and aliases of every entity, for adding one
  // article later: extendSeeds): a third of the registry's memory, unused here.
  const seeds = await loadSeeds(seedsDir, { dropTexts: true });
  seeds.index = emptyIndex();
  const perBucket = options.filesPerBucket ?? STREAM_DEFAULTS.filesPerBucket;
  const buckets = Math.max(16, Math.ceil(seeds.extractionFiles.length / perBucket));
  const errors = [...seeds.errors];
  const warnings = [...seeds.warnings];
  const entities = new Map(seeds.entities.map((e) => [e.id, e]));
  const articles = new Map(seeds.articles.map((a) => [a.id, a]));
  const articlesDir = path.join(seeds.dir, 'articles');
  const readText = (sourceFile: string): string => {
    const read = readArticleFile(articlesDir, path.posix.relative('articles', sourceFile));
    // The file was read and checked in step 1: a problem now means it changed meanwhile.
    if ('problem' in read) throw new Error(`${read.problem} (it changed during the ingest)`);
    return articleText(read.content).text;
  };
  const tLoaded = Date.now();

  fs.mkdirSync(dir, { recursive: true });
  const spoolDir = path.join(dir, 'spool');
  fs.mkdirSync(spoolDir);
  const spools = Array.from(
    { length: buckets },
    (_, i) => new Spool(path.join(spoolDir, `${i}.jsonl`)),
  );
  // Extraction files are sorted by name, which is by convention their article's id: one text
  // read per file, kept while the next file is about the same article.
  let cached: { id: string; text: string } | undefined;
  const ctx: ExtractionContext = {
    entities,
    articles,
    redirects: seeds.redirects,
    textOf: (a) => {
      if (cached?.id !== a.id) cached = { id: a.id, text: readText(a.sourceFile) };
      return cached.text;
    },
  };
  // What step 3 needs: the entities each article names (ids are the registry's strings; an
  // array costs a fraction of a Set, and an article rarely has more than one file).
  const mentioned = new Map<string, string[]>();
  for (const abs of seeds.extractionFiles) {
    const found = checkExtractionFile(abs, ctx, errors);
    if (!found || errors.length > 0) continue;
    for (const s of found.statements) spools[bucketOf(s, buckets)]!.push(spooled(s));
    const seen = mentioned.get(found.article);
    if (seen) for (const id of seen) found.names.add(id);
    mentioned.set(found.article, [...found.names]);
  }
  cached = undefined;
  for (const s of spools) s.close();
  for (const w of warnings) log(`warning: ${formatSeedError(w)}`);
  if (errors.length > 0) throw new SeedValidationError(errors);
  const tExtracted = Date.now();
  log(
    `validated ${seeds.entities.length} entities, ${seeds.articles.length} articles and ` +
      `${seeds.extractionFiles.length} extraction files (${tExtracted - t0} ms)`,
  );

  // CSV in dir/csv, or the Cypher writer's rows in dir/rows (read with spooledRows).
  const csv =
    options.format === 'rows'
      ? new RowSpool(path.join(dir, 'rows'))
      : new CsvExport(path.join(dir, 'csv'), run);
  const nodes: Record<string, number> = {
    Entity: seeds.entities.length,
    Article: seeds.articles.length,
  };
  for (const e of seeds.entities) {
    csv.entity(e);
    nodes[e.label] = (nodes[e.label] ?? 0) + 1;
  }
  let mentions = 0;
  for (const a of seeds.articles) {
    const text = readText(a.sourceFile);
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
  const tArticles = Date.now();

  const relationships: Record<string, number> = {};
  for (const s of spools) {
    const merged = new Map<string, RelationshipRow>();
    for (const line of fs.readFileSync(s.file, 'utf8').split('\n')) {
      if (line) mergeStatement(merged, JSON.parse(line) as Statement);
    }
    for (const row of merged.values()) {
      const r = finishRelationship(row);
      csv.relationship(r);
      relationships[r.type] = (relationships[r.type] ?? 0) + 1;
    }
    fs.rmSync(s.file);
  }
  fs.rmSync(spoolDir, { recursive: true, force: true });
  if (mentions) relationships.MENTIONS = mentions;
  if (seeds.published.length) relationships.PUBLISHED = seeds.published.length;
  const files = csv.finish();
  const tDone = Date.now();
  return {
    files,
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
