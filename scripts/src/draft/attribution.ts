/**
 * Stage 5: who said each quote. The attribution shapes of news English, as data:
 *   “…,” X said.   “…,” said X.   X said: “…”   X said that … “partial quote” …
 *   “…,” X said, adding, “…”   “…,” replied X, “…”   according to X, “…”
 *   a quote that is a paragraph of its own continues the last speaker.
 * Quoted words are masked before the patterns run, so a verb inside a quote never attributes.
 */
import { sentenceAt, type Doc, type Mention, type Sentence } from './document';
import { agrees } from './gender';
import type { Quote } from './quotes';
import {
  inParenthetical,
  isModifier,
  isObject,
  mentionsOf,
  parentheticals,
  sentenceSubject,
  verbObject,
} from './syntax';

export const SPEECH_VERBS =
  /\b(said|says|say|saying|added|adding|told|tells|telling|wrote|writes|writing|posted|posting|tweeted|replied|remarked|noted|stated|explained|argued|insisted|warned|continued|asked|asking|declared|claimed|claiming|claims|responded|answered|recalled|cautioned|stressed|emphasi[sz]ed|acknowledged|admitted|conceded|asserted|maintained|vowed|suggested|called|calling|described|describing|quipped|observed|predicted|promised|announced|confirmed|made clear|making clear|dismissed|downplayed|rejected|rejecting|denied|denying|refuted|characteri[sz]ed|accused|accusing|insists|argues|adds|notes|warns|writes|suggesting|noting|insisting|arguing|stressing|acknowledging|conceding|explaining|recalling|predicting|vowing|declaring|maintaining|calls(?=\s+(?:the|it|them|this|that|those|these|his|her|their|for|on)\b)|describes|responds|declares|dismisses|downplays|accuses|confirms|announces|admits|acknowledges|predicts|explains|suggests|maintains|asserts|concedes|characteri[sz]es|urged|urges|urging|brushed (?:off|aside)|brushes (?:off|aside)|brushing (?:off|aside)|faulted|faulting|faults|criticized|criticised|criticizing|criticising|condemned|condemning|chided|rebuked|slammed|lambasted|blasted|denounced|denouncing|decried|mocked|mocking|mocks|derided|deriding|derides|ridiculed|ridiculing|ridicules|branded|branding|brands|labell?ed|labell?ing|dubbed|dubbing|termed|terming|hailed|hailing|praised|praising|lauded|welcomed|welcoming|voiced|voicing|expressed|expressing|demanded|demanding|demands)\b/g;

const ACTORS = new Set(['Person', 'Organization', 'Country', 'Outlet']);

/** Forms that are nouns as often as verbs: "American claims that …", "the calls for …". */
const NOUN_OR_VERB = /^(?:claims|calls|notes|warns|brands|accuses|confirms)$/;

/**
 * "dismissed as “baseless” American claims that Russia …": a verb form after a determiner or
 * an adjective of nationality is a noun, not the verb of an attribution.
 */
function nounAfterQuote(doc: Doc, lower: string, at: number, form: string): boolean {
  if (!NOUN_OR_VERB.test(form)) return false;
  if (
    /\b(?:the|a|an|its|his|her|their|our|these|those|such|any|new|earlier|similar|repeated)\s+$/.test(
      lower.slice(Math.max(0, at - 12), at),
    )
  )
    return true;
  return doc.mentions.some(
    (m) => m.kind === 'demonym' && m.end <= at && /^\s+$/.test(doc.fold.slice(m.end, at)),
  );
}
const PRONOUN = /\b(he|she)\b/g;

export interface Attribution {
  quote: Quote;
  speaker: string;
  /** Where the attribution clause sits (for evidence and dates). */
  start: number;
  end: number;
  rule: string;
  /** The day of the statement when the attribution clause is not where it is given (Q&A). */
  date?: string;
  /** What the words answer to when they name nothing themselves (a Q&A question's subject). */
  about?: string;
}

/** The fold with every statement quote blanked out (same length). */
function masked(doc: Doc, quotes: Quote[]): string {
  let s = doc.fold;
  for (const q of quotes) {
    if (q.title) continue;
    s = s.slice(0, q.start) + ' '.repeat(q.end - q.start) + s.slice(q.end);
  }
  return s;
}

/**
 * "A U.S. official, speaking on condition of anonymity, said …", "said a senior Iranian
 * diplomat": the country or body names an unnamed source's side; the source is no entity and
 * the side did not speak.
 */
function anonymousSide(doc: Doc, m: Mention): boolean {
  const lower = doc.fold.toLowerCase();
  const at = m.phraseStart ?? m.start;
  return (
    /^\s+(?:[a-z-]+\s+){0,2}?(?:officials?|sources?|diplomats?|officers?|aides?|insiders?|analysts?|people familiar)\b/.test(
      lower.slice(m.end, m.end + 40),
    ) &&
    /\b(?:a|an|one|two|three|four|several|some|other|senior|unnamed|anonymous)\s+(?:[a-z-]+\s+){0,2}$/.test(
      lower.slice(Math.max(0, at - 30), at),
    )
  );
}

/**
 * Who issued the readout or statement a sentence refers back to: the actor right before "said
 * in a readout" / "said in a statement" in this sentence or the two before it.
 */
