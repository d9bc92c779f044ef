/**
 * Stage 6f: meetings and calls told by paraphrase, and who took part in them.
 * - Every talk between two people drafted by any stage ("A met B in Moscow on Saturday", "A had
 *   spoken by phone with B", "A held talks in Jerusalem with B") is an event too: a call or
 *   talks, PARTICIPATED_IN by both, OCCURRED_IN the place after "in" (talks only: a phone call
 *   happens nowhere in particular).
 * - Delegations: "U.S. and Russian officials met in Geneva on Tuesday" gives talks of the two
 *   countries.
 * - Later sentences refer back to the event ("the talks", "Tuesday's meeting", "the call"):
 *   who "joined", "took part", "listened in" or did something "during the talks" took part.
 */
import type { DraftContext } from './context';
import { insideQuote, type Doc, type DocEntity, type Mention, type Sentence } from './document';
import { dateNear } from './dates';
import { addMention } from './entities';
import { eventNamed, findEventNamed, placeId, unrealisedCall } from './events';
import { relate } from './relate';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';

/** Verbs of meeting (talks) and of calling (a phone call), as they appear between A and B. */
const TALK_VERB =
  /\b(?:met|meet|meets|meeting|held (?:\w+ ){0,3}?talks|hold (?:\w+ ){0,3}?talks|holds (?:\w+ ){0,3}?talks|hosted|hosts|received|sat down)\b/;
// A bare "had spoken with X" is no event of its own (our golds draft SPOKE_WITH alone); a call
// or a meeting is.
const CALL_VERB =
  /\b(?:by (?:tele)?phone|(?:tele)?phone call|(?:a|the|their) call|video call|conversation)\b/;

/** "in Geneva", "in Moscow": the place of talks, right after the verb or the other party. */
const IN_PLACE = /\bin\s+(?:the\s+)?$/;

/** "in Moscow": a country named by its capital is the place, not the government. */
function isCapital(doc: Doc, m: Mention, e: DocEntity): boolean {
  if (m.kind === 'capital') return true;
  const info = COUNTRIES.find((c) => nameKey(c.name) === nameKey(e.name));
  const surface = nameKey(doc.text.slice(m.start, m.end));
  return info?.capital.some((c) => nameKey(c) === surface) ?? false;
}

function surname(e: DocEntity): string {
  if (e.label !== 'Person') return e.name;
  // "Mohammed bin Salman", "Faisal bin Farhan": the whole name, as copy names their calls.
  if (/\s(?:bin|ibn|bint)\s/i.test(e.name)) return e.name;
  const parts = e.name.split(/\s+/);
  return parts[parts.length - 1]!;
}

function sentenceMentions(doc: Doc, s: Sentence): Mention[] {
  return doc.mentions
    .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
    .sort((a, b) => a.start - b.start);
}

/** The place of talks told in this sentence: a Location or Country right after "in". */
/** The talks took place where the sentence says. */
function occurredIn(
  doc: Doc,
  ctx: DraftContext,
  from: string,
  place: Mention,
  s: Sentence,
  confidence: number,
): void {
  relate(doc, {
    type: 'OCCURRED_IN',
    from,
    to: placeId(doc, ctx, place),
    evidence: [s],
    confidence,
    rule: 'meeting:talks-in-place',
  });
}

function placeOf(doc: Doc, s: Sentence, from: number): Mention | undefined {
  const lower = doc.fold.toLowerCase();
  const isPlace = (m: Mention) => {
    const e = doc.entities.get(m.entity);
    return e?.label === 'Location' || (e?.label === 'Country' && isCapital(doc, m, e));
  };
  const lead = (m: Mention, n: number) =>
    lower.slice(Math.max(s.start, (m.phraseStart ?? m.start) - n), m.phraseStart ?? m.start);
  return (
    sentenceMentions(doc, s).find(
      (m) => m.start >= from && isPlace(m) && IN_PLACE.test(lead(m, 8)),
    ) ??
    // "flew to Moscow and held talks with …", "arrived in Ankara for talks with …": the
    // journey's end, told before the talks.
    sentenceMentions(doc, s).find(
      (m) =>
        isPlace(m) &&
        /\b(?:flew|travel+ed|went|came|returned|headed) to\s+$|\barrived in\s+$|\bvisit(?:ed|ing)\s+$/.test(
          lead(m, 20),
        ) &&
        /^[^.;]{0,30}\band\s+(?:then\s+)?(?:held|met|hosted)\b|^[^.;]{0,12}\bfor talks\b/.test(
          lower.slice(m.end, m.end + 40),
        ),
    )
  );
}

