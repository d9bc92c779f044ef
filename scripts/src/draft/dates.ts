/**
 * Stage 7: dates. chrono-node reads the expression against the article date; a bare weekday
 * ("on Friday", "Monday's call") is the latest such day on or before the article date (news
 * reports what happened), unless the clause speaks of the future. A week, a month or "recently"
 * names no day, so it dates nothing; nothing is ever dated with the article date as a stand-in,
 * and no past fact gets a date after the article's.
 */
import * as chrono from 'chrono-node';
import type { Doc, Span } from './document';
import { isBoilerplate } from './boilerplate';

const DAY_MS = 86_400_000;
const FUTURE = /\b(will|would|next|upcoming|tomorrow|scheduled|plans? to|is to|are to)\b/i;
const DURATION =
  /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|few|several|couple of|half an?|\d+)\s+(?:and a half\s+)?(?:hours?|hrs?|minutes?|mins?|seconds?|days?)\b/i;
/** A past verb of saying or doing right before a date expression ("told reporters on"). */
// "warned Moscow on Thursday", "told the BBC on Sunday": a named object between the verb and
// the day does not change whose day it is; nor does where it was done ("told reporters aboard
// Air Force One on Sunday that he would …", "said at a news conference in Ankara on Monday").
const PAST_VERB_BEFORE =
  /\b(?:said|told|asked|added|warned|announced|wrote|posted|stated|insisted|replied|confirmed|declared|spoke|met|called|rejected|denied|dismissed)\s+(?:(?:reporters|him|her|them|journalists)\s+|(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:(?:aboard|on board|at|in|outside|during|after)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){1,4}?)?(?:on\s+|late\s+|early\s+)?$/iu;
/** "since Saturday", "until Monday": a bound of a span, not the day something happened. */
const BOUND = /\b(since|until|till|through|by|from|before|after)\s+$/i;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export interface FoundDate {
  date: string;
  text: string;
  start: number;
}

/**
 * The clause a date expression sits in: from the last comma, semicolon, dash or quote mark
 * before it to the next one after it. "Hegseth, speaking on Friday, warned that "there will
 * be a price"": the future tense of the quote is not the tense of "on Friday".
 */
function clauseAround(chunk: string, from: number, to: number): string {
  const before = chunk.slice(0, from);
  const cut = Math.max(...[',', ';', '"', ' - ', ':'].map((c) => before.lastIndexOf(c)));
  const rest = chunk.slice(to);
  const ends = [',', ';', '"', ' - ', ':', '. '].map((c) => rest.indexOf(c)).filter((k) => k >= 0);
  return chunk.slice(cut + 1, to + (ends.length ? Math.min(...ends) : rest.length));
}

/**
 * chrono's parse of a chunk against a reference date, remembered: the stages ask for the dates
 * of the same sentence many times (one per relationship), and parsing is the costly part.
 */
const PARSED = new Map<string, chrono.ParsedResult[]>();
function parseCached(chunk: string, ref: Date | undefined): chrono.ParsedResult[] {
  const key = `${ref?.toISOString() ?? '-'}|${chunk}`;
  let r = PARSED.get(key);
  if (!r) {
    r = chrono.parse(chunk, ref ? { instant: ref, timezone: 0 } : new Date(0), {
      forwardDate: false,
    });
    if (PARSED.size > 5000) PARSED.clear();
    PARSED.set(key, r);
  }
  return r;
}

/**
 * Days told relative to the day the text gave last ("the same day", "later that day", "earlier
 * in the day", "two days later", "a day earlier", "the next day"): news recaps and timelines chain them. chrono
 * reads them against the article date, which is wrong; they are resolved here against the last
 * day-precise date before them instead (in this paragraph or the two before), or not at all.
 */
