/**
 * Which words of a text a search matched, as character ranges the client marks with DOM text
 * nodes (never markup). A word matches when, folded like the index folds it, it equals a query
 * term or starts with one (the search asks for prefixes too). Also cuts an excerpt of a long
 * text around its first match.
 */
import { fold, queryTerms } from './lucene';

export interface Marked {
  text: string;
  /** [start, end) UTF-16 offsets into `text`, in order, not overlapping. */
  marks: [number, number][];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu;

export function markMatches(text: string, q: string): Marked {
  const terms = queryTerms(q);
  const marks: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    // Trailing dots and apostrophes end a sentence or a quote, not the word.
    const raw = m[0].replace(/[.'\u2019]+$/, '');
    const word = fold(raw).replace(/\u2019/g, "'");
    if (terms.some((t) => word === t || (t.length >= 2 && word.startsWith(t))))
      marks.push([m.index, m.index + raw.length]);
  }
  return { text, marks };
}

/** About `width` characters of `text` around its first match, cut at word boundaries. */
export function excerpt(text: string, q: string, width = 200): Marked {
  const all = markMatches(text, q);
  if (text.length <= width) return all;
  const first = all.marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const shift = pre.length - start;
  return {
    text: `${pre}${text.slice(start, end)}${post}`,
    marks: all.marks
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]) => [a + shift, b + shift] as [number, number]),
  };
}