/** Events this stage made or found, in text order, for the references back to them. */
interface Occasion {
  event: DocEntity;
  at: number;
  kind: 'talks' | 'phone call';
  date?: string;
}

export function meetings(doc: Doc, ctx: DraftContext): void {
  const occasions: Occasion[] = [];
  heldTalksWith(doc);
  talksBeforeSpeaker(doc);
  toldInCall(doc);
  pairEvents(doc, ctx, occasions);
  delegationTalks(doc, ctx, occasions);
  listTalks(doc, ctx, occasions);
  const merged = mergePairOccasions(doc);
  for (const o of occasions) o.event = merged.get(o.event.id) ?? o.event;
  bothNames(doc);
  // Calls and talks the events stage already made count as antecedents too.
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.entity);
    if (e?.label !== 'Event' || m.kind !== 'event') continue;
    if (!/\b(?:call|talks|meeting|summit|conversation)\b/i.test(e.name)) continue;
    if (occasions.some((o) => o.event.id === e.id && o.at === m.start)) continue;
    occasions.push({
      event: e,
      at: m.start,
      kind: /call|conversation/i.test(e.name) ? 'phone call' : 'talks',
      ...(e.date ? { date: e.date } : {}),
    });
  }
  occasions.sort((a, b) => a.at - b.at);
  joiners(doc, occasions);
  attendedBy(doc, occasions);
  reportedBy(doc, occasions);
}

const SAYS = /^\s+(?:said|says|announced|reported|confirmed|stated)\b/;
const ACCORDING = /\baccording to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;

/**
 * "Trump and Putin spoke by phone on Saturday, the Kremlin said" (or "…, according to IRNA"): the
 * body or outlet that says so in the event's own sentence (not one of its participants) REPORTED the event.
 */
function reportedBy(doc: Doc, occasions: Occasion[]): void {
  for (const o of occasions) {
    const s = doc.sentences.find((x) => x.start <= o.at && o.at < x.end);
    if (!s) continue;
    for (const m of sentenceMentions(doc, s)) {
      const e = doc.entities.get(m.entity);
      if (e?.label !== 'Organization' && e?.label !== 'Outlet') continue;
      if (insideQuote(doc, m.start)) continue;
      const says =
        SAYS.test(doc.fold.slice(m.end, m.end + 20)) ||
        // "…, according to the official IRNA news agency": the source of the account.
        ACCORDING.test(doc.fold.slice(Math.max(s.start, m.start - 40), m.start).toLowerCase());
      if (!says) continue;
      const took = doc.relationships.some(
        (r) => r.type === 'PARTICIPATED_IN' && r.from === e.id && r.to === o.event.id,
      );
      if (took) continue;
      relate(doc, {
        type: 'REPORTED',
        from: e.id,
        to: o.event.id,
        evidence: [s],
        confidence: 0.5,
        rule: 'meeting:reported-by',
      });
    }
  }
}

/**
 * "Netanyahu held talks in Jerusalem with Emirati President Mohamed bin Zayed", "A had a
 * lengthy phone call on Friday with B": place and day may stand between the talks and "with".
 */
const HELD_WITH =
  /^\s+(?:(?:has|had|have|also|reportedly|then|later|on \w+)\s+){0,2}(?:held|holds|hold|had|has)\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|(?:phone |telephone |video )?call|conversation)\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?){0,2}with\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|his|her|their|visiting|envoy|minister|president|counterpart|adviser|aide|ambassador|foreign|defen[cs]e|secretary|spokes(?:man|woman)|chief|leader)\s+){0,5}$/u;

/**
 * "Speaking after talks in Moscow with Iran's deputy foreign minister, Kazem Rostami, Russian
 * Deputy Foreign Minister Pavel Orlinsky said …": a participle phrase that opens the sentence
 * tells talks (a meeting, a call) of the speaker the main clause names with the person after
 * "with".
 */
const TALKS_OPENING =
  /^[^a-z]*(?:speaking|talking|briefing reporters|addressing reporters|writing)\s+(?:to\s+(?:reporters|journalists)\s+)?(?:after|following|at the end of|on the sidelines of|ahead of|before|during)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(talks|meetings?|(?:phone\s+|telephone\s+|video\s+)?call|conversation)\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?){0,2}with\s+/;

/** Where a sentence's own words start: after its dateline ("MOSCOW, Dec 10 (Reuters) -"). */
export function afterDateline(doc: Doc, s: Sentence): number {
  return doc.datelines.find((d) => d.start >= s.start && d.start < s.end)?.end ?? s.start;
}

