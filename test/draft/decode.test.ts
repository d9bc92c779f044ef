/** Bytes of a saved article (draft input, seed articles) to text: UTF-8, UTF-16 with a mark, and clear refusals. */
import { decodeArticleBytes, firstInvalidUtf8 } from '../../scripts/src/ingest/decode';

const text = 'Peskov called the report “nonsense.”\nNothing more was said.';

describe('decodeArticleBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeArticleBytes(Buffer.from(text, 'utf8'))).toBe(text);
    expect(
      decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ).toBe(text);
  });

  it('decodes UTF-16 little- and big-endian text that carries a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeArticleBytes(le)).toBe(text);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeArticleBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });

  it('says where a Windows-1252 curly quote breaks UTF-8', () => {
    const bytes = Buffer.from('First line.\nHe called it \x93nonsense.\x94', 'latin1');
    expect(() => decodeArticleBytes(bytes)).toThrow(
      /not valid UTF-8: byte 0x93 at line 2, column 14 \(it looks like Windows-1252/,
    );
  });

  it('counts the column in characters after multi-byte letters', () => {
    const bytes = Buffer.concat([Buffer.from('Zürich: '), Buffer.from([0xe9])]);
    expect(() => decodeArticleBytes(bytes)).toThrow(/byte 0xE9 at line 1, column 9 .*Latin-1/);
  });

  it('tells UTF-16 without a mark from binary data', () => {
    expect(() => decodeArticleBytes(Buffer.from('Russia and Iran', 'utf16le'))).toThrow(
      /UTF-16 text without a byte-order mark/,
    );
    expect(() =>
      decodeArticleBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0, 5])),
    ).toThrow(/binary data \(a NUL byte at line 2, column 2\)/);
  });

  it('finds truncated and overlong sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('ok'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x80]))).toBe(1); // cut off at the end
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf]))).toBe(2); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a lone surrogate
  });
});
