/**
 * The validated seed graph as CSV files in the layout `neo4j-admin database import` reads: one
 * node file per label, one relationship file per type, typed headers, ID spaces for entities
 * and articles (their ids may coincide). Properties and their types are those of the Cypher
 * writer (write.ts), with one difference the importer imposes: an empty list is an empty field,
 * which it stores as no property (readers treat a missing list as empty).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE, ENTITY, type EntityLabel } from '@kg/server/contracts';
import { contentHash, type SeedGraph } from './graph';

/** Separates list elements inside a field: a control character no seed text may contain. */
export const ARRAY_DELIMITER = '\u001f';

type Kind = 'string' | 'string[]' | 'long' | 'long[]' | 'date' | 'boolean';

interface Column {
  /** Header text, e.g. `aliases:string[]` or `:START_ID(Entity)`. */
  header: string;
  kind: Kind;
}

export interface CsvFile {
  path: string;
  /** `Entity:Person` for a node file, the relationship type for a relationship file. */
  name: string;
  kind: 'nodes' | 'relationships';
  rows: number;
  /** Some value spans lines: the importer must be told (it is slower on such files). */
  multiline: boolean;
}

/** Thrown when a value cannot be written to CSV faithfully (names the row and field). */
export class CsvExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvExportError';
  }
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function field(kind: Kind, value: unknown, where: () => string): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'string':
      return quoted(String(value));
    case 'long':
    case 'boolean':
    case 'date':
      return String(value);
    case 'long[]':
      return (value as number[]).join(ARRAY_DELIMITER);
    case 'string[]': {
      const list = value as string[];
      if (list.length === 0) return '';
      for (const item of list) {
        if (item.includes(ARRAY_DELIMITER)) {
          throw new CsvExportError(
            `${where()}: a list element contains the control character U+001F, which the import uses between list elements`,
          );
        }
      }
      return quoted(list.join(ARRAY_DELIMITER));
    }
  }
}

/** Buffers rows and writes them in large chunks (one write call per ~1 MB). */
class CsvWriter {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;
  rows = 0;
  multiline = false;

  constructor(
    readonly file: string,
    private readonly columns: Column[],
  ) {
    this.fd = fs.openSync(file, 'w');
    this.push(columns.map((c) => c.header).join(','));
  }

  row(values: unknown[], where: () => string): void {
    const line = values.map((v, i) => field(this.columns[i]!.kind, v, where)).join(',');
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.push(line);
    this.rows++;
  }