function talksBeforeSpeaker(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const from = afterDateline(doc, s);
    const o = TALKS_OPENING.exec(lower.slice(from, s.end));
    if (!o) continue;
    const at = from + o[0].length;
    const ms = sentenceMentions(doc, s).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Person' && !insideQuote(doc, m.start),
    );
    const b = ms.find((m) => m.start >= at && m.start - at <= 80);
    if (!b) continue;
    // The main clause's subject: the next person after the phrase's closing comma, with a verb
    // of saying right after (an apposition between may stand).
    const a = ms.find(
      (m) =>
        m.start > b.end &&
        m.entity !== b.entity &&
        lower.slice(b.end, m.start).includes(',') &&
        /^\s*(?:,[^,;]{0,80},\s*)?(?:also\s+|on\s+\w+\s+)?(?:said|says|told|added|warned|insisted|urged|stressed|declared|called)\b/.test(
          lower.slice(m.end, m.end + 120),
        ),
    );
    if (!a) continue;
    relate(doc, {
      type: 'SPOKE_WITH',
      from: a.entity,
      to: b.entity,
      evidence: [s],
      confidence: 0.6,
      rule: 'meeting:talks-before-speaker',
    });
  }
}

function heldTalksWith(doc: Doc): void {
  for (const s of doc.sentences) {
    const ms = sentenceMentions(doc, s).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Person' && !insideQuote(doc, m.start),
    );
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (a.entity === b.entity) continue;
      const between = doc.fold.slice(a.end, b.phraseStart ?? b.start);
      if (!HELD_WITH.test(between)) continue;
      const date = dateNear(doc, s, a.end, doc.quotes);
      relate(doc, {
        type: 'SPOKE_WITH',
        from: a.entity,
        to: b.entity,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.65,
        rule: 'meeting:held-talks-with',
      });
    }
  }
}

/**
 * "in a phone call", "during a call on Thursday", "by phone": the call told right after the
 * other party (past an apposition: "Kirill Dmitriev, the head of …, during a call").
 */
