/**
 * The validated seed graph as CSV files in the layout `neo4j-admin database import` reads: one
 * node file per label, one relationship file per type, typed headers, ID spaces for entities
 * and articles (their ids may coincide); the curated relationships, whose columns are alike, share
 * one file (per thread) that names each row's type in a `:TYPE` column. Properties and their types are those of the
 * persisted-graph contract (contracts/stored.ts), as the Cypher writer's are, with two
 * differences: an empty list is an empty field, which the importer stores as no property
 * (readers treat a missing list as empty), and no row has the optional `ingestRun`
 * (propertyColumns says why).
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
  type PropertyKind,
  type PropertyTable,
} from '@kg/server/contracts';
import {
  contentHash,
  type ArticleRow,
  type EntityRow,
  type MentionRow,
  type PublishedRow,
  type RelationshipRow,
  type SeedGraph,
} from './graph';
import { LineBuffer } from './line-buffer';

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
  /**
   * `Entity:Person` for a node file; for a relationship file its relationship type, or '' for
   * the curated relationships' file, whose rows name their type (`:TYPE`, see CURATED_FILE).
   */
  name: string;
  kind: 'nodes' | 'relationships';
  rows: number;
  /** Size in bytes (header included). */
  bytes: number;
  /** Some value spans lines: the importer must be told (it is slower on such files). */
  multiline: boolean;
  /** The longest row in bytes: the importer's read buffer must hold every value. */
  largestRow: number;
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

/**
 * Largest part file with a value that spans lines. The importer's fast per-file mode for
 * multiline fields (`--multiline-fields-format=v2`) fails when a quoted value crosses its read
 * buffer (4 MiB by default: "found CR outside a text cell"), so such files are cut into parts
 * well below it, each with its own header; the import's read buffer is then set above the
 * largest of them (`readBufferBytes`), which a single huge row can make larger than this.
 */
export const MULTILINE_PART_BYTES = 3 << 20;
/**
 * Largest part file of single-line rows (most files: relationships, mentions, entities). Few
 * and large, because before it imports anything the importer parses the first chunk of every
 * file (a chunk is the read buffer, 4 MiB or more) on one thread to estimate the store's size:
 * every file costs up to a read buffer of parsing while the other core idles
 * (docs/benchmarks.md §1). The read buffer need not hold them.
 */
export const PART_BYTES = 256 << 20;

/** Bytes a part file buffers before it writes (a few dozen files are open on each thread). */
const WRITE_BUFFER_BYTES = 64 << 10;

/**
 * Buffers rows and writes them in large chunks; starts a new part file at PART_BYTES, or at
 * MULTILINE_PART_BYTES for a part that holds (or would get) a value spanning lines.
 */
class CsvWriter {
  private fd = -1;
  private readonly buffer = new LineBuffer(WRITE_BUFFER_BYTES);
  private partBytes = 0;
  private part: CsvFile | undefined;
  readonly parts: CsvFile[] = [];

  constructor(
    private readonly base: string,
    private readonly name: string,
    private readonly kind: CsvFile['kind'],
    private readonly columns: Column[],
  ) {}

  row(values: unknown[], where: () => string): void {
    const line = values.map((v, i) => field(this.columns[i]!.kind, v, where)).join(',');
    const bytes = Buffer.byteLength(line) + 1;
    const breaks = /[\r\n]/.test(line);
    const limit = breaks || this.part?.multiline ? MULTILINE_PART_BYTES : PART_BYTES;
    if (!this.part || (this.partBytes + bytes > limit && this.part.rows > 0)) this.open();
    const part = this.part!;
    if (breaks) part.multiline = true;
    part.largestRow = Math.max(part.largestRow, bytes);
    this.push(line, bytes);
    part.rows++;
  }

  private open(): void {
    this.close();
    const file = `${this.base}-${String(this.parts.length).padStart(4, '0')}.csv`;
    this.fd = fs.openSync(file, 'w');
    this.part = {
      path: file,
      name: this.name,
      kind: this.kind,
      rows: 0,
      bytes: 0,
      multiline: false,
      largestRow: 0,
    };
    this.parts.push(this.part);
    this.partBytes = 0;
    const header = this.columns.map((c) => c.header).join(',');
    this.push(header, Buffer.byteLength(header) + 1);
  }

  private push(line: string, bytes: number): void {
    this.partBytes += this.buffer.append(this.fd, line, bytes);
  }

  close(): void {
    if (this.fd < 0) return;
    this.buffer.flush(this.fd);
    fs.closeSync(this.fd);
    this.part!.bytes = this.partBytes;
    this.fd = -1;
  }
}

/**
 * A column per stored property of a contract table (contracts/stored.ts) and the content hash.
 * No `ingestRun` (optional in the contract): the Cypher writer's runs mark what they create so
 * that a failed batched run can be undone, but an imported store is built offline and put in
 * place whole or not at all, so nothing in it is ever undone by run. One 41-character string
 * on each of the 1.75M nodes and relationships at 1M was a dynamic string record apiece: ~23 %
 * of the importer's CPU and 19 % of the store (docs/benchmarks.md §1, 2026-12-04 evening).
 */
