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

export function bodyReports(doc: Doc): void {
  const topic = topicEvent(doc);
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
      const trailing = /,\s*(?:the\s+)?$/.test(before);
      const according = ACCORDING.test(before);
      if (!according && !verb) continue;
      // Leading ("The agency has assessed that Russia …"): the body opens the sentence (or its
      // clause after a dateline); trailing (", the Israeli military said"): after a comma.
      const leading = verb !== null && !trailing && /^\s*(?:the\s+)?$/.test(before);
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
