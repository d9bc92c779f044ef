/**
 * The draft on the text as submitted. Normalisation (normalize.ts) unifies line endings, drops
 * spaces before a line break, runs of blank lines and a byte-order mark, decodes HTML entities
 * ("&#8217;" read as "’"), removes the ">" marks a mail client or a forum puts before quoted
 * lines, reads doubled quotation marks (``…'') as one mark each and UTF-8 read as
 * Windows-1252 ("â€™") back as UTF-8; an evidence sentence or a
 * quote then no longer is a substring of the submitted file (nor of the article that ingestion
 * reads). Where the cleaned text can be aligned with the submitted one through those changes,
 * the draft's text, offsets, quotes and evidence are mapped back onto the submitted text (after
 * its date header), so each is verbatim in it: a quote holds "&#8217;" where the file does.
 * HTML tags (a pasted page) leave the draft on the cleaned text, as the Draft contract and its
 * note say, and so does any other change (NFC).
 */
import type { Draft } from '@kg/server/contracts';
import { decodeEntities, HTML_TAG, mojibakeForms } from './normalize';

const HEAD = /^\uFEFF?(?:\s*date \d{4}-\d{2}-\d{2}\s+)?/;
const ENTITY = /&(?:#x[0-9a-f]+|#\d+|[a-z]+);/iy;
const MAIL_MARKS = /[ \t]*>(?:[ \t]?>)*[ \t]?/y;

/**
 * For each character of `norm`, where it starts and ends in `input` (from `from`), when `norm`
 * is `input` with only white space removed, entities decoded, e-mail quote marks removed at the
 * start of lines and doubled quotation marks read as one; else undefined. A white-space
 * character of `norm` that `input` does not hold is empty (start = end).
 */
export function alignment(
  norm: string,
  input: string,
  from = 0,
): { start: number[]; end: number[] } | undefined {
  const start: number[] = new Array<number>(norm.length);
  const end: number[] = new Array<number>(norm.length);
  const lineStart = (j: number) => j === 0 || input[j - 1] === '\n';
  let j = from;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    for (;;) {
      if (input[j] === '&') {
        ENTITY.lastIndex = j;
        const m = ENTITY.exec(input);
        const d = m ? decodeEntities(m[0]) : '';
        if (m && d !== m[0] && d.length > 0 && norm.startsWith(d, i)) {
          for (let k = 0; k < d.length; k++) {
            start[i + k] = j;
            end[i + k] = j + m[0].length;
          }
          i += d.length - 1;
          j += m[0].length;
          break;
        }
      }
      if (j < input.length && input[j] === c) {
        start[i] = j;
        end[i] = ++j;
        break;
      }
      // "’" read back from "â€™" (normalize.ts): the character stands for its mojibake form.
      const form = c > '\u007f' ? mojibakeForms(c).find((f) => input.startsWith(f, j)) : undefined;
      if (form) {
        start[i] = j;
        j += form.length;
        end[i] = j;
        break;
      }
      if ((c === '“' || c === '”') && (input.startsWith('``', j) || input.startsWith("''", j))) {
        start[i] = j;
        j += 2;
        end[i] = j;
        break;
      }
      if (j < input.length && /[\s\uFEFF]/.test(input[j]!)) {
        j++;
        continue;
      }
      if (lineStart(j) && input[j] !== c) {
        MAIL_MARKS.lastIndex = j;
        const m = MAIL_MARKS.exec(input);
        if (m && m[0].length > 0 && m[0].includes('>')) {
          j += m[0].length;
          continue;
        }
      }
      if (/\s/.test(c)) {
        start[i] = j;
        end[i] = j;
        break;
      }
      return undefined;
    }
  }
  // What follows the last character may only be white space and quote marks.
  return /^(?:[\s\uFEFF>])*$/.test(input.slice(j)) ? { start, end } : undefined;
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

/** Notes about cleaning that no longer hold once the draft is on the submitted text. */
const CLEANED_NOTE = /offsets point into the cleaned text/;

/** The draft mapped onto `input` (see above), or the draft unchanged. */
export function onSubmittedText(draft: Draft, input: string): Draft {
  const norm = draft.text;
  if (norm === undefined || input.includes(norm) || HTML_TAG.test(input)) return draft;
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
    notes: draft.notes.map((n) =>
      CLEANED_NOTE.test(n)
        ? 'HTML entities were read as their characters; quotes and evidence hold them as submitted.'
        : n,
    ),
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
