/**
 * Features for a learned SAID target scorer (measured by `npm run eval -- train-targets`,
 * scripts/src/eval/train-targets.ts; not part of the engine, see docs/extraction.md).
 *
 * The statements stage (draft/said.ts) and the call stage (draft/targets.ts) choose a SAID's
 * target by hand-written rules. Here every entity the text names near a drafted quote — in the
 * quote, its sentence, the two sentences before, the headline — and the article's main entities
 * are candidates, each with generic features (where the entity is named, how often, its label,
 * is it the speaker's own side, is it the rules' choice …), for a linear scorer to rank. A quote
 * drafted with several targets (a list of parties) is left out.
 */
import { isAllowedEndpoint } from '@kg/server/contracts';
import { isCommunicationEvent, topicEvent } from '../draft/claims';
import type { Doc, Mention, Sentence, Span } from '../draft/document';
import { isObject } from '../draft/syntax';

/** The features of one candidate target, by name (0/1 unless said otherwise). */
export const FEATURES = [
  'rule', // the rules' choice
  'inQuote', // named inside the quoted words
  'quoteFirst', // the first entity the quote names
  'quoteName', // named in the quote by name (not a demonym, capital, role or pronoun)
  'quoteDemonym', // named in the quote only as a demonym or capital ("Russian", "Moscow")
  'quoteOpens', // named in the quote's first four words
  'beforeQuote', // named in the quote's sentence before the quote
  'afterQuote', // named in the quote's sentence after the quote
  'objectHere', // named in the sentence after a preposition ("accused X of", "to Iran")
  'prev1', // named in the sentence before
  'prev2', // named two sentences before
  'title', // named in the headline
  'topic', // the article's topic event
  'claim', // an alleged event (the claim statements answer)
  'occasion', // an interview, call or briefing
  'person',
  'organization',
  'country',
  'event',
  'otherLabel',
  'ownSide', // the speaker represents, belongs to or leads it
  'otherSpeaker', // someone who speaks elsewhere in the article
  'sameSpeakerTarget', // the rules aim another statement of this speaker at it
  'frequency', // mentions in the article, over the most mentioned entity's (0..1)
  'mostMentioned', // the most mentioned entity but the speaker
  'early', // 1 - first mention's position in the text (0..1)
  'bare', // the quote names nothing: x named before the quote in its sentence
  'bareTopic', // the quote names nothing: x is the topic
  'barePrev', // the quote names nothing: x is named in the sentence before
  'ruleTopic', // the rules chose the topic and x is it
  'possessive', // named in the quote or sentence as a possessor ("Russia's help")
  'quotePronoun', // a pronoun in the quote stands for it ("Has he spoken to Putin")
  'quoteRole', // named in the quote by a role or descriptor ("the president")
  'clauseSubject', // subject of the reported clause a partial quote ends ("said the X had “…”")
  'partialBefore', // the quote is part of a sentence and x is named before it
  'prevOpens', // named in the first four words of the sentence before
  'ruleContinued', // the rules' choice for a quote that continues an earlier one
  'ruleTurn', // the rules' choice for a transcript's answer
  'rulePartial', // the rules' choice for a quote that is part of a sentence
] as const;
export type Feature = (typeof FEATURES)[number];

export interface TargetCandidate {
  entity: string;
  features: number[];
}

/** One drafted statement (its index in doc.relationships) and the entities it may be about. */
export interface StatementCandidates {
  relationship: number;
  candidates: TargetCandidate[];
}

/** Where a relationship's quote sits: inside its first evidence sentence when found. */
function quoteSpan(doc: Doc, quote: string, evidence: string[]): Span | undefined {
  for (const ev of evidence) {
    const at = doc.text.indexOf(ev);
    const k = at >= 0 ? doc.text.indexOf(quote, at) : -1;
    if (k >= 0 && k + quote.length <= at + ev.length) return { start: k, end: k + quote.length };
  }
  const k = doc.text.indexOf(quote);
  return k >= 0 ? { start: k, end: k + quote.length } : undefined;
}

function within(ms: Mention[], s: Span | undefined): Mention[] {
  return s ? ms.filter((m) => m.start >= s.start && m.end <= s.end) : [];
}