function readoutIssuer(doc: Doc, lower: string, sentence: number): string | undefined {
  for (let i = sentence; i >= Math.max(0, sentence - 2); i--) {
    const s = doc.sentences[i]!;
    const m =
      /\b(?:said|says)\s+(?:\w+\s+)?in\s+(?:a|its|their)\s+(?:[\w-]+\s+)?(?:readout|statement|communiqu[eé])\b/.exec(
        lower.slice(s.start, s.end),
      );
    if (!m) continue;
    const verb = s.start + m.index;
    const who = actorMentions(doc, s.start, verb).filter((x) =>
      /^[\s,]*$/.test(lower.slice(x.end, verb)),
    );
    return who[who.length - 1]?.entity;
  }
  return undefined;
}

/**
 * "X told the meeting that …, while China's ambassador, Fu Cong, urged all sides to avoid “…”":
 * a clause joined after the speech verb, opening with a person of its own, has its own
 * speaker; its verb ("urged", "pledged") need not be a verb of saying.
 */
function secondClauseSpeaker(
  doc: Doc,
  lower: string,
  from: number,
  to: number,
): string | undefined {
  const tail = lower.slice(from, to);
  let conj: RegExpExecArray | undefined;
  const re = /[,;]\s*(?:while|whereas|and|but)\s+/g;
  for (let m = re.exec(tail); m; m = re.exec(tail)) conj = m;
  if (!conj) return undefined;
  const at = from + conj.index + conj[0].length;
  const ms = actorMentions(doc, at, to);
  if (!ms[0] || (ms[0].phraseStart ?? ms[0].start) - at > 4) return undefined;
  const person = ms.find(
    (m) => doc.entities.get(m.entity)?.label === 'Person' && m.start - at <= 60,
  );
  return person?.entity;
}

/**
 * "A Russian diplomat in Washington, who asked not to be named, called …": the capital after
 * "in" is where an unnamed source sits, not who speaks.
 */
export function placeOfSource(lower: string, m: Mention): boolean {
  return /\b(?:official|diplomat|source|officer|aide|envoy|analyst|spokes(?:man|woman|person)|person)s?\s+(?:based\s+)?(?:in|at)\s+$/.test(
    lower.slice(Math.max(0, (m.phraseStart ?? m.start) - 40), m.phraseStart ?? m.start),
  );
}

function actorMentions(doc: Doc, from: number, to: number): Mention[] {
  return mentionsOf(doc, { start: from, end: to }).filter(
    (m) => ACTORS.has(doc.entities.get(m.entity)?.label ?? '') && !anonymousSide(doc, m),
  );
}

/**
 * "Pressed on remarks by Sen. X, who on Friday accused the administration of “…,” Y said":
 * a quote inside a relative clause set off by a comma is the words of the person the clause
 * hangs on, not of the speaker the main clause names after it.
 */
