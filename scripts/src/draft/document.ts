/**
 * The one annotated document every stage reads and adds to (spaCy's `Doc`): the text and its
 * fold, paragraphs, sentences and tokens, then mentions, entities and relationships as the
 * stages find them.
 */
import nlp from 'compromise';
import type { DraftRelationship, EntityLabel } from '@kg/server/contracts';
import {
  continuesLine,
  creditedItems,
  isBoilerplate as isFurniture,
  isCapsHeadline,
  isLinkItem,
  isMediaLink,
  opensLinkList,
  opensSummary,
  quotedIn,
} from './boilerplate';
import { normalize } from './normalize';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** A title-case line without final punctuation: a headline, a cross-head, a list label. */
  heading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  /** The folded text of the token. */
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or is an @handle / number-led name). */
  cap: boolean;
  sentence: number;
}

/** How a mention was recognised; decides how much the linker trusts it. */
export type MentionKind =
  | 'name' // a registry name or alias, or a proper name found by the name cues
  | 'fuzzy' // a near-miss of a registry form (typo)
  | 'descriptor' // a lower-case registry alias ("the president", "the conflict")
  | 'demonym' // "Russian" as an adjective, "the Russians"
  | 'capital' // "Moscow" for the Russian government
  | 'surname' // a surname after the full name
  | 'role' // "the defense secretary"
  | 'pronoun' // "he" / "she" resolved to a speaker
  | 'event'; // an event phrase ("an interview with CNBC", "the Trump-Putin call")

export interface Mention extends Span {
  /** Key of the entity in `doc.entities` (registry id or new slug). */
  entity: string;
  kind: MentionKind;
  /** Linking confidence 0..1. */
  score: number;
  /** Start of the whole noun phrase including a title ("Defense Secretary Pete Hegseth"). */
  phraseStart?: number;
  /** Inside a longer name ("Washington" in "the Russian Embassy in Washington"). */
  nested?: boolean;
}

export interface Candidate {
  id: string;
  score: number;
  why: string;
}

export interface DocEntity {
  id: string;
  name: string;
  label: EntityLabel;
  status: 'existing' | 'new';
  aliases: string[];
  role?: string;
  candidates: Candidate[];
  /** Event entities proposed by a rule: the people/outlets that take part. */
  participants?: string[];
  date?: string;
  alleged?: boolean;
  /** An interview, call or briefing proposed by the events stage: an occasion of speech. */
  occasion?: boolean;
  /** A strike or attack proposed by the strikes stage. */
  strike?: boolean;
}

export interface Doc {
  text: string;
  fold: string;
  date?: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** compromise's tags of the term starting at an offset (#Person, #Verb, #ProperNoun...). */
  tags: Map<number, Set<string>>;
  /** Datelines ("BERLIN (AP) —", "MOSCOW, March 12 (Reuters) -"): no mentions are taken there. */
  datelines: Span[];
  /** Quoted spans (content only, without the marks), filled by the quotes stage. */
  quotes: Span[];
  mentions: Mention[];
  entities: Map<string, DocEntity>;
  relationships: DraftRelationship[];
  notes: string[];
  /** The entity of the outlet that published the text (--outlet, dateline, sign-off), if known. */
  publisher?: string;
}

// "CNN'S", "IRAN'S" in an all-capitals headline or label: the possessive is a token of its
// own, as in "CNN's".
const TOKEN =
  /[A-Za-z](?:\.[A-Za-z])+\.?|'[sS]\b|[@#]?[\p{L}\p{N}]+(?:[',.](?![sS]\b)[\p{L}\p{N}]+)*\+?|[^\s\p{L}\p{N}]/gu;

