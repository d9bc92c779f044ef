import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forEachLine, LineBuffer } from '../../scripts/src/ingest/line-buffer';

describe('LineBuffer and forEachLine', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-buffer-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Short and long lines, characters of 1 to 4 UTF-8 bytes (a lone surrogate too), lines that
  // fill the buffer exactly and lines longer than it.
  const lines = [
    'plain',
    '“curly” – dash, é, 😀',
    'x'.repeat(63),
    'y'.repeat(64),
    '€'.repeat(40),
    'lone \ud800 surrogate',
    'z'.repeat(500),
    '',
    'after an empty line',
  ];

  it('writes the bytes that joining the lines would, whatever the buffer size', () => {
    const expected = Buffer.from(`${lines.join('\n')}\n`);
    for (const size of [16, 64, 65, 200, 1 << 16]) {
      const file = path.join(dir, `out-${size}`);
      const fd = fs.openSync(file, 'w');
      const buffer = new LineBuffer(size);
      let total = 0;
      lines.forEach((line, i) => {
        // Half the lines with their byte length given, as the CSV writer gives it.
        total += buffer.append(fd, line, i % 2 ? Buffer.byteLength(line) + 1 : undefined);
      });
      buffer.flush(fd);
      fs.closeSync(fd);
      expect(fs.readFileSync(file)).toEqual(expected);
      expect(total).toBe(expected.length);
    }
  });

  it('reads back the non-empty lines, decoded', () => {
    const buf = Buffer.from(`${lines.join('\n')}\nno newline at the end`);
    const read: string[] = [];
    forEachLine(buf, (start, end) => read.push(buf.toString('utf8', start, end)));
    expect(read).toEqual([
      ...lines.filter((l) => l !== '').map((l) => Buffer.from(l).toString()),
      'no newline at the end',
    ]);
  });
});
