/**
 * Writing seed YAML without a YAML library: the generator knows the exact shape of every
 * document, and a JSON string is a valid YAML double-quoted scalar, so each value is emitted
 * with JSON.stringify. This is what keeps generation streamed and fast (no document in memory).
 */
import fs from 'node:fs';
import type { ArticleSeed, EntitySeed, ExtractionFile } from '@kg/server/contracts';

const q = (s: string) => JSON.stringify(s);

function field(indent: string, key: string, value: string | boolean | undefined): string {
  if (value === undefined) return '';
  return `${indent}${key}: ${typeof value === 'boolean' ? String(value) : q(value)}\n`;
}

function list(indent: string, key: string, values: readonly string[]): string {
  if (values.length === 0) return `${indent}${key}: []\n`;
  return `${indent}${key}:\n${values.map((v) => `${indent}  - ${q(v)}\n`).join('')}`;
}

export function articleEntry(a: ArticleSeed): string {
  return (
    `  - id: ${q(a.id)}\n` +
    field('    ', 'file', a.file) +
    field('    ', 'originalFile', a.originalFile) +
    field('    ', 'title', a.title) +
    field('    ', 'date', a.date) +
    field('    ', 'dateInferred', a.dateInferred) +
    field('    ', 'dateNote', a.dateNote) +
    field('    ', 'publisher', a.publisher)
  );
}

export function entityEntry(e: EntitySeed): string {
  return (
    `  - id: ${q(e.id)}\n` +
    field('    ', 'label', e.label) +
    field('    ', 'name', e.name) +
    list('    ', 'aliases', e.aliases) +
    field('    ', 'description', e.description) +
    field('    ', 'role', e.role) +
    field('    ', 'date', e.date) +
    field('    ', 'endDate', e.endDate) +
    field('    ', 'alleged', e.alleged)
  );
}

export function extractionDocument(x: ExtractionFile, comment: string): string {
  let out = `# ${comment}\narticle: ${q(x.article)}\n${list('', 'mentions', x.mentions)}`;
  if (x.relationships.length === 0) return `${out}relationships: []\n`;
  out += 'relationships:\n';
  for (const r of x.relationships) {
    out += `  - type: ${r.type}\n` + field('    ', 'from', r.from) + field('    ', 'to', r.to);
    out +=
      typeof r.evidence === 'string'
        ? field('    ', 'evidence', r.evidence)
        : list('    ', 'evidence', r.evidence);
    out +=
      field('    ', 'quote', r.quote) +
      field('    ', 'date', r.date) +
      field('    ', 'alleged', r.alleged) +
      field('    ', 'detail', r.detail) +
      field('    ', 'key', r.key);
  }
  return out;
}

/** Appends to a file through a 1 MB buffer (synchronous: the generator is CPU-bound anyway). */
export class FileAppender {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(s: string): void {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const buf = Buffer.from(this.chunks.join(''), 'utf8');
    fs.writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
