/**
 * Which entity a statement is about, where the statements stage could not yet know it.
 *
 * Calls: the meetings stage makes phone calls after the statements (it needs the contacts the
 * verb patterns find), so words that describe a call ("It was a good conversation", "said it
 * had been “a very, very good call”", "the call had been “frank”") are re-aimed here to the
 * call the text names nearest before them (the sentence, the one or two before, or right after
 * in the same sentence). Words about a call are about the call, whatever else the sentence names
 * ("…, and the president made clear where we stand").
 *
 * What a call covered: a readout's words for its content ("the two had discussed “the situation
 * in the Middle East”", "the call covered “…”", "the situation in the Gulf “was discussed in
 * detail”", "… came up only briefly") are about the call (or talks) the text names in the same
 * sentence or the one or two before, not about the place or country they name.
 */
import type { Doc, DocEntity, Sentence } from './document';

const CALL = String.raw`(?:phone\s+|telephone\s+)?(?:call|conversation|exchange|chat)`;

/** "It was a good conversation", "By every account it was a constructive call". */
const IT_WAS_A_CALL = new RegExp(
  String.raw`^\W*(?:[\w'’-]+,?\s+){0,4}?(?:it|this|that)\s+(?:was|is|'s|’s|had been|has been)\s+(?:(?:a|an|one)\s+)?(?:[\w-]+,?\s+){0,4}?${CALL}\b`,
  'i',
);
/** A quote that is a call and its verdict: "good call", "a very, very good call". */
const A_CALL = new RegExp(
  String.raw`^\W*(?:(?:a|an|one|the)\s+)?(?:[\w-]+,?\s+){1,4}${CALL}\W*$`,
  'i',
);
/**
 * "said the call had been “…”", "described the conversation as “…”", "calling the conversation
 * “…”", "said that a phone call between A and B over the weekend had been “…”".
 */
const THE_CALL_WAS = new RegExp(
  String.raw`\b(?:(?:the|that|their|this)\s+(?:[\w-]+\s+){0,2}?${CALL}\s+(?:(?:was|were|is|had been|has been)\s+(?:[\w-]+\s+){0,2}|as\s+)|(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|term(?:ed|ing|s)?)\s+(?:the|that|their|this)\s+(?:[\w-]+\s+){0,2}?${CALL}\s+|(?:a|the)\s+${CALL}\s+(?:between|with)\s+[^"“”.;]{3,120}?\s+(?:was|had been|has been)\s+(?:[\w-]+\s+){0,1})["'“‘\s]*$`,
  'i',
);

