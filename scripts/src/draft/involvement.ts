/**
 * Denials of involvement with no denial word. A side accused of taking part in something often
 * answers by saying what it is not or does not do: "Russia “is not a party to this conflict”",
 * "Moscow “has nothing to do with” the attacks", "“We play no role in Iran's operations,” the
 * embassy said", "Russia “does not and will not” take part in the fighting". None of these says
 * "deny", "false" or "untrue"; each is a denial of the claim all the same, when (and only when)
 * the one said to take no part is the speaker's own side and a party of the claim. The clause
 * is read whole: its subject (before a partial quote, or the quote's first words), the quoted
 * words and the words after the quote up to the clause's end ("does not conduct and has never
 * conducted” intelligence operations on Iran's behalf").
 */
import type { Attribution } from './attribution';
import { stateOf, topicEvent } from './claims';
import type { Doc, Mention, Sentence, Span } from './document';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { mentionsOf } from './syntax';

/** Ways of saying one takes no part, read on the folded, lower-case clause. */
const NO_PART: RegExp[] = [
  // "is not a party to this conflict", "has never been a participant", "is no party to it"
  /\b(?:is|are|was|were|am|has been|have been)\s+(?:not|never|no longer)\s+(?:been\s+)?(?:an?\s+)?(?:party|parties|participant|participants|belligerent|co-belligerent|combatant)\b|\b(?:is|are|was|were)\s+no\s+(?:party|participant|belligerent)\b/,
  // "has nothing to do with the attacks" (not with someone's remarks: that is about the words)
  /\b(?:has|have|had|having)\s+(?:absolutely\s+)?nothing\s+(?:whatsoever\s+)?to\s+do\s+with\s+(?:(?:it|this|that|them|any of (?:it|this|that|them))\b|(?:the|these|those|such|any|this|that|its|their|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|drones?|operations?|war|conflict|fighting|hostilities|targeting|missiles?|launch(?:es)?|incidents?|campaign|intelligence)\b)/,
  // "plays no role in", "had no hand in", "took no part in", "is not involved in"
  /\b(?:plays?|played|has|have|had)\s+no\s+(?:role|part|hand|involvement)\s+(?:whatsoever\s+)?in\b|\btook\s+no\s+part\s+in\b|\b(?:is|are|was|were|has been|have been)\s+(?:not|never)\s+(?:been\s+)?involved\s+in\b/,
  // "does not and will not take part in the conflict", "does not conduct and has never
  // conducted intelligence operations": what is not done is taking part, or operations,
  // intelligence or attacks.
  /\b(?:does|do|did|will|would|has|have|had)\s+(?:not|never)(?:\s+and\s+(?:will|would|has|have|had|does|did)\s+(?:not|never))?\s+(?:(?:take|taken|took)\s+part\s+in|participat\w*\s+in)\b|\b(?:does|do|did|will|would|has|have|had)\s+(?:not|never)\s+(?:conduct|carr(?:y|ied)\s+out|run|ran|provid\w*|suppl\w*)(?:\s+and\s+(?:will|would|has|have|had)\s+(?:not|never)\s+\w+)?\s+(?:any\s+)?(?:\w+\s+)?(?:intelligence|surveillance|reconnaissance|targeting|espionage|military)\s+(?:operations?|activit(?:y|ies)|support|help|assistance|missions?)\b/,
  // "has not transferred and does not transfer intelligence to Iran", "does not share any
  // data with Tehran": the gift the claim is about, negated, with its object.
  // "had "never supplied and is not supplying" intelligence": a bare "never", and a second
  // verb in the progressive.
  /\b(?:(?:does|do|did|will|would|has|have|had)\s+(?:not|never)|never)\s+(?:transferr?\w*|shar\w*|pass\w*|provid\w*|giv\w*|gave|suppl\w*|sen[dt]\w*|hand\w*)(?:,?\s+(?:and|or)\s+(?:(?:does|do|did|will|would|has|have|had|is|are|was|were)\s+(?:not|never)|never)\s+\w+,?)?\s+(?:any\s+)?(?:[\w-]+\s+)?(?:intelligence|data|information|imagery|images|coordinates|targeting)\b/,
  // The side said to be helped: "does not need anyone's satellites", "needs no outside help",
  // "has never received, and does not need, intelligence from any foreign state", "relies
  // solely on national capabilities".
  /\b(?:does|do|did|will)\s+not\s+need\s+(?:(?:and|or)\s+\w+\s+(?:not\s+)?\w+\s+)?(?:the\s+)?(?:help|assistance|support|intelligence|data|eyes|satellites?|information|targeting)\b|\b(?:has|have|had)\s+never\s+(?:needed|received|asked\s+for|sought)\b(?:,?\s+(?:and|or)\s+(?:does|do|did|will)\s+not\s+need,?)?|\b(?:does|do|did|will)\s+not\s+need\b|\bneeds?\s+no\b/,
  /\b(?:relies|rely|relied|relying|depends|depend|depended)\s+(?:solely|only|exclusively|entirely|wholly)\s+on\s+(?:its|their|our|his)?\s*(?:own|national|domestic|indigenous)\s+(?:capabilities|capacities|means|resources|forces|intelligence|eyes|systems)\b/,
  // The side said to be helped takes nothing from anyone: "does not take targets from anyone",
  // "does not take orders or targets from any foreign government", "has never accepted
  // intelligence from Moscow".
  /\b(?:(?:does|do|did|will|would|has|have|had)\s+(?:not|never)|never)\s+(?:take|taken|took|takes|accept\w*|receiv\w*|get|got|gotten)\s+(?:any\s+)?(?:[\w-]+\s+(?:or|and)\s+)?(?:targets?|targeting(?:\s+data)?|intelligence|data|imagery|images|coordinates|orders)\s+from\b/,
  // "does not interfere in the conflict", "has not intervened in this war": the side's own
  // war, not another one named after it ("in the war in Ukraine").
  /\b(?:(?:does|do|did|will|would|has|have|had)\s+(?:not|never)|never)\s+(?:interfer\w*|interven\w*|meddl\w*)\s+in\s+(?:the|this|that|any)\s+(?:conflict|war|fighting|hostilities)\b(?!\s+(?:in|over|on|against)\s)/,
];

