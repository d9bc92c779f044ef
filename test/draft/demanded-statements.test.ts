/**
 * 'demanded that the White House “stop pretending this isn't happening”': a demand with its
 * quote is a statement about the one it is made of. Short text of our own.
 */
import { draft } from './helpers';

describe('a quoted demand', () => {
  it('is a statement about the one it is made of', () => {
    const d = draft(
      'Sen. Tom Brandywine (R-Texas) demanded on Monday that the White House "stop pretending this isn\'t happening".',
      '2026-11-02',
    );
    expect(
      d.relationships.filter((r) => r.type === 'SAID').map((r) => `${r.to}: ${r.quote}`),
    ).toEqual(["white-house: stop pretending this isn't happening"]);
  });
});
