/**
 * Bytes of a saved article to text. Articles arrive as files saved from browsers, word
 * processors and mail clients: UTF-8 (with or without a byte-order mark) is read as is, UTF-16
 * with a byte-order mark is decoded, and anything else is refused with a message that says what
 * is wrong and where (line and column of the first bad byte), so the analyst can fix the file
 * rather than guess.
 */

export class DecodeError extends Error {}

/** Line (1-based) and column (1-based, in characters) of a byte offset in UTF-8 bytes. */
function position(buf: Buffer, offset: number): { line: number; column: number } {
  const before = buf.subarray(0, offset);
  const lastNewline = before.lastIndexOf(0x0a);
  const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
  const column = new TextDecoder('utf-8').decode(before.subarray(lastNewline + 1)).length + 1;
  return { line, column };
}

/** Byte length a UTF-8 lead byte announces, 0 for a byte that cannot start a character. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length;) {
    const n = sequenceLength(buf[i]!);
    if (n === 0 || i + n > buf.length) return i;
    const piece = buf.subarray(i, i + n);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(piece);
    } catch {
      return i;
    }
    i += n;
  }
  return -1;
}

const hex = (b: number) => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;

export function decodeArticleBytes(buf: Buffer): string {
  // UTF-16 with a byte-order mark (Windows "Unicode" text): decode it.
  const utf16 =
    buf[0] === 0xff && buf[1] === 0xfe
      ? 'utf-16le'
      : buf[0] === 0xfe && buf[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(buf);
    } catch {
      throw new DecodeError(`starts as ${utf16.toUpperCase()} text but has broken characters`);
    }
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    // ASCII saved as UTF-16 without a mark: every other byte is NUL.
    const sample = buf.subarray(0, Math.min(buf.length, 400));
    const even = sample.filter((b, i) => i % 2 === 0 && b === 0).length;
    const odd = sample.filter((b, i) => i % 2 === 1 && b === 0).length;
    const half = sample.length / 2;
    if (even > 0.8 * half || odd > 0.8 * half)
      throw new DecodeError(
        'looks like UTF-16 text without a byte-order mark: save it as UTF-8 and try again',
      );
    const { line, column } = position(buf, nul);
    throw new DecodeError(
      `binary data (a NUL byte at line ${line}, column ${column}), not a text article`,
    );
  }
  try {
    // The common case, one pass; a UTF-8 byte-order mark is dropped by the decoder.
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Find where, for the message.
  }
  const bad = Math.max(0, firstInvalidUtf8(buf));
  const { line, column } = position(buf, bad);
  const b = buf[bad]!;
  // 0x80-0x9F are the curly quotes and dashes of Windows-1252; other high bytes Latin-1 letters.
  const hint =
    b >= 0x80 && b <= 0x9f
      ? ' (it looks like Windows-1252 text, e.g. curly quotes from a word processor)'
      : b >= 0xa0
        ? ' (it looks like Latin-1 or Windows-1252 text)'
        : '';
  throw new DecodeError(
    `not valid UTF-8: byte ${hex(b)} at line ${line}, column ${column}${hint}; save the file as UTF-8 and try again`,
  );
}
