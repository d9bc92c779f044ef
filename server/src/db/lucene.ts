/**
 * Builds the Lucene query behind entity search from what a user typed. Each word becomes
 * `(word^3 OR word*^2 OR word~N)`: an exact hit ranks first, then a prefix ("hegs" finds
 * Hegseth), then a fuzzy match that forgives small typos ("witkof" finds Witkoff). Words are
 * folded to lower-case ASCII first, as the index's `standard-folding` analyzer does, so that
 * "Putín" and "putin" are the same word and AND/OR/NOT typed by a user are words, not operators.
 */

/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Most words taken from one query; the rest are ignored. */
export const MAX_TERMS = 8;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Lower-case, accents removed: "Putín" -> "putin". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a query: folded, split where the index's tokenizer would split (spaces,
 * punctuation, quotes, hyphens, @ and #), keeping in-word dots and apostrophes ("u.s", "o'neil").
 */
export function queryTerms(q: string): string[] {
  return fold(q)
    .replace(/\u2019/g, "'")
    .split(/[^\p{L}\p{N}.']+/u)
    .map((t) => t.replace(/^[.']+|[.']+$/g, ''))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}

/** Edits forgiven by the fuzzy clause: none for short words, one up to 5 letters, else two. */
export function fuzziness(term: string): 0 | 1 | 2 {
  if (term.length < 4) return 0;
  return term.length <= 5 ? 1 : 2;
}

/**
 * The Lucene query for a user's words, or null when there is nothing to search for. Without
 * `fuzzy` the near-miss clauses are left out: search asks that first, because at 1M
 * relationships the fuzzy clauses double the query's time (docs/benchmarks.md).
 */
export function buildLuceneQuery(
  q: string,
  { fuzzy = true }: { fuzzy?: boolean } = {},
): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const e = escapeLucene(t);
      const clauses = [`${e}^3`];
      if (t.length >= 2) clauses.push(`${e}*^2`);
      const edits = fuzzy ? fuzziness(t) : 0;
      if (edits) clauses.push(`${e}~${edits}`);
      return `(${clauses.join(' OR ')})`;
    })
    .join(' OR ');
}

function nameWords(name: string): string[] {
  return fold(name)
    .replace(/\u2019/g, "'")
    .split(/[^\p{L}\p{N}.']+/u)
    .filter(Boolean);
}

/**
 * Whether every word typed is a whole word, or the start of one, in the name or an alias:
 * a hit that explains the whole query without forgiving a typo.
 */
export function explainsEveryWord(q: string, name: string, aliases: readonly string[]): boolean {
  const words = [name, ...aliases].flatMap(nameWords);
  return queryTerms(q).every((t) => words.some((w) => w.startsWith(t)));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** How well one name matches the words: 3 per exact word, 2 per prefix, 1 per near miss. */
function nameScore(name: string, terms: string[]): number {
  const words = nameWords(name);
  let score = 0;
  for (const t of terms) {
    let best = 0;
    for (const w of words) {
      if (w === t) best = 3;
      else if (best < 2 && w.startsWith(t)) best = 2;
      else if (best < 1 && fuzziness(t) && editDistance(w, t) <= fuzziness(t)) best = 1;
    }
    score += best;
  }
  return score;
}

/** The name or alias that best explains a hit (the name wins ties, then the shorter form). */
export function bestMatch(q: string, name: string, aliases: readonly string[]): string {
  const terms = queryTerms(q);
  let best = name;
  let bestScore = nameScore(name, terms);
  for (const alias of aliases) {
    const s = nameScore(alias, terms);
    // An alias wins only when it explains the words better than the name does.
    if (s > bestScore || (s === bestScore && best !== name && alias.length < best.length)) {
      best = alias;
      bestScore = s;
    }
  }
  return best;
}