const CALL_AFTER =
  /^(?:\s*,[^,.;:"“”]{1,90},)?\s+(?:(?:on|last)\s+\w+\s+)?(?:(?:in|during|on|over)\s+(?:a|an|the|their|his|her|one)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone|video)?\s*(?:call|conversation)\b|by\s+(?:tele)?phone\b)/;

/**
 * "Trump told Putin in a phone call on Oct. 9 that …", "Putin had assured Trump in a phone
 * call", "Rubio delivered the message to Lavrov in a phone call": the subject spoke with the
 * person the verb reaches, in a call. Not when denied, wished for or asked about ("had not told
 * X in a call", "would tell X by phone", "whether he told X in a call").
 */
const TOLD_BETWEEN =
  /^(?:\s*,[^,.;:"“”]{1,90},)?\s+(?:(?:had|has|have|also|personally|directly|then|later|reportedly|privately)\s+){0,2}(?:told|assured|warned|urged|pressed|promised|informed|briefed|reminded|asked|thanked|congratulated|[a-z]+ed\s+(?:[\w'’-]+\s+){0,3}?(?:to|with))\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the)\s+){0,6}$/u;

/**
 * The verb is past ("told X in a phone call on Tuesday that Y would …"): a weekday the reported
 * future carried forward is the one before the article's day, a week earlier.
 */
function pastDay(doc: Doc, date: string | undefined): string | undefined {
  if (!date || !doc.date || date <= doc.date) return date;
  const back = new Date(Date.parse(`${date}T12:00:00Z`) - 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return back <= doc.date ? back : undefined;
}

function toldInCall(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const ms = sentenceMentions(doc, s).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Person' && !insideQuote(doc, m.start),
    );
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (a.entity === b.entity) continue;
      const between = doc.fold.slice(a.end, b.start);
      if (!TOLD_BETWEEN.test(between)) continue;
      if (
        /\b(?:not|never|no)\b|n['’]t\b|\b(?:will|would|could|should|might|may|must)\b/i.test(
          between,
        )
      )
        continue;
      // "Trump's envoy told X": the possessor is not who spoke.
      if (/^['’]s\b/.test(doc.fold.slice(a.end, a.end + 3))) continue;
      const call = CALL_AFTER.exec(lower.slice(b.end, s.end));
      if (!call) continue;
      const at = b.end + call.index + call[0].length;
      if (unrealisedCall(lower, s, a.start, at)) continue;
      const date = pastDay(doc, dateNear(doc, s, at - 4, doc.quotes));
      relate(doc, {
        type: 'SPOKE_WITH',
        from: a.entity,
        to: b.entity,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.6,
        rule: 'meeting:told-in-call',
      });
    }
  }
}

/**
 * "Secretary Rubio spoke today with Omani Foreign Minister X", "Lavrov also spoke with his
 * counterpart in Tehran, X": a call told as the sentence's own news (a readout's or a wire's).
 * Not "said he had spoken with X" (a claim of one of them: our golds keep SPOKE_WITH alone).
 */
const NARRATED_SPOKE =
  /^\s+(?:(?:also|separately|later|again|briefly)\s+)?(?:spoke|talked)\s+(?:(?:today|tonight|yesterday|again|separately|briefly|earlier|later|on\s+\w+|\w+day)\s+){0,2}(?:(?:morning|afternoon|evening|night)\s+)?with\s+[^.;:"“”]{0,80}$/;

/**
 * "On Wednesday's WorldLine, host X spoke with Y": an interview, not a call. The sentence or
 * the next names a programme, an outlet, a host or an interview.
 */
function onAir(doc: Doc, s: Sentence): boolean {
  const next = doc.sentences[s.index + 1];
  const end = next && next.start - s.end < 40 ? next.end : s.end;
  if (
    /\b(?:host|anchor|correspondent|reporter|interview\w*|podcast|program(?:me)?|show|broadcast|episode)\b/i.test(
      doc.fold.slice(s.start, end),
    )
  )
    return true;
  return sentenceMentions(doc, s).some((m) => doc.entities.get(m.entity)?.label === 'Outlet');
}

/** A SPOKE_WITH between two people of one sentence with a verb of meeting or calling. */
function pairEvents(doc: Doc, ctx: DraftContext, occasions: Occasion[]): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const ms = sentenceMentions(doc, s);
    for (const r of doc.relationships) {
      if (r.type !== 'SPOKE_WITH' || !r.evidence.some((e) => e.includes(text))) continue;
      const b = ms.find((m) => m.entity === r.to && !insideQuote(doc, m.start));
      if (!b) continue;
      const A = doc.entities.get(r.from)!;
      const B = doc.entities.get(r.to)!;
      if (A.label !== 'Person' || B.label !== 'Person') continue;
      const callAfter = CALL_AFTER.exec(lower.slice(b.end, s.end));
      // "He said he had discussed the campaign with X by phone": the speaker is a pronoun here;
      // the call told after the other party is enough.
      const a =
        ms.find((m) => m.entity === r.from && !insideQuote(doc, m.start)) ??
        (callAfter && !unrealisedCall(lower, s, b.start, b.end)
          ? { ...b, entity: r.from }
          : undefined);
      if (!a) continue;
      // Someone already made an event of this pair here ("the Trump-Putin call").
      const has = (id: string) =>
        doc.relationships.some(
          (x) =>
            x.type === 'PARTICIPATED_IN' &&
            x.from === id &&
            x.evidence.some((e) => e.includes(text)) &&
            doc.entities.get(x.to)?.occasion === true,
        );
      if (has(A.id) && has(B.id)) {
        // Its place may still be told here ("flew to Moscow and held talks with …").
        const ev = doc.relationships.find(
          (x) =>
            x.type === 'PARTICIPATED_IN' &&
            x.from === A.id &&
            x.evidence.some((e) => e.includes(text)) &&
            doc.entities.get(x.to)?.occasion === true,
        );
        const event = ev ? doc.entities.get(ev.to) : undefined;
        const place =
          event && /\b(?:talks|meeting|summit)\b/i.test(event.name)
            ? placeOf(doc, s, Math.min(a.end, b.end))
            : undefined;
        if (
          event &&
          place &&
          !doc.relationships.some((x) => x.type === 'OCCURRED_IN' && x.from === event.id)
        )
          occurredIn(doc, ctx, event.id, place, s, 0.55);
        continue;
      }
      const lo = Math.min(a.end, b.end);
      const hi = Math.max(a.start, b.start);
      const span = lower.slice(Math.min(a.start, b.start), Math.min(s.end, hi + 60));
      const between = lower.slice(lo, hi);
      // "raised the issue with Lavrov when the two met in Kuala Lumpur": the pair meets after.
      const metAfter =
        /^[^.;]{0,60}?\b(?:when|as|after|where|while)\s+(?:the two|they|both)(?:\s+(?:men|women|ministers|leaders|envoys|officials))?\s+(?:met|sat down|held talks)\b/.test(
          lower.slice(Math.max(a.end, b.end), s.end),
        );
      const narrated =
        a.start < b.start &&
        NARRATED_SPOKE.test(between) &&
        !onAir(doc, s) &&
        !unrealisedCall(lower, s, a.start, b.end);
      // "Speaking after talks in Moscow with B, A said": the opening phrase tells the talks.
      const opening =
        b.start < a.start
          ? TALKS_OPENING.exec(lower.slice(afterDateline(doc, s), b.phraseStart ?? b.start))
          : null;
      const call =
        (opening !== null && /call|conversation/.test(opening[1]!)) ||
        CALL_VERB.test(between) ||
        /\bby (?:tele)?phone\b/.test(span) ||
        (callAfter !== null && b.start >= a.start) ||
        narrated;
      const talks =
        TALK_VERB.test(between) ||
        /\b(?:talks|meeting)\b/.test(between) ||
        metAfter ||
        (opening !== null && !/call|conversation/.test(opening[1]!));
      if (!call && !talks) continue;
      // Reported as not having happened: "has not spoken with", "never met".
      if (/\b(?:not|never|no)\b|n't\b/.test(between)) continue;
      if (
        a.start === b.start &&
        /\b(?:not|never|no)\b|n['’]t\b/.test(lower.slice(Math.max(s.start, b.start - 80), b.start))
      )
        continue;
      const kind =
        call && !metAfter && !/\b(?:met|meet|meeting|talks|hosted|received)\b/.test(between)
          ? 'phone call'
          : 'talks';
      const date = r.date ?? dateNear(doc, s, lo, doc.quotes);
      // "assured Trump in a phone call": a call the sentence introduces, not the registry's
      // call of the pair unless it gives that day.
      const introduced = !date && callAfter !== null && /\b(?:a|an|one)\s/.test(callAfter[0]);
      const ev = findEventNamed(
        doc,
        ctx,
        `${surname(A)}-${surname(B)} ${kind}`,
        date,
        true,
        introduced,
      )!;
      addMention(doc, ev, Math.min(a.start, b.start), Math.max(a.end, b.end), 'event', 0.55);
      for (const p of [A, B])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          confidence: 0.55,
          rule: `meeting:pair-${kind.replace(' ', '-')}`,
        });
      if (kind === 'talks') {
        const place = placeOf(doc, s, opening ? s.start : Math.min(a.end, b.end));
        if (place) occurredIn(doc, ctx, ev.id, place, s, 0.55);
      }
      occasions.push({
        event: ev,
        at: Math.min(a.start, b.start),
        kind,
        ...(date ? { date } : {}),
      });
    }
  }
}

const DELEGATES =
  /^\s*(?:officials|diplomats|negotiators|delegations|envoys|ministers|leaders|teams|delegates)\s+(?:(?:have|had|also|then|reportedly|briefly)\s+)?(?:met|held (?:\w+ ){0,3}?talks|hold (?:\w+ ){0,3}?talks|sat down)\b/;

/** "Senior U.S. and Russian officials met in Geneva on Tuesday": talks of two countries. */
function delegationTalks(doc: Doc, ctx: DraftContext, occasions: Occasion[]): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const ms = sentenceMentions(doc, s).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Country' && !insideQuote(doc, m.start),
    );
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      if (a.entity === b.entity) continue;
      if (!/^\s+and\s+$/.test(lower.slice(a.end, b.start))) continue;
      const v = DELEGATES.exec(lower.slice(b.end, s.end));
      if (!v) continue;
      const A = doc.entities.get(a.entity)!;
      const B = doc.entities.get(b.entity)!;
      const vAt = b.end + v.index + v[0].length;
      const date = dateNear(doc, s, vAt, doc.quotes);
      const place = placeOf(doc, s, vAt);
      // "in Doha": the city as written, also when it stands for its country's government.
      const where = place ? doc.text.slice(place.start, place.end) : undefined;
      // Named as copy names them: "the Geneva talks", else by the two parties.
      const ev = eventNamed(doc, ctx, where ? `${where} talks` : `${A.name}-${B.name} talks`, date);
      if (where && !ev.aliases.includes(`${A.name}-${B.name} talks`))
        ev.aliases.push(`${A.name}-${B.name} talks`);
      addMention(doc, ev, a.start, vAt, 'event', 0.55);
      for (const p of [A, B])
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: p.id,
          to: ev.id,
          evidence: [s],
          confidence: 0.5,
          rule: 'meeting:delegations',
        });
      if (place) occurredIn(doc, ctx, ev.id, place, s, 0.55);
      occasions.push({ event: ev, at: a.start, kind: 'talks', ...(date ? { date } : {}) });
    }
  }
}

