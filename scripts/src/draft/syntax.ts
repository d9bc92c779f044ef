/**
 * Shallow syntax over mentions, shared by the attribution and relation stages: is a mention
 * an object (after a preposition), a modifier ("the Kremlin official"), or the subject of its
 * sentence; which actors are coordinated with it ("Witkoff and Jared Kushner").
 */
import type { Doc, Mention, Sentence, Span } from './document';
import { COUNTRIES, PERSON_TITLES } from './lexicon';

const TITLE_OR_DEMONYM = new Set([
  ...PERSON_TITLES,
  ...COUNTRIES.flatMap((c) => c.adjective.map((a) => a.toLowerCase())),
]);

const ACTORS = new Set(['Person', 'Organization', 'Country', 'Outlet']);
const PREPOSITION =
  /\b(with|to|about|of|on|from|at|in|for|by|against|toward|towards|than|between|among|into|over|under|like|including)\s+(?:the\s+|a\s+|an\s+|both\s+|either\s+)?$/;
/** "officials in the Trump administration": the preposition's object is the actor. */
const GROUP_OF =
  /\b(officials?|members?|leaders?|aides?|spokes\w+|sources?|people|staff|diplomats?|representatives?)\s+(?:in|of|at|from|within|inside)\s+(?:the\s+)?$/;
/** A singular role after an entity names a person of it; "Russian officials" are Russia acting. */
const ROLE_AFTER =
  /^['’]?s?\s+(?:deputy|vice|acting|crown prince|president|prime minister|foreign minister|defen[cs]e minister|minister|leader|chancellor|king|official|spokes\w+|adviser|advisor|aide|envoy|ambassador|minister|secretary|anchor|host|correspondent|reporter|official's|leader|chief|head|director|diplomat|source)\b(?!s)/;

export function isActor(doc: Doc, m: Mention): boolean {
  return ACTORS.has(doc.entities.get(m.entity)?.label ?? '');
}

/** After a preposition (quotes, brackets and possessives skipped): not a subject. */
/** The end of the last sentence in a lower-case stretch (not "u.s." or "sen."). */
const SENTENCE_END =
  /(?<![\s.][a-z])(?<!\b(?:sen|rep|gov|gen|mr|mrs|ms|dr|st|lt|col|jr|sr|no|vs))[.!?]["”’)]?\s+/g;

/** Up to `n` characters before `at`, not reaching back past a sentence end. */
function lookback(lower: string, at: number, n: number): string {
  const s = lower.slice(Math.max(0, at - n), at);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) cut = m.index + m[0].length;
  return s.slice(cut);
}

