/**
 * The draft on the text as submitted. Normalisation (normalize.ts) unifies line endings, drops
 * spaces before a line break, runs of blank lines and a byte-order mark; an evidence sentence
 * that runs across a hard line break then holds "\n" where the submitted file held "\r\n" or
 * " \n", and is no longer a substring of that file (nor of the article that ingestion reads).
 * Where normalisation changed nothing but white space, the draft's text, offsets, quotes and
 * evidence are mapped back onto the submitted text (after its date header), so each is verbatim
 * in it. Any other change leaves the draft on the cleaned text, as the Draft contract and its
 * note say: HTML tags, NFC, and HTML entities, which stay decoded ("&#8217;" read as "’"): a
 * reader's quote holds the character, not the entity (as the gold files here do).
 */
import type { Draft } from '@kg/server/contracts';

const HEAD = /^\uFEFF?(?:\s*date \d{4}-\d{2}-\d{2}\s+)?/;

/**
 * For each character of `norm`, where it starts and ends in `input` (from `from`), when `norm`
 * is `input` with only white space removed; else undefined.
 */
export function alignment(
  norm: string,
  input: string,
  from = 0,
): { start: number[]; end: number[] } | undefined {
  const start: number[] = new Array<number>(norm.length);
  const end: number[] = new Array<number>(norm.length);
  let j = from;
  for (let i = 0; i < norm.length; i++) {
    while (j < input.length && input[j] !== norm[i] && /[\s\uFEFF]/.test(input[j]!)) j++;
    if (j >= input.length || input[j] !== norm[i]) return undefined;
    start[i] = j;
    end[i] = ++j;
  }
  // What follows the last character may only be white space.
  return /^[\s\uFEFF]*$/.test(input.slice(j)) ? { start, end } : undefined;
}

/** Where `s` sits in `text`: inside one of `near` when it occurs there, else its first place. */
function locate(text: string, s: string, near: readonly string[] = []): number {
  for (const n of near) {
    const at = text.indexOf(n);
    const k = at >= 0 ? text.slice(at, at + n.length).indexOf(s) : -1;
    if (k >= 0) return at + k;
  }
  return text.indexOf(s);
}

/** The draft mapped onto `input` (see above), or the draft unchanged. */
export function onSubmittedText(draft: Draft, input: string): Draft {
  const norm = draft.text;
  if (norm === undefined || input.includes(norm)) return draft;
  const from = HEAD.exec(input)![0].length;
  const map = alignment(norm, input, from);
  if (!map || norm.length === 0) return draft;
  const text = input.slice(from);
  const at = (i: number) => map.start[i]! - from;
  const after = (i: number) => map.end[i]! - from;
  const span = (start: number, end: number) =>
    end > start ? text.slice(at(start), after(end - 1)) : '';
  const re = (s: string, near: readonly string[] = []): string => {
    const k = locate(norm, s, near);
    return k < 0 ? s : span(k, k + s.length);
  };
  return {
    ...draft,
    text,
    entities: draft.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => {
        const start = at(m.start);
        const end = m.end > m.start ? after(m.end - 1) : start;
        return { start, end, text: text.slice(start, end) };
      }),
    })),
    relationships: draft.relationships.map((r) => ({
      ...r,
      ...(r.quote !== undefined ? { quote: re(r.quote, r.evidence) } : {}),
      evidence: r.evidence.map((e) => re(e)),
    })),
  };
}