/**
 * "X told reporters the question 'came up briefly' during Saturday's call": what happened during
 * the call is the reported clause's, told by someone who need not have been on it. True when a
 * verb of saying comes first and more than its object follows it before the reference.
 */
function toldOfOthers(between: string): boolean {
  const v = /\b(?:said|says|told|tells|added|noted|explained|insisted)\b/.exec(between);
  if (!v) return false;
  const rest = between.slice(v.index + v[0].length).replace(/["“”]/g, ' ');
  return rest.trim().split(/\s+/).length > 3;
}

/** A reference back to the last event: "the talks", "Saturday's call", "the Geneva meeting". */
const BACK =
  /\b(?:the|this|that|[a-z]+day['’]s)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:(?:phone|telephone)\s+)?(talks|meeting|call|conversation|summit|session|gathering)\b/giu;
const JOIN =
  /\b(?:joined|join|took part|taking part|participated|listened in|sat in|attended|was present|were present|was also on|were also on|was on the call|were on the call)\b/;
const DURING = /\b(?:during|at|in|on|after)\s+$/;

/**
 * People who "joined" or "listened in" on the last call or talks (within three sentences), and
 * who did something "during the talks": they took part. The reference names the kind ("the
 * call" is a call, "the talks" talks) and must agree with the event's.
 */
function joiners(doc: Doc, occasions: Occasion[]): void {
  if (occasions.length === 0) return;
  const lower = doc.fold.toLowerCase();
  let seen: { o: Occasion; index: number } | undefined;
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    const last = [...occasions].reverse().find((o) => o.at < s.end);
    if (!last) continue;
    const lastS = doc.sentences.find((x) => x.start <= last.at && last.at < x.end);
    if (!lastS) continue;
    if (seen?.o !== last) seen = { o: last, index: lastS.index };
    const people = sentenceMentions(doc, s).filter(
      (m) =>
        doc.entities.get(m.entity)?.label === 'Person' &&
        !insideQuote(doc, m.start) &&
        // "Trump's national security adviser, X,": the possessor is not the one who joined.
        !/^['’]s\b/.test(doc.fold.slice(m.end, m.end + 3)),
    );
    const refs = [...doc.fold.slice(s.start, s.end).matchAll(BACK)].filter((r) => {
      const k = r[1]!.toLowerCase();
      return last.kind === 'phone call'
        ? /call|conversation/.test(k)
        : /talks|meeting|summit|session|gathering/.test(k);
    });
    // A reference back ("Saturday's call") keeps the event current; three sentences without
    // one and a "joined" is about something else.
    if (refs.length) seen.index = s.index;
    if (s.index - seen.index > 3) continue;
    if (people.length === 0) continue;
    const j = JOIN.exec(text);
    for (const p of people) {
      const at = p.start - s.start;
      // The subject of a joining verb: named before it, with no other verb in between.
      const joined =
        j !== null &&
        at < j.index &&
        !/\b(?:said|says|told|according)\b/.test(text.slice(at, j.index)) &&
        (s.index !== lastS.index || p.start > last.at);
      const during = refs.some(
        (r) =>
          r.index! > at &&
          DURING.test(text.slice(Math.max(0, r.index! - 8), r.index!)) &&
          !toldOfOthers(text.slice(at, r.index!)),
      );
      if (!joined && !during) continue;
      if (
        doc.relationships.some(
          (r) => r.type === 'PARTICIPATED_IN' && r.from === p.entity && r.to === last.event.id,
        )
      )
        continue;
      relate(doc, {
        type: 'PARTICIPATED_IN',
        from: p.entity,
        to: last.event.id,
        evidence: [s],
        confidence: 0.5,
        rule: joined ? 'meeting:joined' : 'meeting:during-the-event',
      });
    }
  }
}

/** "the leaders of", "foreign ministers from": who is sent, before a list of countries. */
const ENVOYS_OF =
  /\b(?:leaders|heads of (?:state|government)|presidents|(?:foreign |defen[cs]e |prime )?ministers|officials|envoys|delegations|representatives|negotiators)\s+(?:of|from)\s+$/;
/** Between two countries of a list: ", ", ", and ", " and " (the article may stand before). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const GATHERED =
  /^\s+(?:(?:have|had|also|then|reportedly)\s+)?(?:met|gathered|convened|held (?:\w+ ){0,3}?(?:talks|a summit|a meeting))\b/;

/**
 * "The leaders of Saudi Arabia, the United Arab Emirates and Qatar met in Doha on Sunday for an
 * emergency summit": talks (a summit when the sentence says so) of every country of the list,
 * in the place after "in". Not negated, planned or asked about.
 */
function listTalks(doc: Doc, ctx: DraftContext, occasions: Occasion[]): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const ms = sentenceMentions(doc, s).filter(
      (m) => doc.entities.get(m.entity)?.label === 'Country' && !insideQuote(doc, m.start),
    );
    for (let i = 0; i < ms.length; i++) {
      const first = ms[i]!;
      if (
        !ENVOYS_OF.test(
          lower
            .slice(Math.max(s.start, first.start - 50), first.phraseStart ?? first.start)
            .replace(/\bthe\s+$/, ''),
        )
      )
        continue;
      const list = [first];
      for (let j = i + 1; j < ms.length; j++) {
        const prev = list[list.length - 1]!;
        const next = ms[j]!;
        if (!LIST_GAP.test(lower.slice(prev.end, next.phraseStart ?? next.start))) break;
        list.push(next);
      }
      const ids = [...new Set(list.map((m) => m.entity))];
      if (ids.length < 2) continue;
      const last = list[list.length - 1]!;
      const v = GATHERED.exec(lower.slice(last.end, s.end));
      if (!v) continue;
      const vAt = last.end + v.index + v[0].length;
      if (unrealisedCall(lower, s, first.start, vAt)) continue;
      if (/\b(?:not|never|no)\b|n['’]t\b/.test(lower.slice(last.end, vAt))) continue;
      const date = dateNear(doc, s, vAt, doc.quotes);
      const place = placeOf(doc, s, vAt);
      const where = place ? doc.text.slice(place.start, place.end) : undefined;
      const kind = /\bsummit\b/.test(lower.slice(first.start, s.end)) ? 'summit' : 'talks';
      const names = ids.map((id) => doc.entities.get(id)!.name);
      const ev = eventNamed(
        doc,
        ctx,
        where ? `${where} ${kind}` : `${names.join('-')} ${kind}`,
        date,
      );
      addMention(doc, ev, first.start, vAt, 'event', 0.55);
      for (const id of ids)
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: id,
          to: ev.id,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.5,
          rule: `meeting:list-${kind}`,
        });
      if (place) occurredIn(doc, ctx, ev.id, place, s, 0.55);
      occasions.push({ event: ev, at: first.start, kind: 'talks', ...(date ? { date } : {}) });
      i += list.length - 1;
    }
  }
}

/** "The summit, attended by X, Y and Z,", "The meeting, hosted by X": right after the reference. */
const ATTENDED_BY =
  /^\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:attended|hosted|chaired|co-chaired|convened)\s+by\s+/;
/** Title words between "by" or a comma and the next name: "Saudi Crown Prince", "UAE President". */
const TITLE_WORDS = /^(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the|for)\s+){0,6}$/u;

