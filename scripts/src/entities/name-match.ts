/**
 * Comparing entity names the way an analyst would: "José" and "Jose" are the same word,
 * "Sergei" and "Sergey" or "Mohammed" and "Muhammad" are one name in two transliterations,
 * "A. Envoy" may be "Alice Envoy". Pure string functions, no dictionary of names.
 */

/** Letters NFKD does not take apart. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Words that say nothing about which entity a name is. */
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'in', 'on', 'at', 'to']);

/** Lower case, no diacritics, punctuation as spaces, no leading "the". */
export function fold(s: string): string {
  const base = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøæœłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return base.replace(/^the /, '');
}

export const tokens = (s: string): string[] => fold(s).split(' ').filter(Boolean);

/** Tokens that can identify an entity: no stop words, at least two letters. */
export const keyTokens = (s: string): string[] =>
  tokens(s).filter((t) => t.length >= 2 && !STOP.has(t));

/**
 * A transliteration-blind key of one word: consonants only (after the first letter), with the
 * sounds romanisations spell differently made one (kh/q/c/g -> k, ph/v/w -> f, dh -> d,
 * zh/j -> z, doubled letters once). Sergei/Sergey -> srk, Mohammed/Muhammad -> mhmd.
 */
export function skeleton(word: string): string {
  const w = fold(word)
    .replace(/\s+/g, '')
    .replace(/kh|ck|q|c|g/g, 'k')
    .replace(/ph|v|w/g, 'f')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/zh|j/g, 'z')
    .replace(/(.)\1+/g, '$1');
  if (!w) return '';
  return w[0] + w.slice(1).replace(/[aeiouyh]/g, '');
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** How alike two words are, allowing for transliteration: 1 when their skeletons agree. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const jw = jaroWinkler(a, b);
  // Skeletons of short words agree too easily ("li" / "lee"): only from four letters on.
  if (Math.min(a.length, b.length) >= 4 && skeleton(a) === skeleton(b)) return Math.max(jw, 0.95);
  // A longer word that starts like the other is often another name (Roberts / Robertson).
  return Math.abs(a.length - b.length) >= 2 ? jw * 0.9 : jw;
}

/** `a.` / `a` is an initial of `alice`. */
const isInitial = (short: string, long: string) =>
  short.length === 1 && long.length > 1 && long[0] === short;

export interface NameComparison {
  /** 0..1: how alike the two names are as written (transliteration allowed). */
  similarity: number;
  /** One gives a first-name initial where the other spells it out (same surname). */
  initials: boolean;
  /** Same last word (of four letters or more), different first words. */
  sameSurname: boolean;
}

/**
 * Compares two multi-word names: word by word when they have as many words (each pair scored
 * with wordSimilarity, initials allowed), else the whole folded strings.
 */
export function compareNames(x: string, y: string): NameComparison {
  const a = tokens(x);
  const b = tokens(y);
  const out: NameComparison = { similarity: 0, initials: false, sameSurname: false };
  if (!a.length || !b.length) return out;
  const lastA = a[a.length - 1]!;
  const lastB = b[b.length - 1]!;
  const surname =
    a.length > 1 && b.length > 1 && lastA.length >= 4 && wordSimilarity(lastA, lastB) >= 0.95;
  if (a.length === b.length) {
    let initials = false;
    const scores = a.map((w, i) => {
      const v = b[i]!;
      if (isInitial(w, v) || isInitial(v, w)) {
        initials = true;
        return 1;
      }
      return wordSimilarity(w, v);
    });
    out.similarity = Math.min(...scores);
    out.initials = initials && out.similarity === 1;
    if (out.initials) out.similarity = 0.9;
  } else {
    // "United Nations" is a prefix of "United Nations Security Council": alike as strings,
    // but a name with more words is usually a different (part of an) entity.
    const words = Math.min(a.length, b.length) / Math.max(a.length, b.length);
    out.similarity = jaroWinkler(a.join(' '), b.join(' ')) * Math.sqrt(words);
  }
  out.sameSurname = surname && !out.initials && out.similarity < 0.9;
  return out;
}
