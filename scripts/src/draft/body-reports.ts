/**
 * Stage 6e: a state body as the source of the claim. Wire copy often makes a government body,
 * not an outlet, the one that puts the claim out: "The Defense Intelligence Agency has assessed
 * that Russia gave Iran …", "Iranian missiles … were aimed using coordinates supplied by Russia,
 * the Israeli military said Tuesday", "…, according to U.S. Central Command". The body REPORTED
 * the claim (as an outlet does; the curated convention for CENTCOM, the DIA, a military).
 *
 * Only where the sentence itself tells the sharing (the claims stage drafted it from this
 * sentence, so a hedge, a question or a negation has already given nothing), the body is the
 * subject of a verb of saying or assessing outside quotes, the verb is not negated, and the
 * body is no side of the claim (a Russian or Iranian body telling it would be a confession the
 * claims stage does not read; "the Kremlin said it had not …" tells no sharing).
 */
import { isClaim, stateOf, topicEvent } from './claims';
import { dateNear } from './dates';
import type { Doc, Mention, Sentence, Span } from './document';
import { relate } from './relate';

/** Verbs by which a body puts out a finding (after the body). */
const VERB =
  /^\s+(?:(?:also|later|earlier|previously|separately|now)\s+)?((?:has|have|had)\s+(?:(?:also|now|since)\s+)?)?(said|says|stated|states|assessed|assesses|concluded|concludes|determined|found|believes|believed|reported|reports|announced|confirmed|told\s+[\w\s.'’-]{1,40}?)\b/;

/** "…, according to the Israeli military": the source after the clause. */
const ACCORDING = /\baccording\s+to\s+(?:the\s+)?$/;

const SHARING = 'SHARED_INTELLIGENCE_WITH';

function sentenceMentions(doc: Doc, s: Sentence): Mention[] {
  return doc.mentions
    .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
    .sort((a, b) => a.start - b.start);
}

/** The countries the claim told in this sentence is about, and bodies of theirs. */
function partiesOf(doc: Doc, text: string): Set<string> {
  const out = new Set<string>();
  for (const r of doc.relationships)
    if (r.type === SHARING && r.evidence.some((e) => e.includes(text))) {
      out.add(r.from);
      out.add(r.to);
    }
  for (const r of doc.relationships) if (r.type === 'PART_OF' && out.has(r.from)) out.add(r.to);
  return out;
}

/** Seats named for their state ("the Kremlin said"). */
const SEATS: Readonly<Record<string, string>> = {
  kremlin: 'russia',
  'white house': 'united states',
  pentagon: 'united states',
  'state department': 'united states',
};

/** A negation, a denial, a hedge or a question: the sentence does not put the claim out. */
const NOT_TOLD =
  /\b(?:not|no|never|nothing|neither|nor|denied|denies|deny|denying|rejected|rejects|dismissed|false|untrue|whether|if|may|might|could|would|allegedly|reportedly|claims?|rumou?rs?)\b|n't\b|\?/;

const ACCUSED = /(?:\band|,)\s+(?:also\s+|then\s+)?(?:accus\w+|blam\w+|charg(?:ed|es|ing))\b/;

/** The body's own country or a country it is a part of. */
function sidesOf(doc: Doc, m: Mention): Set<string> {
  const out = new Set<string>([m.entity]);
  const own = stateOf(doc, m);
  if (own) out.add(own);
  const name =
    doc.entities
      .get(m.entity)
      ?.name.toLowerCase()
      .replace(/^the\s+/, '') ?? '';
  const seat = SEATS[name];
  if (seat)
    for (const e of doc.entities.values())
      if (e.label === 'Country' && e.name.toLowerCase() === seat) out.add(e.id);
  for (const r of doc.relationships)
    if (r.from === m.entity && (r.type === 'PART_OF' || r.type === 'LOCATED_IN')) out.add(r.to);
  return out;
}

/**
 * A report's subject phrase up to its verb: "The report, released Monday by the Senate
 * Intelligence Committee after a review, said", "A report by the X said", "Its report sets
 * out". Group 1: the words between "report" and the verb; group 2: the verb.
 */
const REPORT_SUBJECT =
  /^\s*(?:the|a|an|this|its|their)\s+(?:(?:new|latest|long-awaited|classified|declassified|unclassified|bipartisan|\d+-page)\s+)*report\b([^.;"“”]{0,160}?)\b(said|says|found|finds|concluded|concludes|stated|states|detailed|details|described|describes|accused|accuses|alleged|alleges|asserted|asserts|sets out|set out|lays out|laid out|documented|documents)\b/;

/** A report told in a sentence: "said in a report released Monday", "a report that …". */
const REPORT_WORD = /\breport\b/;

/**
 * The author of a report that tells the claim REPORTED it: "The report, released Monday by the
 * Senate Intelligence Committee, said Russia had …" (the body after "by" in the report's
 * subject phrase), "The Senate Intelligence Committee did the country a service on Monday. Its
 * report sets out how Russia has fed Iran …" ("its": the body the sentence before opens with).
 * The report tells the claim when its own sentence does, or, for "the report" and "its
 * report", when an earlier sentence of the article told the claim and named a report. The day
 * is the one the subject phrase gives ("released Monday"), else the one an earlier sentence
 * gives right after "report" ("in a report released Monday").
 */
function reportAuthors(doc: Doc, topic: string | undefined): void {
  const lower = doc.fold.toLowerCase();
  // The two sides of the story's claim, wherever the article tells it (a headline too).
  const sides2 = new Set<string>();
  for (const r of doc.relationships)
    if (r.type === SHARING) {
      sides2.add(r.from);
      sides2.add(r.to);
    }
  const namesBoth = (s: Sentence) =>
    new Set(
      sentenceMentions(doc, s)
        .map((m) => stateOf(doc, m) ?? m.entity)
        .filter((e) => sides2.has(e)),
    ).size >= 2;
  let introduced: Sentence | undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const parties = partiesOf(doc, text);
    if (parties.size === 0 && namesBoth(s)) for (const x of sides2) parties.add(x);
    // A sentence the claims stage read as naming the claim ("a report that Russian military
    // intelligence has been feeding Iran radar data") tells it, denied or not.
    const names = sentenceMentions(doc, s).some((m) => isClaim(doc, m) || m.entity === topic);
    const said = lower.slice(s.start, s.end);
    const dl = doc.datelines.find((d) => d.end > s.start && d.end < s.end);
    const from = dl ? dl.end : s.start;
    const r = REPORT_SUBJECT.exec(lower.slice(from, s.end));
    const heading = doc.paragraphs.some((p) => p.heading && p.start <= s.start && s.end <= p.end);
    // The month "May" is no hedge.
    const rest = r
      ? doc.fold
          .slice(from + r.index + r[0].length, s.end)
          .replace(/\bMay\b/g, 'month')
          .toLowerCase()
      : '';
    if (r && !heading && !NOT_TOLD.test(rest)) {
      const definite = /^\s*(?:the|this|its|their)\b/.test(r[0]);
      const tells = parties.size > 0 || names || (definite && introduced !== undefined);

      const ms = sentenceMentions(doc, s);
      const claim = ms.find((x) => isClaim(doc, x))?.entity ?? topic;
      const inner = { start: from + r.index + r[0].indexOf(r[1]!), end: 0 };
      inner.end = inner.start + r[1]!.length;
      let author: Mention | undefined;
      if (/^\s*(?:its|their)\b/.test(r[0])) {
        const prev = doc.sentences[s.index - 1];
        author = prev && prev.paragraph === s.paragraph ? openingOrg(doc, prev) : undefined;
      } else {
        author = ms.find(
          (x) =>
            x.start >= inner.start &&
            x.end <= inner.end &&
            doc.entities.get(x.entity)?.label === 'Organization' &&
            /\bby\s+(?:the\s+)?$/.test(lower.slice(inner.start, x.phraseStart ?? x.start)),
        );
      }
      const sides = author ? sidesOf(doc, author) : new Set<string>();
      const partiesHere = parties.size ? parties : partiesOf(doc, introducedText(doc, introduced));
      if (tells && claim && author && ![...sides].some((x) => partiesHere.has(x))) {
        const skip: Span[] = [
          { start: s.start, end: inner.start },
          { start: inner.end, end: s.end },
        ];
        let date = dateNear(doc, s, inner.start, skip);
        if (!date && introduced) {
          const at = lower.indexOf('report', introduced.start);
          if (at >= 0 && at < introduced.end)
            date = dateNear(doc, introduced, at, [
              { start: introduced.start, end: at },
              { start: Math.min(introduced.end, at + 40), end: introduced.end },
            ]);
        }
        relate(doc, {
          type: 'REPORTED',
          from: author.entity,
          to: claim,
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.55,
          rule: 'body:report-author',
        });
      }
    }
    if (!introduced && (parties.size > 0 || names) && REPORT_WORD.test(said) && !heading)
      introduced = s;
  }
}

function introducedText(doc: Doc, s: Sentence | undefined): string {
  return s ? doc.text.slice(s.start, s.end) : '\u0000';
}

/** The organisation a sentence opens with ("The Senate Intelligence Committee did …"). */
function openingOrg(doc: Doc, s: Sentence): Mention | undefined {
  const first = sentenceMentions(doc, s)[0];
  if (!first || doc.entities.get(first.entity)?.label !== 'Organization') return undefined;
  const before = doc.fold.slice(s.start, first.phraseStart ?? first.start);
  return /^\s*(?:the\s+)?$/i.test(before) ? first : undefined;
}

export function bodyReports(doc: Doc): void {
  const topic = topicEvent(doc);
  reportAuthors(doc, topic);
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const parties = partiesOf(doc, text);
    if (parties.size === 0) continue;
    // The sentence's words besides the attribution must tell the claim plainly; a headline
    // restates the story's lede; "said it had intercepted …, and accused Russia of passing …":
    // what the body said is another thing, the claim is its accusation (CRITICIZED elsewhere).
    const said = lower.slice(s.start, s.end);
    if (NOT_TOLD.test(said) || ACCUSED.test(said)) continue;
    if (doc.paragraphs.some((p) => p.heading && p.start <= s.start && s.end <= p.end)) continue;
    const ms = sentenceMentions(doc, s);
    const claim = ms.find((x) => isClaim(doc, x))?.entity ?? topic;
    if (!claim) continue;
    for (const m of ms) {
      const e = doc.entities.get(m.entity);
      if (e?.label !== 'Organization') continue;
      if (doc.quotes.some((q) => m.start >= q.start && m.end <= q.end)) continue;
      if ([...sidesOf(doc, m)].some((x) => parties.has(x))) continue;
      const from = m.phraseStart ?? m.start;
      // A dateline opening the sentence ("WASHINGTON, Nov 17 (Reuters) - ") is not text of it.
      const dl = doc.datelines.find((d) => d.end <= from && d.end >= s.start);
      const before = lower.slice(dl ? Math.max(s.start, dl.end) : s.start, from);
      const after = lower.slice(m.end, s.end);
      const verb = VERB.exec(after);
      // "…, Britain's Ministry of Defence said": a country's possessive before the body.
      const trailing = /,\s*(?:the\s+)?(?:[a-z.]+(?:\s[a-z.]+)?'s\s+)?$/.test(before);
      const according = ACCORDING.test(before);
      if (!according && !verb) continue;
      // Leading ("The agency has assessed that Russia …"): the body opens the sentence (or its
      // clause after a dateline); trailing (", the Israeli military said"): after a comma.
      const leading =
        verb !== null &&
        !trailing &&
        /^\s*(?:the\s+)?(?:[a-z.]+(?:\s[a-z.]+)?'s\s+)?$/.test(before);
      if (!according && !trailing && !leading) continue;
      // "did not say", "has not assessed": nothing put out.
      if (verb && /\b(?:not|never|no)\b|n't/.test(verb[0])) continue;
      const at = according ? m.start : m.end + (verb ? verb[0].length : 0);
      // The day of the saying only, never a day inside the claim: the words around the
      // attribution ("the Israeli military said Tuesday", "said on Monday that").
      const region: Span =
        trailing || according
          ? { start: from - (before.length - before.lastIndexOf(',')), end: s.end }
          : { start: m.start, end: at + 20 };
      const skip: Span[] = [
        { start: s.start, end: Math.max(s.start, region.start) },
        { start: Math.min(s.end, region.end), end: s.end },
      ];
      const perfect = verb?.[1] !== undefined;
      const date = perfect ? undefined : dateNear(doc, s, at, skip);
      relate(doc, {
        type: 'REPORTED',
        from: m.entity,
        to: claim,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.6,
        rule: 'body:reported-claim',
      });
    }
  }
}
