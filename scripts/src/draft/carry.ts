/**
 * Dates carried from the lead. News copy states the day once ("Sen. X said on Sunday that …")
 * and then goes on quoting the same person ("'…,' she said."; "X told moderator Y that …")
 * without repeating it. A later sentence about the same person that names no time of its own
 * took place on the day the article last gave for that person. Never across a time word of its
 * own ("in early March", "last week", "earlier"), a past perfect ("she had told"), another day
 * for that person in between, or a paragraph that changes the subject to the past.
 */
import { datesIn, mainDateOf, reportedPastClauses } from './dates';
import { insideQuote, type Doc, type Sentence } from './document';

/** A sentence that places itself in time: it must not borrow another sentence's day. */
const OWN_TIME =
  /\b(?:had (?:\w+ly )?(?:said|told|called|described|spoken|warned|denied|dismissed|argued|written|claimed|insisted|suggested|appeared|given|stated)|earlier|previously|last (?:week|month|year|fall|spring|summer|winter)|in (?:early|mid|late)[- ]\w+|ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|weeks? before|months? before|at the time|back in|since|once|used to)\b/i;

/**
 * A meeting or call told as such: "met", "held talks", "spoke by phone", "in a phone call" (not
 * "host X spoke with Y": an interview, whose day is the words').
 */
const MET =
  /\b(?:met|meets|held (?:\w+ ){0,2}talks|spoke by (?:tele)?phone|(?:tele)?phone call|telephone conversation)\b/i;
const SAYING =
  /\b(?:said|says|told|tells|added|stated|declared|insisted|argued|warned|called|described|according to)\b/i;

/** Sentences that mention `id` outside quotes, in order. */
function sentencesOf(doc: Doc, id: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of doc.mentions) {
    if (m.entity !== id || insideQuote(doc, m.start)) continue;
    const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (s && !out.includes(s)) out.push(s);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * ", who said on Sunday that …": a relative clause about someone else, from ", who" to the next
 * comma outside quotes or the sentence's end. Its day is that person's, not the sentence's.
 */
function relativeTails(doc: Doc, s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of doc.fold.slice(s.start, s.end).matchAll(/,\s*who\s/g)) {
    const start = s.start + m.index;
    let end = s.end;
    for (let k = start + m[0].length; k < s.end; k++) {
      if (insideQuote(doc, k)) continue;
      if (doc.fold[k] === ',') {
        end = k;
        break;
      }
    }
    out.push({ start, end });
  }
  return out;
}