const ANAPHORA =
  /\b(?:(?:on |later |earlier )?(?:the same day|that same day|that day|that (?:morning|afternoon|evening|night))|(?:earlier|later) (?:in|on) the day|(?:the )?(?:next|following) (?:day|morning|evening)|(?:on )?the (?:previous|preceding) (?:day|evening|night)|the (?:day|evening|night) (?:before|prior)(?=\s*[,.;])|(?:a|one|two|three|four|five|1|2|3|4|5) days? (later|afterwards?|earlier|before(?=\s*[,.;])))\b/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

function anaphoraIn(doc: Doc, span: Span, chunk: string): FoundDate[] {
  const out: FoundDate[] = [];
  // matchAll works on a copy of the pattern: lastDayBefore comes back here for earlier text.
  for (const m of chunk.matchAll(ANAPHORA)) {
    const at = span.start + m.index;
    if (BOUND.test(chunk.slice(Math.max(0, m.index - 8), m.index))) continue;
    const base = lastDayBefore(doc, at);
    // "A day earlier, X …" chains to the day its own paragraph told ("On Tuesday the Pentagon
    // said …. A day earlier, …"); told in another paragraph, the day before may be a reported
    // clause's ("had spoken by phone on Thursday"), so chrono's reading (the day before the
    // article's) stands, as it did before.
    if (/earlier$/i.test(m[0]) && !(base && sameParagraphDay(doc, at))) continue;
    // Unresolved, it still is no day of its own: chrono's reading (the article date) is wrong.
    if (!base) {
      out.push({ date: '', text: m[0], start: at });
      continue;
    }
    const t = m[0].toLowerCase();
    let shift = 0;
    if (/\b(?:next|following)\b/.test(t)) shift = 1;
    // "The day before, X had called them …": the day before the one told last.
    if (/\b(?:previous|preceding|before|prior)\b/.test(t)) shift = -1;
    const n = /^(\w+) days?/.exec(t);
    if (n && m[1]) shift = (COUNT[n[1]!] ?? Number(n[1])) * (/later|after/.test(m[1]) ? 1 : -1);
    const d = iso(new Date(new Date(`${base}T12:00:00Z`).getTime() + shift * DAY_MS));
    out.push({ date: doc.date && d > doc.date ? '' : d, text: m[0], start: at });
  }
  return out;
}

/** Whether the paragraph of `pos` gives a day-precise date before it. */
function sameParagraphDay(doc: Doc, pos: number): boolean {
  const here = doc.sentences.find((s) => s.start <= pos && pos < s.end);
  if (!here) return false;
  const para = doc.paragraphs[here.paragraph];
  if (!para || para.start >= pos) return false;
  return datesIn(doc, { start: para.start, end: pos }, doc.quotes).some((f) => f.date);
}

/** The last day-precise date the text gives before `pos` (outside quotes and datelines). */
function lastDayBefore(doc: Doc, pos: number): string | undefined {
  const here = doc.sentences.find((s) => s.start <= pos && pos < s.end);
  if (!here) return undefined;
  for (let k = here.index; k >= 0; k--) {
    const s = doc.sentences[k]!;
    if (here.paragraph - s.paragraph > 2) return undefined;
    const end = Math.min(s.end, pos);
    if (end <= s.start) continue;
    const found = datesIn(doc, { start: s.start, end }, doc.quotes).filter(
      (f) => f.date && !doc.datelines.some((d) => f.start >= d.start && f.start < d.end),
    );
    if (found.length) return found[found.length - 1]!.date;
  }
  return undefined;
}

/**
 * The span's text with the digits of names blanked: "told the state broadcaster Rossiya 24 on
 * Wednesday", "France 24", "Channel 4 News" are outlets, and chrono would read "24 on
 * Wednesday" as a day of the month that is no Wednesday (and date nothing). Same length, so
 * every offset stays.
 */
function withoutNumberedNames(doc: Doc, span: Span): string {
  let chunk = doc.fold.slice(span.start, span.end);
  for (const m of doc.mentions) {
    if (m.end <= span.start || m.start >= span.end) continue;
    const label = doc.entities.get(m.entity)?.label;
    if (label !== 'Outlet' && label !== 'Organization') continue;
    const a = Math.max(m.start, span.start) - span.start;
    const b = Math.min(m.end, span.end) - span.start;
    const part = chunk.slice(a, b);
    if (/\d/.test(part)) chunk = chunk.slice(0, a) + part.replace(/\d/g, ' ') + chunk.slice(b);
  }
  return chunk;
}