const RELATIVE_SAYING =
  /,\s*who\s+(?:[^,;:"“”]{0,60}?\s)?(?:accused|called|described|said|says|told|urged|warned|dismissed|termed|labell?ed|branded|denounced|charged|argued|insisted|complained|wrote|posted)\b[^;:"“”]{0,80}["“‘']?\s*$/;
function relativeClause(
  doc: Doc,
  lower: string,
  q: Quote,
  s: Sentence,
): Omit<Attribution, 'quote'> | undefined {
  const head = lower.slice(s.start, q.start);
  const m = RELATIVE_SAYING.exec(head);
  if (!m) return undefined;
  const comma = s.start + m.index;
  const person = actorMentions(doc, s.start, comma)
    .filter((x) => doc.entities.get(x.entity)?.label === 'Person')
    .pop();
  if (!person || !/^\s*$/.test(lower.slice(person.end, comma))) return undefined;
  return { speaker: person.entity, start: comma, end: q.start, rule: 'relative-clause' };
}

export function attribute(doc: Doc, quotes: Quote[]): Attribution[] {
  const text = masked(doc, quotes);
  const lower = text.toLowerCase();
  const out: Attribution[] = [];
  let last: { speaker: string; paragraph: number } | undefined;
  // "he said": the person who is the subject of the nearest sentence before that names one
  // (outside quotes), else the last speaker. A pronoun's own sentence counts only up to the
  // pronoun: "He accused Secretary X of …" names the one he accused after "He", not him.
  // "she said" is never a man's words: a subject whose gender the name gives otherwise is
  // passed over ("…, she was asked whether the president had …").
  const personBefore = (at: number, pronounAt?: number): string | undefined => {
    const here = sentenceAt(doc, at)?.index ?? 0;
    const upTo = Math.min(at, pronounAt ?? at);
    const pronoun = pronounAt !== undefined ? /^\w+/.exec(lower.slice(pronounAt))?.[0] : undefined;
    const fits = (m: Mention) => !pronoun || agrees(doc, m.entity, pronoun);
    for (let i = here; i >= Math.max(0, here - 4); i--) {
      const s = doc.sentences[i]!;
      // "He would not say whether President X planned to call Y. “…,” he said.": a sentence
      // before whose subject is the same pronoun goes on about the same man; the people it
      // names after its pronoun are not him.
      if (
        i < here &&
        pronoun &&
        new RegExp(`^["“‘'\\s]*${pronoun}\\b`).test(lower.slice(s.start, s.end))
      )
        continue;
      const subj = sentenceSubject(
        doc,
        lower,
        { ...s, end: Math.min(s.end, upTo) },
        'Person',
        fits,
      );
      if (subj) return subj.entity;
      // "Rep. Tom Brevard asked Mabry whether …. “…,” she said.": the subject does not fit the
      // pronoun, so the one he asked (who fits it) is answering; not someone further back.
      if (pronoun && i >= here - 1) {
        const asked = mentionsOf(doc, { start: s.start, end: Math.min(s.end, upTo) }).filter(
          (m) =>
            doc.entities.get(m.entity)?.label === 'Person' &&
            fits(m) &&
            /\b(?:asked|pressed|questioned|quizzed|grilled)\s+(?:[\w.'’-]+\s+){0,4}$/.test(
              lower.slice(
                Math.max(s.start, (m.phraseStart ?? m.start) - 60),
                m.phraseStart ?? m.start,
              ),
            ) &&
            /^\s+(?:whether|if|about|why|how|what|when|on|to)\b/.test(
              lower.slice(m.end, m.end + 12),
            ),
        );
        if (new Set(asked.map((m) => m.entity)).size === 1) return asked[0]!.entity;
      }
      // "The answer is simple, according to Priya Raman, an expert at X: … . “…,” she said.":
      // the person a sentence before is sourced to is who goes on speaking, not an earlier
      // speaker (the sentence's grammatical subject is no person).
      if (i < here) {
        const source = mentionsOf(doc, s).find(
          (m) =>
            doc.entities.get(m.entity)?.label === 'Person' &&
            /\baccording to\s+(?:[\w.'’-]+\s+){0,4}$/.test(
              lower.slice(
                Math.max(s.start, (m.phraseStart ?? m.start) - 40),
                m.phraseStart ?? m.start,
              ),
            ) &&
            fits(m),
        );
        if (source) return source.entity;
      }
      // "The first answer came from Dmitry Peskov, the Kremlin spokesman. “…,” he told
      // reporters.": a sentence before whose subject is no actor at all, naming one person.
      if (i < here && !sentenceSubject(doc, lower, s)) {
        const people = new Set(
          mentionsOf(doc, s)
            .filter(
              (m) =>
                doc.entities.get(m.entity)?.label === 'Person' &&
                !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
            )
            .map((m) => m.entity),
        );
        const [only] = [...people];
        if (people.size === 1 && (!pronoun || agrees(doc, only!, pronoun))) return only;
      }
    }
    return last &&
      doc.entities.get(last.speaker)?.label === 'Person' &&
      (!pronoun || agrees(doc, last.speaker, pronoun))
      ? last.speaker
      : undefined;
  };

  for (const q of quotes) {
    if (q.title) continue;
    // A headline's quote is the body's quote in short; its speaker is rarely named in it.
    if (doc.paragraphs[q.paragraph]?.heading) continue;
    const first = sentenceAt(doc, q.start);
    const lastS = sentenceAt(doc, Math.max(q.start, q.end - 1));
    if (!first || !lastS) continue;
    let found: Omit<Attribution, 'quote'> | undefined = possessiveWords(
      doc,
      lower,
      q,
      first,
      personBefore,
    );

    if (!found) found = relativeClause(doc, lower, q, first);

    // After the quote: “…,” X said / said X / he said.
    if (found) {
      out.push({ quote: q, ...found });
      continue;
    }
    found = dashLine(doc, lower, q);
    const afterFrom = q.end;
    const afterTo = lastS.end;
    const after = lower.slice(afterFrom, afterTo);
    // “…,” Hamid Tavakoli, a spokesman for Iran's foreign ministry, said …: a verb inside an
    // apposition is not the attribution's, and the apposition does not count as distance.
    const asides = parentheticals(doc, lastS).filter((p) => p.start >= afterFrom);
    let va: RegExpExecArray | null = null;
    SPEECH_VERBS.lastIndex = 0;
    for (let m = SPEECH_VERBS.exec(after); m; m = SPEECH_VERBS.exec(after)) {
      const at = afterFrom + m.index;
      if (asides.some((p) => at >= p.start && at < p.end)) continue;
      if (nounAfterQuote(doc, lower, at, m[0])) continue;
      va = m;
      break;
    }
    const gap = va
      ? va.index -
        asides
          .filter((p) => p.end <= afterFrom + va!.index)
          .reduce((n, p) => n + (p.end - p.start), 0)
      : Infinity;
    // "“nothing to add” to what the ministry would say": a quote that runs on into its own
    // clause is not attributed by the verb of that clause.
    // Nor is one followed by a clause of its own ("“fabricated,” and the ministry insisted …").
    const runsOn =
      /^["”’'\s]*(?:to|what|which|than|for|of|in|on|at|about|with|from|by|into)\b/.test(after) ||
      // '… Russia had “picked a side”, as Lavrov on Monday rejected the charge': a clause of
      // its own after "as", unless it only says who said it ("as the minister put it").
      (/^[\s,"”’']*as\s+/.test(after) &&
        !/^[\s,"”’']*as\s+[^,;.]{1,60}?\s(?:said|says|put it|puts it|noted|wrote|added|told)\b/.test(
          after,
        )) ||
      /^[\s,"”’']*(?:and|but|while|whereas|though|although)\s+(?!(?:he|she)\s+(?:said|added)\b)/.test(
        after,
      ) ||
      // '… said the reports were “overblown”; the minister has called them …': a clause after
      // a semicolon is a sentence of its own; its speaker is not the speaker of a quote before.
      /^["”’'\s]*;/.test(after) ||
      // 'accused Sen. X of “playing politics …” after the Connecticut Democrat said on the
      // floor that …': a subordinate clause after the quote tells what came before or after;
      // its verb of saying is not the quote's attribution.
      /^["”’'\s,]*(?:after|before|since|because|until|unless|once)\s/.test(after);
    // "said that he “would not be shocked” if Moscow were helping, but added that …": a verb
    // joined to an earlier one has that one's subject, not a name between the quote and it.
    const joinedAfter =
      va !== null &&
      /(?:,|\s)\s*(?:and|but)\s+(?:then\s+|also\s+)?$/.test(after.slice(0, va.index));
    // 'Russia “is not a party” to the war, the Kremlin says, and has …': an attribution set
    // off by commas after the clause the quote sits in attributes it all the same.
    const setOff =
      va !== null &&
      /^["”’']?[^"“”;:.!?]{0,100},\s*(?:[\w.'’-]+\s+){1,5}$/.test(after.slice(0, va.index)) &&
      /^\s*(?:,|\.|$)/.test(after.slice(va.index + va[0].length));
    if (!found && va && gap < 60 && va.index < 240 && (!runsOn || setOff) && !joinedAfter) {
      const vStart = afterFrom + va.index;
      const vEnd = vStart + va[0].length;
      const subj = actorMentions(doc, afterFrom, vStart).filter(
        (m) =>
          !isObject(lower, m) &&
          !verbObject(doc, lower, m) &&
          !inParenthetical(doc, lastS, m) &&
          !placeOfSource(lower, m),
      );
      // “…,” said X: only a verb right after the quote is inverted ("and had asked X" is not).
      // Never a participle: "“…,” saying Washington had …" has Washington as the subject of
      // what follows, and the speaker is the clause's subject before the quote.
      const inverts =
        /^[\s,;:"“”'‘’-]*$/.test(lower.slice(afterFrom, vStart)) && !/ing$/.test(va[0]);
      const obj = inverts ? actorMentions(doc, vEnd, Math.min(afterTo, vEnd + 40)) : [];
      const pron = /\b(he|she)\s+(?:\w+\s+){0,2}$/.exec(lower.slice(afterFrom, vStart));
      // "said Sen. Holloway's colleague on the committee, Joan Pierce of Maine": the person
      // the possessive apposition names, not its possessor.
      let inv = obj[0];
      if (inv && /^['’]s\s/.test(lower.slice(inv.end, inv.end + 3)))
        inv = actorMentions(doc, inv.end, Math.min(afterTo, inv.end + 140)).find(
          (m) =>
            doc.entities.get(m.entity)?.label === 'Person' &&
            /^['’]s\s+[^,;"“”]{1,100},\s*$/.test(
              lower.slice(obj[0]!.end, m.phraseStart ?? m.start),
            ),
        );
      // "“credible information” that Russia passed …, and he urged …": a pronoun right before
      // the verb is its subject; the names before it belong to another clause.
      const named = pron ? [] : subj;
      const who =
        named[named.length - 1]?.entity ??
        (pron ? personBefore(q.start, afterFrom + pron.index) : undefined) ??
        (inv && lower.slice(vEnd, obj[0]!.start).trim().length <= 4 ? inv.entity : undefined);
      if (who) found = { speaker: who, start: afterFrom, end: vEnd, rule: 'quote-then-verb' };
    }

    // Before the quote: X said: “…” / X said that … “…” / said X, “…”.
    if (!found) {
      const beforeFrom = first.start;
      const before = lower.slice(beforeFrom, q.start);
      let vb: RegExpExecArray | undefined;
      SPEECH_VERBS.lastIndex = 0;
      for (let m = SPEECH_VERBS.exec(before); m; m = SPEECH_VERBS.exec(before))
        if (!nounUse(before, m) && !passiveUse(before, m)) vb = m;
      if (vb) {
        const vStart = beforeFrom + vb.index;
        const vEnd = vStart + vb[0].length;
        // "…,” replied Leavitt, “…": the speaker right after the verb, nothing else before the quote.
        // Inverted only with a comma or colon before the quote, or with nothing but a quote
        // before the verb: "said Doha “does not allow…”" has Doha as the clause's subject.
        const opensWithQuote = /^[\s,:;"“”'‘’-]*$/.test(lower.slice(beforeFrom, vStart));
        const inverted = actorMentions(doc, vEnd, Math.min(q.start, vEnd + 30)).filter(
          (m) =>
            lower.slice(vEnd, m.phraseStart ?? m.start).trim().length <= 4 &&
            // "said on X: “…”": where it was said, not who said it.
            !/^\s*(?:on|in|at|to|via|from|for|by|of)\s*$/.test(
              lower.slice(vEnd, m.phraseStart ?? m.start),
            ) &&
            /^[\s,:;"“”'‘’-]*$/.test(lower.slice(m.end, q.start)) &&
            (opensWithQuote || /[,:]/.test(lower.slice(m.end, q.start))),
        );
        // "…, saying …": a participle's speaker is the subject of the main clause; so is a
        // verb joined to an earlier one ("The embassy added that Russia … and called on …").
        const participle = /ing$/.test(vb[0]);
        const joined =
          /\b(?:and|,?\s*but)\s+(?:then\s+|also\s+)?$/.test(before.slice(0, vb.index)) &&
          (() => {
            SPEECH_VERBS.lastIndex = 0;
            const v0 = SPEECH_VERBS.exec(before);
            return v0 !== null && v0.index < vb.index ? beforeFrom + v0.index : undefined;
          })();
        // "X summoned the U.S. envoy to protest what it called “…”": the pronoun of a free
        // relative is the clause's subject, not the last name before the verb.
        const freeRelative = /\bwhat\s+(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?$/.test(
          lower.slice(beforeFrom, vStart),
        );
        // "A and B spoke on Tuesday, the Kremlin said Wednesday, calling the talks “useful”": the
        // participle goes with the attribution set off just before it, not the clause it tells.
        const setOff = participle
          ? /,\s*[^,;"“”]{2,80}?\s(?:said|says|added|adds|reported|announced|stated|told\s+\w+)(?:\s+(?:on\s+)?[\w.]+){0,2}?\s*,\s*$/.exec(
              before.slice(0, vb.index),
            )
          : null;
        const setOffSpeaker = setOff
          ? actorMentions(doc, beforeFrom + setOff.index, vStart).filter(
              (m) => !isObject(lower, m) && !verbObject(doc, lower, m),
            )[0]
          : undefined;
        // "Iran rejected the reports, with its spokesman X calling them “…”": the participle of
        // an absolute "with" phrase has the actor the phrase names, not the main clause's.
        const withAt = participle
          ? /\bwith\s+(?:[^,;:"“”]{0,90}?)$/.exec(before.slice(0, vb.index))
          : null;
        const withSpeaker = withAt
          ? actorMentions(doc, beforeFrom + withAt.index, vStart)
              .filter((m) => !placeOfSource(lower, m) && !verbObject(doc, lower, m))
              .pop()
          : undefined;
        // "He noted that Iran's defences are “…”, adding that the US “…”": a participle's
        // subject is the pronoun its sentence opens with, not a name inside the main clause.
        const opening =
          participle && !setOffSpeaker && !withSpeaker
            ? /^[\s"“”'‘’]*(he|she)\s+(?!and\b|or\b)/.exec(lower.slice(beforeFrom, vStart))
            : null;
        const openingAt = opening
          ? beforeFrom + opening.index + opening[0].indexOf(opening[1]!)
          : undefined;
        const main =
          withSpeaker ??
          setOffSpeaker ??
          (openingAt !== undefined
            ? undefined
            : participle || freeRelative
              ? sentenceSubject(doc, lower, { ...first, end: vStart })
              : joined
                ? sentenceSubject(doc, lower, { ...first, end: joined })
                : undefined);
        // A verb joined to an earlier one has that verb's subject: what the first verb acts on
        // ("He accused X of “…” and said …") is not it.
        const subjEnd = typeof joined === 'number' && !main ? joined : vStart;
        // "X said the reports were “…”; the president has said Moscow is “…”": the subject of a
        // verb after a semicolon is in its own clause; X, before the semicolon, is not it.
        const semi = lower.lastIndexOf(';', subjEnd - 1);
        const clauseFrom = semi >= beforeFrom ? semi + 1 : beforeFrom;
        const subj = main
          ? [main]
          : actorMentions(doc, clauseFrom, subjEnd).filter(
              (m) =>
                !isObject(lower, m) &&
                !verbObject(doc, lower, m) &&
                !inParenthetical(doc, first, m) &&
                !placeOfSource(lower, m),
            );
        PRONOUN.lastIndex = 0;
        // "He called the charge “…” and said …": the pronoun subject of the first verb.
        const pron =
          /\b(he|she)\b[^,]{0,40}$/.exec(lower.slice(beforeFrom, vStart)) ??
          // "She pointed to the strike in March, saying Russia “…”": the participle's subject is
          // the pronoun the sentence opens with.
          (participle && !main && !subj.length
            ? /^[\s"“”'‘’]*(he|she)\s/.exec(lower.slice(beforeFrom, vStart))
            : null) ??
          (typeof joined === 'number' && !main
            ? /^[\s"“”'‘’]*(he|she)\s+(?:\w+\s+){0,2}$/.exec(
                lower.slice(beforeFrom, joined as number),
              )
            : null);
        const pronAt = pron ? beforeFrom + pron.index + pron[0].indexOf(pron[1]!) : undefined;
        // "“…,” he said, adding, “…”": the participle goes on with the speaker of the quote
        // its clause has just attributed.
        const prev = out[out.length - 1];
        const goesOn =
          participle &&
          !main &&
          prev !== undefined &&
          prev.end > beforeFrom &&
          prev.end <= vStart &&
          /^[\s,;]*$/.test(lower.slice(prev.end, vStart))
            ? prev.speaker
            : undefined;
        const who =
          inverted[0]?.entity ??
          goesOn ??
          secondClauseSpeaker(doc, lower, vEnd, q.start) ??
          (openingAt !== undefined ? personBefore(q.start, openingAt) : undefined) ??
          (pron && (!subj.length || subj[subj.length - 1]!.end < pronAt!)
            ? personBefore(q.start, pronAt)
            : subj[subj.length - 1]?.entity);
        if (who)
          found = {
            speaker: who,
            start: beforeFrom,
            end: vEnd,
            rule: inverted[0] ? 'verb-then-speaker' : 'speaker-verb-quote',
          };
      }
    }

    if (!found) found = colonIntro(doc, lower, q, first);

    // "The statement went on: “…”", "the statement added": the words of whoever spoke last.
    if (
      !found &&
      last &&
      q.paragraph - last.paragraph <= 2 &&
      /\b(?:the|that|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release|post|letter|note|message)\s+(?:went on|continued|added|said|read|says|reads|adds|concluded|stated)\b[^"“”]{0,30}["“'‘]?$/.test(
        lower.slice(first.start, q.start),
      )
    )
      found = {
        speaker: last.speaker,
        start: first.start,
        end: q.start,
        rule: 'statement-continued',
      };

    // according to X
    if (!found) {
      const sentText = lower.slice(first.start, lastS.end);
      const acc = /according to\s+/.exec(sentText);
      if (acc) {
        const at = first.start + acc.index + acc[0].length;
        // "According to the readout, Trump “…”": the words are the readout's, whoever issued
        // it ("…, the White House said in a readout" just before); an unknown issuer: nobody.
        const doc_ =
          /^(?:the|its|their|that|this)\s+(?:[\w-]+\s+)?(?:readout|statement|communiqu[eé]|transcript|summary)\b/.exec(
            lower.slice(at, at + 40),
          );
        if (doc_) {
          const issuer = readoutIssuer(doc, lower, first.index);
          if (!issuer) continue;
          found = {
            speaker: issuer,
            start: first.start + acc.index,
            end: at + doc_[0].length,
            rule: 'according-to',
          };
        }
        const ms = doc_ ? [] : actorMentions(doc, at, Math.min(lastS.end, at + 40));
        if (ms[0])
          found = {
            speaker: ms[0].entity,
            start: first.start + acc.index,
            end: ms[0].end,
            rule: 'according-to',
          };
      }
    }

    // A quote that is its paragraph continues the last speaker of the paragraphs just before;
    // so does a quote that opens a sentence right after an attributed one in its paragraph
    // (“…,” Whitcomb replied. “But patience has limits.”).
    if (!found && last && q.paragraph - last.paragraph <= 2) {
      const p = doc.paragraphs[q.paragraph]!;
      const rest = text.slice(p.start, p.end).replace(/["“”'‘’\s,.]/g, '');
      const opensSentence = /^["“”'‘’\s]*$/.test(lower.slice(first.start, q.start));
      const prev = out[out.length - 1];
      // The rest of the attribution's own sentence ("…,” Okafor told CNN's “State of the
      // Union.”") names the speaker's audience, not a new speaker.
      const prevEnd = prev ? Math.max(prev.end, prev.quote.end) : first.start;
      const gapFrom = prev
        ? Math.min(first.start, Math.max(prevEnd, sentenceAt(doc, prevEnd - 1)?.end ?? prevEnd))
        : first.start;
      const sameParagraph =
        prev !== undefined &&
        prev.quote.paragraph === q.paragraph &&
        opensSentence &&
        gapFrom <= first.start &&
        actorMentions(doc, gapFrom, first.start).every((m) => m.entity === prev.speaker);
      if (rest.length <= 3 || sameParagraph)
        found = { speaker: last.speaker, start: q.start, end: q.end, rule: 'continued-quote' };
    }

    if (!found) continue;
    // "noting that several senators had called the response “too soft”", "a ministry statement
    // that called the reports “propaganda”": words quoted inside a clause of their own are that
    // clause's subject's, whoever speaks around them.
    const inner = embeddedSpeaker(doc, lower, q, first.start);
    if (inner) {
      if (!inner.speaker) continue;
      out.push({
        quote: q,
        speaker: inner.speaker,
        start: inner.start,
        end: q.start,
        rule: 'embedded-clause',
      });
      continue;
    }
    out.push({ quote: q, ...found });
    last = { speaker: found.speaker, paragraph: q.paragraph };
  }
  return out;
}

/** Nouns that stand for someone's words: "his answer on CNBC — “…” —". */
/** A verb that puts a name on something: its quoted complement is its subject's words. */
const EMBEDDED =
  /\b(that|which|who|what)\s+((?:[\w'’.-]+\s+){0,5}?)(?:(?:had|has|have|also|repeatedly|previously|publicly|once)\s+)*(?:called|calls|described|describes|dubbed|dubs|labell?ed|labels|branded|brands|termed|terms)\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?["“'‘]?$/;

/**
 * Whose words a quote is when it closes a clause of its own: "that NP had called X “…”" (the
 * NP's), "NP … that called X “…”" (the NP before the relative pronoun). `speaker` is undefined
 * when that subject names no actor (the words are nobody's the draft knows); a pronoun subject
 * ("which he called “…”") leaves the attribution as it is.
 */
function embeddedSpeaker(
  doc: Doc,
  lower: string,
  q: Quote,
  sentenceStart: number,
): { speaker?: string; start: number } | undefined {
  const from = Math.max(sentenceStart, q.start - 200);
  const m = EMBEDDED.exec(lower.slice(from, q.start));
  if (!m) return undefined;
  const relAt = from + m.index + m[0].indexOf(m[1]!);
  const np = m[2]!;
  if (np.trim()) {
    // "in what one of them described as “…”": an unnamed source's words are nobody's.
    if (
      /^(?:one|two|three|several|some|another|other|a|an)\b(?:\s+[\w-]+){0,3}\s+(?:of\s+(?:them|those|the\s+\w+)|officials?|sources?|diplomats?|aides?|officers?|people)\s*$/.test(
        np,
      )
    )
      return { start: relAt };
    if (/\b(?:he|she|it|they|we|i|you)\b/.test(np)) return undefined;
    const npStart = relAt + m[1]!.length;
    const who = actorMentions(doc, npStart, npStart + 1 + np.length);
    return { speaker: who[who.length - 1]?.entity, start: npStart };
  }
  // "Dmitry Peskov, who called the reports “absurd,”", "Iran's foreign ministry, which called
  // …": the actor right before the relative pronoun.
  const antecedent = actorMentions(doc, Math.max(sentenceStart, relAt - 60), relAt).filter((x) =>
    /^\s*,?\s*$/.test(lower.slice(x.end, relAt)),
  );
  if (antecedent[0]) return { speaker: antecedent[0].entity, start: antecedent[0].start };
  // "a Russian Foreign Ministry statement on Saturday that called …": the body that made it.
  const headFrom = Math.max(sentenceStart, relAt - 80);
  const head = lower.slice(headFrom, relAt);
  if (
    m[1] === 'who' ||
    !/\b(?:statement|post|report|communiqu[eé]|release|letter|note|message|readout|editorial|article|commentary|remarks?|comments?|op-ed|column|tweet)\b(?:\s+[\w'’.-]+){0,4}\s*,?\s*$/.test(
      head,
    )
  )
    return { start: relAt };
  const who = actorMentions(doc, headFrom, relAt);
  const last = who[who.length - 1];
  return { speaker: last?.entity, start: last?.start ?? relAt };
}

const WORDS_NOUN =
  /\b(?:(whose)|(his|her|their)|([\p{L}.'’-]+)['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:answer|reply|response|remark|remarks|comment|comments|words|statement|line|message|verdict|assessment|description|promise|assurance|retort|explanation|take)\b[^"“”]{0,60}?[-—–:,]?\s*$/u;

/**
 * “X's answer on CNBC — “…” — was worse”: the quote is the words of the possessor, whoever
 * speaks around it. "whose" is the name before it; "his"/"her" the last person named.
 */
function possessiveWords(
  doc: Doc,
  lower: string,
  q: Quote,
  first: { start: number; end: number },
  personBefore: (at: number) => string | undefined,
): Omit<Attribution, 'quote'> | undefined {
  const lead = doc.fold.slice(first.start, q.start).replace(/["“”'‘’\s]+$/, ' ');
  const m = WORDS_NOUN.exec(lead);
  if (!m) return undefined;
  // "took issue with Hale's description …, calling it “cheap politics”": words about hers.
  if (
    /\b(?:call|calling|called|calls|describ\w*|dismiss\w*|label\w*|brand\w*|term\w*)\b/i.test(m[0])
  )
    return undefined;
  const at = first.start + m.index;
  // "told moderator X that the administration's response had been “…”": the speaker of the
  // reported clause judges the response; the words are not the response's.
  if (
    // So does "said the president's response was “…”" without "that".
    // A programme's title in quotes between ('said on CNN's "State of the Union" that the
    // administration's response …') is no quote of its own.
    /\b(?:said|says|told|tells|argued|argues|added|wrote|writes|insisted|complained|noted)\b[^"“”;]*\s(?:the\s+)?$/.test(
      lower.slice(first.start, at).replace(/["“][^"“”]{1,60}["”]/g, 'T'),
    )
  )
    return undefined;
  // "had called the administration's response “timid”": words about the response, not its.
  if (
    /\b(?:call\w*|describ\w*|label\w*|brand\w*|term\w*|dismiss\w*|mock\w*|criticiz\w*|criticis\w*)\s+(?:the\s+|this\s+|that\s+)?$/.test(
      lower.slice(first.start, at),
    )
  )
    return undefined;
  let who: string | undefined;
  if (m[1]) {
    const ms = actorMentions(doc, first.start, at);
    const prev = ms[ms.length - 1];
    if (prev && /^\s*,?\s*$/.test(lower.slice(prev.end, at))) who = prev.entity;
  } else if (m[2]) who = personBefore(at);
  else {
    const ms = actorMentions(doc, first.start, at + m[0].length).filter(
      (x) => x.end <= at + m[3]!.length + 1 && x.end >= at,
    );
    who = ms[0]?.entity;
  }
  return who ? { speaker: who, start: at, end: q.start, rule: 'possessive-words' } : undefined;
}

/**
 * "called the U.S. claims “a fabrication”": "claims", "notes", "calls" after a determiner or a
 * possessive are nouns, not the verb of the attribution.
 */
function nounUse(text: string, m: RegExpExecArray): boolean {
  if (
    !/^(?:claims|notes|calls|answers|remarks|comments|warns|claim|call|answer|remark)$/.test(m[0])
  )
    return false;
  // "The Kremlin calls the report …" is the verb; a noun is the object of a verb before it
  // in the same clause ("called the U.S. claims").
  const clause =
    text
      .slice(0, m.index)
      .split(/[;:!?]\s/)
      .pop() ?? '';
  if (!new RegExp(SPEECH_VERBS.source).test(clause)) return false;
  // "had called U.S. claims that …": right after a verb that takes words as its object.
  if (
    /\b(?:call\w*|describ\w*|dismiss\w*|reject\w*|denie[ds]|deny\w*|label\w*|brand\w*|term\w*)\s+(?:[\p{L}.'’-]+\s+){0,2}$/u.test(
      text.slice(Math.max(0, m.index - 40), m.index),
    )
  )
    return true;
  // "said on Monday that U.S. claims that Russia … were “…”": an adjective of a country right
  // before it (not the country's name: "that Russia claims …" is the verb).
  if (
    /\bthat\s+(?:u\.s\.|us|western|[\p{L}]+(?:ian|ean|ese|ish|i|can))\s+$/iu.test(
      text.slice(Math.max(0, m.index - 30), m.index),
    )
  )
    return true;
  return /\b(?:the|a|an|his|her|their|its|our|these|those|such|any|[\p{L}.]+['’]s)\s+(?:[\p{L}.'’-]+\s+){0,2}$/u.test(
    text.slice(Math.max(0, m.index - 40), m.index),
  );
}

/**
 * "Moscow had been told “there will be a cost”", "was described as “…”": a passive verb of
 * saying has the one spoken to or about as its subject, never the speaker.
 */
function passiveUse(text: string, m: RegExpExecArray): boolean {
  if (/ing$/.test(m[0])) return false;
  return /\b(?:been|being|was|were|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+|not\s+|never\s+)?$/.test(
    text.slice(Math.max(0, m.index - 30), m.index),
  );
}

/** Nothing but quote marks and blanks. */
const BLANK = /^[\s"“”'‘’]*$/;

/**
 * "— Sen. Lisa Ferrante (D-Mass.), in a post on X" on the line after a quote (or after it on a
 * line that the quote opens): the person the dash line names said it. Live blogs, reposts and
 * pull quotes print attributions so.
 */
function dashLine(doc: Doc, lower: string, q: Quote): Omit<Attribution, 'quote'> | undefined {
  const para = doc.paragraphs[q.paragraph];
  if (!para) return undefined;
  const tail = doc.fold.slice(q.end, Math.min(doc.fold.length, q.end + 160));
  // (The fold has every dash as "-".)
  const dash = /^["”’']?[ \t]*(\n[ \t]*)?(?:--?|[—–])[ \t]+/.exec(tail);
  if (!dash) return undefined;
  // On the quote's own line, only a quote that opens its paragraph is a pull quote.
  if (!dash[1] && !BLANK.test(doc.fold.slice(para.start, q.start))) return undefined;
  const from = q.end + dash[0].length;
  const lineEnd = doc.fold.indexOf('\n', from);
  const to = lineEnd < 0 ? doc.fold.length : lineEnd;
  if (to - from > 160) return undefined;
  // "- Sen. X said …" under "- Y told CNBC that “…”": the quote's line is itself a dash bullet,
  // and the next line is the next item of the list, not a signature; so is a dash line that
  // quotes or says something of its own.
  const lineStart = doc.fold.lastIndexOf('\n', q.start) + 1;
  if (/^[ \t]*(?:--?|[—–*•])[ \t]/.test(doc.fold.slice(lineStart, q.start))) return undefined;
  if (
    /["“”]|\b(?:said|says|told|tells|wrote|writes|added|argued|argues|called|calls)\b/.test(
      lower.slice(from, to),
    )
  )
    return undefined;
  const ms = actorMentions(doc, from, to).filter((m) => !isObject(lower, m));
  const first = ms[0];
  // The name opens the dash line (a title such as "Sen." or "Rep." may come first).
  if (!first || (first.phraseStart ?? first.start) - from > 12) return undefined;
  const person = ms.find(
    (m) =>
      doc.entities.get(m.entity)?.label === 'Person' && !/[,(]/.test(lower.slice(from, m.start)),
  );
  return { speaker: (person ?? first).entity, start: q.end, end: to, rule: 'dash-line' };
}

/**
 * "Defense Department press secretary Jenna Morrow, at the daily briefing: “…”", "Iran's deputy
 * foreign minister, Mehdi Sadeghi, speaking to state television:" on the line before a quote:
 * a lead-in that ends with a colon names the speaker without a verb of saying.
 */
function colonIntro(
  doc: Doc,
  lower: string,
  q: Quote,
  first: { start: number; end: number },
): Omit<Attribution, 'quote'> | undefined {
  // 'Kremlin: "no grounds" for U.S. claims': a headline's quote is the body's in short.
  if (q.paragraph === 0) return undefined;
  let from = first.start;
  const para = doc.paragraphs[q.paragraph];
  if (
    BLANK.test(lower.slice(from, q.start)) &&
    para &&
    BLANK.test(lower.slice(para.start, q.start))
  ) {
    const prev = doc.paragraphs[q.paragraph - 1];
    if (!prev || prev.heading) return undefined;
    from = prev.start;
  }
  const lead = lower.slice(from, q.start);
  if (!/:[\s"“”'‘’]*$/.test(lead) || lead.length > 220) return undefined;
  const ms = actorMentions(doc, from, q.start).filter(
    (m) =>
      !isObject(lower, m) &&
      !isModifier(lower, m) &&
      !doc.quotes.some((x) => m.start >= x.start && m.end <= x.end),
  );
  const who = ms.find((m) => doc.entities.get(m.entity)?.label === 'Person') ?? ms[0];
  return who ? { speaker: who.entity, start: from, end: q.start, rule: 'colon-intro' } : undefined;
}