function titleSpan(doc: Doc): Span | undefined {
  const head = doc.paragraphs.slice(0, 3).find((p) => p.heading);
  return head ?? doc.sentences[0];
}

function sameSide(doc: Doc, speaker: string, other: string): boolean {
  return doc.relationships.some(
    (r) =>
      r.from === speaker &&
      r.to === other &&
      (r.type === 'REPRESENTS' || r.type === 'MEMBER_OF' || r.type === 'LEADS'),
  );
}

/** The candidates and their features for every single-target SAID of the document. */
export function saidTargetCandidates(doc: Doc): StatementCandidates[] {
  const ms = doc.mentions.filter((m) => !m.nested);
  const named = ms.filter((m) => m.kind !== 'pronoun');
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of named) {
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (!first.has(m.entity)) first.set(m.entity, m.start);
  }
  const topic = topicEvent(doc);
  const title = titleSpan(doc);
  const said = doc.relationships.filter((r) => r.type === 'SAID');
  const speakers = new Set(said.map((r) => r.from));
  const quoteUses = new Map<string, number>();
  for (const r of said) quoteUses.set(r.quote ?? '', (quoteUses.get(r.quote ?? '') ?? 0) + 1);
  const lower = doc.fold.toLowerCase();
  const len = Math.max(1, doc.text.length);
  const out: StatementCandidates[] = [];
  doc.relationships.forEach((r, index) => {
    if (r.type !== 'SAID' || !r.quote || (quoteUses.get(r.quote) ?? 0) > 1) return;
    const q = quoteSpan(doc, r.quote, r.evidence);
    const from = doc.entities.get(r.from);
    if (!q || !from) return;
    const s: Sentence | undefined = doc.sentences.find(
      (x) => x.start <= q.start && q.start < x.end,
    );
    const near = (k: number): Sentence | undefined => {
      const x = s ? doc.sentences[s.index - k] : undefined;
      return x && s && x.paragraph >= s.paragraph - 1 ? x : undefined;
    };
    const p1 = near(1);
    const p2 = near(2);
    const inQuote = within(named, q);
    const pronouns = within(ms, q).filter((m) => m.kind === 'pronoun');
    const lead = s ? doc.fold.slice(s.start, q.start) : '';
    const partial =
      !!s &&
      /\p{L}/u.test(lead) &&
      q.end - q.start < 0.6 * (s.end - s.start) &&
      !/[:,]["'“‘\s]*$/.test(lead);
    const words = (a: number, b: number) =>
      doc.fold.slice(a, b).split(/\s+/).filter(Boolean).length;
    const sentence = within(named, s);
    const before = sentence.filter((m) => m.end <= q.start);
    const after = sentence.filter((m) => m.start >= q.end);
    const inP1 = within(named, p1);
    const inP2 = within(named, p2);
    const inTitle = within(named, title);
    const allowed = (id: string) => {
      const e = doc.entities.get(id);
      return !!e && id !== r.from && isAllowedEndpoint('SAID', from.label, e.label);
    };
    const ids = new Set<string>();
    for (const m of [...inQuote, ...sentence, ...inP1, ...inP2, ...inTitle]) ids.add(m.entity);
    if (topic) ids.add(topic);
    const ranked = [...counts].filter(([id]) => allowed(id)).sort((a, b) => b[1] - a[1]);
    for (const [id] of ranked.slice(0, 3)) ids.add(id);
    ids.add(r.to);
    const max = ranked[0]?.[1] ?? 1;
    const quoteIds = inQuote.map((m) => m.entity).filter(allowed);
    const bare = quoteIds.length === 0;
    const sameSpeaker = new Set(said.filter((x) => x !== r && x.from === r.from).map((x) => x.to));
    const candidates: TargetCandidate[] = [];
    for (const id of ids) {
      if (!allowed(id)) continue;
      const e = doc.entities.get(id)!;
      const of = (xs: Mention[]) => xs.filter((m) => m.entity === id);
      const hereQ = of(inQuote);
      const hereS = of(sentence);
      const f: Record<Feature, number> = {
        rule: id === r.to ? 1 : 0,
        inQuote: hereQ.length ? 1 : 0,
        quoteFirst: quoteIds[0] === id ? 1 : 0,
        quoteName: hereQ.some((m) => ['name', 'surname', 'fuzzy', 'event'].includes(m.kind))
          ? 1
          : 0,
        quoteDemonym:
          hereQ.length && hereQ.every((m) => m.kind === 'demonym' || m.kind === 'capital') ? 1 : 0,
        quoteOpens: hereQ.some((m) => words(q.start, m.start) < 4) ? 1 : 0,
        beforeQuote: of(before).length ? 1 : 0,
        afterQuote: of(after).length ? 1 : 0,
        objectHere: hereS.some((m) => isObject(lower, m)) ? 1 : 0,
        prev1: of(inP1).length ? 1 : 0,
        prev2: of(inP2).length ? 1 : 0,
        title: of(inTitle).length ? 1 : 0,
        topic: id === topic ? 1 : 0,
        claim: e.label === 'Event' && e.alleged === true ? 1 : 0,
        occasion: isCommunicationEvent(e) ? 1 : 0,
        person: e.label === 'Person' ? 1 : 0,
        organization: e.label === 'Organization' ? 1 : 0,
        country: e.label === 'Country' ? 1 : 0,
        event: e.label === 'Event' ? 1 : 0,
        otherLabel: ['Person', 'Organization', 'Country', 'Event'].includes(e.label) ? 0 : 1,
        ownSide: sameSide(doc, r.from, id) ? 1 : 0,
        otherSpeaker: speakers.has(id) ? 1 : 0,
        sameSpeakerTarget: sameSpeaker.has(id) ? 1 : 0,
        frequency: (counts.get(id) ?? 0) / max,
        mostMentioned: ranked[0]?.[0] === id ? 1 : 0,
        early: first.has(id) ? 1 - first.get(id)! / len : 0,
        bare: bare && of(before).length ? 1 : 0,
        bareTopic: bare && id === topic ? 1 : 0,
        barePrev: bare && of(inP1).length ? 1 : 0,
        ruleTopic: r.to === topic && id === topic ? 1 : 0,
        possessive: [...hereQ, ...hereS].some((m) =>
          /^['’]s?\s/.test(doc.fold.slice(m.end, m.end + 3)),
        )
          ? 1
          : 0,
        quotePronoun: pronouns.some((m) => m.entity === id) ? 1 : 0,
        quoteRole: hereQ.some((m) => m.kind === 'role' || m.kind === 'descriptor') ? 1 : 0,
        clauseSubject:
          partial &&
          of(before).some((m) =>
            /^(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,6}["'“‘]?$/.test(doc.fold.slice(m.end, q.start)),
          )
            ? 1
            : 0,
        partialBefore: partial && of(before).length ? 1 : 0,
        prevOpens: p1 && of(inP1).some((m) => words(p1.start, m.start) < 4) ? 1 : 0,
        ruleContinued: id === r.to && r.rule.endsWith('continued-quote') ? 1 : 0,
        ruleTurn: id === r.to && r.rule.endsWith('qa-turn') ? 1 : 0,
        rulePartial: id === r.to && partial ? 1 : 0,
      };
      candidates.push({ entity: id, features: FEATURES.map((k) => f[k]) });
    }
    if (candidates.length > 1) out.push({ relationship: index, candidates });
  });
  return out;
}

/** A candidate's score under `weights` (features without a weight count 0). */
export function scoreCandidate(
  c: TargetCandidate,
  weights: Readonly<Partial<Record<Feature, number>>>,
): number {
  let s = 0;
  FEATURES.forEach((k, i) => (s += (weights[k] ?? 0) * c.features[i]!));
  return s;
}

/** The best-scoring candidate; ties go to the rules' choice, then to the earlier candidate. */
export function bestCandidate(
  cs: TargetCandidate[],
  weights: Readonly<Partial<Record<Feature, number>>>,
): TargetCandidate | undefined {
  const rule = FEATURES.indexOf('rule');
  let best: TargetCandidate | undefined;
  let top = -Infinity;
  for (const c of cs) {
    const s = scoreCandidate(c, weights) + (c.features[rule] ? 1e-9 : 0);
    if (s > top) [best, top] = [c, s];
  }
  return best;
}