/** Every day-precise date expression in `span` (offsets into the doc). */
export function datesIn(doc: Doc, span: Span, skip: Span[] = [], spans = false): FoundDate[] {
  const chunk = withoutNumberedNames(doc, span);
  const ref = doc.date ? new Date(`${doc.date}T12:00:00Z`) : undefined;
  const results = parseCached(chunk, ref);
  const relative = doc.date
    ? anaphoraIn(doc, span, chunk).filter(
        (f) => !skip.some((s) => f.start >= s.start && f.start < s.end),
      )
    : [];
  const out: FoundDate[] = relative.filter((f) => f.date || spans);
  for (const r of results) {
    const at = span.start + r.index;
    if (skip.some((s) => at >= s.start && at < s.end)) continue;
    // "the next day", "two days later": resolved above against the day told before.
    if (relative.some((f) => at < f.start + f.text.length && f.start < at + r.text.length))
      continue;
    if (BOUND.test(chunk.slice(Math.max(0, r.index - 8), r.index))) continue;
    // "spoke for an hour and a half on Thursday", "within 48 hours": a duration, which chrono
    // reads as the reference time plus that much (the article's day): never a date.
    if (DURATION.test(r.text) && !/\b(?:ago|earlier|later|before|after)\b/i.test(r.text)) continue;
    // "in the days before Iranian drones struck": chrono reads "the days before" as the day
    // before the article's; a plural span names no day.
    if (/\bthe\s+(?:days|nights|weeks|months)\b/i.test(r.text)) continue;
    // "in the 48 hours before the Oct. 4 attack", "two days after the call": counted from the
    // event named next, not from the article's day (chrono counts from the reference).
    if (
      DURATION.test(r.text) &&
      /\b(?:before|after)\s*$/i.test(r.text) &&
      /^\s*(?:the|a|an|his|her|their|its|this|that|[\p{Lu}\d])/u.test(
        chunk.slice(r.index + r.text.length, r.index + r.text.length + 6),
      )
    )
      continue;
    // "who now teaches at Georgetown", "right now": chrono reads "now" as the reference instant
    // (the article's day); in news it is the present state of things, never the day of an act.
    if (/^(?:right\s+)?now$/i.test(r.text.trim())) continue;
    // "last week", "earlier this month": a span, not a day (chrono still fills in a day).
    if (/\b(week|weekend|month|year)s?\b/i.test(r.text)) {
      if (spans) out.push({ date: '', text: r.text, start: at });
      continue;
    }
    // "said Thursday night that Russia would pay", "asked on Monday whether …": a day right
    // after a past verb is when that was done, whatever tense the reported words take.
    const afterPast = PAST_VERB_BEFORE.test(chunk.slice(Math.max(0, r.index - 70), r.index));
    const future = !afterPast && FUTURE.test(clauseAround(chunk, r.index, r.index + r.text.length));
    const c = r.start;
    const dayCertain = c.isCertain('day');
    const weekday = c.isCertain('weekday') && !dayCertain;
    let d: Date | undefined;
    if (
      dayCertain &&
      (c.isCertain('month') || /\b(yesterday|today|tonight|last night)\b/i.test(r.text))
    ) {
      if (!c.isCertain('year') && !ref) continue;
      d = c.date();
      // "December 3, 2026 - 21:00 ET": a clock time with its zone moves chrono's instant to
      // the next day in UTC; the day is the one printed.
      if (c.isCertain('hour'))
        d = new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!, 12));
      // "on March 9" in a September article: chrono takes the nearer March, the next one; a
      // past fact without a year is in the last such month on or before the article's day.
      if (!c.isCertain('year') && ref && d.getTime() > ref.getTime() + DAY_MS && !future) {
        const back = new Date(d.getTime());
        back.setUTCFullYear(back.getUTCFullYear() - 1);
        if (back.getTime() <= ref.getTime() + DAY_MS) d = back;
      }
    } else if (weekday && ref) {
      const want = c.get('weekday')!;
      let diff = future ? (want - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - want + 7) % 7);
      // "last Thursday" in a Thursday's article is a week back, never the article's day.
      if (diff === 0 && /\blast\s+\p{L}+day\b/iu.test(r.text)) diff = -7;
      d = new Date(ref.getTime() + diff * DAY_MS);
    }
    if (!d || Number.isNaN(d.getTime())) continue;
    const date = iso(d);
    if (doc.date && date > doc.date && !future) continue;
    out.push({ date, text: r.text, start: at });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Witkoff said he had raised the matter with Dmitriev during a call on Thursday": a reported
 * clause in the past perfect tells what happened before the saying, so its days date that,
 * never the saying or the appearance the sentence is about. The spans of such clauses (from
 * the verb of saying to the end of the clause).
 */
