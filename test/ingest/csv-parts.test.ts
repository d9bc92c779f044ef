/**
 * How the CSV export cuts its files for neo4j-admin import (csv-export.ts): files whose values
 * span lines stay below the importer's read buffer (its per-file multiline mode needs that),
 * every other file stays whole (before importing, the importer parses a read buffer's worth of
 * each file to estimate the store, so many small files cost a second parse of the CSV), and the
 * read buffer holds what it must.
 * Runs without Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CsvExport,
  MULTILINE_PART_BYTES,
  readBufferBytes,
  type CsvFile,
} from '../../scripts/src/ingest/csv-export';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-csv-parts-'));
let n = 0;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const MiB = 1 << 20;

/** `count` mentions of one article; each row is about 120 bytes. */
function mentions(out: CsvExport, count: number, from = 0): void {
  for (let i = from; i < from + count; i++) {
    out.mention({
      id: `mentions:a0000001>entity-${i}`,
      article: 'a0000001',
      entity: `entity-${i}`,
      count: 1 + (i % 7),
    });
  }
}

/** A PUBLISHED row whose note is `noteBytes` long, on two lines when `lines` is 2. */
function published(out: CsvExport, i: number, noteBytes: number, lines: 1 | 2): void {
  const half = 'x'.repeat(Math.floor(noteBytes / 2));
  out.published({
    id: `published:outlet>a${i}`,
    outlet: 'outlet',
    article: `a${i}`,
    source: 'external',
    note: lines === 2 ? `${half}\n${half}` : `${half} ${half}`,
  });
}

const dataRows = (f: CsvFile) => f.rows;
const fileText = (f: CsvFile) => fs.readFileSync(f.path, 'utf8');

describe('CSV parts for the importer', () => {
  it('keeps single-line files whole, well above the multiline part size', () => {
    const out = new CsvExport(path.join(tmp, `out-${n++}`));
    mentions(out, 40_000); // ~4.8 MB
    const files = out.finish();
    expect(files).toHaveLength(1);
    const [file] = files as [CsvFile];
    expect(file.multiline).toBe(false);
    expect(file.rows).toBe(40_000);
    expect(file.bytes).toBeGreaterThan(MULTILINE_PART_BYTES);
    expect(fs.statSync(file.path).size).toBe(file.bytes);
    expect(file.largestRow).toBeLessThan(200);
    // Its size does not decide the read buffer: the importer's default is enough.
    expect(readBufferBytes(files)).toBe(4 * MiB);
  });

  it('cuts files with values that span lines into parts below the read buffer', () => {
    const out = new CsvExport(path.join(tmp, `out-${n++}`));
    for (let i = 0; i < 10; i++) published(out, i, 100, 1);
    for (let i = 10; i < 50; i++) published(out, i, 200_000, 2); // ~8 MB, every row on two lines
    const files = out.finish();
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.reduce((a, f) => a + dataRows(f), 0)).toBe(50);
    for (const f of files) {
      expect(f.multiline).toBe(true);
      expect(f.bytes).toBeLessThanOrEqual(MULTILINE_PART_BYTES);
      expect(fs.statSync(f.path).size).toBe(f.bytes);
      // Each part is a whole CSV file: its own header, then its rows.
      expect(fileText(f).startsWith(':START_ID(Entity),:END_ID(Article),id,')).toBe(true);
    }
    const buffer = readBufferBytes(files);
    expect(buffer).toBeGreaterThan(Math.max(...files.map((f) => f.bytes)));
    expect(buffer % MiB).toBe(0);
  });

  it('starts a small part for a row with a line break that comes after a large single-line part', () => {
    const out = new CsvExport(path.join(tmp, `out-${n++}`));
    for (let i = 0; i < 40; i++) published(out, i, 100_000, 1); // ~4 MB on single lines
    published(out, 40, 1_000, 2);
    for (let i = 41; i < 45; i++) published(out, i, 1_000, 1);
    const files = out.finish();
    expect(files.map((f) => [f.rows, f.multiline])).toEqual([
      [40, false],
      [5, true],
    ]);
    expect(files[0]!.bytes).toBeGreaterThan(MULTILINE_PART_BYTES);
    // The large single-line part is not multiline: the buffer need only hold its longest row.
    expect(readBufferBytes(files)).toBe(4 * MiB);
  });

  it('makes the read buffer hold the longest row of any file', () => {
    const out = new CsvExport(path.join(tmp, `out-${n++}`));
    mentions(out, 10);
    published(out, 0, 5 * MiB, 1); // one 5 MiB value, on one line
    mentions(out, 10, 10);
    const files = out.finish();
    const big = files.find((f) => f.name === 'PUBLISHED')!;
    expect(big.multiline).toBe(false);
    expect(big.largestRow).toBeGreaterThan(5 * MiB);
    expect(readBufferBytes(files)).toBeGreaterThan(big.largestRow);
    expect(readBufferBytes(files)).toBeLessThanOrEqual(big.largestRow + 2 * MiB);
  });
});