/** Whether a sentence names any time of its own (a day, a week, "earlier", "had told"). */
export function hasOwnTime(
  doc: Doc,
  s: Sentence,
  skip: { start: number; end: number }[] = [],
): boolean {
  const past = reportedPastClauses(doc, s);
  // A reported clause in the past perfect tells what happened before the saying: its time
  // words ("had 'made it very clear' in a call earlier this month") are not the saying's.
  let text = doc.fold.slice(s.start, s.end);
  for (const c of past)
    if (/^had\b/i.test(doc.fold.slice(c.start, c.end)))
      text =
        text.slice(0, c.start - s.start) +
        ' '.repeat(c.end - c.start) +
        text.slice(c.end - s.start);
  // Quoted words do not date the sentence's own act ("'Last week we warned them,' she said").
  const outside = text.replace(/["“][^"”]*["”]/g, ' ');
  if (OWN_TIME.test(outside)) return true;
  return datesIn(doc, s, [...doc.quotes, ...past, ...skip], true).length > 0;
}

/**
 * The day the article last gave for what `id` did, before sentence `s` (or in it), when `s`
 * names no time of its own; else nothing. The day must come from a sentence that mentions
 * `id` and names exactly one day, within the four paragraphs before.
 */
export function carriedDate(doc: Doc, s: Sentence, id: string): string | undefined {
  if (!doc.date || hasOwnTime(doc, s)) return undefined;
  const mine = sentencesOf(doc, id).filter((x) => x.index < s.index);
  for (let k = mine.length - 1; k >= 0; k--) {
    const x = mine[k]!;
    if (s.paragraph - x.paragraph > 4) return undefined;
    // "X and Y met for 90 minutes on Thursday in Istanbul": the day of a meeting or a call the
    // person took part in, told without a word of saying, is not the day of what the person said
    // later (on a Sunday show, or "after the session": which, is not said); no day then.
    const plain = doc.fold.slice(x.start, x.end).replace(/["“][^"”]*["”]/g, ' ');
    if (MET.test(plain) && !SAYING.test(plain)) return undefined;
    // "X pushed back on Y, who said on Sunday …": Sunday is Y's, not X's.
    const others = relativeTails(doc, x);
    // "WASHINGTON, Nov 12 (Wire) - X told senators on Wednesday …": the dateline's day is the
    // copy's, not X's.
    const d = mainDateOf(doc, x, [...doc.quotes, ...others, ...doc.datelines]);
    if (d) return d;
    // A sentence about the person that names a time but no day (a week, "earlier") ends the
    // search: what follows may be about then.
    if (hasOwnTime(doc, x, others)) return undefined;
  }
  return undefined;
}

/** Statement-like facts that happen on a day: a missing date may come from the lead. */
const DATED_TYPES = new Set([
  'SAID',
  'DENIED',
  'DISMISSED',
  'CRITICIZED',
  'WARNED',
  'RESPONDED_TO',
  'APPEARED_ON',
  'INTERVIEWED',
]);

/**
 * The last stage: an undated statement of a person or body whose evidence sentence names no
 * time gets the day the article gave that speaker before.
 */
export function carryDates(doc: Doc): void {
  if (!doc.date) return;
  const stamps = liveBlog(doc);
  for (const r of doc.relationships) {
    if (r.date || !DATED_TYPES.has(r.type)) continue;
    // An open threat ("everything is on the table") keeps only the day its own sentence or
    // transcript tells: its party is read from the context, and so would a borrowed day be.
    if (r.rule === 'threat:open') continue;
    const first = r.evidence[0];
    if (!first) continue;
    const at = doc.text.indexOf(first);
    if (at < 0) continue;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    // Every sentence of the evidence must be free of a time of its own.
    const end = at + first.length;
    const all = doc.sentences.filter((x) => x.start < end && x.end > at);
    if (all.some((x) => hasOwnTime(doc, x))) continue;
    const d =
      carriedDate(doc, s, r.from) ??
      liveEntryDate(doc, s, stamps) ??
      hearingDay(doc, s, r.from) ??
      appearanceDay(doc, s, r);
    if (d) r.date = d;
  }
}

/**
 * "Later on the same program, Sen. X said …": a statement of a guest in the paragraph that
 * tells their dated appearance on a programme was made on that day.
 */
function appearanceDay(
  doc: Doc,
  s: Sentence,
  r: { type: string; from: string },
): string | undefined {
  if (r.type === 'APPEARED_ON') return undefined;
  const days = new Set<string>();
  for (const x of doc.relationships) {
    if (x.type !== 'APPEARED_ON' || x.from !== r.from || !x.date) continue;
    const at = doc.text.indexOf(x.evidence[0] ?? '\u0000');
    const home = doc.sentences.find((y) => y.start <= at && at < y.end);
    if (home && home.paragraph === s.paragraph && home.start <= s.start) days.add(x.date);
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/** "after the hearing", "following the session": said on the hearing's day, off its record. */
const AFTER_HEARING =
  /\b(?:after|following|at the end of|as he left|as she left|outside)\s+(?:the|today['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:hearing|session|testimony)\b/i;

/**
 * A hearing write-up tells the day once ("told the House Intelligence Committee on Thursday")
 * and then goes on with the answers: an undated statement of someone who took part in the one
 * hearing the article tells (a witness, a questioning member), or one made "after the
 * hearing", told after the hearing first appears and naming no time of its own, was made on
 * the hearing's day.
 */
export function hearingDay(doc: Doc, s: Sentence, id: string): string | undefined {
  if (hasOwnTime(doc, s)) return undefined;
  const hearings = [...doc.entities.values()].filter(
    (e) => e.label === 'Event' && e.occasion === true && /\bhearing\b/i.test(e.name),
  );
  if (hearings.length !== 1 || !hearings[0]!.date) return undefined;
  const hearing = hearings[0]!;
  const took = doc.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === hearing.id);
  const first = Math.min(
    ...took.map((r) => doc.text.indexOf(r.evidence[0] ?? '\u0000')).filter((x) => x >= 0),
  );
  if (!Number.isFinite(first) || first > s.start) return undefined;
  const text = doc.fold.slice(s.start, s.end).replace(/["“][^"”]*["”]/g, ' ');
  if (took.some((r) => r.from === id) || AFTER_HEARING.test(text)) return hearing.date;
  return undefined;
}

/** A live blog's entry stamp on a line of its own: "11:47 a.m. ET", "PINNED — 12:25 p.m. ET". */
const STAMP_LINE =
  /^(?:[A-Z][A-Za-z]*\s*[—–:-]\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2})?\s*$/i;

/**
 * A live blog: two or more lines that are entry stamps of a time only, after a header that
 * prints one full date (with its year) before the first stamp. Where its stamps stand, and
 * that day.
 */
function liveBlog(doc: Doc): { stamps: number[]; day: string } | undefined {
  const stamps: number[] = [];
  let at = 0;
  for (const line of doc.fold.split('\n')) {
    if (STAMP_LINE.test(line.trim())) stamps.push(at);
    at += line.length + 1;
  }
  if (stamps.length < 2) return undefined;
  const days = new Set<string>();
  for (const d of datesIn(doc, { start: 0, end: stamps[0]! }))
    if (/\b\d{4}\b/.test(d.text)) days.add(d.date);
  return days.size === 1 ? { stamps, day: [...days][0]! } : undefined;
}

/**
 * An undated statement in a live blog entry that names no time of its own happened on the
 * blog's day: the entry's stamp is a time of that day.
 */
function liveEntryDate(
  doc: Doc,
  s: Sentence,
  blog: { stamps: number[]; day: string } | undefined,
): string | undefined {
  if (!blog || hasOwnTime(doc, s)) return undefined;
  const text = doc.fold.slice(s.start, s.end).replace(/["“][^"”]*["”]/g, ' ');
  // "Overnight, …", "Yesterday …": a time word that a date parser does not read as a day.
  if (/\b(?:overnight|yesterday|last night|tomorrow)\b/i.test(text)) return undefined;
  return blog.stamps.some((at) => at < s.start) ? blog.day : undefined;
}

/** Words of a quote compared for an echo: lower case, inner spaces single, no edge marks. */
function quoteKey(q: string): string {
  return q
    .toLowerCase()
    .replace(/[“”"‘’'.,;:!?\s]+$/u, '')
    .replace(/^[“”"‘’'\s]+/u, '')
    .replace(/\s+/g, ' ');
}

/**
 * "MOSCOW, July 13 (Wire) - Rubio said Russia had “picked a side” …" and later "“…, you have
 * picked a side,” Rubio said in an interview on Sunday": a lead's words that the body quotes
 * again in full, with the day they were said, were said on that day, not on the dateline's. A
 * lead statement whose sentence gives no day but the dateline's (or none) takes the day of the
 * fuller quote of the same speaker; the other facts its sentence gave that speaker on the same
 * day move with it.
 */
export function echoDates(doc: Doc): void {
  const said = doc.relationships.filter(
    (r) => (r.type === 'SAID' || r.type === 'DENIED') && r.quote && r.evidence[0],
  );
  for (const r of said) {
    const key = quoteKey(r.quote!);
    if (key.length < 8) continue;
    const at = doc.text.indexOf(r.evidence[0]!);
    const s = at < 0 ? undefined : doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    // The speaker's own day in the sentence ("Rubio said Monday"), outside its quotes; the
    // dateline's day and another actor's ("as Lavrov on Monday rejected …") are not it.
    const lower = doc.fold.toLowerCase();
    const own = datesIn(doc, s, doc.quotes, true).filter(
      (f) =>
        !doc.datelines.some((d) => f.start >= d.start && f.start < d.end) &&
        (/\b(?:said|says|told|added|wrote|posted|stated)\s+(?:\w+\s+){0,2}?(?:on\s+)?$/.test(
          lower.slice(Math.max(s.start, f.start - 40), f.start),
        ) ||
          doc.mentions.some(
            (m) =>
              m.entity === r.from &&
              m.end <= f.start &&
              /^\s*(?:on\s+)?$/.test(lower.slice(m.end, f.start)),
          )),
    );
    const text = doc.fold.slice(s.start, s.end).replace(/["“][^"”]*["”]/g, ' ');
    if (own.length > 0 || OWN_TIME.test(text)) continue;
    const fuller = said.find(
      (x) =>
        x !== r &&
        x.from === r.from &&
        x.date &&
        x.date !== r.date &&
        x.evidence[0] !== r.evidence[0] &&
        quoteKey(x.quote!).length > key.length &&
        quoteKey(x.quote!).includes(key),
    );
    if (!fuller) continue;
    const was = r.date;
    for (const o of doc.relationships)
      if (o.from === r.from && o.evidence[0] === r.evidence[0] && o.date === was)
        o.date = fuller.date;
  }
}
