/** Search marks the words it matched as ranges, and cuts long texts around the first match. */
import { excerpt, markMatches } from '../../server/src/db/text-marks';

const marked = (m: { text: string; marks: [number, number][] }) =>
  m.marks.map(([a, b]) => m.text.slice(a, b));

describe('text marks', () => {
  it('marks whole words and prefixes, folded like the index (case, accents, curly quotes)', () => {
    const m = markMatches(
      'We’re not concerned about that. NOT Concerning? Putín.',
      'not concern putin',
    );
    expect(marked(m)).toEqual(['not', 'concerned', 'NOT', 'Concerning', 'Putín']);
  });

  it('marks words that start with a term, never a term inside a word', () => {
    expect(marked(markMatches('another nothing', 'not'))).toEqual(['nothing']);
  });

  it('cuts an excerpt around the first match and shifts its marks', () => {
    const text = `${'filler words here '.repeat(30)}Hegseth said he was not concerned. ${'more text '.repeat(30)}`;
    const e = excerpt(text, 'concerned', 120);
    expect(e.text.length).toBeLessThanOrEqual(124);
    expect(e.text.startsWith('…')).toBe(true);
    expect(marked(e)).toEqual(['concerned']);
  });
});