  private push(line: string): void {
    this.chunk.push(line);
    this.size += line.length + 1;
    if (this.size > 1 << 20) this.flush();
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

const col = (header: string, kind: Kind): Column => ({ header, kind });

const ENTITY_COLUMNS = [
  col(`id:ID(${ENTITY})`, 'string'),
  col('name', 'string'),
  col('aliases:string[]', 'string[]'),
  col('description', 'string'),
  col('role', 'string'),
  col('date:date', 'date'),
  col('endDate:date', 'date'),
  col('dateSource', 'string'),
  col('dateNote', 'string'),
  col('alleged:boolean', 'boolean'),
  col('formerIds:string[]', 'string[]'),
  col('hash', 'string'),
  col('ingestRun', 'string'),
];

const ARTICLE_COLUMNS = [
  col(`id:ID(${ARTICLE})`, 'string'),
  col('title', 'string'),
  col('date:date', 'date'),
  col('dateInferred:boolean', 'boolean'),
  col('dateNote', 'string'),
  col('publisher', 'string'),
  col('sourceFile', 'string'),
  col('originalFile', 'string'),
  col('text', 'string'),
  col('hash', 'string'),
  col('ingestRun', 'string'),
];

const RELATIONSHIP_COLUMNS = [
  col(`:START_ID(${ENTITY})`, 'string'),
  col(`:END_ID(${ENTITY})`, 'string'),
  col('id', 'string'),
  col('sources:string[]', 'string[]'),
  col('evidence:string[]', 'string[]'),
  col('evidenceArticles:string[]', 'string[]'),
  col('evidenceStarts:long[]', 'long[]'),
  col('evidenceEnds:long[]', 'long[]'),
  col('quote', 'string'),
  col('quoteArticles:string[]', 'string[]'),
  col('quoteStarts:long[]', 'long[]'),
  col('quoteEnds:long[]', 'long[]'),
  col('date:date', 'date'),
  col('dateSource', 'string'),
  col('dateNote', 'string'),
  col('stance', 'string'),
  col('at', 'string'),
  col('alleged:boolean', 'boolean'),
  col('detail', 'string'),
  col('hash', 'string'),
  col('ingestRun', 'string'),
];

const MENTION_COLUMNS = [
  col(`:START_ID(${ARTICLE})`, 'string'),
  col(`:END_ID(${ENTITY})`, 'string'),
  col('id', 'string'),
  col('count:long', 'long'),
  col('hash', 'string'),
  col('ingestRun', 'string'),
];

const PUBLISHED_COLUMNS = [
  col(`:START_ID(${ENTITY})`, 'string'),
  col(`:END_ID(${ARTICLE})`, 'string'),
  col('id', 'string'),
  col('source', 'string'),
  col('note', 'string'),
  col('hash', 'string'),
  col('ingestRun', 'string'),
];

/**
 * Writes the graph as CSV files into `dir` (created; must be empty or absent). `run` is stored
 * as `ingestRun` on every node and relationship, as the Cypher writer does.
 */
export function exportCsv(graph: SeedGraph, dir: string, run: string): CsvFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: CsvFile[] = [];
  const done = (w: CsvWriter, name: string, kind: CsvFile['kind']) => {
    w.close();
    files.push({ path: w.file, name, kind, rows: w.rows, multiline: w.multiline });
  };

  const byLabel = new Map<EntityLabel, CsvWriter>();
  for (const e of graph.entities) {
    let w = byLabel.get(e.label);
    if (!w) {
      w = new CsvWriter(path.join(dir, `nodes-${e.label}.csv`), ENTITY_COLUMNS);
      byLabel.set(e.label, w);
    }
    w.row(
      [
        e.id,
        e.name,
        e.aliases,
        e.description,
        e.role,
        e.date,
        e.endDate,
        e.dateSource,
        e.dateNote,
        e.alleged,
        e.formerIds?.length ? e.formerIds : null,
        contentHash(e),
        run,
      ],
      () => `entity ${e.id}`,
    );
  }
  for (const [label, w] of byLabel) done(w, `${ENTITY}:${label}`, 'nodes');

  if (graph.articles.length) {
    const w = new CsvWriter(path.join(dir, 'nodes-Article.csv'), ARTICLE_COLUMNS);
    for (const a of graph.articles) {
      w.row(
        [
          a.id,
          a.title,
          a.date,
          a.dateInferred,
          a.dateNote,
          a.publisher,
          a.sourceFile,
          a.originalFile,
          a.text,
          contentHash(a),
          run,
        ],
        () => `article ${a.id}`,
      );
    }
    done(w, ARTICLE, 'nodes');
  }

  const byType = new Map<string, CsvWriter>();
  for (const r of graph.relationships) {
    let w = byType.get(r.type);
    if (!w) {
      w = new CsvWriter(path.join(dir, `relationships-${r.type}.csv`), RELATIONSHIP_COLUMNS);
      byType.set(r.type, w);
    }
    w.row(
      [
        r.from,
        r.to,
        r.id,
        r.sources,
        r.evidence,
        r.evidenceArticles,
        r.evidenceStarts,
        r.evidenceEnds,
        r.quote,
        r.quoteArticles,
        r.quoteStarts,
        r.quoteEnds,
        r.date,
        r.dateSource,
        r.dateNote,
        r.stance,
        r.at,
        r.alleged,
        r.detail,
        contentHash(r),
        run,
      ],
      () => `relationship ${r.id} (${r.type} ${r.from} -> ${r.to})`,
    );
  }
  for (const [type, w] of byType) done(w, type, 'relationships');

  if (graph.mentions.length) {
    const w = new CsvWriter(path.join(dir, 'relationships-MENTIONS.csv'), MENTION_COLUMNS);
    for (const m of graph.mentions) {
      w.row([m.article, m.entity, m.id, m.count, contentHash(m), run], () => `mention ${m.id}`);
    }
    done(w, 'MENTIONS', 'relationships');
  }
  if (graph.published.length) {
    const w = new CsvWriter(path.join(dir, 'relationships-PUBLISHED.csv'), PUBLISHED_COLUMNS);
    for (const p of graph.published) {
      w.row(
        [p.outlet, p.article, p.id, p.source, p.note, contentHash(p), run],
        () => `published ${p.id}`,
      );
    }
    done(w, 'PUBLISHED', 'relationships');
  }
  return files;
}