/**
 * What a side said to be helped may say it needs none of, or has never received: help,
 * intelligence, data, satellites, eyes, from anyone outside.
 */
const NO_NEED_OBJECT =
  /^(?:,?\s*(?:and|or)\s+(?:does|do|did|will)\s+not\s+need,?)?\s*(?:(?:any|anyone's|anybody's|any\s+one's|no\s+one's|one's|nobody's|outside|foreign|external|other\s+countries'|anyone\s+else's|other|russian|american)\s+)*(?:[\w-]+\s+)?(?:help|assistance|support|intelligence|data|eyes|satellites?|information|targeting\s+data|guidance)\b/;

/** Bodies whose country their name does not give. */
const BODY_HOME: Readonly<Record<string, string>> = {
  kremlin: 'russia',
  'the kremlin': 'russia',
  'white house': 'united states',
  pentagon: 'united states',
  congress: 'united states',
  'u.s. congress': 'united states',
  'department of war': 'united states',
  'state department': 'united states',
};

/** The country an entity stands for, if the text or its name says. */
function countryOf(doc: Doc, id: string): string | undefined {
  const e = doc.entities.get(id);
  if (!e) return undefined;
  if (e.label === 'Country') return id;
  const home = BODY_HOME[e.name.toLowerCase()];
  if (home)
    return [...doc.entities.values()].find(
      (x) => x.label === 'Country' && x.name.toLowerCase() === home,
    )?.id;
  // "the Russian Embassy in Washington": the demonym that opens the name, not the host city.
  const adj = COUNTRIES.find((c) => c.adjective.some((a) => e.name.startsWith(`${a} `)));
  const byName = adj
    ? [...doc.entities.values()].find(
        (x) => x.label === 'Country' && nameKey(x.name) === nameKey(adj.name),
      )
    : undefined;
  if (byName) return byName.id;
  const m = doc.mentions.find((x) => x.entity === id);
  return m ? stateOf(doc, m) : undefined;
}

/** The countries the speaker stands for: its own, and those of what it represents or leads. */
function speakerCountries(doc: Doc, speaker: string): Set<string> {
  const out = new Set<string>();
  const own = countryOf(doc, speaker);
  if (own) out.add(own);
  for (const r of doc.relationships) {
    if (r.from !== speaker) continue;
    if (!['REPRESENTS', 'MEMBER_OF', 'PART_OF', 'LEADS'].includes(r.type)) continue;
    const c = countryOf(doc, r.to);
    if (c) out.add(c);
  }
  return out;
}

