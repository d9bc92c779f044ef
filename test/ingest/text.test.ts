/** Article text, verbatim lookup, nearest match and mention counting: pure functions, no DB. */
import {
  articleText,
  countMentions,
  findQuoteSpan,
  findSpan,
  nearestMatch,
} from '../../scripts/src/ingest/index';
import { describeMiss } from '../../scripts/src/ingest/text';

describe('articleText', () => {
  it('drops a leading " date YYYY-MM-DD " header and reports its date', () => {
    expect(articleText(' date 2026-03-11 Trump envoy’s reaction')).toEqual({
      text: 'Trump envoy’s reaction',
      headerDate: '2026-03-11',
    });
  });
  it('keeps text without a header as it is', () => {
    expect(articleText('Trump Downplays Russia-Iran Intel')).toEqual({
      text: 'Trump Downplays Russia-Iran Intel',
    });
  });
});

describe('findSpan / findQuoteSpan', () => {
  const text = 'He said “yes”. Later: “The Russians assure us. Let’s hope, yes,” he said.';
  it('returns the first occurrence as [start, end) with text.slice(start, end) === needle', () => {
    const span = findSpan(text, 'yes')!;
    expect(span).toEqual({ start: 9, end: 12 });
    expect(text.slice(span.start, span.end)).toBe('yes');
  });
  it('returns undefined when the string is not verbatim in the text', () => {
    expect(findSpan(text, "Let's hope")).toBeUndefined();
  });
  it('places a quote inside its evidence when it occurs there, not at its first occurrence', () => {
    const evidence = findSpan(text, '“The Russians assure us. Let’s hope, yes,” he said.')!;
    const quote = findQuoteSpan(text, 'yes', [evidence])!;
    expect(quote.start).toBeGreaterThan(evidence.start);
    expect(text.slice(quote.start, quote.end)).toBe('yes');
    expect(findSpan(text, 'yes')!.start).toBeLessThan(evidence.start);
  });
  it('falls back to the first occurrence in the article when the evidence lacks the quote', () => {
    expect(findQuoteSpan(text, 'He said', [{ start: 20, end: 30 }])).toEqual({ start: 0, end: 7 });
  });
});

describe('nearestMatch', () => {
  const text = 'The remark surprised some observers. “Let’s hope they are not,” Witkoff said.';
  it('finds the closest substring of similar length by edit distance', () => {
    const near = nearestMatch(text, "Let's hope they are not")!;
    expect(near.text).toBe('Let’s hope they are not');
    expect(near.distance).toBe(1);
    expect(text.slice(near.start, near.end)).toBe(near.text);
  });
  it('is exact (distance 0) when the needle occurs', () => {
    expect(nearestMatch(text, 'surprised some')).toMatchObject({
      text: 'surprised some',
      distance: 0,
    });
  });
  it('explains a miss with the nearest match and a typography hint', () => {
    expect(describeMiss(text, "Let's hope they are not")).toBe(
      'nearest match (edit distance 1) at 38-61: "Let’s hope they are not" (differs only in quote marks, dashes or spacing)',
    );
  });
});

describe('countMentions', () => {
  it('counts whole-word names and aliases, longest form first, without double counting', () => {
    const text =
      'Pete Hegseth spoke. Hegseth said Russia and the Russians; Russian oil is not Russia.';
    const counts = countMentions(
      text,
      new Map([
        ['pete-hegseth', ['Pete Hegseth', 'Hegseth']],
        ['russia', ['Russia', 'the Russians']],
      ]),
    );
    expect(Object.fromEntries(counts)).toEqual({ 'pete-hegseth': 2, russia: 3 });
  });
  it('matches forms that start with punctuation, such as an X handle', () => {
    const counts = countMentions(
      'Posted by @PressSec today.',
      new Map([['leavitt', ['@PressSec']]]),
    );
    expect(counts.get('leavitt')).toBe(1);
  });
  it('gives the same counts as one leftmost-longest alternation regex, on random texts', () => {
    // The regex is the obvious definition; countMentions must agree with it everywhere.
    const byRegex = (text: string, forms: Map<string, string[]>) => {
      const owner = new Map<string, string>();
      for (const [id, names] of forms) for (const f of names) if (!owner.has(f)) owner.set(f, id);
      const counts = new Map([...forms.keys()].map((id) => [id, 0]));
      const alts = [...owner.keys()]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
      for (const m of text.matchAll(re)) {
        const id = owner.get(m[0])!;
        counts.set(id, counts.get(id)! + 1);
      }
      return counts;
    };
    const words = ['Iran', 'Iran War', 'War', 'Tehran', 'é', 'Iranian', '_x', '𝒳', 'a.b', '1'];
    const glue = [' ', '', '-', ', ', '_', '.'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const forms = new Map([
      ['iran', ['Iran', 'Tehran']],
      ['war', ['Iran War', 'War']],
      ['odd', ['a.b', '𝒳', 'é']],
    ]);
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let k = rnd(12); k >= 0; k--)
        text += words[rnd(words.length)]! + glue[rnd(glue.length)]!;
      expect(Object.fromEntries(countMentions(text, forms))).toEqual(
        Object.fromEntries(byRegex(text, forms)),
      );
    }
  });
});