/**
 * Who attended, hosted or chaired talks, a meeting or a summit told right before ("The summit,
 * attended by Saudi Crown Prince X, UAE President Y and …, ended with …"; "a meeting hosted by
 * Omani Foreign Minister X"): each person of the list took part.
 */
function attendedBy(doc: Doc, occasions: Occasion[]): void {
  if (occasions.length === 0) return;
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const refs = doc.mentions.filter((m) => {
      if (m.start < s.start || m.end > s.end || m.kind !== 'event') return false;
      return occasions.some((o) => o.event.id === m.entity && o.kind === 'talks');
    });
    const backs = [...doc.fold.slice(s.start, s.end).matchAll(BACK)]
      .filter((r) => /talks|meeting|summit|session|gathering/i.test(r[1]!))
      .map((r) => ({ end: s.start + r.index + r[0].length, at: s.start + r.index }));
    const anchors = [
      ...refs.map((m) => ({ end: m.end, at: m.start, id: m.entity as string | undefined })),
      ...backs.map((b) => ({ ...b, id: undefined as string | undefined })),
    ];
    for (const a of anchors) {
      const by = ATTENDED_BY.exec(lower.slice(a.end, s.end));
      if (!by) continue;
      const event =
        a.id ?? [...occasions].reverse().find((o) => o.at < a.at && o.kind === 'talks')?.event.id;
      if (!event) continue;
      // Only an occasion told within the last three paragraphs.
      const o = occasions.find((x) => x.event.id === event)!;
      const oS = doc.sentences.find((x) => x.start <= o.at && o.at < x.end);
      if (!oS || s.paragraph - oS.paragraph > 3) continue;
      let from = a.end + by.index + by[0].length;
      for (const m of sentenceMentions(doc, s).filter((x) => x.start >= from)) {
        const gap = doc.fold.slice(from, m.phraseStart ?? m.start);
        const lead = gap.replace(/^\s*(?:,\s*(?:and\s+)?|and\s+)/, '');
        if (!TITLE_WORDS.test(lead)) break;
        if (from !== a.end + by.index + by[0].length && !/^\s*(?:,|and\b)/.test(gap)) break;
        const e = doc.entities.get(m.entity);
        // "Saudi Crown Prince X": a demonym inside the title is no attendee of its own.
        if (e?.label !== 'Person') continue;
        relate(doc, {
          type: 'PARTICIPATED_IN',
          from: m.entity,
          to: event,
          evidence: [s],
          confidence: 0.5,
          rule: 'meeting:attended-by',
        });
        from = m.end;
      }
    }
  }
}