const AUX =
  /^\s*(?:,\s*)?(?:(?:has|have|had|is|are|was|were|does|do|did|will|would)\s+)?["“‘']?\s*$/;

/** The subject of the clause a quote sits in, when the text names it right before the quote. */
function subjectBeforeQuote(doc: Doc, s: Sentence, q: Span): Mention | undefined {
  const ms = mentionsOf(doc, { start: s.start, end: q.start }).filter(
    (m) => !doc.quotes.some((x) => m.start >= x.start && m.end <= x.end),
  );
  const last = ms[ms.length - 1];
  if (last && AUX.test(doc.fold.slice(last.end, q.start).toLowerCase())) return last;
  // '… the Kremlin says, and has “nothing to do with” …': a subject left out after "and" is
  // the one an earlier quote of the sentence had.
  if (
    !/\band\s+(?:has|have|had|is|are|was|were|does|do|did|will)?\s*["“‘']?\s*$/i.test(
      doc.fold.slice(s.start, q.start),
    )
  )
    return undefined;
  const earlier = doc.quotes
    .filter((x) => x.start >= s.start && x.end < q.start)
    .map((x) => subjectBeforeQuote(doc, s, x))
    .find((m): m is Mention => m !== undefined);
  return earlier;
}

/** The clause read whole: the quoted words and what follows them up to the clause's end. */
function clauseAfter(doc: Doc, s: Sentence, q: Span): string {
  const rest = doc.fold.slice(q.end, s.end).replace(/^["”’']/, '');
  const stop = rest.search(/[,;:.!?]|["“]|\s[-–—]\s/u);
  const tail = stop < 0 ? rest : rest.slice(0, stop);
  // 'has “nothing to do with”': an auxiliary right before the quote belongs to its clause.
  const aux = /\b(?:has|have|had|is|are|was|were|does|do|did|will|would)\s*["“‘']?\s*$/i.exec(
    doc.fold.slice(s.start, q.start),
  );
  const head = aux ? `${aux[0].replace(/["“‘']/g, '').trim()} ` : '';
  return `${head}${doc.fold.slice(q.start, q.end)} ${tail}`.toLowerCase().replace(/[’]/g, "'");
}

/**
 * Whether the attributed quote `q` says that the speaker's side, a party of the claim, takes no
 * part: the subject must be that side ("Russia", "Moscow", "we" for a speaker whose country is
 * known) and one of `parties`; the speaker must not stand for another country.
 */
export function deniesInvolvement(
  doc: Doc,
  q: Span,
  speaker: string,
  parties: Set<string>,
): boolean {
  const s = doc.sentences.find((x) => x.start <= q.start && q.start < x.end);
  if (!s) return false;
  const words = clauseAfter(doc, s, q);
  if (/\?\s*$/.test(doc.fold.slice(q.start, q.end))) return false;
  const cue = NO_PART.map((re) => re.exec(words)).find((m) => m !== null);
  if (!cue) return false;
  // "does not need" and "has never received" deny only help, intelligence and the like.
  if (
    // "needs no one's permission" is no denial: "needs no" too must be followed by help.
    /\b(?:need|needs|needed|received|sought|asked\s+for)(?:\s+no)?$/.test(cue[0]) &&
    !NO_NEED_OBJECT.test(words.slice(cue.index + cue[0].length))
  )
    return false;
  const lead = words.slice(0, cue.index);
  // "if Russia is not a party …", "whether Moscow has nothing to do with it": asked, not said.
  if (/\b(?:if|whether|unless|even though|although)\b/.test(lead)) return false;
  const sides = speakerCountries(doc, speaker);
  const inQuote = mentionsOf(doc, q).filter((m) => m.start < q.start + cue.index + 1);
  let subject: string | undefined;
  const before = doc.fold
    .slice(s.start, q.start)
    .toLowerCase()
    .replace(/["“‘'\s]+$/, ' ');
  // "asked whether Iran “needs no help”": asked, not said.
  if (/\b(?:if|whether|unless)\b[^"“”;]*$/.test(before)) return false;
  if (/^\W*(?:(?:has|have|had|is|are|was|were|does|do|did|will|would)\s+)?$/.test(lead)) {
    const m = subjectBeforeQuote(doc, s, q);
    subject = m ? (countryOf(doc, m.entity) ?? m.entity) : undefined;
    // "Iran's armed forces “rely solely on national capabilities”": the country of its forces.
    const owner = mentionsOf(doc, { start: s.start, end: q.start }).find((x) =>
      /^['’]s\s+(?:armed\s+forces|military|army|navy|forces|defen[cs]es?|government)\s*["“‘']?\s*$/i.test(
        doc.fold.slice(x.end, q.start),
      ),
    );
    if (!m && owner) subject = countryOf(doc, owner.entity) ?? owner.entity;
    // "told the council his country “has never received …”": the speaker's own country.
    if (!m && /\b(?:his|her|its|their)\s+(?:country|government|nation)\s*["“‘']?\s*$/.test(before))
      subject = sides.size === 1 ? [...sides][0] : undefined;
  } else if (/^\W*(?:we|our country|my country|our government|i)\b/.test(lead)) {
    // "We are not a party to this conflict": the speaker's own country, when it is known.
    subject = sides.size === 1 ? [...sides][0] : undefined;
  } else if (inQuote[0] && /^\W*(?:the\s+)?$/i.test(doc.fold.slice(q.start, inQuote[0].start))) {
    subject = countryOf(doc, inQuote[0].entity) ?? inQuote[0].entity;
  }
  if (!subject || !parties.has(subject)) return false;
  // A speaker who stands for another country reports the other side's line, not a denial.
  return sides.size === 0 || sides.has(subject);
}

/**
 * The countries a claim is about: the ends of the sharing and supply relationships drafted, and
 * the countries an alleged event's name gives ("Alleged Russian intelligence sharing with Iran").
 */
export function claimCountries(doc: Doc): Set<string> {
  const out = new Set<string>();
  const topic = topicEvent(doc);
  for (const e of doc.entities.values()) {
    if (e.label !== 'Event' || e.strike || !(e.alleged || e.id === topic)) continue;
    const words = ` ${nameKey(e.name)} `;
    for (const c of doc.entities.values()) {
      if (c.label !== 'Country') continue;
      const info = COUNTRIES.find((x) => nameKey(x.name) === nameKey(c.name));
      const forms = [c.name, ...(info?.adjective ?? [])].map(nameKey).filter(Boolean);
      if (forms.some((f) => words.includes(` ${f} `))) out.add(c.id);
    }
  }
  for (const r of doc.relationships)
    if (r.type === 'SHARED_INTELLIGENCE_WITH' || r.type === 'SUPPLIED_ARMS_TO') {
      for (const id of [r.from, r.to]) {
        const c = countryOf(doc, id);
        if (c) out.add(c);
      }
    }
  return out;
}

/** A verb of saying before the clause: "Iran says it …", "X said on Monday that …". */
const SAYS =
  /\b(?:says|said|told\s+(?:[\w.'’-]+\s+){0,4}?|tells\s+(?:[\w.'’-]+\s+){0,4}?|insists|insisted|maintains|maintained|stressed|added|reiterated|repeated|stated|declared|asserts|asserted)\s*(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|in\s+a\s+statement\s+|again\s+)?(?:that\s+)?$/;

/** "…, Dedov told Iranian journalists": the speaker named after the clause. */
const SAID_AFTER = /^\s*,?\s*["”’']?\s*(?:[\w.'’-]+\s+){0,5}$/;

export interface ReportedDenial {
  speaker: string;
  /** The words of the denial: the cue to the clause's end. */
  span: Span;
  sentence: Sentence;
}

/**
 * Reported speech of the same denials, with no quote: "Iran says it does not take targets from
 * anyone", "the spokesman said the Islamic Republic has never received, and does not need,
 * satellite data from any foreign country", "Russia does not interfere in the conflict, the
 * ambassador told reporters". The one who says it denies, when the one said to take no part is
 * a party of the claim and the speaker's own side (the speaker itself, "it", or a country the
 * speaker stands for). Questions, conditions and negated leads state nothing.
 */
export function reportedInvolvementDenials(
  doc: Doc,
  subjectOf: (s: Sentence, at: number) => string | undefined,
): ReportedDenial[] {
  const parties = claimCountries(doc);
  if (parties.size === 0) return [];
  const lower = doc.fold.toLowerCase().replace(/[’]/g, "'");
  const out: ReportedDenial[] = [];
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    if (/\?["'”’\s]*$/.test(text)) continue;
    for (const re of NO_PART) {
      const cue = re.exec(text);
      if (!cue) continue;
      const at = s.start + cue.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      const tail = text.slice(cue.index + cue[0].length);
      if (
        /\b(?:need|needs|needed|received|sought|asked\s+for)(?:\s+no)?$/.test(cue[0]) &&
        !NO_NEED_OBJECT.test(tail)
      )
        continue;
      const lead = text.slice(0, cue.index);
      if (/\b(?:if|whether|unless|even though|although|accus\w*|alleg\w*|suspect\w*)\b/.test(lead))
        continue;
      if (
        /\b(?:not|never|n't|declined to|refused to)\s+(?:\w+\s+){0,2}(?:say|said|says|confirm)\w*\b/.test(
          lead,
        )
      )
        continue;
      // The clause's subject: a mention right before the cue, or "it"/"they" for the speaker.
      const ms = mentionsOf(doc, { start: s.start, end: at }).filter(
        (m) => !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
      );
      const last = ms[ms.length - 1];
      const pronoun = /\b(?:it|they|we)\s+(?:also\s+|still\s+)?$/.test(lead);
      const named =
        last && /^\s*(?:also\s+|still\s+|itself\s+)?$/.test(lower.slice(last.end, at))
          ? last
          : undefined;
      if (!named && !pronoun) continue;
      // The speaker: the subject before a verb of saying that opens the clause, else one
      // named right after the clause (", Dedov told …").
      const before = named
        ? lower.slice(s.start, named.phraseStart ?? named.start)
        : lead.replace(/\b(?:it|they|we)\s+(?:also\s+|still\s+)?$/, '');
      let speaker: string | undefined;
      const says = SAYS.exec(before);
      if (says) speaker = subjectOf(s, s.start + says.index);
      else if (named && !pronoun) {
        const stop = tail.search(/[,;]|\s[-–—]\s/);
        const from = at + cue[0].length + (stop < 0 ? tail.length : stop);
        // ", Kremlin spokesman Dmitry Peskov told …": title words and a body may come first.
        const after = mentionsOf(doc, { start: from, end: s.end }).find(
          (m) =>
            (SAID_AFTER.test(lower.slice(from, m.phraseStart ?? m.start)) &&
              /^\s+(?:also\s+)?(?:said|says|told|tells|added|insisted|stressed|wrote)\b/.test(
                lower.slice(m.end, m.end + 20),
              )) ||
            // "…, according to the Kremlin." / "…, according to Kremlin spokesman X."
            (/^[\s,]*according\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/.test(
              lower.slice(from, m.phraseStart ?? m.start),
            ) &&
              /^\s*[.,;]/.test(lower.slice(m.end, m.end + 3))),
        );
        if (after) speaker = after.entity;
      }
      if (!speaker) continue;
      const sides = speakerCountries(doc, speaker);
      const subject = named
        ? (countryOf(doc, named.entity) ?? named.entity)
        : sides.size === 1
          ? [...sides][0]
          : countryOf(doc, speaker);
      if (!subject || !parties.has(subject)) continue;
      if (sides.size > 0 && !sides.has(subject)) continue;
      // The denial's words end before their attribution (", the Kremlin said", ", according to …").
      const stop = tail.search(
        /[;:.!?]|,\s+(?:but|while|and\s+that|which|according\s+to)\b|,\s+(?:[\w.'’-]+\s+){1,5}(?:said|says|told|added|insisted)\b|\s[-–—]\s/,
      );
      let end = at + cue[0].length + (stop < 0 ? tail.length : stop);
      while (end > at && /[\s,]/.test(doc.text[end - 1]!)) end--;
      out.push({ speaker, span: { start: at, end }, sentence: s });
      break;
    }
  }
  return out;
}

/** The attributions whose quotes deny the speaker's side takes part. */
export function involvementDenials(doc: Doc, attributions: Attribution[]): Attribution[] {
  const parties = claimCountries(doc);
  if (parties.size === 0) return [];
  return attributions.filter((a) => deniesInvolvement(doc, a.quote, a.speaker, parties));
}