/** "had discussed “…”", "the call covered “…”": the quote is what the exchange was about. */
const DISCUSSED_BEFORE =
  /\b(?:discuss(?:ed|es|ing)?|covered|talked about|focused on|touched on|reviewed|agreed (?:to [a-z]+|on))\s+["'“‘«\s]*$/i;
/** "“…” was discussed in detail", "“…” came up only briefly". */
const DISCUSSED_AFTER =
  /^["'”’»]*,?\s+(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:discussed|raised|touched on)|(?:had\s+)?came up|had come up)\b/i;

/** The quote is the predicate: 'that Iran “came up only briefly”', '“was discussed in detail”'. */
const DISCUSSED_INSIDE =
  /^\W*(?:(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:discussed|raised|touched on)|(?:had\s+)?came up|had come up)\b/i;

function isCall(doc: Doc, id: string): boolean {
  const e = doc.entities.get(id);
  return e?.label === 'Event' && !e.alleged && /\b(?:call|conversation)\b/i.test(e.name);
}

/** A call, or talks or a meeting: an exchange whose content a readout reports. */
function isExchange(doc: Doc, id: string): boolean {
  const e = doc.entities.get(id);
  return (
    e?.label === 'Event' &&
    !e.alleged &&
    /\b(?:call|conversation|talks|meeting|summit)\b/i.test(e.name)
  );
}

/** The call the text names nearest before `at` (two sentences back), else after it here. */
function callNear(
  doc: Doc,
  s: Sentence,
  at: number,
  end: number,
  fits: (doc: Doc, id: string) => boolean = isCall,
): string | undefined {
  const from = doc.sentences[Math.max(0, s.index - 2)]!;
  const before = doc.mentions.filter(
    (m) =>
      m.end <= at &&
      m.start >= from.start &&
      (doc.sentences.find((x) => x.start <= m.start && m.start < x.end)?.paragraph ?? -9) >=
        s.paragraph - 1 &&
      fits(doc, m.entity),
  );
  const last = before[before.length - 1];
  if (last) return last.entity;
  return doc.mentions.find((m) => m.start >= end && m.end <= s.end && fits(doc, m.entity))?.entity;
}

/**
 * Where a statement's quote stands: inside its evidence (the quote's own sentences), so that
 * the same words in a headline before it ("pledge 'security cooperation'") are not taken.
 */
export function quoteStart(doc: Doc, r: { quote?: string; evidence: string[] }): number {
  if (!r.quote) return -1;
  for (const e of r.evidence) {
    const i = e.indexOf(r.quote);
    if (i < 0) continue;
    const at = doc.text.indexOf(e);
    if (at >= 0) return at + i;
  }
  return doc.text.indexOf(r.quote);
}

export function statementsAboutCalls(doc: Doc): void {
  for (const r of doc.relationships) {
    if (r.type !== 'SAID' || !r.quote || isCall(doc, r.to)) continue;
    // What a readout says the exchange covered: located by its evidence (the headline may
    // carry the same words).
    const here = quoteStart(doc, r);
    const hs = doc.sentences.find((x) => x.start <= here && here < x.end);
    if (
      hs &&
      (DISCUSSED_BEFORE.test(doc.fold.slice(hs.start, here)) ||
        DISCUSSED_INSIDE.test(r.quote) ||
        DISCUSSED_AFTER.test(doc.fold.slice(here + r.quote.length, hs.end)))
    ) {
      const exchange = callNear(doc, hs, here, here + r.quote.length, isExchange);
      if (exchange) r.to = exchange;
      continue;
    }
    const at = doc.text.indexOf(r.quote);
    if (at < 0) continue;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    const words = r.quote;
    const lead = doc.fold.slice(s.start, at);
    if (!IT_WAS_A_CALL.test(words) && !A_CALL.test(words) && !THE_CALL_WAS.test(lead)) continue;
    const call = callNear(doc, s, at, at + words.length);
    if (call) r.to = call;
  }
}

/**
 * Words that describe an event the text names by a definite noun are about that event: "said
 * the strikes were “overdue”", "called the hearing “political theater”", "the session was “a
 * show trial”", "the talks had been “frank”", "the strike was carried out by … and called it
 * “part of a pattern”". The noun is the event the sentence names with it, else the last event
 * of that kind named in the three paragraphs before, else the article's only one.
 */
const EVENT_NOUN = String.raw`(?:(?:air\s*|drone\s+|missile\s+)?strikes?|attacks?|assaults?|barrages?|raids?|bombings?|hearings?|session|talks|meetings?|summit|operation|campaign|(?:phone\s+)?calls?|conversations?)`;
// Not "that": "warned that any further attack would …" is a complementiser and no reference.
const DETERMINER = String.raw`(?:the|this|these|those|its|their|his|her|our|[\w.-]+['’]s?)(?!\s+(?:any|no|every|another|future|further|new|more|fresh)\b)`;
/** "the strikes were", "the session had been", "the strikes had hit": the clause's subject. */
const EVENT_IS = new RegExp(
  String.raw`\b${DETERMINER}\s+(?:[\w'’-]+\s+){0,2}?(${EVENT_NOUN})\s+(?:(?:was|were|is|are|had been|has been|have been|amounted to|had|has|have|would|will)\s+(?:[\w-]+\s+){0,2}?)["'“‘«\s]*$`,
  'i',
);
/** 'said the operation “will end when …”': the subject right before a quote that opens on its verb. */
const EVENT_BEFORE = new RegExp(
  String.raw`\b(?:said|says|told\s+[\w\s.'’-]{1,40}?|that)\s+(?:that\s+)?${DETERMINER}\s+(?:[\w'’-]+\s+){0,2}?(${EVENT_NOUN})\s*["'“‘«]\s*$`,
  'i',
);
const QUOTE_OPENS_ON_VERB =
  /^\W*(?:has|have|had|is|are|was|were|will|would|could|should|must|can|cannot|can['’]t|does|did|doesn['’]t|didn['’]t|won['’]t|isn['’]t|wasn['’]t|may|might)\b/i;
/** "called the hearing “…”", "condemned the strikes as “…”". */
const CALLED_EVENT = new RegExp(
  // "described his call with Vladimir Putin as “…”": the noun's own complement may follow it.
  String.raw`\b(?:call\w*|describ\w*|label\w*|brand\w*|term\w*|condemn\w*|denounc\w*|decr[iy]\w*)\s+${DETERMINER}\s+(?:[\w'’-]+\s+){0,2}?(${EVENT_NOUN})(?:\s+(?:with|between|in|on|at|of)\s+[^,;"“”«»]{1,60}?)?\s+(?:as\s+)?["'“‘«\s]*$`,
  'i',
);
/** "… and called it “…”" after the sentence's own event noun as its subject. */
const CALLED_IT =
  /\b(?:call\w*|describ\w*|label\w*|brand\w*|term\w*)\s+it\s+(?:as\s+)?["'“‘«\s]*$/i;
const EVENT_SUBJECT = new RegExp(
  String.raw`^[^"“”«»]{0,160}?\b(?:said|says|told\s+[\w\s.'’-]{1,40}?)\s+(?:that\s+)?(?:the|this)\s+(?:[\w'’-]+\s+){0,2}?(${EVENT_NOUN})\s+(?:was|were|had been|has been)\b`,
  'i',
);

type Kind = 'strike' | 'hearing' | 'talks' | 'operation' | 'call';

function kindsOf(noun: string): Kind[] {
  const n = noun.toLowerCase();
  if (/strike|attack|assault|barrage|raid|bombing/.test(n)) return ['strike'];
  if (/hearing/.test(n)) return ['hearing'];
  if (/session/.test(n)) return ['hearing', 'talks'];
  if (/operation|campaign/.test(n)) return ['operation'];
  if (/call|conversation/.test(n)) return ['call'];
  return ['talks'];
}

function ofKind(doc: Doc, id: string, kind: Kind): boolean {
  const e = doc.entities.get(id);
  if (e?.label !== 'Event' || e.alleged) return false;
  if (kind === 'strike')
    return e.strike === true || /\b(?:strikes?|attacks?|raids?)\b/i.test(e.name);
  if (kind === 'hearing') return /\bhearing\b/i.test(e.name);
  // "Strike on the U.S. operation center" is a strike, not an operation.
  if (kind === 'operation')
    return (
      /\b(?:operation|campaign)\b(?!\s+cent(?:er|re))/i.test(e.name) &&
      !/\b(?:strikes?|attacks?|raids?)\b/i.test(e.name)
    );
  if (kind === 'call') return /\b(?:call|conversation)\b/i.test(e.name);
  return /\b(?:talks|meeting|summit)\b/i.test(e.name);
}

/** A strike told as several ("struck five sites"), or an operation: what "the strikes" names. */
export function severalStrikes(e: DocEntity | undefined): boolean {
  return (
    e?.strike === true &&
    (/\boperation\b/i.test(e.name) ||
      e.aliases.some((a) => /\b(?:strikes|attacks|raids)$/i.test(a)))
  );
}

function eventNamed(doc: Doc, s: Sentence, at: number, noun: string): string | undefined {
  // "Tehran condemned the strikes": of a single drone attack and an operation told as several
  // strikes, the plural names the operation.
  if (/\b(?:strikes|attacks|raids)$/i.test(noun)) {
    const several = doc.mentions.filter(
      (m) => m.end <= at && severalStrikes(doc.entities.get(m.entity)),
    );
    if (several.length) return several[several.length - 1]!.entity;
  }
  for (const kind of kindsOf(noun)) {
    const fits = (id: string) => ofKind(doc, id, kind);
    const here = doc.mentions.filter((m) => m.start >= s.start && m.end <= at && fits(m.entity));
    if (here.length) return here[here.length - 1]!.entity;
    const from = doc.paragraphs[Math.max(0, s.paragraph - 3)]!.start;
    const before = doc.mentions.filter((m) => m.start >= from && m.end <= at && fits(m.entity));
    if (before.length) return before[before.length - 1]!.entity;
    const all = [...doc.entities.keys()].filter(fits);
    if (all.length === 1) return all[0];
  }
  return undefined;
}

/** "We struck the American ship because …": a claimer's own words of striking. */
const WE_STRUCK =
  /\b(?:we|our (?:forces|fighters|units|men|drones|missiles))\s+(?:have\s+|had\s+)?(?:struck|attacked|targeted|hit|bombed)\b/i;

export function statementsAboutEvents(doc: Doc): void {
  for (const r of doc.relationships) {
    if (r.type !== 'SAID' || !r.quote) continue;
    // A body that took part in a strike saying "we struck …" speaks of that strike.
    if (WE_STRUCK.test(r.quote)) {
      const own = doc.relationships
        .filter(
          (x) =>
            x.type === 'PARTICIPATED_IN' &&
            x.from === r.from &&
            doc.entities.get(x.to)?.strike === true,
        )
        .map((x) => x.to);
      if (new Set(own).size === 1) {
        r.to = own[0]!;
        continue;
      }
    }
    const at = quoteStart(doc, r);
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    const lead = doc.fold.slice(s.start, at);
    const noun =
      EVENT_IS.exec(lead)?.[1] ??
      (QUOTE_OPENS_ON_VERB.test(r.quote) ? EVENT_BEFORE.exec(lead)?.[1] : undefined) ??
      CALLED_EVENT.exec(lead)?.[1] ??
      (CALLED_IT.test(lead) ? EVENT_SUBJECT.exec(lead)?.[1] : undefined);
    if (!noun) continue;
    const event = eventNamed(doc, s, at, noun);
    if (event && event !== r.from) r.to = event;
  }
}

/**
 * "Greer pushed back. “I reject the idea that …,” he said.", "Vance also pushed back on
 * Araghchi, who said …. “That is simply not true,” Vance said.": words the speaker pushes back
 * with are about the one pushed back on (named after "on"/"at"/"against"), else about whoever
 * spoke last before them in the text.
 */
const PUSHED_BACK =
  /\b(?:push(?:ed|es)?|hit|hits|fired|fires|shot|shoots)\s+back\b(?:\s+(?:on|at|against)\s+)?/i;

export function statementsPushingBack(doc: Doc): void {
  const said = doc.relationships.filter((r) => r.type === 'SAID' && r.quote);
  for (const r of said) {
    const at = quoteStart(doc, r);
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    const prev = doc.sentences[s.index - 1];
    const spans = [{ start: s.start, end: at }];
    if (prev && prev.paragraph === s.paragraph) spans.unshift(prev);
    for (const span of spans) {
      const m = PUSHED_BACK.exec(doc.fold.slice(span.start, span.end));
      if (!m) continue;
      const verbAt = span.start + m.index;
      // The one who pushes back is the speaker, named before the verb in that sentence.
      const subject = doc.mentions.filter((x) => x.start >= span.start && x.end <= verbAt).pop();
      if (subject?.entity !== r.from) continue;
      const after = verbAt + m[0].length;
      let to: string | undefined;
      if (/\s(?:on|at|against)\s+$/i.test(m[0])) {
        const object = doc.mentions.find(
          (x) =>
            x.start >= after &&
            x.end <= span.end &&
            ['Person', 'Organization'].includes(doc.entities.get(x.entity)?.label ?? '') &&
            !/^['’]s?\s/.test(doc.fold.slice(x.end, x.end + 3)),
        );
        to = object?.entity;
      } else {
        // The last words of someone else, in this sentence or the three before.
        const last = said
          .filter(
            (x) => x.from !== r.from && quoteStart(doc, x) >= 0 && quoteStart(doc, x) < span.start,
          )
          .pop();
        const from = doc.sentences[Math.max(0, s.index - 3)]!.start;
        if (last && quoteStart(doc, last) >= from) to = last.from;
      }
      if (to && to !== r.from) r.to = to;
      break;
    }
  }
}