/**
 * "defended his meeting with Y" … "X and Y met on Thursday in Istanbul": one meeting told twice,
 * once by a noun and once by its verb, drafted as two new events of the same two people. Two new
 * occasions of one kind (talks and meetings one kind, calls another) whose people are the same
 * pair and whose days do not differ are one: the undated one goes into the dated one (else into
 * the first). Returns the ids merged away and the entity kept for each.
 */
function mergePairOccasions(doc: Doc): Map<string, DocEntity> {
  const out = new Map<string, DocEntity>();
  const kindOf = (e: DocEntity) =>
    /\b(?:call|conversation)\b/i.test(e.name)
      ? 'call'
      : /\b(?:talks|meeting|summit)\b/i.test(e.name)
        ? 'talks'
        : undefined;
  const pairOf = (e: DocEntity) =>
    [
      ...new Set(
        doc.relationships
          .filter(
            (r) =>
              r.type === 'PARTICIPATED_IN' &&
              r.to === e.id &&
              doc.entities.get(r.from)?.label === 'Person',
          )
          .map((r) => r.from),
      ),
    ]
      .sort()
      .join('|');
  const events = [...doc.entities.values()].filter(
    (e) => e.label === 'Event' && e.status === 'new' && e.occasion && !e.strike && kindOf(e),
  );
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    if (out.has(a.id)) continue;
    const pa = pairOf(a);
    if (pa.split('|').length !== 2) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j]!;
      if (out.has(b.id) || kindOf(a) !== kindOf(b) || pairOf(b) !== pa) continue;
      if (a.date && b.date && a.date !== b.date) continue;
      const [keep, drop] = b.date && !a.date ? [b, a] : [a, b];
      const kept: typeof doc.relationships = [];
      for (const r of doc.relationships) {
        if (r.from === drop.id) r.from = keep.id;
        if (r.to === drop.id) r.to = keep.id;
        const same = kept.find(
          (x) => x.type === r.type && x.from === r.from && x.to === r.to && x.quote === r.quote,
        );
        if (same) {
          for (const ev of r.evidence) if (!same.evidence.includes(ev)) same.evidence.push(ev);
          if (!same.date && r.date) same.date = r.date;
          continue;
        }
        kept.push(r);
      }
      doc.relationships = kept;
      for (const m of doc.mentions) if (m.entity === drop.id) m.entity = keep.id;
      for (const al of [drop.name, ...drop.aliases])
        if (al !== keep.name && !keep.aliases.includes(al)) keep.aliases.push(al);
      doc.entities.delete(drop.id);
      out.set(drop.id, keep);
      if (drop === a) break;
    }
  }
  return out;
}

/**
 * "X met Y" is drafted as "X-Y talks"; copy and analysts call the same thing "the X-Y
 * meeting" as often: a new pair's talks carry the other name as an alias, and a meeting too.
 */
function bothNames(doc: Doc): void {
  for (const e of doc.entities.values()) {
    if (e.label !== 'Event' || e.status !== 'new' || !e.occasion || e.strike) continue;
    const m = /^(\S+-.+?) (talks|meeting)\b/.exec(e.name);
    if (!m) continue;
    const other = `${m[1]} ${m[2] === 'talks' ? 'meeting' : 'talks'}`;
    if (!e.aliases.includes(other)) e.aliases.push(other);
  }
}