const HEADING_WORDS = /^[\p{Lu}\p{N}"'“‘(]/u;

function isHeading(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?:;,"”’]$/.test(t) || t.length > 120) return false;
  // "— Sen. Lisa Ferrante (D-Mass.), in a post on X": a dash line names who said the words above.
  if (/^(?:[—–]|--)/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 14) return false;
  const caps = words.filter((w) => HEADING_WORDS.test(w)).length;
  return caps / words.length >= 0.5;
}

/**
 * Paragraphs are lines, with hard-wrapped lines joined back; bullets and numbering are left
 * outside the sentence; page furniture (share bars, bylines, captions, "RELATED:" links) is
 * left out altogether. The first paragraph, when it is a short line without closing
 * punctuation, is the headline.
 */
function paragraphsOf(text: string): { paragraphs: Paragraph[]; skipped: number } {
  const lines: { start: number; end: number }[] = [];
  const re = /[^\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start: m.index, end: m.index + m[0].length });
    if (m.index + m[0].length >= text.length) break;
    re.lastIndex = m.index + m[0].length + 1;
  }
  const out: Paragraph[] = [];
  let skipped = 0;
  // A digest whose items end with their sources keeps "… (Reuters)" lines: they are items.
  const items = creditedItems(lines.map((l) => text.slice(l.start, l.end)));
  const isBoilerplate = (line: string) => isFurniture(line, items);
  const at = (k: number) => (k < lines.length ? text.slice(lines[k]!.start, lines[k]!.end) : '');
  // A hard-wrapped text: lines cut mid-sentence (no closing punctuation, next line not blank).
  // There, a title-case line followed by another line is a wrapped line, not a heading.
  // Wrapped lines are cut at about the same width; a caption or a headline is not.
  const cut = lines
    .filter(
      (l, k) =>
        l.end - l.start >= 45 &&
        at(k + 1).trim() !== '' &&
        /[\p{L}\p{N},]$/u.test(at(k).trimEnd()) &&
        !isBoilerplate(at(k)),
    )
    .map((l) => l.end - l.start);
  const width = Math.max(0, ...cut);
  const wrapped = cut.filter((n) => n >= 0.75 * width).length >= 3;
  let linkList = false;
  let summary = false;
  // Running text has begun: a paragraph that ends a sentence was kept.
  let body = false;
  const headings: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end);
    if (!line.trim()) continue;
    // The items of a "Related:" list are links, up to the first line that is not an item.
    if (linkList && isLinkItem(line)) {
      skipped++;
      continue;
    }
    // A "Key points:" item whose quotes the article gives again below repeats the article (and
    // shortens its speakers: "Kremlin calls the warning …" for the spokesman's words).
    if (summary && isLinkItem(line) && repeatedBelow(text, lines[i]!.end, line)) {
      skipped++;
      continue;
    }
    summary = summary ? isLinkItem(line) : opensSummary(line);
    linkList = opensLinkList(line);
    if (
      isBoilerplate(line) ||
      (out.length > 0 && isMediaLink(line)) ||
      (body && isCapsHeadline(line)) ||
      repeatsHeading(headings, line)
    ) {
      skipped++;
      continue;
    }
    const lead = /^[ \t]*(?:[-•*·▪►]|\d{1,2}[.)])?[ \t]*/.exec(line)![0].length;
    const start = lines[i]!.start + lead;
    let end = lines[i]!.end;
    const after = i + 1 < lines.length ? text.slice(lines[i + 1]!.start, lines[i + 1]!.end) : '';
    // A title-case line that the next line continues in lower case ("Kremlin spokesman Dmitry
    // Peskov told reporters" / "the accusations were …") is a broken line, not a heading.
    const brokenOff = /^["'“‘]?\p{Ll}/u.test(after.trimStart());
    // "• Envoy X met Y in Miami on Monday (Reuters)": a list item is a line of text, however
    // many capitals it has; only a line without a bullet can be a heading.
    const bulleted = /^[ \t]*[-•*·▪►][ \t]+\S/.test(line);
    const heading =
      (!bulleted &&
        isHeading(line) &&
        !brokenOff &&
        !(wrapped && after.trim() && continuesLine(line, after, false, true))) ||
      (out.length === 0 &&
        !/[.!?:;]["”’)]?$/.test(line.trim()) &&
        line.trim().split(/\s+/).length <= 20 &&
        (!after.trim() || isBoilerplate(after)));
    // A hard-wrapped repost: the next lines continue this paragraph.
    let cur = line;
    while (i + 1 < lines.length) {
      const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end);
      if (
        isBoilerplate(next) ||
        !(
          continuesLine(cur, next, heading, wrapped) ||
          openQuoteCut(text.slice(start, lines[i]!.end), next, heading)
        )
      )
        break;
      i++;
      end = lines[i]!.end;
      cur = next;
    }
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      out.push({ start, end, heading });
      const para = text.slice(start, end);
      if (heading) headings.push(para.trim());
      else if (/[.!?]["”’)]?$/.test(para)) body = true;
    }
  }
  return { paragraphs: out, skipped };
}

/**
 * A mirrored page repeats its headline ("Title – Site" / "Title" / "Title"): a heading-like
 * line of four words or more that a heading kept above already says, word for word.
 */