export function isObject(lower: string, m: Mention): boolean {
  const at = m.phraseStart ?? m.start;
  // "…images to Iran. Iran's Foreign Ministry rejected …": the last sentence's "to" is not this one's.
  const before = lookback(lower, at, 40).replace(/["“”‘’'(\s]+$/, ' ');
  if (GROUP_OF.test(before)) return false;
  if (PREPOSITION.test(before)) return true;
  // "with Russian Foreign Minister Sergei Lavrov": demonyms and title words in between.
  const gap =
    /\b(?:with|to|about|of|on|from|at|for|by|against|between|among)\s+(?:the\s+|a\s+|an\s+)?((?:[\w.'’-]+\s+){1,3})$/.exec(
      lookback(lower, at, 60),
    );
  if (
    gap &&
    gap[1]!
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_OR_DEMONYM.has(w))
  )
    return true;
  // "CBS's "60 Minutes"": the programme after a possessive continues the object before it.
  return /\b(with|to|on|of|from|by)\s+(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+)?['’]s\s+$/.test(before);
}

/**
 * "accused Defense Secretary X of …", "urged Y to …", "said he had asked CIA Director Z to …",
 * "told Sen. W": the one a verb acts on (a title or a body's name may stand before the name)
 * is never the one who speaks.
 */
const ACTED_ON =
  /\b(?:accus(?:ed|es|ing|e)|urg(?:ed|es|ing|e)|ask(?:ed|s|ing)?|told|tell(?:s|ing)?|call(?:ed|s|ing)?\s+(?:on|upon)|press(?:ed|es|ing)|blam(?:ed|es|ing|e)|thank(?:ed|s|ing)?|invit(?:ed|es|ing|e))\s+(?:the\s+)?$/;

export function verbObject(doc: Doc, lower: string, m: Mention): boolean {
  let at = m.phraseStart ?? m.start;
  // "asked CIA Director John Ratcliffe": the body of the title opens the object phrase.
  for (;;) {
    const prev = doc.mentions.find(
      (x) => x !== m && !x.nested && x.end <= at && /^\s*$/.test(lower.slice(x.end, at)),
    );
    if (!prev) break;
    at = prev.phraseStart ?? prev.start;
  }
  const before = lower.slice(Math.max(0, at - 40), at);
  if (ACTED_ON.test(before)) return true;
  const gap = /\b(\S+)\s+((?:[\w.'’-]+\s+){1,3})$/.exec(before);
  return (
    gap !== null &&
    ACTED_ON.test(`${gap[1]} `) &&
    gap[2]!
      .trim()
      .split(/\s+/)
      .every((w) => TITLE_OR_DEMONYM.has(w))
  );
}

/** "the Kremlin official", "Fox News anchor": the entity names whom a person works for. */
export function isModifier(lower: string, m: Mention): boolean {
  return ROLE_AFTER.test(lower.slice(m.end, m.end + 30));
}

export function mentionsOf(doc: Doc, s: { start: number; end: number }): Mention[] {
  return doc.mentions
    .filter((m) => m.start >= s.start && m.end <= s.end && !m.nested)
    .sort((a, b) => a.start - b.start);
}

/**
 * Actors joined to `m` by "and" / "," before it: "Witkoff and Jared Kushner" -> Witkoff. A
 * comma alone is an apposition ("the ambassador to the United Nations, Hossein Karimi"), not a
 * list, unless an "and" closes the list; an object of a preposition is never coordinated.
 */
const GOVERNMENTS_OF =
  /\b(?:the\s+)?(?:governments|leaders|foreign ministers|foreign ministries|defen[cs]e ministers|presidents|militaries|armed forces)\s+of\s+(?:the\s+)?$/;

export function coordinated(doc: Doc, lower: string, s: Sentence, m: Mention): string[] {
  const out = [m.entity];
  const ms = mentionsOf(doc, s).filter(
    (x) => x.end <= (m.phraseStart ?? m.start) && isActor(doc, x),
  );
  let cur = m;
  let joined = false;
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    const gap = lower.slice(x.end, cur.phraseStart ?? cur.start);
    // "The governments of Russia and Iran … denied": the pair is the subject, through its
    // governments (an "of" before the first name is no object of a verb here).
    const through = GOVERNMENTS_OF.test(lower.slice(Math.max(s.start, x.start - 40), x.start));
    if (!/^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/.test(gap) || (isObject(lower, x) && !through))
      break;
    if (!joined && !/and|&/.test(gap)) break;
    joined = true;
    out.unshift(x.entity);
    cur = x;
  }
  return [...new Set(out)];
}

/**
 * Relative clauses and descriptive appositions set off by commas or dashes: ", who chairs the
 * Senate Intelligence Committee,", ", a member of the Armed Services Committee,". What they
 * name is never the subject of the main clause.
 */
export function parentheticals(doc: Doc, s: Span): Span[] {
  const out: Span[] = [];
  const text = doc.fold.slice(s.start, s.end).toLowerCase();
  const re =
    /(?:,|\s-)\s+(?:who|whom|whose|which|citing|quoting|according to|speaking|writing|appearing|asked|pressed|responding|referring|a|an|the|one of|then|now|also|once|formerly|himself|herself|[a-z]+(?:'s)?\s+(?:former|longtime|top|senior|chief))\b[^,;"]{1,140}?(?:,|\s-\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + m[0].length - 1;
    // "On Monday, the Kremlin said …," is a clause: a description follows a name.
    const prev = /([\p{L}.'’-]+)\s*$/u.exec(doc.fold.slice(s.start, s.start + m.index));
    const relative =
      /^(?:,|\s-)\s+(?:who|whom|whose|which|citing|quoting|according to|speaking|writing|appearing|asked|pressed|responding|referring)\b/.test(
        m[0],
      );
    if (!relative && !(prev && /^\p{Lu}/u.test(prev[1]!))) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  // ", President Vladimir Putin's foreign policy aide,", ", Iran's deputy foreign minister,":
  // a possessive apposition that ends in a role noun.
  const POSSESSIVE_ROLE =
    /,\s+(?:[a-z.]+\s+){0,3}[a-z]+['’]s\s+(?:[a-z-]+\s+){0,3}(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|envoy|ambassador|secretary|deputy|counterpart|chief|head|director|colleague|negotiator|representative)\s*,/g;
  for (let m = POSSESSIVE_ROLE.exec(text); m; m = POSSESSIVE_ROLE.exec(text)) {
    POSSESSIVE_ROLE.lastIndex = m.index + m[0].length - 1;
    const start = s.start + m.index;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    const prev = /([\p{L}.'’-]+)\s*$/u.exec(doc.fold.slice(s.start, start));
    if (!(prev && /^\p{Lu}/u.test(prev[1]!))) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function inParenthetical(doc: Doc, s: Span, m: Span): boolean {
  return parentheticals(doc, s).some((p) => m.start >= p.start && m.end <= p.end);
}

/** The first actor of a sentence that is not an object: its subject, roughly. */
export function sentenceSubject(
  doc: Doc,
  lower: string,
  s: Sentence,
  label?: string,
  accept?: (m: Mention) => boolean,
): Mention | undefined {
  // "Pressed on whether Russia had helped, Delaney would not confirm it": a leading participial
  // or "asked about" clause is not where the subject is.
  const opener =
    /^(?:asked|pressed|questioned|challenged|confronted|speaking|responding|writing|appearing|when asked|if asked|referring|commenting|reacting|replying|turning|addressing|in an? (?:\w+\s+)?interview|in (?:his|her|their) remarks|in a (?:statement|post)|at an? (?:news|press) conference|at (?:his|her) (?:weekly |daily )?(?:news conference|press conference|briefing))\b[^,;]{0,120},\s*/.exec(
      lower.slice(s.start, s.end),
    );
  // "When Llewellyn noted that …, Hegseth did not hide his irritation": a leading subordinate
  // clause holds the subject only when the main clause names none ("When Peskov was asked, he …").
  const subordinate = opener
    ? null
    : /^(?:when|after|as|while|although|though|because|since|once|until|before|even as|even though|despite)\b[^,;]{0,160},\s*/.exec(
        lower.slice(s.start, s.end),
      );
  if (subordinate) {
    const main = sentenceSubject(
      doc,
      lower,
      { ...s, start: s.start + subordinate[0].length },
      label,
      accept,
    );
    if (main) return main;
  }
  const ms = mentionsOf(doc, opener ? { start: s.start + opener[0].length, end: s.end } : s);
  // "Iran's Revolutionary Guards claimed …": the possessor is not the subject, its body is.
  // "Russia's deputy U.N. ambassador, Dmitry Polevoy, called …": nor is the possessor of a
  // role set before the name.
  const possessor = (m: Mention) =>
    /^['’]s\s/.test(doc.fold.slice(m.end, m.end + 3)) &&
    ms.some(
      (x) =>
        x !== m &&
        isActor(doc, x) &&
        x.start > m.end &&
        (x.start - m.end <= 3 ||
          (doc.entities.get(x.entity)?.label === 'Person' &&
            /^['’]s\s+(?:[\w.-]+\s+){0,4}?(?:aide|adviser|advisor|spokes(?:man|woman|person)|minister|envoy|ambassador|secretary|deputy|counterpart|chief|head|director|representative|negotiator|chair(?:man|woman|person)?|(?:top|ranking|senior|leading)\s+(?:democrat|republican|member)|ranking\s+(?:democrat|republican))\s*,\s*(?:(?:sen|rep|senator|representative)\.?\s+)?$/i.test(
              doc.fold.slice(m.end, x.phraseStart ?? x.start),
            ))),
    );
  // "Russian Foreign Ministry spokeswoman Maria Zakharova": a name run straight into another
  // actor's name (or the title before it) modifies that one.
  const modifies = (m: Mention) =>
    ms.some(
      (x) =>
        x !== m &&
        isActor(doc, x) &&
        (x.phraseStart ?? x.start) >= m.end &&
        /^\s+$/.test(doc.fold.slice(m.end, x.phraseStart ?? x.start)),
    );
  return ms.find(
    (m) =>
      isActor(doc, m) &&
      !possessor(m) &&
      !modifies(m) &&
      (!label || doc.entities.get(m.entity)?.label === label) &&
      (!accept || accept(m)) &&
      !isObject(lower, m) &&
      !verbObject(doc, lower, m) &&
      !isModifier(lower, m) &&
      !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
  );
}

/** "calling the report “nonsense”", "dismissed the allegations as “a fantasy”". */
export const CALLED_CLAIM =
  /\b(?:call(?:ed|ing|s)?|dismiss(?:ed|ing|es)?|describ(?:ed|ing|es)|label(?:l)?(?:ed|ing)|brand(?:ed|ing|s)|term(?:ed|ing|s))\s+(?:the|those|these|such|it|them|that|this|their|his|her)(?:\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|allegations?|claims?|accusations?|story|stories|charges?|assertions?|suggestions?|reporting|speculation|assessments?|findings))?\s+(?:as\s+)?(?:being\s+)?$/;

/**
 * "rejected as “fabricated” a report that …": the verb's quoted verdict before its object (the
 * object is checked after the quote: a report, a claim …).
 */
export const REJECTED_AS =
  /\b(?:reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|denounc(?:ed|es|ing))\s+as\s+$/;
export const CLAIM_AFTER =
  /^[\s,.”"’']*(?:(?:a|an|the|these|those|such|what\s+it\s+called|what\s+they\s+called)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:reports?|allegations?|claims?|accusations?|charges?|story|stories|assessments?|assertions?|suggestions?)\b/;

/** "said the accusations were “…”": a claim as the subject of a copula before a quote. */
export const CLAIM_COPULA =
  /\b(?:the|these|those|such|its|their|this|that|any)\s+(?:[\w.-]+\s+){0,2}?(?:reports?|allegations?|claims?|accusations?|charges?|story|stories|assertions?|suggestions?|assessments?|findings)\s+(?:were|was|are|is)\s+(?:(?:simply|just|merely|nothing but|pure|an?|another|utter|complete|totally|absolutely|all|only)\s+){0,2}(?:(?:part|an?\s+(?:example|product|piece)|the\s+(?:product|work|result))\s+of\s+)?$/;

/**
 * "said that U.S. accusations that Russia had helped Iran target American ships were “…”": the
 * claim told in full after its noun, then the copula the quote completes.
 */
export const CLAIM_THAT_COPULA =
  /\b(?:reports?|allegations?|claims?|accusations?|charges?|stories|assertions?|suggestions?)\s+that\s+[^;:"“”.]{5,160}?\s+(?:were|was|are|is)\s+(?:(?:simply|just|merely|nothing but|pure|an?|another|utter|complete|totally|absolutely|all|only)\s+){0,2}$/;

/** Words that call a claim untrue: the quote of a denial. */
export const DISMISSIVE =
  /\b(?:absurd|nonsense|fabricat\w*|fake|false|lies|lie|lying|fairy[- ]tales?|baseless|groundless|unfounded|ridiculous|hoax|fiction\w*|slander\w*|propaganda|provocation|untrue|invented|inventions?|made[- ]up|rubbish|disinformation|misinformation)\b/i;
