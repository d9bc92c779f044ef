/**
 * Article text and the spans curated facts rest on: the header-free text that offsets point
 * into, verbatim lookup of evidence and quotes, and the nearest match shown when a string is
 * not verbatim in the article.
 */

/** A leading "date YYYY-MM-DD" header (optionally indented), which is not part of the text. */
const DATE_HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

export interface ArticleText {
  /** The text offsets are into: the file content without the date header. */
  text: string;
  /** The date the header gave, when there was one. */
  headerDate?: string;
}

export function articleText(content: string): ArticleText {
  const m = DATE_HEADER.exec(content);
  if (!m) return { text: content };
  return { text: content.slice(m[0].length), headerDate: m[1] };
}

export interface Span {
  start: number;
  end: number;
}

/** First verbatim occurrence of `needle` in `text`, at or after `from`. */
export function findSpan(text: string, needle: string, from = 0): Span | undefined {
  const start = text.indexOf(needle, from);
  return start < 0 ? undefined : { start, end: start + needle.length };
}

/**
 * Where a quote sits: inside one of the relationship's evidence spans when it occurs there
 * (the quote is then the words of that evidence), else its first occurrence in the text.
 */
export function findQuoteSpan(
  text: string,
  quote: string,
  evidence: readonly Span[],
): Span | undefined {
  for (const e of evidence) {
    const at = text.slice(e.start, e.end).indexOf(quote);
    if (at >= 0) return { start: e.start + at, end: e.start + at + quote.length };
  }
  return findSpan(text, quote);
}

export interface NearestMatch extends Span {
  text: string;
  /** Levenshtein distance between the needle and `text`. */
  distance: number;
}

/** Longest needle searched for approximately; longer ones are compared by their first part. */
const MAX_FUZZY_NEEDLE = 400;

/**
 * The substring of `text` closest to `needle` by edit distance (approximate substring matching,
 * Sellers' algorithm: O(text × needle) time, O(needle) memory). The end is found with a free
 * start in the text; the start by running the same recurrence backwards from that end.
 */
export function nearestMatch(text: string, needle: string): NearestMatch | undefined {
  if (!text || !needle) return undefined;
  const pattern = needle.length > MAX_FUZZY_NEEDLE ? needle.slice(0, MAX_FUZZY_NEEDLE) : needle;
  const m = pattern.length;
  // Forward pass: col[i] = best distance of pattern[0..i) against a text substring ending at j.
  let col = new Uint32Array(m + 1);
  let next = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = col[m]!;
  let bestEnd = 0;
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    next[0] = 0;
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      next[i] = Math.min(sub, col[i]! + 1, next[i - 1]! + 1);
    }
    [col, next] = [next, col];
    if (col[m]! < best) {
      best = col[m]!;
      bestEnd = j;
    }
  }
  // Backward pass from bestEnd: the start whose substring reaches that distance, longest first
  // is avoided by preferring the start closest to a length equal to the needle's.
  const windowStart = Math.max(0, bestEnd - 2 * m - 1);
  const reversed = pattern.split('').reverse().join('');
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let bestStart = bestEnd;
  let bestStartDist = prev[m]!;
  for (let j = bestEnd - 1, k = 1; j >= windowStart; j--, k++) {
    const c = text.charCodeAt(j);
    cur[0] = k;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (reversed.charCodeAt(i - 1) === c ? 0 : 1);
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
    const d = prev[m]!;
    const closerInLength = Math.abs(bestEnd - j - m) < Math.abs(bestEnd - bestStart - m);
    if (d < bestStartDist || (d === bestStartDist && closerInLength)) {
      bestStartDist = d;
      bestStart = j;
    }
  }
  return {
    start: bestStart,
    end: bestEnd,
    text: text.slice(bestStart, bestEnd),
    distance: bestStartDist + (needle.length - m),
  };
}

/** Folds the differences people most often introduce by hand: quote marks, dashes, spacing. */
export function normalizeTypography(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens a string for a message, keeping both ends. */
export function clip(s: string, max = 160): string {
  if (s.length <= max) return s;
  const half = Math.floor((max - 1) / 2);
  return `${s.slice(0, half)}…${s.slice(s.length - half)}`;
}

/** The "not found" explanation: the nearest match, and a hint when only typography differs. */
export function describeMiss(text: string, needle: string): string {
  const near = nearestMatch(text, needle);
  if (!near) return 'the article text is empty';
  const hint =
    normalizeTypography(near.text) === normalizeTypography(needle)
      ? ' (differs only in quote marks, dashes or spacing)'
      : '';
  return (
    `nearest match (edit distance ${near.distance}) at ${near.start}-${near.end}: ` +
    `${JSON.stringify(clip(near.text))}${hint}`
  );
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How often each entity is named in `text`: non-overlapping, whole-word, case-sensitive matches
 * of its name and aliases, longest form first ("Pete Hegseth" counts once, not also "Hegseth").
 * A form shared by two entities counts for the first one listed.
 */
export function countMentions(
  text: string,
  forms: ReadonlyMap<string, readonly string[]>,
): Map<string, number> {
  const owner = new Map<string, string>();
  for (const [id, names] of forms) for (const f of names) if (f && !owner.has(f)) owner.set(f, id);
  const counts = new Map<string, number>([...forms.keys()].map((id) => [id, 0]));
  // Every whole-word occurrence of every form, then leftmost-longest without overlaps: the
  // same answer as one big alternation regex, but plain indexOf scans instead of compiling a
  // Unicode regex per article (which dominated validation time on large corpora).
  const hits: { start: number; end: number; id: string }[] = [];
  for (const [form, id] of owner) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isWordChar(text, at - 1, true) || isWordChar(text, end, false)) continue;
      hits.push({ start: at, end, id });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let free = 0;
  for (const h of hits) {
    if (h.start < free) continue;
    counts.set(h.id, counts.get(h.id)! + 1);
    free = h.end;
  }
  return counts;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Whether the code point ending just before (`before`) or starting at `i` is a letter, digit or _. */
function isWordChar(text: string, i: number, before: boolean): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = before
    ? text.codePointAt(i - (isLowSurrogate(text, i) ? 1 : 0))!
    : text.codePointAt(i)!;
  return WORD.test(String.fromCodePoint(code));
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}
