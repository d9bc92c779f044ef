/**
 * Text lines to a file through one reusable byte buffer: each line is encoded to UTF-8 once,
 * straight into the buffer, and the buffer is written when full. The export used to collect
 * lines in an array and write `lines.join('\n')`: a 64 KB – 2 MB string per write, which V8
 * allocates in its large-object space (old generation), so every write of a 1M export fed the
 * major collector (docs/benchmarks.md §1, 2026-12-04 night). The file's bytes are the same.
 */
import fs from 'node:fs';

/** Writes all of `buf[0, n)` (writeSync may write less than asked). */
function writeAll(fd: number, buf: Buffer, n: number): void {
  for (let off = 0; off < n;) off += fs.writeSync(fd, buf, off, n - off);
}

export class LineBuffer {
  private buf: Buffer | undefined;
  private used = 0;

  /** `size`: bytes buffered before a write (allocated at the first line, freed by `flush`). */
  constructor(private readonly size: number) {}

  /**
   * Appends `line` and a newline, to be written to `fd`; `bytes` is their UTF-8 length when the
   * caller knows it (Buffer.byteLength(line) + 1). Returns the bytes appended.
   */
  append(fd: number, line: string, bytes?: number): number {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    const most = bytes ?? line.length * 3 + 1;
    if (most > this.size) {
      this.write(fd);
      const whole = Buffer.from(`${line}\n`);
      writeAll(fd, whole, whole.length);
      return whole.length;
    }
    if (this.used + most > this.size) this.write(fd);
    const buf = (this.buf ??= Buffer.allocUnsafe(this.size));
    const n = buf.write(line, this.used);
    buf[this.used + n] = 0x0a;
    this.used += n + 1;
    return n + 1;
  }

  /** Writes what is buffered to `fd`. */
  write(fd: number): void {
    if (this.used > 0) writeAll(fd, this.buf!, this.used);
    this.used = 0;
  }

  /** Writes what is buffered and lets the buffer go (a file is done). */
  flush(fd: number): void {
    this.write(fd);
    this.buf = undefined;
  }
}

/**
 * Each non-empty line of `buf` (bytes up to a newline, or to the end) as its byte range, in
 * order. Read as bytes and decoded by the caller a line (or a part of one) at a time: a whole
 * spool file as one string, and `split`, was another large object per file.
 */
export function forEachLine(buf: Buffer, each: (start: number, end: number) => void): void {
  for (let start = 0; start < buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    if (end > start) each(start, end);
    start = end + 1;
  }
}
