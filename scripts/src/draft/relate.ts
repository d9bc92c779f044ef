/**
 * Adding a relationship to the draft: endpoint labels checked against RELATIONSHIP_RULES,
 * evidence taken as the verbatim sentences of the document, one relationship per (type, from,
 * to, quote) with the best confidence kept.
 */
import { isAllowedEndpoint, type CuratedRelationshipType } from '@kg/server/contracts';
import type { Doc, Span } from './document';

export interface NewRelationship {
  type: CuratedRelationshipType;
  from: string;
  to: string;
  /** Spans the fact rests on; widened to whole sentences. */
  evidence: Span[];
  quote?: Span;
  date?: string;
  alleged?: boolean;
  detail?: string;
  confidence: number;
  rule: string;
}

/** The sentences overlapping `spans`, one evidence string per paragraph run. */
/** A quote's words without the marks and stops around them. */
const core = (q: string) => q.replace(/^[\s"“”'‘’]+|[\s"“”'‘’.,;:!?]+$/g, '');

export function evidenceOf(doc: Doc, spans: Span[]): string[] {
  const hit = doc.sentences.filter((s) => spans.some((x) => x.start < s.end && s.start < x.end));
  const out: string[] = [];
  let cur: { start: number; end: number; paragraph: number } | undefined;
  for (const s of hit) {
    if (cur && cur.paragraph === s.paragraph) cur.end = s.end;
    else {
      if (cur) out.push(doc.text.slice(cur.start, cur.end));
      cur = { start: s.start, end: s.end, paragraph: s.paragraph };
    }
  }
  if (cur) out.push(doc.text.slice(cur.start, cur.end));
  return out;
}

/** Relationships whose quote is a headline's words, to be replaced by the body's. */
const HEADLINE_WORDS = new WeakSet<object>();
const NO_PART = 'stance:quoted-no-part';

function inHeading(doc: Doc, span: Span): boolean {
  return doc.paragraphs.some((p) => p.heading && p.start <= span.start && span.end <= p.end);
}

export function relate(doc: Doc, r: NewRelationship): boolean {
  const from = doc.entities.get(r.from);
  const to = doc.entities.get(r.to);
  if (!from || !to || r.from === r.to) return false;
  if (!isAllowedEndpoint(r.type, from.label, to.label)) return false;
  const evidence = evidenceOf(doc, r.evidence);
  if (evidence.length === 0) return false;
  const quote = r.quote ? doc.text.slice(r.quote.start, r.quote.end) : undefined;
  // SAID keeps one relationship per quote; any other fact is one per type and endpoints.
  // SPOKE_WITH and ALLIED_WITH mean the same either way round: one relationship.
  const symmetric = r.type === 'SPOKE_WITH' || r.type === 'ALLIED_WITH';
  const same = doc.relationships.find(
    (x) =>
      x.type === r.type &&
      ((x.from === r.from && x.to === r.to) || (symmetric && x.from === r.to && x.to === r.from)) &&
      (r.type !== 'SAID' || x.quote === quote) &&
      // Two denials in different words ("a recycled story", then "There is no truth to that")
      // are two statements; a denial without words of its own joins one with them.
      // A denial of taking part ("has “nothing to do with” it") joins the speaker's denial in
      // other words; two of them ("is not a party …" and has "nothing to do with …") are two.
      (r.type !== 'DENIED' ||
        x.quote === quote ||
        (r.rule === NO_PART
          ? x.rule !== NO_PART
          : !r.rule.startsWith('stance:quoted') ||
            // 'called the report "a fairy tale" and said Moscow "has never shared …"': a
            // verb's denial with its own words and a quote of the same sentence that denies
            // in other words are two statements too.
            (!x.rule.startsWith('stance:quoted') &&
              !(
                x.quote !== undefined &&
                quote !== undefined &&
                !core(x.quote).includes(core(quote)) &&
                !core(quote).includes(core(x.quote)) &&
                x.evidence.some((e) => e.includes(x.quote!) && e.includes(quote))
              )) ||
            x.rule === NO_PART)),
  );
  if (same) {
    for (const e of evidence) if (!same.evidence.includes(e)) same.evidence.push(e);
    if (r.confidence > same.confidence) {
      same.confidence = r.confidence;
      same.rule = r.rule;
    }
    if (!same.date && r.date) same.date = r.date;
    // A denial drafted from a headline ("Moscow Rejects Claims It Fed Iran Target Data") has
    // the desk's words; the same denial in the body brings the denier's own.
    if (quote && r.quote && HEADLINE_WORDS.has(same) && !inHeading(doc, r.quote)) {
      same.quote = quote;
      HEADLINE_WORDS.delete(same);
    }
    return true;
  }
  doc.relationships.push({
    type: r.type,
    from: r.from,
    to: r.to,
    ...(quote ? { quote } : {}),
    evidence,
    ...(r.date ? { date: r.date } : {}),
    ...(r.detail ? { detail: r.detail } : {}),
    ...(r.alleged ? { alleged: true } : {}),
    confidence: Math.round(r.confidence * 100) / 100,
    rule: r.rule,
  });
  if (r.quote && r.type !== 'SAID' && inHeading(doc, r.quote))
    HEADLINE_WORDS.add(doc.relationships[doc.relationships.length - 1]!);
  return true;
}
