/**
 * Content hashes are stored in the graph, and a rerun compares them: their definition must never
 * change, whatever the implementation (SHA-1 of the row's JSON, base64url, 22 characters).
 */
import { createHash } from 'node:crypto';
import { contentHash } from '../../scripts/src/ingest/graph';

describe('contentHash', () => {
  it('is pinned: the value stored by earlier loads', () => {
    expect(contentHash({ id: 'x', list: ['ä', 1] })).toBe('6WrL6vJiqt_x1_hVegsbtJ');
  });

  it('equals SHA-1 of the JSON in base64url, cut to 22 characters, for varied rows', () => {
    const rows = [
      {},
      { text: 'Putín’s “quote” — \u0000 \ud83d\ude00', n: [1, 2.5, -3], nested: { a: null } },
      { long: 'x'.repeat(100_000) },
    ];
    for (const row of rows) {
      const expected = createHash('sha1')
        .update(JSON.stringify(row))
        .digest('base64url')
        .slice(0, 22);
      expect(contentHash(row)).toBe(expected);
    }
  });
});
