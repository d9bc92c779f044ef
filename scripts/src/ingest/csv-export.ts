/**
 * The validated seed graph as CSV files in the layout `neo4j-admin database import` reads: one
 * node file per label, one relationship file per type, typed headers, ID spaces for entities
 * and articles (their ids may coincide). Properties and their types are those of the
 * persisted-graph contract (contracts/stored.ts), as the Cypher writer's are, with one
 * difference the importer imposes: an empty list is an empty field, which it stores as no
 * property (readers treat a missing list as empty).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTICLE,
  ARTICLE_PROPERTIES,
  BOOKKEEPING_PROPERTIES,
  DomainError,
  ENTITY,
  ENTITY_PROPERTIES,
  MENTION_PROPERTIES,
  PUBLISHED_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  parseSpec,
  type EntityLabel,
  type PropertyKind,
  type PropertyTable,
} from '@kg/server/contracts';
import { contentHash, type SeedGraph } from './graph';

/** Separates list elements inside a field: a control character no seed text may contain. */
export const ARRAY_DELIMITER = '\u001f';

type Kind = PropertyKind;

interface Column {
  /** Header text, e.g. `aliases:string[]` or `:START_ID(Entity)`. */
  header: string;
  kind: Kind;
  /** The key of the seed row (or bookkeeping value) the column holds. */
  key: string;
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
          // A value that cannot be written to CSV faithfully: the error names the row and field.
          throw new DomainError(
            'import_failed',
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

/** A column per stored property of a contract table (contracts/stored.ts) and the bookkeeping. */
function propertyColumns(table: PropertyTable, except: string[] = []): Column[] {
  return Object.entries({ ...table, ...BOOKKEEPING_PROPERTIES })
    .filter(([key]) => !except.includes(key))
    .map(([key, spec]) => {
      const { kind } = parseSpec(spec);
      return { header: kind === 'string' ? key : `${key}:${kind}`, kind, key };
    });
}
/** A node file: the id is its ID column, in the label's ID space (entity and article ids may coincide). */
const nodeColumns = (table: PropertyTable, space: string): Column[] => [
  { header: `id:ID(${space})`, kind: 'string', key: 'id' },
  ...propertyColumns(table, ['id']),
];
/** A relationship file: start and end ids from the row's endpoint keys, then the properties. */
const relationshipColumns = (
  table: PropertyTable,
  [fromKey, fromSpace]: [string, string],
  [toKey, toSpace]: [string, string],
): Column[] => [
  { header: `:START_ID(${fromSpace})`, kind: 'string', key: fromKey },
  { header: `:END_ID(${toSpace})`, kind: 'string', key: toKey },
  ...propertyColumns(table),
];

const ENTITY_COLUMNS = nodeColumns(ENTITY_PROPERTIES, ENTITY);
const ARTICLE_COLUMNS = nodeColumns(ARTICLE_PROPERTIES, ARTICLE);
const RELATIONSHIP_COLUMNS = relationshipColumns(
  RELATIONSHIP_PROPERTIES,
  ['from', ENTITY],
  ['to', ENTITY],
);
const MENTION_COLUMNS = relationshipColumns(
  MENTION_PROPERTIES,
  ['article', ARTICLE],
  ['entity', ENTITY],
);
// Outlets are entities: the start id is in the entity ID space.
const PUBLISHED_COLUMNS = relationshipColumns(
  PUBLISHED_PROPERTIES,
  ['outlet', ENTITY],
  ['article', ARTICLE],
);

/** A row's values in column order, with the hash and run every writer adds. */
function values(columns: Column[], row: object, run: string): unknown[] {
  const bookkeeping: Record<string, unknown> = { hash: contentHash(row), ingestRun: run };
  return columns.map((c) =>
    c.key in bookkeeping ? bookkeeping[c.key] : (row as Record<string, unknown>)[c.key],
  );
}

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
    w.row(values(ENTITY_COLUMNS, e, run), () => `entity ${e.id}`);
  }
  for (const [label, w] of byLabel) done(w, `${ENTITY}:${label}`, 'nodes');

  if (graph.articles.length) {
    const w = new CsvWriter(path.join(dir, 'nodes-Article.csv'), ARTICLE_COLUMNS);
    for (const a of graph.articles) {
      w.row(values(ARTICLE_COLUMNS, a, run), () => `article ${a.id}`);
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
      values(RELATIONSHIP_COLUMNS, r, run),
      () => `relationship ${r.id} (${r.type} ${r.from} -> ${r.to})`,
    );
  }
  for (const [type, w] of byType) done(w, type, 'relationships');

  if (graph.mentions.length) {
    const w = new CsvWriter(path.join(dir, 'relationships-MENTIONS.csv'), MENTION_COLUMNS);
    for (const m of graph.mentions) {
      w.row(values(MENTION_COLUMNS, m, run), () => `mention ${m.id}`);
    }
    done(w, 'MENTIONS', 'relationships');
  }
  if (graph.published.length) {
    const w = new CsvWriter(path.join(dir, 'relationships-PUBLISHED.csv'), PUBLISHED_COLUMNS);
    for (const p of graph.published) {
      w.row(values(PUBLISHED_COLUMNS, p, run), () => `published ${p.id}`);
    }
    done(w, 'PUBLISHED', 'relationships');
  }
  return files;
}
