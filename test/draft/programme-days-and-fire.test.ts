/**
 * A guest's statements in the paragraph that tells their dated appearance on a programme
 * ("Later on the same program, Sen. X said …") were made that day; and "would be playing with
 * fire" is a conditional warning to the one playing. Short texts of our own.
 */
import { draft } from './helpers';

describe('a guest’s words in the paragraph of their appearance', () => {
  const d = draft(
    [
      'Vice President Tom Arden said in an interview that aired Sunday that Moscow had questions to answer, speaking to CNN\'s Dana Frey on "State of the Union."',
      'Later on the same program, Sen. Ruth Alder, D-Md., said the administration\'s response had been "pathetic." "We are not even asking the questions," she said.',
    ].join('\n\n'),
    '2026-12-07',
  );

  it('take the appearance’s day', () => {
    const alder = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'ruth-alder');
    expect(alder.length).toBeGreaterThan(0);
    for (const r of alder) expect(r.date).toBe('2026-12-06');
  });
});

describe('"would be playing with fire"', () => {
  it('warns the one playing', () => {
    const d = draft(
      'Vice President Tom Arden said Russia would be "playing with fire" if it is helping Iran.',
      '2026-12-07',
    );
    expect(d.relationships).toContainEqual(
      expect.objectContaining({ type: 'WARNED', from: 'tom-arden', to: 'russia' }),
    );
  });

  it('but not when it is denied', () => {
    const d = draft(
      'Vice President Tom Arden said Russia would not be "playing with fire" by talking to Iran.',
      '2026-12-07',
    );
    expect(d.relationships.filter((r) => r.type === 'WARNED')).toEqual([]);
  });
});