function repeatsHeading(headings: string[], line: string): boolean {
  const t = line.trim();
  if (/[.!?]["”’)]?$/.test(t) || t.split(/\s+/).length < 4) return false;
  return headings.some(
    (h) => h === t || (h.startsWith(t) && /^\s*(?:[|–—-]|::)\s/.test(h.slice(t.length))),
  );
}

/** Whether every quote of a summary item is quoted again after it. */
function repeatedBelow(text: string, from: number, line: string): boolean {
  const qs = quotedIn(line);
  const rest = text.slice(from);
  return qs.length > 0 && qs.every((q) => rest.includes(q));
}

/**
 * A line cut inside an open quote, mid-sentence ('… "has every right to defend' / 'Iranian
 * waters …,"'): the next line goes on with the quote even when it starts with a capital.
 */
function openQuoteCut(sofar: string, next: string, heading: boolean): boolean {
  const b = next.trim();
  if (heading || !b || /^[-•*·▪►]\s|^\d{1,2}[.)]\s/.test(b)) return false;
  if (/[.!?:;]["”’)]?\s*$/.test(sofar) || !/[\p{L}\p{N},]\s*$/u.test(sofar)) return false;
  const straight = (sofar.match(/"/g) ?? []).length;
  const open = (sofar.match(/“/g) ?? []).length;
  const close = (sofar.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

const JSON_OPTIONS = {
  offset: true,
  text: false,
  normal: false,
  terms: {
    offset: true,
    tags: true,
    text: false,
    normal: false,
    pre: false,
    post: false,
    implicit: false,
    chunk: false,
    dirty: false,
    machine: false,
    id: false,
    index: false,
    whitespace: false,
  },
};

interface NlpTerm {
  offset?: { start: number; length: number };
  tags?: string[];
}
interface NlpSentence {
  offset?: { start: number; length: number };
  terms?: NlpTerm[];
}

/**
 * Sentences of one paragraph by compromise, as offsets into the whole text; the part-of-speech
 * and name tags compromise gives each term are kept by the offset where the term starts.
 */
function sentencesOf(fold: string, p: Paragraph, tags: Map<number, Set<string>>): Span[] {
  // A joined hard wrap is a space to the sentence splitter (same length, offsets unchanged).
  const chunk = fold.slice(p.start, p.end).replace(/\n/g, ' ');
  // Only offsets and tags: compromise's full JSON (text forms, chunks, ids) costs a third more.
  const json = nlp(chunk).json(JSON_OPTIONS) as NlpSentence[];
  for (const s of json) {
    for (const t of s.terms ?? []) {
      if (t.offset && t.tags) tags.set(p.start + t.offset.start, new Set(t.tags));
    }
  }
  const out: Span[] = [];
  let cursor = 0;
  for (const s of json) {
    if (!s.offset) continue;
    const start = Math.max(cursor, s.offset.start);
    const end = Math.min(chunk.length, s.offset.start + s.offset.length);
    if (end > start) {
      out.push({ start: p.start + start, end: p.start + end });
      cursor = end;
    }
  }
  // Whatever compromise left out (a trailing fragment) is a sentence of its own.
  if (cursor < chunk.length && chunk.slice(cursor).trim()) {
    const lead = chunk.slice(cursor).search(/\S/);
    out.push({ start: p.start + cursor + lead, end: p.end });
  }
  if (out.length === 0) out.push({ start: p.start, end: p.end });
  return joinTitleCuts(fold, out)
    .flatMap((s) => splitMissed(fold, s, p.start))
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(fold[start]!)) start++;
      while (end > start && /\s/.test(fold[end - 1]!)) end--;
      return { start, end };
    });
}

/** A title's abbreviation: "Vice Adm. Curtis Bellamy", "Brig. Gen. Ronit Ezra". */
const TITLE_CUT =
  /\b(?:Adm|Brig|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Sen|Sens|Rep|Reps|Gov|Dr|Mr|Mrs|Ms)\.$/;

/**
 * compromise ends a sentence at some titles' full stops ("Military spokesman Brig." / "Gen. Ronit
 * Ezra told …"); a piece that ends in one and is followed by a capital goes on.
 */
function joinTitleCuts(fold: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      TITLE_CUT.test(fold.slice(prev.start, prev.end).trimEnd()) &&
      /^\s*\p{Lu}/u.test(fold.slice(s.start, s.end))
    )
      prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** A full stop (and closing quote) then a capital: a sentence end compromise can miss. */
const MISSED_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Adm|Brig|Maj|Capt|Cmdr|Sgt|St|No|vs|Jr|Sr|Inc|Co|Corp|Calif|Ill|Mass|Fla|Ariz))\.$/;

/**
 * "…a fairy tale from Washington.” He said Russia …": compromise keeps that one sentence when
 * the quote opened on another line. Cut where a sentence-final mark (after a closing quote or
 * outside any quote) meets a capital, unless it ends an abbreviation ("U.S.", "Sen.").
 */
function splitMissed(fold: string, s: Span, paragraphStart: number): Span[] {
  const chunk = fold.slice(s.start, s.end);
  const out: Span[] = [];
  let from = 0;
  MISSED_END.lastIndex = 0;
  for (let m = MISSED_END.exec(chunk); m; m = MISSED_END.exec(chunk)) {
    const cut = m.index + m[0].trimEnd().length;
    const piece = chunk.slice(from, cut);
    if (ABBREVIATION.test(piece.replace(/["”’]$/, ''))) continue;
    // Inside a quote that is still open (counted from the paragraph's start), the quote goes
    // on: not a sentence of the narration.
    const before = fold.slice(paragraphStart, s.start + cut);
    const marks = (before.match(/"/g) ?? []).length;
    const opens = (before.match(/“/g) ?? []).length;
    const closes = (before.match(/”/g) ?? []).length;
    if (marks % 2 === 1 || opens !== closes) continue;
    out.push({ start: s.start + from, end: s.start + cut });
    from = m.index + m[0].length;
  }
  out.push({ start: s.start + from, end: s.end });
  return out;
}

const DATELINE =
  /^[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][\w .]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z .&-]{2,30}\))?\s*[-—–]{1,2}\s/;
/** "Tehran (AFP) -", "Beirut, Lebanon (AP) —": a place in title case needs its agency. */
const DATELINE_TITLE_CASE =
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s*\([A-Z][A-Za-z .&-]{1,29}\)\s*[-—–]{1,2}\s/;

/** "(Bloomberg) -- Russia's …": the agency's tag alone, with no place before it. */
const DATELINE_AGENCY_ONLY = /^\([A-Z][A-Za-z .&-]{1,29}\)\s*[-—–]{1,2}\s/;
/** "Tehran, IRNA --", "Moscow, TASS -": a state agency's place and initials, with no parentheses. */
const DATELINE_AGENCY_INITIALS =
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z]{2,6}\s*[-—–]{1,2}\s/;

/**
 * Datelines open one of the first paragraphs; an update stack puts its slug, a time stamp and
 * an "(Adds …)" note before it, so the first six are read.
 */
function datelinesOf(text: string, paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs.slice(0, 6)) {
    const para = text.slice(p.start, p.end);
    const m =
      DATELINE.exec(para) ??
      DATELINE_TITLE_CASE.exec(para) ??
      DATELINE_AGENCY_ONLY.exec(para) ??
      DATELINE_AGENCY_INITIALS.exec(para);
    if (m) out.push({ start: p.start, end: p.start + m[0].length });
  }
  return out;
}

/** Tokens of a string (folded), with offsets relative to it. */
export function tokenize(s: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function unwrapFold(fold: string, paragraphs: Paragraph[]): string {
  if (!fold.includes('\n')) return fold;
  const chars = fold.split('');
  for (const p of paragraphs)
    for (let i = p.start; i < p.end; i++) if (chars[i] === '\n') chars[i] = ' ';
  return chars.join('');
}

export function createDoc(input: string, date?: string): Doc {
  const n = normalize(input);
  const { paragraphs, skipped } = paragraphsOf(n.text);
  if (skipped)
    n.notes.push(
      `${skipped} line${skipped === 1 ? ' was' : 's were'} left out as page furniture (share buttons, bylines, captions, links).`,
    );
  // A hard wrap joined into its paragraph is a space to every later stage too ("raised\nthe
  // issue with", "a news\nconference"): same length, so offsets and quotes are unchanged.
  n.fold = unwrapFold(n.fold, paragraphs);
  const sentences: Sentence[] = [];
  const tags = new Map<number, Set<string>>();
  paragraphs.forEach((p, pi) => {
    for (const s of sentencesOf(n.fold, p, tags)) {
      sentences.push({ ...s, index: sentences.length, paragraph: pi });
    }
  });
  const tokens: Token[] = [];
  sentences.forEach((s) => {
    for (const m of tokenize(n.fold.slice(s.start, s.end))) {
      const t = m.text;
      tokens.push({
        start: s.start + m.start,
        end: s.start + m.end,
        text: t,
        lower: t.toLowerCase(),
        cap: /^[@#]?\p{Lu}/u.test(t),
        sentence: s.index,
      });
    }
  });
  const articleDate = date ?? n.headerDate;
  return {
    text: n.text,
    fold: n.fold,
    ...(articleDate ? { date: articleDate } : {}),
    paragraphs,
    sentences,
    tokens,
    tags,
    datelines: datelinesOf(n.text, paragraphs),
    quotes: [],
    mentions: [],
    entities: new Map(),
    relationships: [],
    notes: [...n.notes],
  };
}

/** The tokens of sentence `i` (tokens are stored in order, so this is a slice). */
export function sentenceTokens(doc: Doc, i: number): Token[] {
  const s = doc.sentences[i];
  if (!s) return [];
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < doc.tokens.length && doc.tokens[k]!.sentence === i; k++)
    out.push(doc.tokens[k]!);
  return out;
}

export function tagsAt(doc: Doc, offset: number): Set<string> {
  return doc.tags.get(offset) ?? EMPTY;
}
const EMPTY = new Set<string>();

export function mentionsIn(doc: Doc, span: Span): Mention[] {
  return doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => offset >= s.start && offset < s.end);
}

export function insideQuote(doc: Doc, offset: number): boolean {
  return doc.quotes.some((q) => offset >= q.start && offset < q.end);
}