function propertyColumns(table: PropertyTable, except: string[] = []): Column[] {
  const { hash } = BOOKKEEPING_PROPERTIES;
  return Object.entries({ ...table, hash })
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
  typeColumn = false,
): Column[] => [
  { header: `:START_ID(${fromSpace})`, kind: 'string', key: fromKey },
  { header: `:END_ID(${toSpace})`, kind: 'string', key: toKey },
  ...(typeColumn ? [{ header: ':TYPE', kind: 'string' as const, key: 'type' }] : []),
  ...propertyColumns(table),
];

const ENTITY_COLUMNS = nodeColumns(ENTITY_PROPERTIES, ENTITY);
const ARTICLE_COLUMNS = nodeColumns(ARTICLE_PROPERTIES, ARTICLE);
/**
 * The curated relationships of every type in one file (per thread), each row with its type:
 * their columns are the same for all 24 types, and one file per type and thread (48 at 1M)
 * cost the importer's estimate a read buffer of parsing each, 2.5 s of its single-threaded
 * start at 1M (docs/benchmarks.md §1, 2026-12-05).
 */
export const CURATED_FILE = 'relationships-curated';
const RELATIONSHIP_COLUMNS = relationshipColumns(
  RELATIONSHIP_PROPERTIES,
  ['from', ENTITY],
  ['to', ENTITY],
  true,
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

/** A row's values in column order, with the content hash every writer adds. */
function values(columns: Column[], row: object): unknown[] {
  return columns.map((c) =>
    c.key === 'hash' ? contentHash(row) : (row as Record<string, unknown>)[c.key],
  );
}

/**
 * Writes graph rows as CSV files into `dir` (created; must be empty or absent) as they come:
 * memory does not depend on the number of rows. Rows of a kind may come in any order; each
 * call of `finish` closes the files and lists them.
 */
export class CsvExport {
  private readonly writers = new Map<string, CsvWriter>();

  /**
   * `tag` goes into every file name (`relationships-curated-<tag>-0000.csv`): two exports with
   * different tags can write into one folder at once (the export's two threads do).
   */
  constructor(
    private readonly dir: string,
    private readonly tag = '',
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  private writer(file: string, name: string, kind: CsvFile['kind'], columns: Column[]) {
    let w = this.writers.get(file);
    if (!w) {
      const base = path.join(this.dir, this.tag ? `${file}-${this.tag}` : file);
      w = new CsvWriter(base, name, kind, columns);
      this.writers.set(file, w);
    }
    return w;
  }

  entity(e: EntityRow): void {
    this.writer(`nodes-${e.label}`, `${ENTITY}:${e.label}`, 'nodes', ENTITY_COLUMNS).row(
      values(ENTITY_COLUMNS, e),
      () => `entity ${e.id}`,
    );
  }

  article(a: ArticleRow): void {
    this.writer('nodes-Article', ARTICLE, 'nodes', ARTICLE_COLUMNS).row(
      values(ARTICLE_COLUMNS, a),
      () => `article ${a.id}`,
    );
  }

  relationship(r: RelationshipRow): void {
    this.writer(CURATED_FILE, '', 'relationships', RELATIONSHIP_COLUMNS).row(
      values(RELATIONSHIP_COLUMNS, r),
      () => `relationship ${r.id} (${r.type} ${r.from} -> ${r.to})`,
    );
  }

  mention(m: MentionRow): void {
    this.writer('relationships-MENTIONS', 'MENTIONS', 'relationships', MENTION_COLUMNS).row(
      values(MENTION_COLUMNS, m),
      () => `mention ${m.id}`,
    );
  }

  published(p: PublishedRow): void {
    this.writer('relationships-PUBLISHED', 'PUBLISHED', 'relationships', PUBLISHED_COLUMNS).row(
      values(PUBLISHED_COLUMNS, p),
      () => `published ${p.id}`,
    );
  }

  /** Closes every file; the parts, nodes before relationships. */
  finish(): CsvFile[] {
    const files: CsvFile[] = [];
    for (const w of this.writers.values()) {
      w.close();
      files.push(...w.parts);
    }
    return files.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'nodes' ? -1 : 1));
  }
}

/**
 * The read buffer the import needs: above the largest multiline part (see MULTILINE_PART_BYTES)
 * and the longest row of any file, at least the importer's 4 MiB.
 */
export function readBufferBytes(files: readonly CsvFile[]): number {
  const largest = Math.max(0, ...files.map((f) => (f.multiline ? f.bytes : f.largestRow)));
  return Math.max(4 << 20, Math.ceil((largest + (1 << 20)) / (1 << 20)) * (1 << 20));
}

/** Writes a whole in-memory graph (see CsvExport). */
export function exportCsv(graph: SeedGraph, dir: string): CsvFile[] {
  const out = new CsvExport(dir);
  for (const e of graph.entities) out.entity(e);
  for (const a of graph.articles) out.article(a);
  for (const r of graph.relationships) out.relationship(r);
  for (const m of graph.mentions) out.mention(m);
  for (const p of graph.published) out.published(p);
  return out.finish();
}
