/**
 * What the Cypher writer (write.ts) reads: the rows of each group (entity label, articles,
 * relationship type, mentions, publishers), with every group's count known before the first
 * write. Either a validated graph in memory (one article's write, an entity merge) or the files
 * the streaming validation spooled (stream-export.ts): a full ingest then holds one batch at a
 * time, not the graph (3.4 GB at 1M relationships).
 */
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import {
  countGraph,
  type ArticleRow,
  type EntityRow,
  type GraphCounts,
  type MentionRow,
  type PublishedRow,
  type RelationshipRow,
  type SeedGraph,
} from './graph';

export interface GraphRows {
  /** Nodes per label (with `Entity` and `Article`) and relationships per type. */
  counts: GraphCounts;
  entities(label: string): Iterable<EntityRow>;
  articles(): Iterable<ArticleRow>;
  /** The relationships of one curated type. */
  relationships(type: string): Iterable<RelationshipRow>;
  mentions(): Iterable<MentionRow>;
  published(): Iterable<PublishedRow>;
}

/** A graph held in memory, as GraphRows. */
export function inMemoryRows(graph: SeedGraph): GraphRows {
  let byType: Map<string, RelationshipRow[]> | undefined;
  return {
    counts: countGraph(graph),
    entities: (label) => graph.entities.filter((e) => e.label === label),
    articles: () => graph.articles,
    relationships: (type) => {
      if (!byType) {
        byType = new Map();
        for (const r of graph.relationships) {
          const list = byType.get(r.type) ?? [];
          list.push(r);
          byType.set(r.type, list);
        }
      }
      return byType.get(type) ?? [];
    },
    mentions: () => graph.mentions,
    published: () => graph.published,
  };
}

/** The file of a group in a spool folder (names from the model's labels and types). */
const groupFile = {
  entity: (dir: string, label: string) => path.join(dir, `entity-${label}.jsonl`),
  article: (dir: string) => path.join(dir, 'Article.jsonl'),
  relationship: (dir: string, type: string, tag = '') =>
    path.join(dir, `relationship-${type}${tag ? `.${tag}` : ''}.jsonl`),
  mention: (dir: string) => path.join(dir, 'MENTIONS.jsonl'),
  published: (dir: string) => path.join(dir, 'PUBLISHED.jsonl'),
};

/** The tag of the relationship files the export's second thread writes (stream-export.ts). */
export const RELATIONSHIP_PART_TAG = 'b';

/** Characters a group file buffers before it writes (a few dozen groups are open at once). */
const CHUNK = 256 << 10;

/** Appends JSON lines to one file. */
class LineFile {
  private readonly fd: number;
  private chunk: string[] = [];
  private size = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  push(row: object): void {
    const line = JSON.stringify(row);
    this.chunk.push(line);
    this.size += line.length;
    if (this.size > CHUNK) this.flush();
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

/**
 * Writes validated rows into a spool folder, one JSON-lines file per group, as they come (the
 * same calls as CsvExport, so the streaming validation writes either). Rows go through
 * JSON unchanged: they are plain strings, numbers, booleans, nulls and lists of them.
 */
export class RowSpool {
  private readonly files = new Map<string, LineFile>();

  /**
   * With a `tag` (RELATIONSHIP_PART_TAG, the export's second thread), relationships go to files
   * of their own beside the untagged ones, which spooledRows reads after them.
   */
  constructor(
    private readonly dir: string,
    private readonly tag = '',
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  private file(name: string): LineFile {
    let f = this.files.get(name);
    if (!f) {
      f = new LineFile(name);
      this.files.set(name, f);
    }
    return f;
  }

  entity(e: EntityRow): void {
    this.file(groupFile.entity(this.dir, e.label)).push(e);
  }
  article(a: ArticleRow): void {
    this.file(groupFile.article(this.dir)).push(a);
  }
  relationship(r: RelationshipRow): void {
    this.file(groupFile.relationship(this.dir, r.type, this.tag)).push(r);
  }
  mention(m: MentionRow): void {
    this.file(groupFile.mention(this.dir)).push(m);
  }
  published(p: PublishedRow): void {
    this.file(groupFile.published(this.dir)).push(p);
  }

  /** Closes every file (no CSV files: the same result shape as CsvExport.finish). */
  finish(): [] {
    for (const f of this.files.values()) f.close();
    this.files.clear();
    return [];
  }
}

/** The JSON lines of a file, parsed one at a time through a 1 MB read buffer. */
export function* jsonLines<T>(file: string): Generator<T> {
  if (!fs.existsSync(file)) return;
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  // Bytes to text across reads: a character may be split between two.
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      const text = rest + decoder.write(buffer.subarray(0, n));
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        if (nl > start) yield JSON.parse(text.slice(start, nl)) as T;
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest) yield JSON.parse(rest) as T;
  } finally {
    fs.closeSync(fd);
  }
}

/** The rows a RowSpool wrote into `dir`, read again group by group as the writer asks. */
export function spooledRows(dir: string, counts: GraphCounts): GraphRows {
  return {
    counts,
    entities: (label) => jsonLines<EntityRow>(groupFile.entity(dir, label)),
    articles: () => jsonLines<ArticleRow>(groupFile.article(dir)),
    relationships: function* (type) {
      yield* jsonLines<RelationshipRow>(groupFile.relationship(dir, type));
      yield* jsonLines<RelationshipRow>(groupFile.relationship(dir, type, RELATIONSHIP_PART_TAG));
    },
    mentions: () => jsonLines<MentionRow>(groupFile.mention(dir)),
    published: () => jsonLines<PublishedRow>(groupFile.published(dir)),
  };
}