const REPORTED_PAST =
  /\b(?:said|says|told(?:\s+\w+){0,2}?|added|explained|noted|recalled|acknowledged|insisted|confirmed|revealed|disclosed)\s+(?:that\s+)?(?:[^,;:"“”.]{0,60}?\s)?had\s+(?:not\s+|already\s+|also\s+|just\s+|personally\s+)?["“]?(?!been\b)(?:[a-z]+(?:ed|en|ne|wn|ld|nt|de|ht|id)|met|led|fled|won|lost|kept|left|set|put|cut)\b/gi;
/**
 * "Vance said Under Secretary X met Ambassador Y on Monday and …": a reported clause in the
 * simple past with a subject of its own tells what that subject did; its day is not the saying's.
 */
const REPORTED_SIMPLE_PAST =
  /\b(?:said|says|told(?:\s+\w+){0,2}?|added|explained|noted|confirmed|revealed|disclosed)\s+(?:that\s+)?(?:[^,;:"“”.]{0,80}?\s)(met|spoke|called|visited|held|travell?ed|flew|arrived|signed|phoned|talked|summoned)\b/gi;
/**
 * "told reporters the question 'was raised' during Sunday's call", "said the matter came up on
 * Friday": a reported clause in the passive (or "came up") tells what happened to its subject;
 * its day is that, not the saying's. Quote marks may sit inside the clause.
 */
const REPORTED_PASSIVE =
  /\b(?:said|says|told(?:\s+\w+){0,2}?|added|explained|noted|confirmed|revealed|disclosed)\s+(?:that\s+)?[^,;:.]{0,80}?\b(?:(?:was|were)\s+(?:not\s+|also\s+|only\s+|first\s+)?[a-z]+(?:ed|en|wn|ld|nt|ht)|came\s+up)\b/gi;
export function reportedPastClauses(doc: Doc, span: Span): Span[] {
  const chunk = doc.fold.slice(span.start, span.end);
  const out: Span[] = [];
  for (const m of chunk.matchAll(REPORTED_PASSIVE)) {
    const verb = m.index + m[0].search(/\b(?:was|were|came)\s+\S+$|\b(?:was|were)\s+\S+\s+\S+$/i);
    if (verb < m.index) continue;
    const from = span.start + verb;
    const rest = chunk.slice(verb);
    const stop = /[;]|\s[—–]\s/.exec(rest);
    out.push({ start: from, end: from + (stop ? stop.index : rest.length) });
  }
  for (const m of chunk.matchAll(REPORTED_SIMPLE_PAST)) {
    const verb = m.index + m[0].length - m[1]!.length;
    // The clause's own subject: a capitalised name right before its verb.
    if (!/\p{Lu}[\p{L}.'’-]*\s+$/u.test(chunk.slice(Math.max(0, verb - 40), verb))) continue;
    const from = span.start + verb;
    const rest = chunk.slice(verb);
    const stop = /[;]|\s[—–]\s|["“”]|\s+and\s+["“]/.exec(rest);
    out.push({ start: from, end: from + (stop ? stop.index : rest.length) });
  }
  for (const m of chunk.matchAll(REPORTED_PAST)) {
    // From "had" on: a day right after the verb of saying ("said Thursday that …") is the
    // saying's.
    const had = m.index + m[0].search(/\bhad\s+\S+$/i);
    const from = span.start + had;
    const rest = chunk.slice(had);
    // A partial quote inside the clause ('had discussed it "at length" during their call on
    // Oct. 9') does not end it; a quote opened after a comma or colon does.
    const stop = /[;]|\s[—–]\s|[,:]\s*["“]/.exec(rest);
    out.push({ start: from, end: from + (stop ? stop.index : rest.length) });
  }
  return out;
}

/**
 * The one date of what the sentence's own main clause did (an appearance, a statement, the
 * lead's day for a speaker): dates inside a past-perfect reported clause do not count.
 */
export function mainDateOf(doc: Doc, span: Span, skip: Span[] = []): string | undefined {
  return dateOf(doc, span, [
    ...skip,
    ...reportedPastClauses(doc, span),
    ...whenClauses(doc, span),
    ...attackDates(doc, span),
  ]);
}

/** Words for a violent act, which has its own day and is never the setting of a statement. */
const ACT = String.raw`(?:strikes?|attacks?|raids?|bombings?|shelling|assaults?|explosions?|blasts?|ambush(?:es)?|shoot-?downs?|incursions?)`;
/** "a drone strike on May 20", "the attack on a U.S. base on Tuesday", "the strike of May 2". */
const ACT_BEFORE = new RegExp(
  String.raw`\b${ACT}\s+(?:(?:on|against|in|near|at)\s+[^,;.:"“”]{0,40}?\s+)?(?:(?:on|of)\s+)?$`,
  'i',
);
/** A verb whose object the act is: "claimed the", "condemned Iran's". */
const VERB_OF_ACT =
  /\b(?:claimed|condemned|denied|confirmed|blamed|acknowledged|described|called|discussed|mentioned|praised|criticized|criticised|denounced|deplored|announced|ordered|approved|authorized|authorised|carried out|conducted|launched)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "a tanker, which was hit by a drone off Fujairah on Wednesday": a passive strike's day. */
const PASSIVE_ACT =
  /\b(?:was|were|had been|has been|have been)\s+(?:hit|struck|attacked|targeted|bombed|shelled)\b[^,;.:"“”]{0,60}?\s+(?:on\s+)?$/i;
/** "the May 20 strike", "Tuesday's attack". */
const ACT_AFTER = new RegExp(String.raw`^(?:'s)?\s+(?:\w+\s+){0,2}?${ACT}\b`, 'i');

/**
 * "Pressed on reports that Russia guided a drone strike on May 20, Kelly said …", "said the May
 * 20 attack was planned with Russian help": the day of an attack told inside a sentence dates
 * that attack, not the sentence's saying, appearance or interview. Their spans, to skip.
 */
export function attackDates(doc: Doc, span: Span): Span[] {
  return datesIn(doc, span, doc.quotes)
    .filter((f) => {
      const before = doc.fold.slice(Math.max(span.start, f.start - 70), f.start);
      const after = doc.fold.slice(
        f.start + f.text.length,
        Math.min(span.end, f.start + f.text.length + 30),
      );
      const act = ACT_BEFORE.exec(before);
      // "claimed the attack on Monday", "condemned the strike on Tuesday": the act is the
      // object of a verb, and the day may well be the verb's; leave it to the verb.
      if (act && VERB_OF_ACT.test(before.slice(0, act.index))) return false;
      return !!act || ACT_AFTER.test(after) || PASSIVE_ACT.test(before);
    })
    .map((f) => ({ start: f.start, end: f.start + f.text.length }));
}

/**
 * "… raised the issue with Lavrov when the two met in Kuala Lumpur on Thursday": a clause of
 * time after the main verb dates the meeting, not the telling of it.
 */
const WHEN_CLAUSE =
  /[ ,]\s*(?:when|after|before|while)\s+(?:the two(?:\s+\w+)?|they|both(?:\s+\w+)?|he|she)\s+(?:had\s+)?(?:met|spoke|talked|held|visited|flew|arrived|sat down)\b[^,;.]*/gi;

function whenClauses(doc: Doc, span: Span): Span[] {
  const chunk = doc.fold.slice(span.start, span.end);
  return [...chunk.matchAll(WHEN_CLAUSE)]
    .filter((m) => m.index > 0)
    .map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
}

/** The one date `span` gives, or nothing when it gives none or several different ones. */
export function dateOf(doc: Doc, span: Span, skip: Span[] = []): string | undefined {
  const found = [...new Set(datesIn(doc, span, skip).map((d) => d.date))];
  if (found.length === 0) return labelDate(doc, span);
  return found.length === 1 ? found[0] : undefined;
}

/** "May 22:<TAB>", "Last Thursday: ", "June 1 — ": the date label of a timeline entry. */
const LABEL =
  /^[ \t]*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:(?:Last|Early|Late|On)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|Yesterday|Today)\s*(?::|[-—–]{1,2}\s)/;

/**
 * A timeline prints each entry under a date label ("May 22:<TAB>Hegseth tells reporters … The
 * Kremlin calls …"): a later sentence of the entry that names no day of its own took place on
 * the label's day. Labels that give no day ("Earlier this month:", "Overnight:") date nothing.
 */
function labelDate(doc: Doc, span: Span): string | undefined {
  const s = doc.sentences.find((x) => x.start <= span.start && span.start < x.end);
  const para = s ? doc.paragraphs[s.paragraph] : undefined;
  if (!s || !para) return undefined;
  const m = LABEL.exec(doc.fold.slice(para.start, Math.min(para.end, para.start + 40)));
  if (!m) return undefined;
  const label = { start: para.start + m.index, end: para.start + m.index + m[0].length };
  // The label's own sentence found it already (or it gave no day).
  if (label.start >= span.start && label.start < span.end) return undefined;
  const found = [...new Set(datesIn(doc, label).map((d) => d.date))].filter(Boolean);
  return found.length === 1 ? found[0] : undefined;
}

const SAID_BEFORE =
  /\b(?:said|says|told (?:reporters|\w+)|added|announced|reported|wrote|posted)\s+(?:on\s+)?$/;

const CLAIMED_BEFORE =
  /\b(?:claimed|took|accepted|claiming|taking)(?:\s+responsibility)?\s+(?:on\s+|late\s+|early\s+)?$/;

const SHIFT = /\b(one|a|two|three|1|2|3)\s+days?\s+(after|before|later|earlier)\b/;
const N: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, '1': 1, '2': 2, '3': 3 };

/**
 * The date of what happens at `anchor` (a verb, an event word): the date expression of the
 * sentence nearest to it, shifted by "one day after" / "a day before" when the sentence puts
 * the anchor a day away from the date it names.
 */
export function dateNear(doc: Doc, s: Span, anchor: number, skip: Span[] = []): string | undefined {
  const lower = doc.fold.toLowerCase();
  // "two officials said Saturday": the day of a saying dates the saying, not what was said.
  let found = datesIn(doc, s, skip, true).filter((f) => {
    // "claimed responsibility on Thursday for a drone attack … two days earlier": the day after
    // the verb of claiming dates the claim, not the attack the "for" phrase names.
    if (
      anchor > f.start &&
      CLAIMED_BEFORE.test(lower.slice(Math.max(s.start, f.start - 40), f.start)) &&
      /^[^.;]*\bfor\b/.test(lower.slice(f.start + f.text.length, anchor))
    )
      return false;
    if (!SAID_BEFORE.test(lower.slice(Math.max(s.start, f.start - 30), f.start))) return true;
    // "The Kremlin said Wednesday that a phone call between X and Y over the weekend …": the
    // anchor sits inside the reported clause, which the saying's day does not date.
    if (anchor > f.start && /\bthat\b/.test(lower.slice(f.start + f.text.length, anchor)))
      return false;
    return Math.abs(f.start - anchor) < 40;
  });
  // A dateline's date ("DOHA, April 2 (AP) —") is when the story was filed: the day of what it
  // tells is the other date of the sentence, when it gives one.
  const inDateline = (f: FoundDate) =>
    doc.datelines.some((d) => f.start >= d.start && f.start < d.end);
  if (found.some((f) => !inDateline(f))) found = found.filter((f) => !inDateline(f));
  if (found.length === 0) return labelDate(doc, s);
  let best = found[0]!;
  for (const f of found) if (Math.abs(f.start - anchor) < Math.abs(best.start - anchor)) best = f;
  // The nearest expression is a week or a month ("struck Qatar last week"): no day.
  if (!best.date) return undefined;
  const lo = Math.min(best.start + best.text.length, anchor);
  const hi = Math.max(best.start, anchor);
  const between = doc.fold.slice(lo, hi).toLowerCase();
  const shift = SHIFT.exec(between);
  if (!shift) return best.date;
  const n = N[shift[1]!]!;
  // "Tuesday, one day after X": X is the day before Tuesday.
  const sign =
    best.start < anchor ? (shift[2] === 'after' ? -1 : 1) : shift[2] === 'after' ? 1 : -1;
  return iso(new Date(new Date(`${best.date}T12:00:00Z`).getTime() + sign * n * DAY_MS));
}

/** A page's time stamp: "Updated 11:42 PM EST, Tue December 8, 2026", "AFP | Published: 03 Dec". */
const STAMP = /\b(?:updated|published|posted|first published|last updated|last modified)\b/i;

/** The day a chrono result prints, when it gives day, month and year: never moved by a zone. */
function printedDay(r: chrono.ParsedResult): string | undefined {
  const c = r.start;
  // "Updated 2 hours ago" is certain only relative to the clock of the machine reading it.
  if (!/\d{4}/.test(r.text)) return undefined;
  if (!(c.isCertain('day') && c.isCertain('month') && c.isCertain('year'))) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.get('year')!}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

/**
 * A date in the article's first lines when none was given: a time stamp line's ("Updated 11:42
 * PM EST, Tue December 8, 2026" is the 8th, whatever the zone), else the first full date of a
 * line that is not page furniture (a photo caption's "on Dec. 1, 2026" is when the picture was
 * taken, not when the story was written).
 */
export function articleDateFromText(doc: Doc): string | undefined {
  const head = doc.fold.slice(0, 800);
  const lines = head.split('\n').slice(0, 14);
  for (const line of lines) {
    if (!STAMP.test(line)) continue;
    for (const r of chrono.parse(line)) {
      const d = printedDay(r);
      if (d) return d;
    }
  }
  // Elsewhere only the first 400 characters, as a dateline or a date line sits there.
  for (const line of doc.fold.slice(0, 400).split('\n')) {
    if (isBoilerplate(line) || STAMP.test(line)) continue;
    for (const r of chrono.parse(line)) {
      const d = printedDay(r);
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * "Hegseth hit back on Wednesday at X after the senator accused …": a verb at `at` inside a
 * clause opened by after / before / since / until (with no comma or quote between) tells
 * what came before or after the main clause, so the main clause's day is not its day. The
 * main clause's span before the subordinator, to skip; none when the clause opens the
 * sentence ("After the call, Peskov said on Monday …").
 */
export function mainClauseBefore(doc: Doc, from: number, at: number): Span[] {
  const lead = doc.fold.slice(from, at).toLowerCase();
  const sub = [...lead.matchAll(/\s(?:after|before|since|until)\s/g)].pop();
  if (!sub || /[,;"“”]/.test(lead.slice(sub.index)) || !/\w/.test(lead.slice(0, sub.index)))
    return [];
  return [{ start: from, end: from + sub.index }];
}
