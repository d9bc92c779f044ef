/**
 * Stage 6e: the events news copy is made of: interviews and appearances ("told CNBC", "in an
 * interview with CBS's '60 Minutes'"), calls and talks ("Monday's Trump-Putin phone call",
 * "held talks with"), briefings ("at a Pentagon briefing"). Each gives APPEARED_ON / SPOKE_WITH
 * and PARTICIPATED_IN, and an Event linked to the registry's event of the same name words or
 * proposed as new ("Witkoff interview with CNBC").
 */
import type { DraftContext } from './context';
import { insideQuote, type Doc, type DocEntity, type Mention, type Sentence } from './document';
import { dateNear, dateOf, datesIn, mainDateOf } from './dates';
import { carriedDate } from './carry';
import { addMention, covered, existingEntity, newEntity, sortMentions } from './entities';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { agrees } from './gender';
import { publisherNames } from './comment';
import { isLawmaker, subjectBefore, TITLE_OF_COUNTRY } from './patterns';
import { sentenceSubject } from './syntax';
import { evidenceOf, relate } from './relate';
import type { Attribution } from './attribution';

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'with', 'and', 'in', 'at', 's', 'to', 'for']);

function words(s: string): Set<string> {
  return new Set(
    nameKey(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
}

/** A registry event whose name words cover the proposed name's (Jaccard ≥ 0.6), else a new one. */
/**
 * A call or meeting that the sentence does not tell as held: "no call between A and B was
 * planned", "any Trump-Putin call", "a possible meeting with X", "a call with X is scheduled for
 * next week", or one inside a question or a condition ("whether a call with X …").
 */
export function unrealisedCall(lower: string, s: Sentence, start: number, end: number): boolean {
  const before = lower.slice(s.start, start);
  if (
    /\b(?:no|any|a possible|possible|a planned|planned|a future|future|an upcoming|upcoming|a proposed|proposed|next)\s+(?:[\w.'’-]+\s+){0,2}$/.test(
      before,
    )
  )
    return true;
  if (/\b(?:whether|if)\b[^,;:"“”]*$/.test(before)) return true;
  const after = lower.slice(end, s.end);
  if (
    /^[^,;.]{0,40}?\b(?:is|was|are|were|has been|had been|will be|would be|remains?)\s+(?:not\s+)?(?:yet\s+)?(?:planned|scheduled|expected|envisaged|possible|likely|on the (?:agenda|cards)|in the works)\b/.test(
      after,
    )
  )
    return true;
  // "a new telephone conversation between Putin and Trump "is not excluded"": a call that is
  // only not ruled out (the verb may open a quote, after the parties' long titles).
  return /^[^,;.]{0,110}?["“]?\b(?:is|was|are|were|remains?)\s+(?:not\s+(?:being\s+)?(?:excluded|ruled out)|being\s+(?:discussed|prepared|arranged|worked out)|under\s+discussion)\b/.test(
    after,
  );
}

/**
 * Where an event took place: "a news conference in Moscow", "talks in Riyadh" took place in the
 * city, not in the country the capital's name stands for elsewhere (the government); "in
 * Washington" is the registry's Washington, D.C. A country named as such ("in Russia") stays.
 */
export function placeId(doc: Doc, ctx: DraftContext, m: Mention): string {
  const e = doc.entities.get(m.entity);
  if (e?.label !== 'Country') return m.entity;
  const surface = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  const key = nameKey(surface);
  const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(e.name));
  const capital = info?.capital.some((c) => nameKey(c) === key) ?? false;
  if (!capital || key === nameKey(e.name)) return m.entity;
  if (key === 'washington') return existingEntity(doc, ctx, 'washington-dc')?.id ?? m.entity;
  return newEntity(doc, ctx, surface, 'Location').id;
}

export function eventNamed(doc: Doc, ctx: DraftContext, name: string, date?: string): DocEntity {
  return findEventNamed(doc, ctx, name, date, true)!;
}

/**
 * The registry event of that name (as `eventNamed`), else a new one when `create`, else
 * undefined: an occasion the golds record only when the registry knows it.
 */
export function findEventNamed(
  doc: Doc,
  ctx: DraftContext,
  name: string,
  date: string | undefined,
  create: boolean,
  fresh = false,
  recurring = false,
): DocEntity | undefined {
  const want = words(name);
  // "Tillman interview with Fox News" is not "Leavitt interview on Fox News": the people an
  // event is named for must all be in the registry's name.
  const people = new Set(
    [...doc.entities.values()]
      .filter((x) => x.label === 'Person')
      .flatMap((x) => [...words(x.name)]),
  );
  const named = [...want].filter((w) => people.has(w));
  let best: { id: string; score: number } | undefined;
  for (const e of ctx.entities) {
    // "a second call", "another meeting": not an event the registry has.
    if (e.label !== 'Event' || fresh) continue;
    for (const f of [e.name, ...e.aliases]) {
      // "Trump-Putin phone call of 9 March 2026": the date words are the date's, compared
      // below; the name words are the rest.
      const have = words(f.replace(DATE_WORDS, ' '));
      const inter = [...want].filter((w) => have.has(w)).length;
      if (e.date && date && e.date !== date) continue;
      // An event the registry gives no day happened by the day of the first article the
      // curators drew it from: "told CNBC on Tuesday" in August is not the CNBC interview an
      // article of March 11 told.
      const known = e.date ? undefined : toldBy(ctx, e.id);
      if (known && date && date > known) continue;
      // A briefing, hearing or interview the passage gives no day, in an article written weeks
      // after the registry's ("told reporters at a briefing at the Pentagon" in September, a
      // headline "Hegseth on '60 Minutes'" in November): another one.
      const day = e.date ?? known;
      if (recurring && day && !date && staleFor(day, doc.date)) continue;
      // A call or talks the passage gives no day, in an article written months after the
      // registry's ("last week's phone call between Trump and Putin" in September): another
      // one. Within about a month it may still be that one ("their phone call last month").
      if (e.date && !date && CALL_OR_TALKS.test(name) && staleFor(e.date, doc.date, 45)) continue;
      if (named.some((w) => !have.has(w))) continue;
      // Same day and every proposed word in the registry's name: the same event, however much
      // longer its name ("Trump-Putin phone call of 9 March 2026").
      const score =
        e.date && date && e.date === date && inter === want.size
          ? 1
          : inter / new Set([...want, ...have]).size;
      if (score >= 0.6 && (!best || score > best.score)) best = { id: e.id, score };
    }
  }
  // A new dated event is named as the registry names its own ("Trump-Putin phone call of 9
  // March 2026": two calls of the same pair stay apart), with the plain name as an alias.
  if (!best && !create) return undefined;
  const e = best
    ? existingEntity(doc, ctx, best.id)!
    : date
      ? newEntity(doc, ctx, `${name} of ${longDate(date)}`, 'Event', { date, aliases: [name] })
      : newEntity(doc, ctx, name, 'Event');
  e.occasion = true;
  return e;
}

const TOLD_BY = new WeakMap<DraftContext, Map<string, string>>();

/**
 * The day of the first curated article that refers to a registry event (article ids open with
 * their date, "2026-03-11-witkoff-…"): the event took place on or before it.
 */
function toldBy(ctx: DraftContext, id: string): string | undefined {
  let days = TOLD_BY.get(ctx);
  if (!days) {
    days = new Map<string, string>();
    for (const x of ctx.extractions) {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(x.article)?.[0];
      if (!day) continue;
      for (const r of x.relationships)
        for (const ref of [r.from, r.to, (r as { at?: string }).at])
          if (ref && (!days.has(ref) || days.get(ref)! > day)) days.set(ref, day);
    }
    TOLD_BY.set(ctx, days);
  }
  return days.get(id);
}

/** "held a second call", "another round of talks": a new occasion, whatever its name. */
/** "Saturday's call", "Monday's phone call", "Tuesday's talks": a later name for the day. */
const DAY_OF_OCCASION =
  /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)['’]s\s+(?:(?:phone|telephone)\s+)?(call|conversation|talks|meeting|summit)\b/gi;

/**
 * "A phone call between A and B over the weekend … Ushakov said the subject came up during
 * Saturday's call": a call told without its day, which the next sentences name by its day.
 * Only a reference of the same kind, within the three sentences after and the same or next
 * paragraph, and only when it gives one day.
 */
function dayNamedLater(doc: Doc, s: Sentence, kind: string): string | undefined {
  const next = doc.sentences.filter(
    (x) => x.index > s.index && x.index <= s.index + 3 && x.paragraph - s.paragraph <= 1,
  );
  const days = new Set<string>();
  for (const x of next)
    for (const m of doc.fold.slice(x.start, x.end).matchAll(DAY_OF_OCCASION)) {
      const k = m[2]!.toLowerCase();
      const same =
        kind === 'phone call' ? /call|conversation/.test(k) : !/call|conversation/.test(k);
      if (!same) continue;
      const at = x.start + m.index;
      if (insideQuote(doc, at)) continue;
      for (const f of datesIn(doc, { start: at, end: at + m[1]!.length + 2 }))
        if (f.date) days.add(f.date);
    }
  return days.size === 1 ? [...days][0] : undefined;
}

export const FRESH_OCCASION =
  /\b(?:second|third|another|new|latest|fresh|next|follow-up)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone)\s+)?(?:call|talks|meeting|conversation|round)\b/i;

/** More than `days` (two weeks) between a registry event's day and the article's. */
function staleFor(eventDay: string, articleDay: string | undefined, days = 14): boolean {
  if (!articleDay) return false;
  const gap = Date.parse(articleDay) - Date.parse(eventDay);
  return Number.isFinite(gap) && gap > days * 86_400_000;
}

/** A month or a year named in a passage ("in March", "in 2025"): a recap of an older event. */
const MONTH_OR_YEAR =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b/i;

/** A proposed name for one occasion of talking: a call, talks, a meeting, a conversation. */
const CALL_OR_TALKS = /\b(?:call|talks|meeting|conversation)\b/i;

/** The text between two offsets with every quoted span blanked out. */
export function outsideQuotes(doc: Doc, lower: string, from: number, to: number): string {
  let out = lower.slice(from, to);
  for (const q of doc.quotes) {
    const a = Math.max(q.start, from);
    const b = Math.min(q.end, to);
    if (a < b) out = out.slice(0, a - from) + ' '.repeat(b - a) + out.slice(b - from);
  }
  return out;
}

const DATE_WORDS =
  /\bof\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/gi;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-03-09" -> "9 March 2026". */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

function surname(e: DocEntity): string {
  if (e.label !== 'Person') return e.name;
  const parts = e.name.split(/\s+/);
  return parts[parts.length - 1]!;
}

/**
 * A host word right before a name ("host X", "moderator X", "anchor X"), or a correspondent a
 * guest talks to ("told correspondent X", "pressed by correspondent X": on "60 Minutes" the
 * correspondent is who interviews). A correspondent who reports ("CNN correspondent X
 * reported") is no host.
 */
export const HOST_BEFORE =
  /\b(?:(?:co-)?host|moderator|anchor|presenter|interviewer)\s+$|\b(?:told|telling|tells|asked by|pressed by|questioned by|interviewed by|interview with|(?:speaking|spoke|talking|talked) (?:to|with))\s+(?:[\w.'’-]+\s+){0,2}?correspondent\s+$/;

/** Wire agencies and papers: a source "told" them; nobody "appears" on them. */
const PRINT =
  /\b(?:associated press|reuters|afp|agence|press|journal|times|post|tribune|herald|gazette|bloomberg|axios|politico|tass|ria|interfax|xinhua|agency|newspaper|economist|guardian|telegraph)\b/i;

// "told Iran's state broadcaster IRIB", "told the state news agency TASS": a descriptor of the
// outlet may stand between the cue and its name.
const INTERVIEW_CUE =
  /\b(?:told|telling|in an interview (?:with|on)|interview(?:ed)? (?:with|on|by)|speaking (?:to|with|on)|spoke (?:to|with|on)|talked (?:to|with)|sat down with|appear(?:ed|ing|s)? on|said on|on|(?:(?:the )?(?:latest|new|newest|this week's|last week's|same|an?) )?episode of)\s+(?:the\s+)?(?:(?:[\p{L}.]+['’]s\s+|russian\s+|iranian\s+|chinese\s+|israeli\s+)?(?:(?:state(?:-run|-owned)?|official|semi-?official|public|private|national)\s+){0,2}(?:broadcaster|television channel|tv channel|radio station|television network|tv network|television|tv|news\s+agency|radio|newspaper|daily)\s+)?["“'‘]?$/u;

/**
 * "Fox News anchor X on “The Evening Edition”", "NBC's “Meet the Press”": a quoted title-case
 * name right after a network (or "on" shortly after one) is a programme, an Outlet of its own,
 * whatever its name.
 */
const PROGRAMME =
  /(?:\bon\s+|['’]s\s+|(?<=s)['’]\s+|\bprogram(?:me)?\s+|\bshow\s+|\btold\s+)["“]((?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|the|of|and|&|a|in|on|at|for|with|to)){0,5}?)[,.]?["”]/g;

/**
 * 'told “Fox & Friends” co-host X', 'said on “Face the Nation”', 'appeared on “The Situation
 * Room”': a quoted title the words around it make a programme, with no network named.
 */
const PROGRAMME_BY_CUE =
  /\b(?:appear(?:ed|ing|s)?\s+on|said\s+on|speaking\s+on|spoke\s+on|interview\s+on|on\s+(?:the\s+)?(?:\w+\s+)?episode\s+of)\s+["“]$/i;
const PROGRAMME_ROLE_AFTER = /^["”]?\s+(?:co-?host|host|anchor|moderator|presenter)\b/i;

export function findProgrammes(doc: Doc, ctx: DraftContext): void {
  for (const s of doc.sentences) {
    const text = doc.fold.slice(s.start, s.end);
    PROGRAMME.lastIndex = 0;
    for (let m = PROGRAMME.exec(text); m; m = PROGRAMME.exec(text)) {
      const start = s.start + m.index + m[0].indexOf(m[1]!);
      let end = start + m[1]!.length;
      // "Meet the Press with Claire Ambrose": the host (names.ts) is not part of the name.
      const host = / with $/.exec(doc.fold.slice(start, end).replace(/ with .*$/, ' with '));
      if (host && doc.mentions.some((x) => x.start === start + host.index + 6))
        end = start + host.index;
      if (covered(doc, start, end)) continue;
      const network = doc.mentions.find(
        (x) =>
          !x.nested &&
          x.end <= start &&
          start - x.end < 60 &&
          x.start >= s.start &&
          doc.entities.get(x.entity)?.label === 'Outlet',
      );
      const cued =
        PROGRAMME_BY_CUE.test(doc.fold.slice(Math.max(s.start, start - 40), start)) ||
        PROGRAMME_ROLE_AFTER.test(doc.fold.slice(end, end + 14));
      if (!network && !cued) continue;
      // The last word of a title ends before a closing comma or stop inside the quote.
      const name = doc.text.slice(start, end).trim();
      if (name.split(/\s+/).length < 2) continue;
      const e = newEntity(doc, ctx, name, 'Outlet');
      addMention(doc, e, start, end, 'name', 0.6);
    }
  }
  sortMentions(doc);
}

/** Where the interview cue before an outlet starts ("told" of "told Iran's state broadcaster"). */
function cueStart(lower: string, s: Sentence, m: Mention): number {
  const from = Math.max(s.start, (m.phraseStart ?? m.start) - 40);
  const c = INTERVIEW_CUE.exec(lower.slice(from, m.phraseStart ?? m.start));
  return c ? from + c.index : m.start;
}

export function extractEvents(doc: Doc, ctx: DraftContext, attributions: Attribution[]): void {
  findProgrammes(doc, ctx);
  const lower = doc.fold.toLowerCase();
  const publisher = publisherNames(doc);
  for (const s of doc.sentences) {
    const ms = doc.mentions
      .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
      .sort((a, b) => a.start - b.start);
    const label = (m: Mention) => doc.entities.get(m.entity)?.label;
    const date = dateOf(doc, s, doc.quotes);
    // Interviews and appearances: a person and an outlet cue.
    const outlets = ms.filter(
      (m) =>
        label(m) === 'Outlet' &&
        INTERVIEW_CUE.test(
          lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 40), m.phraseStart ?? m.start),
        ),
    );
    // "told The Associated Press": a wire agency or a paper quotes a source; nobody appears on it.
    const told = (m: Mention) =>
      /\b(?:told|telling)\s+(?:the\s+)?(?:(?:[\p{L}.]+['’]s\s+|russian\s+|iranian\s+|chinese\s+)?(?:(?:state|official|semi-?official|public|national)\s+){1,2}(?:news\s+agency|agency|newspaper|daily)\s+)?$/u.test(
        lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 50), m.phraseStart ?? m.start),
      );
    // "told the TASS news agency", "told Russian state news agency TASS": an agency named as
    // one (see toldAgency below).
    const agency = (m: Mention) =>
      /^\s+news agency\b/.test(lower.slice(m.end, m.end + 14)) ||
      /\bnews agency\s+$/.test(lower.slice(Math.max(s.start, m.start - 14), m.start));
    // An agency or a paper by its name, or by the words around it ("the state news agency X",
    // "the X news agency").
    const printed = (m: Mention) =>
      PRINT.test(doc.entities.get(m.entity)?.name ?? '') ||
      /\b(?:news\s+agency|agency|newspaper|daily)\s+$/.test(
        lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 20), m.phraseStart ?? m.start),
      ) ||
      /^\s+(?:news\s+agency|agency|newspaper|daily)\b/.test(lower.slice(m.end, m.end + 20));
    // "told the TASS news agency" in another agency's story: the speaker gave the words to that
    // agency, an appearance; "told Reuters" in Reuters copy is the reporter's own source,
    // unless the text calls it an interview ("told Reuters in a telephone interview").
    const own = (m: Mention) => {
      const e = doc.entities.get(m.entity);
      return !!e && [e.name, ...e.aliases].some((n) => publisher.has(nameKey(n)));
    };
    const interview = (m: Mention) =>
      /^\s+in\s+(?:an?\s+)?(?:(?:exclusive|telephone|phone|video|brief|rare)\s+)?interview\b/.test(
        lower.slice(m.end, m.end + 40),
      );
    const quoted = (m: Mention) => told(m) && printed(m) && own(m) && !interview(m);
    if (outlets.length && !quoted(outlets[0]!)) {
      const first = outlets[0]!;
      // The first of the candidates that is a person: the quote's speaker, the subject before
      // the outlet, the first person after it ("Speaking to Fox News …, Leavitt said").
      // "an interview with Defense Secretary Pete Hegseth that aired Wednesday on CNN's …":
      // the one the interview is with.
      const interviewee = ms.find(
        (m) =>
          label(m) === 'Person' &&
          m.end <= first.start &&
          /\binterview\s+with\s+$/.test(
            lower.slice(
              Math.max(s.start, (m.phraseStart ?? m.start) - 20),
              m.phraseStart ?? m.start,
            ),
          ),
      )?.entity;
      // "…, he said Monday in an interview with Fox News": the person "he" stands for, named
      // earlier in the sentence or in the one before (of that gender).
      const pron = /\b(he|she)\s+(?:\w+\s+)?(?:said|says|told|added|warned)\b[^.;"“”]*$/.exec(
        lower.slice(s.start, first.start),
      );
      const prior = doc.sentences[s.index - 1];
      const pronounPerson = pron
        ? doc.mentions
            .filter(
              (m) =>
                !m.nested &&
                m.start >= (prior && prior.paragraph >= s.paragraph - 1 ? prior.start : s.start) &&
                m.end <= s.start + pron.index &&
                label(m) === 'Person' &&
                !insideQuote(doc, m.start) &&
                agrees(doc, m.entity, pron[1]!),
            )
            .pop()?.entity
        : undefined;
      // A he/she that fits nobody named: nobody else is the guest.
      const unknownPronoun = pron !== null && pronounPerson === undefined;
      // "“… We have the tracks,” X told moderator Y on CBS's …": a host named in the sentence
      // is who asked, never the guest.
      const hosted = (id: string | undefined) =>
        ms.some(
          (m) =>
            m.entity === id &&
            HOST_BEFORE.test(
              lower.slice(
                Math.max(s.start, (m.phraseStart ?? m.start) - 40),
                m.phraseStart ?? m.start,
              ),
            ),
        );
      const subject = unknownPronoun
        ? undefined
        : subjectBefore(doc, lower, s, cueStart(lower, s, first));
      const speaker = [
        interviewee,
        attributions.find((a) => a.quote.start >= s.start && a.quote.start < s.end)?.speaker,
        // A quote of two sentences ends in this one: its speaker.
        attributions.find((a) => a.quote.start < s.start && a.quote.end > s.start)?.speaker,
        pronounPerson,
        // "X told Iran's state broadcaster IRIB": the subject before the cue, not the country
        // of the outlet's descriptor.
        hosted(subject) ? undefined : subject,
        // "X, …, on Sunday rejected reports that Moscow gave Iran …, in a tense exchange with
        // host Y on CBS's …": when the words before the cue end on no person (a country, the
        // host), the person the sentence opens on is the guest.
        unknownPronoun ||
        (subject && !hosted(subject) && doc.entities.get(subject)?.label === 'Person')
          ? undefined
          : [sentenceSubject(doc, lower, s, 'Person')?.entity].find(
              (id) => id !== undefined && !hosted(id) && id !== subject,
            ),
        unknownPronoun
          ? undefined
          : ms.find(
              (m) =>
                label(m) === 'Person' &&
                m.start > first.end &&
                !/^\s*(?:anchor|host|moderator|presenter|correspondent)\s+$/i.test(
                  doc.fold.slice(first.end, m.phraseStart ?? m.start),
                ) &&
                !/\b(?:anchor|host|moderator|presenter)\s+$/i.test(
                  doc.fold.slice(
                    Math.max(s.start, (m.phraseStart ?? m.start) - 12),
                    m.phraseStart ?? m.start,
                  ),
                ),
            )?.entity,
      ].find((id) => id !== undefined && doc.entities.get(id)?.label === 'Person');
      const person = speaker ? doc.entities.get(speaker) : undefined;
      if (person?.label === 'Person') {
        // "Speaking to Fox News …, Leavitt said …" after "Leavitt said on Tuesday": the day
        // of the lead, so that an interview of another day is not the registry's.
        const date = mainDateOf(doc, s, doc.quotes) ?? carriedDate(doc, s, person.id);
        // "CBS's '60 Minutes'": the programme and its network.
        // "Fox News anchor X on “The Evening Edition”": a programme after "on" in the same
        // sentence is the one the guest appeared on.
        const chain = ms.filter(
          (m) =>
            label(m) === 'Outlet' &&
            m.start >= first.start &&
            (m.start - first.end < 8 ||
              // Fox News Channel's "Special Report".
              /^\s+(?:channel|network|tv|television|radio)['’]s\s+["“]?$/i.test(
                doc.fold.slice(first.end, m.start),
              ) ||
              (m.start - first.end < 60 &&
                /\bon\s+["“]?$/.test(doc.fold.slice(Math.max(s.start, m.start - 6), m.start)))),
        );
        for (const o of chain)
          relate(doc, {
            type: 'APPEARED_ON',
            from: person.id,
            to: o.entity,
            evidence: [s],
            ...(date ? { date } : {}),
            confidence: 0.7,
            rule: 'event:appeared-on',
          });
        if (chain.length === 2)
          relate(doc, {
            type: 'PART_OF',
            from: chain[1]!.entity,
            to: chain[0]!.entity,
            evidence: [s],
            confidence: 0.6,
            rule: 'event:programme-of-network',
          });
        // "Fox News Sunday": a programme whose name opens with its network's.
        for (const o of chain) {
          const net = doc.mentions.find(
            (x) =>
              x.nested &&
              x.start === o.start &&
              x.end < o.end &&
              x.entity !== o.entity &&
              label(x) === 'Outlet',
          );
          // "NBC News" is the network's news division, the network itself.
          const rest = net ? doc.fold.slice(net.end, o.end).trim().toLowerCase() : '';
          if (
            net &&
            !/^(?:news|news network|network|tv|television|radio|online|digital)?$/.test(rest)
          )
            relate(doc, {
              type: 'PART_OF',
              from: o.entity,
              to: net.entity,
              evidence: [s],
              confidence: 0.55,
              rule: 'event:programme-named-for-network',
            });
        }
        const outlet = doc.entities.get(chain[chain.length - 1]!.entity)!;
        // An interview ("in an interview with", "told", "appearing on") is the outlet's too.
        const cue = lower.slice(
          Math.max(s.start, (first.phraseStart ?? first.start) - 40),
          first.phraseStart ?? first.start,
        );
        // An interview event of its own only where the text speaks of an interview ("in an
        // interview with CNBC"), or the registry knows one of that guest and outlet: a guest
        // who "said on" or "told" a programme is an appearance, which golds record as
        // APPEARED_ON and INTERVIEWED only.
        // An interview the passage gives no day or month of, in an article weeks after the
        // registry's, is another one (recurring).
        const ev = findEventNamed(
          doc,
          ctx,
          `${surname(person)} interview with ${outlet.name}`,
          date,
          /\binterview/.test(cue),
          false,
          !MONTH_OR_YEAR.test(doc.fold.slice(s.start, s.end)),
        );
        if (ev) {
          addMention(doc, ev, first.start, first.end, 'event', 0.6);
          relate(doc, {
            type: 'PARTICIPATED_IN',
            from: person.id,
            to: ev.id,
            evidence: [s],
            ...(date ? { date } : {}),
            confidence: 0.6,
            rule: 'event:interview',
          });
        }
        // A host named here or in the paragraphs around ("told moderator X", "with host X") is
        // the one who interviewed (structure.ts); else the programme (else the network) did.
        // A host whose sentence is about another guest ("Asked by host X whether …, Quist
        // said" before "Sen. Y told the radio station WBAP") questioned that guest, not this one.
        const hostNamed = doc.mentions.some((m) => {
          const x = doc.sentences.find((y) => y.start <= m.start && m.start < y.end);
          const p = x?.paragraph;
          if (
            !x ||
            p === undefined ||
            p < s.paragraph - 1 ||
            p > s.paragraph + 2 ||
            label(m) !== 'Person' ||
            !HOST_BEFORE.test(doc.fold.slice(Math.max(0, m.start - 40), m.start).toLowerCase())
          )
            return false;
          if (x.index === s.index) return true;
          const others = doc.mentions.filter(
            (o) =>
              !o.nested &&
              o.start >= x.start &&
              o.end <= x.end &&
              o.entity !== m.entity &&
              label(o) === 'Person' &&
              !insideQuote(doc, o.start),
          );
          return others.length === 0 || others.some((o) => o.entity === person.id);
        });
        // A source who "told the TASS news agency" spoke to it; it interviewed nobody.
        const toldAgency = agency(first) && !/\binterview/.test(cue);
        if (
          !toldAgency &&
          /\b(?:interview\w*|told|telling|appear\w*|speaking (?:to|with|on)|spoke (?:to|with)|talked (?:to|with)|sat down with|said on|says on)\b/.test(
            cue,
          )
        ) {
          if (ev)
            relate(doc, {
              type: 'PARTICIPATED_IN',
              from: outlet.id,
              to: ev.id,
              evidence: [s],
              confidence: 0.5,
              rule: 'event:interview-outlet',
            });
          // "told the TASS news agency": a quote given to an agency or a paper, not an
          // interview it held, unless the text says so.
          const given = told(first) && printed(first) && !interview(first);
          // The programme and its network interviewed the guest (as the curated seeds record
          // "in an interview with CBS's “60 Minutes”"), unless a host named nearby did.
          for (const o of given || hostNamed ? [] : chain)
            relate(doc, {
              type: 'INTERVIEWED',
              from: o.entity,
              to: person.id,
              evidence: [s],
              ...(date ? { date } : {}),
              confidence: 0.5,
              rule: 'event:outlet-interviewed',
            });
        }
      }
    }
    // Calls: "the Trump-Putin call", "a phone call with Putin".
    const call = /\b(?:phone |telephone )?(?:call|conversation|talks|summit|meeting)\b/g;
    for (
      let m = call.exec(lower.slice(s.start, s.end));
      m;
      m = call.exec(lower.slice(s.start, s.end))
    ) {
      const at = s.start + m.index;
      const pair = /(\S+)\s*-\s*(\S+)\s+(?:phone\s+)?$/.exec(
        doc.fold.slice(Math.max(s.start, at - 40), at),
      );
      let a: Mention | undefined;
      let b: Mention | undefined;
      if (pair) {
        const pStart = at - pair[0].length;
        const two = ms.filter((x) => x.start >= pStart && x.end <= at && label(x) === 'Person');
        [a, b] = [two[0], two[1]];
      } else if (/^\s+between\s/.test(lower.slice(at + m[0].length, at + m[0].length + 10))) {
        // "a phone call between President A and U.S. President B": the two after "between".
        const after = ms.filter((x) => x.start > at + m![0].length && label(x) === 'Person');
        const [x, y] = after;
        if (
          x &&
          y &&
          /^\s+between\s+(?:[\w.'’-]+\s+){0,4}?$/.test(
            doc.fold.slice(at + m[0].length, x.phraseStart ?? x.start),
          ) &&
          /^\s*,?\s+and\s+(?:[\w.'’-]+\s+){0,4}?$/.test(
            doc.fold.slice(x.end, y.phraseStart ?? y.start),
          )
        )
          [a, b] = [x, y];
      } else {
        const withM = /^\s+with\s+(?:\w+\s+){0,3}?$/;
        // "with President of the Islamic Republic of Iran Masoud Pezeshkian": the title of a
        // Kremlin readout, "TITLE of COUNTRY", before the name.
        const withTitle = (gap: string) => {
          const t = /^\s+with\s+(.*)$/s.exec(gap);
          if (!t) return false;
          const c = ms
            .filter(
              (x) =>
                x.start >= at + m![0].length + gap.length - t[1]!.length &&
                x.end <= at + m![0].length + gap.length &&
                label(x) === 'Country',
            )
            .pop();
          return (
            c !== undefined &&
            /^\s*$/.test(lower.slice(c.end, at + m![0].length + gap.length)) &&
            TITLE_OF_COUNTRY.test(lower.slice(at + m![0].length, c.phraseStart ?? c.start))
          );
        };
        const after = ms.find(
          (x) =>
            x.start > at + m![0].length &&
            (withM.test(lower.slice(at + m![0].length, x.phraseStart ?? x.start)) ||
              withTitle(lower.slice(at + m![0].length, x.phraseStart ?? x.start))) &&
            label(x) === 'Person',
        );
        const subj = subjectBefore(doc, lower, s, at);
        if (after && subj && subj !== after.entity) {
          b = after;
          a = ms.find((x) => x.entity === subj);
        }
      }
      if (!a || !b || a.entity === b.entity) continue;
      if (unrealisedCall(lower, s, Math.min(a.start, at), Math.max(at + m[0].length, b.end)))
        continue;
      const A = doc.entities.get(a.entity)!;
      const B = doc.entities.get(b.entity)!;
      const kindOf = m[0].includes('talks')
        ? 'talks'
        : m[0].includes('meeting') || m[0].includes('summit')
          ? 'meeting'
          : 'phone call';
      // "defended his meeting with X on Sunday" (a day after the other party dates the
      // meeting; a day elsewhere in the sentence dates the verb that governs "his meeting").
      const owned = /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/.test(
        lower.slice(Math.max(s.start, at - 30), at),
      );
      const own = owned
        ? datesIn(doc, { start: b.end, end: Math.min(s.end, b.end + 30) }, doc.quotes).find((f) =>
            /^\s*,?\s*(?:on\s+|last\s+|this\s+)?$/.test(lower.slice(b.end, f.start)),
          )
        : undefined;
      const date = owned
        ? (own?.date ?? dayNamedLater(doc, s, kindOf))
        : (dateNear(doc, s, at, doc.quotes) ?? dayNamedLater(doc, s, kindOf));
      relate(doc, {
        type: 'SPOKE_WITH',
        from: A.id,
        to: B.id,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.7,
        rule: 'event:call',
      });
      const kind = kindOf;
      const fresh = FRESH_OCCASION.test(doc.fold.slice(s.start, s.end));
      const ev = findEventNamed(
        doc,
        ctx,
        `${surname(A)}-${surname(B)} ${kind}`,
        date,
        true,
        fresh,
      )!;
      addMention(doc, ev, Math.min(a.start, at), Math.max(at + m[0].length, b.end), 'event', 0.6);
      for (const p of [A, B])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.6,
          rule: `event:${kind.replace(' ', '-')}`,
        });
    }
    // Briefings, news conferences and hearings: "at a Pentagon briefing", "told a news
    // conference at the Pentagon", "speaking at a news conference in Moscow with X", "at a
    // hearing of the Senate Armed Services Committee", "told a Senate hearing".
    const br = OCCASION.exec(lower.slice(s.start, s.end));
    if (br) occasion(doc, ctx, s, lower, br, attributions, date);
    else committeeHearing(doc, ctx, s, lower, attributions, date);
    councilSession(doc, ctx, s, lower, attributions, date);
    namedHearing(doc, ctx, s, lower, date);
  }
  hearingMembers(doc, attributions);
}

/** The one committee of a legislature the article names ("Senate Armed Services Committee"). */
function soleCommittee(doc: Doc): DocEntity | undefined {
  const ids = new Set(
    doc.mentions
      .filter((m) =>
        /^(?:Senate|House)\b.*\bCommittee$/.test(doc.entities.get(m.entity)?.name ?? ''),
      )
      .map((m) => m.entity),
  );
  return ids.size === 1 ? doc.entities.get([...ids][0]!) : undefined;
}

/** An occasion this article already drafted under that name (or with it as an alias). */
function articleEvent(doc: Doc, name: string): DocEntity | undefined {
  const key = nameKey(name);
  return [...doc.entities.values()].find(
    (e) =>
      e.label === 'Event' &&
      e.occasion === true &&
      [e.name, ...e.aliases].some((n) => nameKey(n) === key),
  );
}

/** Will, would, next, scheduled: a hearing to come. */
const HEARING_TO_COME =
  /\b(?:will|would|next|upcoming|scheduled|plans? to|due to|expected to|set to|postponed|cancell?ed)\b/;

/**
 * "The House Foreign Affairs Committee hearing is under way", "the Senate Armed Services
 * Committee's hearing on Tuesday": a hearing named by its committee, held (not one to come).
 */
function namedHearing(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  lower: string,
  date: string | undefined,
): void {
  for (const m of doc.mentions) {
    if (m.nested || m.start < s.start || m.end > s.end) continue;
    const e = doc.entities.get(m.entity);
    if (e?.label !== 'Organization' || !/^(?:Senate|House)\b.*\bCommittee$/.test(e.name)) continue;
    const h = /^(?:['’]s)?\s+hearing\b/.exec(lower.slice(m.end, m.end + 12));
    if (!h) continue;
    if (HEARING_TO_COME.test(outsideQuotes(doc, lower, s.start, s.end))) continue;
    if (unrealisedCall(lower, s, m.phraseStart ?? m.start, m.end + h[0].length)) continue;
    const ev =
      (!date ? articleEvent(doc, `${e.name} hearing`) : undefined) ??
      findEventNamed(doc, ctx, `${e.name} hearing`, date, true, false, true)!;
    addMention(doc, ev, m.start, m.end + h[0].length, 'event', 0.55);
  }
}

/** The sentence is about the hearing: it says so, or tells a lawmaker questioning. */
const AT_HEARING =
  /\b(?:(?:at|during|in|opened|chaired|chairing|opening|before)\s+(?:the|a|this|today['’]s|\w+day['’]s)\s+(?:(?!(?:after|before|following|since|of|the|a|an)\s)[\w'’-]+\s+){0,4}?hearing|testimony|testified|testifying|under questioning|questioned|questioning|grilled|pressed|opened by)\b/;
/** A lawmaker's questioning: "pressed X on", "asked X whether", "under questioning from". */
const QUESTIONING =
  /\b(?:asked|pressed|questioned|grilled|quizzed|challenged|under questioning from|questioning from)\b/;
const QUESTIONER_AFTER =
  /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,[^,;"“”]{1,80},)?\s+(?:(?:also|then|later|repeatedly|sharply)\s+)?(?:asked|pressed|questioned|grilled|quizzed|challenged)\b/iu;
/** A lawmaker who turns to the witness: "Rep. X, D-Ariz., told him that …". */
const TOLD_WITNESS =
  /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,[^,;"“”]{1,80},)?\s+(?:(?:then|later|sharply)\s+)?(?:told|warned|reminded)\s+(?:him|her|the\s+(?:witness|general|admiral|secretary|official|director|nominee))\b/iu;
const QUESTIONER_BEFORE = /\bquestioning (?:from|by)\s+(?:[\p{L}.]+\s+){0,2}$/iu;
/** "X testified alongside Y", "appeared with Y before the committee": a second witness. */
const ALONGSIDE =
  /\b(?:testif(?:ied|ies|ying)|appear(?:ed|s|ing)|sat|seated)\b[^.;:]{0,60}?\b(?:alongside|together with|beside|next to|with)\s+(?:[\p{L}.'’-]+\s+){0,6}?$/u;

/**
 * Lawmakers at a hearing the article tells (one hearing, held): a senator or representative
 * in a sentence about the hearing ("Sen. X at the hearing:", "Rep. X opened the hearing",
 * "called the testimony …", "under questioning from Rep. X"), or who names or asks a witness
 * ("X asked Castell whether …", "Sen. Y asked whether …" answered by a witness in the next
 * sentence); the witness "under questioning from" a lawmaker; a second witness who "testified
 * alongside" the first. A lawmaker who questions a witness sits on the committee that holds
 * the hearing (MEMBER_OF it, unless the article gives another seat on it).
 */
function hearingMembers(doc: Doc, attributions: Attribution[]): void {
  const hearings = [...doc.entities.values()].filter(
    (e) => e.label === 'Event' && e.occasion === true && /\bhearing\b/i.test(e.name),
  );
  if (hearings.length !== 1) return;
  const hearing = hearings[0]!;
  const lower = doc.fold.toLowerCase();
  const takes = (id: string) =>
    doc.relationships.some(
      (r) => r.type === 'PARTICIPATED_IN' && r.from === id && r.to === hearing.id,
    );
  const lawmaker = (id: string) => isLawmaker(doc, id);
  // The committee that holds it: the one whose name opens the hearing's.
  const committee = [...doc.entities.values()].find(
    (e) =>
      e.label === 'Organization' &&
      /\bCommittee$/.test(e.name) &&
      nameKey(hearing.name).startsWith(`${nameKey(e.name)} `),
  );
  const add = (id: string, s: Sentence, rule: string) => {
    if (takes(id)) return;
    relate(doc, {
      type: 'PARTICIPATED_IN',
      from: id,
      to: hearing.id,
      evidence: [s],
      confidence: 0.5,
      rule,
    });
  };
  const peopleIn = (s: Sentence) =>
    doc.mentions.filter(
      (m) =>
        !m.nested &&
        m.start >= s.start &&
        m.end <= s.end &&
        doc.entities.get(m.entity)?.label === 'Person' &&
        !insideQuote(doc, m.start),
    );
  // A second witness first: the questions that follow may be put to either.
  for (const s of doc.sentences) {
    const text = outsideQuotes(doc, lower, s.start, s.end);
    if (HEARING_TO_COME.test(text)) continue;
    const people = peopleIn(s);
    for (const m of people) {
      const before = text.slice(0, (m.phraseStart ?? m.start) - s.start);
      if (!ALONGSIDE.test(before) || lawmaker(m.entity)) continue;
      const first = people.find((x) => x.end <= (m.phraseStart ?? m.start) && takes(x.entity));
      // "Assistant Secretary X appeared alongside Treasury official Y" in a story of one
      // hearing: the subject who appeared is a witness too.
      const subject =
        first ??
        people.find(
          (x) =>
            x === people[0] &&
            x.end <= (m.phraseStart ?? m.start) &&
            !lawmaker(x.entity) &&
            /^\W*(?:[\p{L}.'’-]+\s+){0,6}$/u.test(
              text.slice(0, (x.phraseStart ?? x.start) - s.start),
            ) &&
            /^\s+(?:testif(?:ied|ies)|appeared|appears|sat)\b/.test(
              text.slice(x.end - s.start, x.end - s.start + 14),
            ),
        );
      if (subject && !first) add(subject.entity, s, 'event:hearing-alongside-subject');
      if (subject) add(m.entity, s, 'event:hearing-alongside');
    }
  }
  for (const s of doc.sentences) {
    const text = outsideQuotes(doc, lower, s.start, s.end);
    if (HEARING_TO_COME.test(text)) continue;
    const people = peopleIn(s);
    const witness = (x: Sentence) =>
      peopleIn(x).some((m) => takes(m.entity) && !lawmaker(m.entity)) ||
      doc.relationships.some(
        (r) =>
          r.type === 'PARTICIPATED_IN' &&
          r.to === hearing.id &&
          !lawmaker(r.from) &&
          attributions.some(
            (a) => a.quote.start >= x.start && a.quote.start < x.end && a.speaker === r.from,
          ),
      );
    const next = doc.sentences[s.index + 1];
    // "Sen. Y, R-Alaska, asked whether …" and then "“…,” X replied": the witness answers in the
    // next sentence of the paragraph.
    const answered =
      QUESTIONING.test(text) &&
      next !== undefined &&
      next.paragraph - s.paragraph <= 1 &&
      (witness(next) ||
        /\b(?:replied|responded|answered)\b/.test(outsideQuotes(doc, lower, next.start, next.end)));
    for (const m of people) {
      if (!lawmaker(m.entity)) continue;
      // The lawmaker is the one who questions: "Sen. Y, R-Alaska, asked …", "Rep. X of
      // Minnesota, the committee's top Democrat, pressed …", "under questioning from Sen. Z";
      // not "Sen. X accused …, as senators from both parties pressed …".
      const at = (m.phraseStart ?? m.start) - s.start;
      const own =
        QUESTIONER_AFTER.test(text.slice(m.end - s.start, m.end - s.start + 140)) ||
        QUESTIONER_BEFORE.test(text.slice(Math.max(0, at - 60), at));
      // "Rep. X, D-Ariz., told him that answer was “not good enough”" right after a witness's
      // words: the lawmaker answers the witness at the hearing.
      const prev = doc.sentences[s.index - 1];
      const retorts =
        TOLD_WITNESS.test(text.slice(m.end - s.start, m.end - s.start + 140)) &&
        prev !== undefined &&
        s.paragraph - prev.paragraph <= 1 &&
        witness(prev);
      const asks = (own && (witness(s) || answered)) || retorts;
      if (AT_HEARING.test(text) || witness(s) || answered || retorts)
        add(m.entity, s, 'event:hearing-lawmaker');
      if (
        asks &&
        committee &&
        !doc.relationships.some((r) => r.from === m.entity && r.to === committee.id)
      )
        relate(doc, {
          type: 'MEMBER_OF',
          from: m.entity,
          to: committee.id,
          evidence: [s],
          confidence: 0.45,
          rule: 'event:hearing-questioner-seat',
        });
    }
    // "X, under questioning from Rep. Y, said": X is the witness.
    const q = /\bunder questioning from\b/.exec(text);
    if (q) {
      const w = people.find((m) => m.end - s.start <= q.index && !lawmaker(m.entity));
      if (w) add(w.entity, s, 'event:hearing-witness');
    }
  }
}

const COUNCIL_TOLD =
  /\b(?:told|telling|addressed|addressing|briefed|briefing)\s+the\s+(?:(?:\d+|fifteen)-(?:member|nation)\s+)?(?:(?:u\.\s?n\.|un|united nations)\s+)?(?:(security)\s+)?(council|meeting|session|chamber)\b/;

/**
 * "Russia's U.N. ambassador, X, told the council …", "Y told the meeting that …": an envoy who
 * addresses the Security Council (named in this passage) took part in its session.
 */
function councilSession(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  lower: string,
  attributions: Attribution[],
  date: string | undefined,
): void {
  const m = COUNCIL_TOLD.exec(outsideQuotes(doc, lower, s.start, s.end));
  if (!m) return;
  const at = s.start + m.index;
  // The council itself, named here or in the four sentences before ("told the meeting").
  const from = doc.sentences[Math.max(0, s.index - 4)]!.start;
  const council = doc.mentions.some(
    (x) => x.entity === 'un-security-council' && x.start >= from && x.start < s.end,
  );
  if (!council || TO_COME.test(lower.slice(s.start, at))) return;
  const person =
    personOf(doc, sentenceSubject(doc, lower, { ...s, end: at }, 'Person')?.entity) ??
    speakerIn(doc, lower, s, attributions);
  if (person)
    takesPart(doc, ctx, s, person, 'UN Security Council session', date, 'council-session');
}

/** An occasion still to come ("would press X at a hearing", "is expected to tell …"). */
const TO_COME = /\b(?:would|will|plans? to|due to|expected to|set to|is to|are to)\b/;

function personOf(doc: Doc, id: string | undefined): DocEntity | undefined {
  const e = id ? doc.entities.get(id) : undefined;
  return e?.label === 'Person' ? e : undefined;
}

/** Who speaks in a sentence: the speaker of a quote there, else its subject. */
function speakerIn(
  doc: Doc,
  lower: string,
  s: Sentence,
  attributions: Attribution[],
): DocEntity | undefined {
  return personOf(
    doc,
    attributions.find((x) => x.quote.start >= s.start && x.quote.start < s.end)?.speaker ??
      sentenceSubject(doc, lower, s, 'Person')?.entity,
  );
}

function takesPart(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  person: DocEntity,
  name: string,
  date: string | undefined,
  rule: string,
): void {
  const ev = eventNamed(doc, ctx, name, date);
  relate(doc, {
    type: 'PARTICIPATED_IN',
    from: person.id,
    to: ev.id,
    evidence: [s],
    ...(date ? { date } : {}),
    confidence: 0.55,
    rule: `event:${rule}`,
  });
}

// The words before the noun name the occasion ("a Pentagon briefing", "a closed-door Senate
// hearing"); a preposition among them puts the occasion in another phrase: "in a statement after
// the hearing" is a statement, no occasion the speaker was at.
const OCCASION =
  /\b(?:at|during|in|told|telling|addressed|addressing|before)\s+(?:a|an|the|his|her|their|today's|monday's|tuesday's|wednesday's|thursday's|friday's)\s+((?:(?!(?:after|before|following|since|until|of|the|a|an|on|at|in|and|or|to|from|about)\s)[\w.'-]+\s+){0,3}?)(?:press\s+)?(briefing|press\s+conference|news\s+conference|hearing)\b/;
/** What names an occasion after it: "of the Senate Armed Services Committee", "in Moscow". */
const OCCASION_OF = /^\s+(?:of|by)\s+(?:the\s+)?$/;
const OCCASION_AT = /^\s+(?:at|in)\s+(?:the\s+)?$/;

/**
 * "X told the Senate Intelligence Committee on Wednesday that …", "testified before the House
 * Armed Services Committee": telling a committee of a legislature is a hearing of it.
 */
function committeeHearing(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  lower: string,
  attributions: Attribution[],
  date: string | undefined,
): void {
  const committee = doc.mentions.find((m) => {
    if (m.nested || m.start < s.start || m.end > s.end) return false;
    const e = doc.entities.get(m.entity);
    if (e?.label !== 'Organization' || !/^(?:Senate|House)\b.*\bCommittee$/.test(e.name))
      return false;
    return /\b(?:told|telling|testified before|testifying before|testify before|appeared before|appearing before)\s+(?:the\s+)?$/.test(
      lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 30), m.phraseStart ?? m.start),
    );
  });
  // Telling a committee may be a closed briefing: a hearing when the article says so.
  if (!committee || !/\b(?:hearing|testif\w*|testimony)\b/.test(lower)) return;
  if (TO_COME.test(lower.slice(s.start, committee.start))) return;
  const person = speakerIn(doc, lower, s, attributions);
  // "Catesby told senators on Wednesday …", then "Catesby testified before the Senate Foreign
  // Relations Committee": the day told for the witness.
  if (person)
    takesPart(
      doc,
      ctx,
      s,
      person,
      `${doc.entities.get(committee.entity)!.name} hearing`,
      date ?? carriedDate(doc, s, person.id),
      'hearing',
    );
}

function occasion(
  doc: Doc,
  ctx: DraftContext,
  s: Sentence,
  lower: string,
  br: RegExpExecArray,
  attributions: Attribution[],
  date: string | undefined,
): void {
  const at = s.start + br.index;
  const end = at + br[0].length;
  // "would press X at a closed hearing on Tuesday": an occasion to come has taken no place.
  // A modal inside a quote ("“… where that ship would be,” X told reporters at a briefing")
  // is the speaker's, not the narrator's.
  if (
    /\b(?:would|will|plans? to|due to|expected to|set to|is to|are to)\b/.test(
      outsideQuotes(doc, lower, s.start, at),
    )
  )
    return;
  const speaker =
    attributions.find((x) => x.quote.start >= s.start && x.quote.start < s.end)?.speaker ??
    sentenceSubject(doc, lower, s, 'Person')?.entity;
  const person = speaker ? doc.entities.get(speaker) : undefined;
  if (!person || person.label !== 'Person') return;
  const kind =
    br[2] === 'hearing' ? 'hearing' : br[2] === 'briefing' ? 'briefing' : 'news conference';
  const modifier = doc.text
    .slice(at + br[0].indexOf(br[1]!), at + br[0].indexOf(br[1]!) + br[1]!.length)
    .trim();
  const label = (m: Mention) => doc.entities.get(m.entity)?.label;
  const after = doc.mentions.filter((m) => !m.nested && m.start >= end && m.end <= s.end);
  // "a hearing of the Senate Armed Services Committee": the body holds it.
  const body = after.find(
    (m) =>
      label(m) === 'Organization' &&
      OCCASION_OF.test(doc.fold.slice(end, m.phraseStart ?? m.start)),
  );
  // "a news conference at the Pentagon", "in Tel Aviv": where it took place.
  const place = after.find(
    (m) =>
      (label(m) === 'Location' || label(m) === 'Country') &&
      OCCASION_AT.test(doc.fold.slice(end, m.phraseStart ?? m.start).toLowerCase()),
  );
  const placeText = place ? doc.text.slice(place.start, place.end) : '';
  // "Sen. X at the hearing:": the hearing of the one committee the article names, when no
  // word here names another.
  const committee =
    kind === 'hearing' && !body && !modifier && !placeText ? soleCommittee(doc) : undefined;
  const named = body
    ? doc.entities.get(body.entity)!.name
    : (committee?.name ?? (modifier || placeText || surname(person)));
  const ev =
    (!date && committee ? articleEvent(doc, `${named} ${kind}`) : undefined) ??
    findEventNamed(doc, ctx, `${named} ${kind}`, date, true, false, true)!;
  addMention(doc, ev, at, end, 'event', 0.6);
  const rule = `event:${kind.replace(' ', '-')}`;
  // "speaking at a news conference in Moscow with his Iranian counterpart X": X took part.
  const beside = after.find(
    (m) =>
      label(m) === 'Person' &&
      m.entity !== person.id &&
      /^[^.;]{0,40}?\bwith\s+(?:[\w'’-]+\s+){0,4}$/.test(
        doc.fold.slice(end, m.phraseStart ?? m.start),
      ),
  );
  for (const p of [person.id, ...(beside ? [beside.entity] : [])])
    relate(doc, {
      type: 'PARTICIPATED_IN',
      from: p,
      to: ev.id,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.6,
      rule,
    });
  if (place && kind !== 'hearing')
    relate(doc, {
      type: 'OCCURRED_IN',
      from: ev.id,
      to: placeId(doc, ctx, place),
      evidence: [s],
      confidence: 0.5,
      rule,
    });
}

/**
 * Hosts and moderators ("host Daniel Ortiz", "moderator Kristen Welker", as the roles stage
 * found them) interview the guests they question: a sentence that names the host and a guest
 * who speaks or is the subject there, with a cue ("pressed by", "telling Ortiz", "asked"), or
 * a guest who appeared on a programme in this article.
 */
export function hostInterviews(doc: Doc, attributions: Attribution[]): void {
  const lower = doc.fold.toLowerCase();
  const hosts = new Set(
    doc.relationships
      .filter(
        (r) =>
          r.type === 'MEMBER_OF' &&
          doc.entities.get(r.to)?.label === 'Outlet' &&
          /\b(anchor|host|moderator|presenter|interviewer|newscaster)\b/i.test(r.detail ?? ''),
      )
      .map((r) => r.from),
  );
  // "told host Jake Ortiz", "moderator Kristen Welker": a host word right before the name
  // makes a host even where no outlet is named beside it.
  for (const m of doc.mentions) {
    if (doc.entities.get(m.entity)?.label !== 'Person') continue;
    const at = m.phraseStart ?? m.start;
    if (
      HOST_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) ||
      // "Meet the Press with Claire Ambrose": the host a programme's title names.
      /["“](?:[\w'’-]+\s+){1,6}with\s+$/.test(lower.slice(Math.max(0, at - 60), at)) ||
      /^(?:host|moderator|anchor|presenter|interviewer)\s/i.test(doc.fold.slice(at, m.end)) ||
      // "Rubio told NBC's Kristen Welker on …": the outlet's person a guest talks to.
      doc.mentions.some(
        (o) =>
          doc.entities.get(o.entity)?.label === 'Outlet' &&
          o.end <= m.start &&
          /^['’]s?\s+$/.test(doc.fold.slice(o.end, m.start)) &&
          /\b(?:told|tells|telling|asked by|interviewed by|interview with|speaking (?:to|with)|spoke (?:to|with)|talking (?:to|with))\s+(?:the\s+)?$/.test(
            lower.slice(Math.max(0, o.start - 30), o.start),
          ),
      )
    )
      hosts.add(m.entity);
  }
  if (hosts.size === 0) return;
  const appeared = (id: string) =>
    doc.relationships.find((r) => r.type === 'APPEARED_ON' && r.from === id);
  for (const s of doc.sentences) {
    const ms = doc.mentions.filter((m) => !m.nested && m.start >= s.start && m.end <= s.end);
    const host = ms.find(
      (m) =>
        hosts.has(m.entity) &&
        (!insideQuote(doc, m.start) ||
          doc.quotes.some(
            (q) => (q as { title?: boolean }).title && m.start >= q.start && m.start < q.end,
          )),
    );
    if (!host) continue;
    const isPerson = (id: string) => doc.entities.get(id)?.label === 'Person';
    // "Welker pressed Vance on President Trump's remark": the person right after the host's
    // verb is the one questioned, whoever the rest of the sentence quotes.
    const pressed =
      /^\s+(?:\w+ly\s+)?(?:pressed|asked|questioned|grilled|quizzed|challenged|interviewed)\s+$/;
    const object = ms.find(
      (m) =>
        m.start > host.end &&
        isPerson(m.entity) &&
        pressed.test(lower.slice(host.end, m.phraseStart ?? m.start)),
    )?.entity;
    // "Whitlam then pressed him on remarks by X, who said …": the pronoun is the guest who
    // appeared last, before anyone the rest of the sentence quotes.
    const pronounGuest =
      /^\s+(?:\w+ly\s+|then\s+|also\s+|again\s+)?(?:pressed|asked|questioned|grilled|quizzed|challenged)\s+(?:him|her)\b/.test(
        lower.slice(host.end, host.end + 40),
      )
        ? doc.mentions
            .filter((m) => m.end <= s.start && isPerson(m.entity) && m.entity !== host.entity)
            .filter((m) => appeared(m.entity))
            .pop()?.entity
        : undefined;
    const guests = [
      object,
      pronounGuest,
      ...attributions
        .filter((a) => a.quote.start >= s.start && a.quote.end <= s.end)
        .map((a) => a.speaker),
      sentenceSubject(doc, lower, s, 'Person')?.entity,
    ].filter((g): g is string => !!g && g !== host.entity && isPerson(g));
    // "Host Dana Pike pressed her on whether …": the pronoun is the guest who appeared last.
    if (
      guests.length === 0 &&
      /^\s+(?:\w+ly\s+)?(?:pressed|asked|questioned|grilled|quizzed|challenged)\s+(?:him|her)\b/.test(
        lower.slice(host.end, host.end + 40),
      )
    ) {
      const last = doc.mentions
        .filter((m) => m.end <= s.start && isPerson(m.entity) && m.entity !== host.entity)
        .filter((m) => appeared(m.entity))
        .pop();
      if (last) guests.push(last.entity);
    }
    const guest = guests[0];
    if (!guest) continue;
    // An appearance the text tells only later ("Mercer noted that Sen. X had called …", then
    // "Later on the same program, X said …") is not one this sentence is part of.
    const told = appeared(guest);
    const app =
      told?.rule === 'event:later-on-programme' &&
      doc.text.indexOf(told.evidence[0] ?? '\u0000') >= s.end
        ? undefined
        : told;
    // A guest who appeared nowhere is questioned only where the cue is the host's: "told
    // Ortiz", "asked by host X", "X pressed him"; not "X turned to Y's testimony, when Y told
    // the committee …" (the cue is Y's, to someone else).
    const cue =
      /\b(?:told|telling|asked|pressed|questioned|interviewed|quizzed|grilled|challenged|responding to|answering)\b/.test(
        app
          ? lower.slice(s.start, s.end)
          : lower.slice(Math.max(s.start, host.start - 40), Math.min(s.end, host.end + 40)),
      );
    if (!cue && !app) continue;
    const date = app?.date ?? mainDateOf(doc, s, doc.quotes);
    // The host named is who interviewed: the programme or network of this sentence did not.
    const said = evidenceOf(doc, [s])[0];
    doc.relationships = doc.relationships.filter(
      (r) =>
        !(
          r.rule === 'event:outlet-interviewed' &&
          r.to === guest &&
          r.evidence.length === 1 &&
          r.evidence[0] === said
        ),
    );
    relate(doc, {
      type: 'INTERVIEWED',
      from: host.entity,
      to: guest,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.55,
      rule: 'event:host-interviewed',
    });
  }
}

/** "Later in the program", "said later on the same program": the programme told just before. */
const LATER_ON_PROGRAMME =
  /\b(?:later|earlier)\s+(?:in|on|during)\s+the\s+(?:same\s+)?(?:program|programme|broadcast|show|hour)\b/;

/**
 * "Later on the program, Sen. X, a Democrat on …, said …": a second guest of the programme
 * the text has just told an appearance on (and of its network), on that appearance's day.
 */
export function laterOnProgramme(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  const at = (r: { evidence: string[] }) => doc.text.indexOf(r.evidence[0] ?? '\u0000');
  for (const s of doc.sentences) {
    const text = outsideQuotes(doc, lower, s.start, s.end);
    if (!LATER_ON_PROGRAMME.test(text)) continue;
    const before = doc.relationships
      .filter((r) => r.type === 'APPEARED_ON' && at(r) >= 0 && at(r) < s.start)
      .sort((a, b) => at(a) - at(b));
    // The programme ("Face the Nation", PART_OF its network) appeared on last; a network named
    // in passing since ("whose answer on CNBC") is not the one the text is on.
    const isProgramme = (id: string) =>
      doc.relationships.some((x) => x.type === 'PART_OF' && x.from === id && x.to !== id);
    const programme =
      [...before].reverse().find((r) => isProgramme(r.to)) ?? before[before.length - 1];
    if (!programme) continue;
    const networks = doc.relationships
      .filter((x) => x.type === 'PART_OF' && x.from === programme.to)
      .map((x) => x.to)
      .filter((id) => doc.entities.get(id)?.label === 'Outlet');
    const guest = sentenceSubject(
      doc,
      lower,
      s,
      'Person',
      (m) =>
        !HOST_BEFORE.test(
          lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - 40), m.phraseStart ?? m.start),
        ),
    );
    if (!guest || guest.entity === programme.from || insideQuote(doc, guest.start)) continue;
    for (const to of [programme.to, ...networks])
      relate(doc, {
        type: 'APPEARED_ON',
        from: guest.entity,
        to,
        evidence: [s],
        ...(programme.date ? { date: programme.date } : {}),
        confidence: 0.55,
        rule: 'event:later-on-programme',
      });
  }
}

/**
 * A guest questioned by a named host on a programme or network ("told moderator X on CBS's
 * “Face the Nation”", "Appearing on CNN's “State of the Union,” Y was pressed by host X") sat
 * an interview: an Event the guest, the host and the programme (else the network) took part in,
 * as the curated seeds record "Fox News anchor John Roberts" and Leavitt's interview. An interview
 * event the text already gave the guest (“in an interview with …”) is that one, and gains its
 * host. A guest who only "said on" a programme with no host named is an appearance, no event.
 */
export function hostInterviewEvents(doc: Doc, ctx: DraftContext): void {
  const isPerson = (id: string) => doc.entities.get(id)?.label === 'Person';
  const at = (r: { evidence: string[] }) => doc.text.indexOf(r.evidence[0] ?? '\u0000');
  const interviews = doc.relationships.filter(
    (r) =>
      r.type === 'INTERVIEWED' &&
      isPerson(r.from) &&
      isPerson(r.to) &&
      (r.rule === 'event:host-interviewed' || r.rule === 'structure:anchor-asked'),
  );
  for (const iv of interviews) {
    const host = iv.from;
    const guest = iv.to;
    const where = at(iv);
    // The programme of the guest's appearance nearest the host's question, of the same day: a
    // programme (an outlet PART_OF another) before its network.
    const apps = doc.relationships
      .filter(
        (r) =>
          r.type === 'APPEARED_ON' &&
          r.from === guest &&
          (!iv.date || !r.date || r.date === iv.date) &&
          at(r) >= 0,
      )
      .sort((a, b) => Math.abs(at(a) - where) - Math.abs(at(b) - where));
    if (apps.length === 0) continue;
    const near = apps.filter((r) => at(r) === at(apps[0]!));
    const partOf = (r: { to: string }, net?: string) =>
      doc.relationships.some(
        (x) => x.type === 'PART_OF' && x.from === r.to && x.to !== r.to && (!net || x.to === net),
      );
    // A network's appearance nearest, the programme of that network the guest appeared on
    // elsewhere (a headline "X on '60 Minutes'", the lede's "CBS's …"): the programme.
    const programme =
      near.find((r) => partOf(r)) ??
      apps.find((r) => near.some((n) => partOf(r, n.to))) ??
      near[near.length - 1]!;
    const outlet = doc.entities.get(programme.to)!;
    const g = doc.entities.get(guest)!;
    const date = iv.date ?? programme.date;
    const given = doc.relationships.find(
      (r) =>
        r.type === 'PARTICIPATED_IN' &&
        r.from === guest &&
        r.rule === 'event:interview' &&
        doc.entities.get(r.to)?.occasion === true &&
        // Told in the sentence of this appearance or question; not "In early March she had
        // told the network …" (another day's interview).
        [programme.evidence[0], ...near.map((n) => n.evidence[0]), iv.evidence[0]].includes(
          r.evidence[0],
        ) &&
        (!date || !doc.entities.get(r.to)?.date || doc.entities.get(r.to)?.date === date),
    );
    const ev = given
      ? doc.entities.get(given.to)!
      : findEventNamed(doc, ctx, `${surname(g)} interview on ${outlet.name}`, date, true)!;
    if (!given) {
      const from = at(programme);
      const m = doc.mentions.find(
        (x) =>
          x.entity === outlet.id &&
          x.start >= from &&
          x.end <= from + programme.evidence[0]!.length,
      );
      if (m) addMention(doc, ev, m.start, m.end, 'event', 0.55);
    }
    const span = (r: { evidence: string[] }) => ({
      start: at(r),
      end: at(r) + r.evidence[0]!.length,
    });
    const parts: [string, { evidence: string[] }][] = [
      [guest, programme],
      [host, iv],
      [outlet.id, programme],
    ];
    for (const [who, r] of parts)
      relate(doc, {
        type: 'PARTICIPATED_IN',
        from: who,
        to: ev.id,
        evidence: [span(r)],
        confidence: 0.55,
        rule: 'event:host-interview',
      });
  }
}

const TWO = /\b(?:the two|both)\s+(?:leaders|presidents|men|women|ministers|officials|sides)\b/g;
const TALKED =
  /^\s+(?:[\w-]+\s+){0,2}?(?:spoke|talked|met|conferred|held (?:a |their )?(?:phone |telephone )?(?:call|talks|conversation)|had (?:a |an )?(?:[\w"“”'-]+\s+){0,5}?(?:call|conversation|talks|exchange|discussion))\b/;

/**
 * "The two leaders spoke by phone last Monday": the two people named last before it spoke
 * with each other; a call event is proposed or linked to the registry's call of that day.
 */
export function pairTalks(doc: Doc, ctx: DraftContext): void {
  const lower = doc.fold.toLowerCase();
  namedPairTalks(doc, ctx, lower);
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    TWO.lastIndex = 0;
    for (let m = TWO.exec(text); m; m = TWO.exec(text)) {
      const at = s.start + m.index;
      const verb = TALKED.exec(lower.slice(at + m[0].length, s.end));
      if (!verb) continue;
      // The two named before this sentence (its own subject is who reports the talk), leaders
      // first: "Leavitt said the two leaders spoke" is Trump and Putin, not Leavitt.
      const from = doc.sentences[Math.max(0, s.index - 3)]!.start;
      const named: string[] = [];
      for (const x of [...doc.mentions].reverse()) {
        if (x.start < from || x.end > s.start) continue;
        if (doc.entities.get(x.entity)?.label !== 'Person' || insideQuote(doc, x.start)) continue;
        if (!named.includes(x.entity)) named.push(x.entity);
      }
      const leads = (id: string) =>
        doc.relationships.some((r) => r.type === 'LEADS' && r.from === id);
      const people = [...named.filter(leads), ...named.filter((id) => !leads(id))].slice(0, 2);
      if (people.length < 2) continue;
      const [b, a] = people.map((id) => doc.entities.get(id)!);
      const vAt = at + m[0].length + verb.index;
      const date = dateNear(doc, s, vAt, doc.quotes);
      relate(doc, {
        type: 'SPOKE_WITH',
        from: a!.id,
        to: b!.id,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.6,
        rule: 'event:the-two-spoke',
      });
      const kind = /talks|met|conferred/.test(verb[0]) ? 'talks' : 'phone call';
      const ev = eventNamed(doc, ctx, `${surname(a!)}-${surname(b!)} ${kind}`, date);
      addMention(doc, ev, at, at + m[0].length + verb[0].length, 'event', 0.6);
      for (const p of [a!, b!])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.55,
          rule: `event:the-two-${kind.replace(' ', '-')}`,
        });
    }
  }
}

/**
 * "… had spoken by phone", "… met in Ankara", "… held a call": the verb after "A and B"; a
 * timeline's historic present too ("June 1: Trump and Putin speak by phone").
 */
const PAIR_TALKED =
  /^\s+(?:(?:have|has|had|also|reportedly|then|later|briefly|last|on)\s+){0,2}(?:spoken|spoke|speak|talked|talk|met|meet|conferred|confer|held (?:a |their |an )?(?:[\w-]+\s+){0,2}?(?:phone |telephone )?(?:call|talks|conversation|meeting)|had (?:a |an )?(?:[\w"“”'-]+\s+){0,4}?(?:phone call|call|conversation|talks))\b/;

/**
 * "A and B discussed Gulf shipping in a phone call today", "… discussed the war by phone": what
 * they discussed, then how. Only a past "discussed" (not "will discuss", "are expected to").
 */
const PAIR_DISCUSSED =
  /^\s+(?:(?:also|had|have|has|then|later|briefly)\s+)?discussed\s+(?:[^.;:!?]|(?<=\b\w)\.){1,160}?\s(?:(?:in|during|over|on)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:phone|telephone|video)\s+(?:call|conversation)|by\s+(?:phone|telephone)|in\s+(?:a|their)\s+(?:telephone\s+|phone\s+)?conversation)\b/;

/** The "discussed … in a phone call" after a pair, as the match of a talk verb. */
function pairDiscussed(lower: string, from: number, s: Sentence): RegExpExecArray | null {
  return PAIR_DISCUSSED.exec(lower.slice(from, s.end));
}

/**
 * "Vladimir Putin and Iranian President Masoud Pezeshkian had spoken by phone on Thursday":
 * two people joined by "and", then a verb of talking: they spoke with each other, in a call
 * (by phone, a call) or talks (met, talks).
 */
function namedPairTalks(doc: Doc, ctx: DraftContext, lower: string): void {
  for (const s of doc.sentences) {
    const ms = doc.mentions
      .filter(
        (m) =>
          !m.nested &&
          m.start >= s.start &&
          m.end <= s.end &&
          doc.entities.get(m.entity)?.label === 'Person' &&
          !insideQuote(doc, m.start),
      )
      .sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (a.entity === b.entity) continue;
      // Only title words (capitalised, or a demonym) between "and" and the second name.
      const between = doc.fold.slice(a.end, b.start);
      // "and Israeli Minister of Defense Israel Katz": "of"/"for" inside the title too.
      if (
        // "and Qatar's Minister of State for Foreign Affairs X": up to eight title words.
        !/^\s*,?\s+and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,8}$/u.test(between) ||
        /\s(?:of|for|the)\s+$/.test(between)
      )
        continue;
      const verb = PAIR_TALKED.exec(lower.slice(b.end, s.end)) ?? pairDiscussed(lower, b.end, s);
      if (!verb) continue;
      const vAt = b.end + verb.index;
      const tail = lower.slice(vAt, Math.min(s.end, vAt + verb[0].length + 30));
      const kind =
        /met|talks|meeting|conferred/.test(verb[0]) && !/phone|call/.test(tail)
          ? 'talks'
          : 'phone call';
      const A = doc.entities.get(a.entity)!;
      const B = doc.entities.get(b.entity)!;
      const date = dateNear(doc, s, vAt, doc.quotes);
      relate(doc, {
        type: 'SPOKE_WITH',
        from: A.id,
        to: B.id,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.65,
        rule: 'event:a-and-b-spoke',
      });
      const fresh = FRESH_OCCASION.test(doc.fold.slice(s.start, s.end));
      const ev = findEventNamed(
        doc,
        ctx,
        `${surname(A)}-${surname(B)} ${kind}`,
        date,
        true,
        fresh,
      )!;
      addMention(doc, ev, a.start, vAt + verb[0].length, 'event', 0.6);
      for (const p of [A, B])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.55,
          rule: `event:a-and-b-${kind.replace(' ', '-')}`,
        });
    }
  }
}

export type { Sentence };
