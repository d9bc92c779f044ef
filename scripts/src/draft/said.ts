/**
 * Stage 6b: SAID. Each attributed quote becomes one statement per target: the quote is cut at
 * its sentences, each sentence is about the first entity it names (an event first) or, naming
 * none, about the article's topic event; neighbouring sentences about the same target stay
 * one statement. The date is the one the attribution clause gives ("said on Wednesday").
 */
import type { Attribution } from './attribution';
import { topicEvent } from './claims';
import type { Doc, Span } from './document';
import { dateOf } from './dates';
import { relate } from './relate';

const PRONOUNS = new Set(['pronoun']);

function targetOf(doc: Doc, span: Span, speaker: string): string | undefined {
  const ms = doc.mentions
    .filter(
      (m) =>
        !m.nested &&
        m.start >= span.start &&
        m.end <= span.end &&
        m.entity !== speaker &&
        !PRONOUNS.has(m.kind),
    )
    .sort((a, b) => a.start - b.start);
  const ev = ms.find((m) => doc.entities.get(m.entity)?.label === 'Event');
  return (ev ?? ms[0])?.entity;
}

/** The sentences of a quote (split again inside it: sentence splitters keep quotes whole). */
export function quoteSentences(doc: Doc, q: Span): Span[] {
  const out: Span[] = [];
  const chunk = doc.fold.slice(q.start, q.end);
  const re = /[.!?]+["')\]]*\s+(?=["'(]?[\p{Lu}\d])/gu;
  let from = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const cut = m.index + m[0].trimEnd().length;
    // "U.S. officials", "Mr. Smith": an abbreviation is not a sentence end.
    if (
      /\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|No|vs)\.$/.test(
        chunk.slice(from, cut),
      )
    )
      continue;
    out.push({ start: q.start + from, end: q.start + cut });
    from = m.index + m[0].length;
  }
  out.push({ start: q.start + from, end: q.end });
  return out;
}

/** With no topic event: what the text named last before the quote (this or the last paragraph). */
function recentEntity(
  doc: Doc,
  q: Span & { paragraph: number },
  speaker: string,
): string | undefined {
  const from = doc.paragraphs[Math.max(0, q.paragraph - 1)]!.start;
  const ms = doc.mentions.filter(
    (m) => !m.nested && m.start >= from && m.end <= q.start && m.entity !== speaker,
  );
  return ms[ms.length - 1]?.entity;
}

export function statementDate(doc: Doc, a: Attribution, quotes: Span[]): string | undefined {
  const s = doc.sentences.filter((x) => x.start < a.end && a.start < x.end);
  if (s.length === 0) return undefined;
  return dateOf(doc, { start: s[0]!.start, end: s[s.length - 1]!.end }, quotes);
}

export function extractSaid(doc: Doc, attributions: Attribution[]): void {
  const topic = topicEvent(doc);
  const quoteSpans = doc.quotes;
  for (const a of attributions) {
    const q = a.quote;
    const pieces = quoteSentences(doc, q).filter((p) =>
      /\p{L}/u.test(doc.text.slice(p.start, p.end)),
    );
    const groups: { span: Span; target: string }[] = [];
    const context = topic ?? recentEntity(doc, q, a.speaker);
    for (const p of pieces) {
      const target = targetOf(doc, p, a.speaker) ?? context;
      if (!target) continue;
      const g = groups[groups.length - 1];
      if (g && g.target === target && g.span.end <= p.start + 2) g.span.end = p.end;
      else groups.push({ span: { ...p }, target });
    }
    const date = statementDate(doc, a, quoteSpans);
    for (const g of groups) {
      let { start, end } = g.span;
      while (end > start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      relate(doc, {
        type: 'SAID',
        from: a.speaker,
        to: g.target,
        quote: { start, end },
        evidence: [q, { start: a.start, end: a.end }],
        ...(date ? { date } : {}),
        confidence: a.rule === 'continued-quote' ? 0.6 : 0.8,
        rule: `said:${a.rule}`,
      });
    }
  }
}
