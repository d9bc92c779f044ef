/**
 * `npm run eval -- statement-errors [--list CATEGORY]`: why statements (SAID, DENIED,
 * DISMISSED, ...) are missed or drafted wrongly, over the seeds (leave-one-out) and the
 * held-out texts. Each missed gold statement and each wrong drafted one is put in one category:
 *
 * - target: a drafted statement of the same type, speaker and quote, about another entity;
 * - type: the same speaker and quote, drafted as another statement type;
 * - speaker: the same type and quote, credited to someone else (target right or not);
 * - quote-cut: same type, speaker and target, but the quotes overlap too little;
 * - shared: the quote is drafted, but the drafted statement already matches another gold fact
 *   (two gold quotes merged into one, or one gold fact split into two drafted ones);
 * - not-drafted: nothing drafted overlaps the gold quote (missed quotes, reported speech);
 * - not-gold: a drafted quote no gold fact of the text overlaps (an extra statement).
 *
 * A tool to read the engine's statement errors by cause; the targets are measured apart
 * (train-targets.ts).
 */
import type { Draft, DraftRelationship } from '@kg/server/contracts';
import { draftArticle } from '../draft/index';
import type { EvalCase } from './extraction';
import { mapEntities, quotesOverlap, spans, type Gold, type GoldFact } from './score';

export const STATEMENT_TYPES = [
  'SAID',
  'DENIED',
  'DISMISSED',
  'WARNED',
  'CRITICIZED',
  'RESPONDED_TO',
  'REPORTED',
];
const QUOTED = new Set(['SAID', 'DENIED']);
const SPEECH = new Set(['SAID', 'DENIED', 'DISMISSED', 'WARNED', 'CRITICIZED']);
const SYMMETRIC = new Set(['ALLIED_WITH', 'SPOKE_WITH']);

export interface StatementError {
  id: string;
  side: 'missed' | 'wrong';
  category: string;
  type: string;
  line: string;
  /** The sentence (or lines) the quote sits in, to read the error. */
  context: string;
}

type Span = [number, number];
interface D {
  r: DraftRelationship;
  f: string;
  t: string;
  q?: Span;
}

const touches = (a?: Span, b?: Span) => !!a && !!b && Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

function contextOf(text: string, q: Span | undefined): string {
  if (!q) return '';
  let a = q[0];
  let b = q[1];
  while (a > 0 && text[a - 1] !== '\n' && q[0] - a < 300) a--;
  while (b < text.length && text[b] !== '\n' && b - q[1] < 300) b++;
  return text.slice(a, b).trim();
}

/** The errors of one drafted article against its gold. */
export function statementErrors(c: EvalCase, draft: Draft): StatementError[] {
  const text = draft.text ?? c.text;
  const gold: Gold = c.gold;
  const map = mapEntities(draft, gold);
  const drafted: D[] = draft.relationships.map((r) => {
    const q = r.quote ? spans(text, r.quote, r.evidence)[0] : undefined;
    return { r, f: map.get(r.from) ?? r.from, t: map.get(r.to) ?? r.to, ...(q ? { q } : {}) };
  });
  const gq = gold.facts.map((g) => spans(text, g.quote, g.evidence));
  // The eval's own matching, to know which facts are right.
  const used = new Map<number, number>();
  const matched = new Set<number>();
  gold.facts.forEach((g, gi) => {
    const k = drafted.findIndex(
      (d, i) =>
        !used.has(i) &&
        d.r.type === g.type &&
        ((d.f === g.from && d.t === g.to) ||
          (SYMMETRIC.has(g.type) && d.f === g.to && d.t === g.from)) &&
        (!QUOTED.has(g.type) || !g.quote || gq[gi]!.some((q) => quotesOverlap(d.q, q))),
    );
    if (k >= 0) {
      used.set(k, gi);
      matched.add(gi);
    }
  });
  const out: StatementError[] = [];
  const fmtG = (g: GoldFact) =>
    `${g.type} ${g.from} -> ${g.to}${g.quote ? ` "${g.quote.slice(0, 70)}"` : ''}`;
  const fmtD = (d: D) =>
    `${d.r.type} ${d.f} -> ${d.t}${d.r.quote ? ` "${d.r.quote.slice(0, 70)}"` : ''} [${d.r.rule}]`;
  const overlap = (d: D, gi: number) => gq[gi]!.some((q) => quotesOverlap(d.q, q));
  const touch = (d: D, gi: number) => gq[gi]!.some((q) => touches(d.q, q));

  gold.facts.forEach((g, gi) => {
    if (matched.has(gi) || !STATEMENT_TYPES.includes(g.type)) return;
    const ctx = contextOf(text, gq[gi]![0]);
    const free = drafted.filter((_, i) => !used.has(i));
    let category = 'not-drafted';
    let hint: D | undefined;
    const pick = (cat: string, list: D[], p: (d: D) => boolean) => {
      if (category !== 'not-drafted') return;
      const d = list.find(p);
      if (d) {
        category = cat;
        hint = d;
      }
    };
    const quoteOk = (d: D) => !g.quote || !QUOTED.has(g.type) || overlap(d, gi);
    pick('target', free, (d) => d.r.type === g.type && d.f === g.from && quoteOk(d));
    pick(
      'type',
      drafted,
      (d) =>
        d.r.type !== g.type &&
        SPEECH.has(d.r.type) &&
        d.f === g.from &&
        (g.quote ? overlap(d, gi) : d.t === g.to),
    );
    pick(
      'speaker',
      free,
      (d) => d.r.type === g.type && d.f !== g.from && !!g.quote && overlap(d, gi),
    );
    pick(
      'quote-cut',
      drafted,
      (d) => d.r.type === g.type && d.f === g.from && !!g.quote && touch(d, gi),
    );
    pick('split-or-merged', drafted, (d) => !!g.quote && touch(d, gi));
    if (category === 'not-drafted' && !g.quote) category = 'not-drafted (no quote)';
    out.push({
      id: c.id,
      side: 'missed',
      category,
      type: g.type,
      line: `${fmtG(g)}${hint ? `  ~ ${fmtD(hint)}` : ''}`,
      context: ctx,
    });
  });

  drafted.forEach((d, i) => {
    if (used.has(i) || !STATEMENT_TYPES.includes(d.r.type)) return;
    const ctx = contextOf(text, d.q ?? spans(text, d.r.evidence[0])[0]);
    const free = gold.facts.map((g, gi) => ({ g, gi })).filter(({ gi }) => !matched.has(gi));
    const all = gold.facts.map((g, gi) => ({ g, gi }));
    let category = 'not-gold';
    let hint: GoldFact | undefined;
    const pick = (cat: string, list: typeof all, p: (x: (typeof all)[number]) => boolean) => {
      if (category !== 'not-gold') return;
      const x = list.find(p);
      if (x) {
        category = cat;
        hint = x.g;
      }
    };
    const quoteOk = (gi: number) =>
      !d.q || !QUOTED.has(d.r.type) || !gold.facts[gi]!.quote || overlap(d, gi);
    pick('target', free, ({ g, gi }) => g.type === d.r.type && g.from === d.f && quoteOk(gi));
    pick(
      'type',
      all,
      ({ g, gi }) =>
        g.type !== d.r.type &&
        SPEECH.has(g.type) &&
        g.from === d.f &&
        (d.q && g.quote ? overlap(d, gi) : g.to === d.t),
    );
    pick(
      'speaker',
      all,
      ({ g, gi }) => g.type === d.r.type && g.from !== d.f && !!d.q && overlap(d, gi),
    );
    pick(
      'quote-cut',
      all,
      ({ g, gi }) => g.type === d.r.type && g.from === d.f && !!d.q && touch(d, gi),
    );
    pick('split-or-merged', all, ({ gi }) => !!d.q && touch(d, gi));
    if (category === 'not-gold' && !d.q) category = 'not-gold (no quote)';
    out.push({
      id: c.id,
      side: 'wrong',
      category,
      type: d.r.type,
      line: `${fmtD(d)}${hint ? `  ~ ${fmtG(hint)}` : ''}`,
      context: ctx,
    });
  });
  return out;
}

export function statementErrorReport(cases: EvalCase[], list?: string): string {
  const errors = cases.flatMap((c) => statementErrors(c, draftArticle(c.input, c.ctx)));
  const lines: string[] = [];
  for (const side of ['missed', 'wrong'] as const) {
    const mine = errors.filter((e) => e.side === side);
    const cats = [...new Set(mine.map((e) => e.category))].sort();
    lines.push(`## ${side} (${mine.length})`, '', `| type | ${cats.join(' | ')} |`);
    lines.push(`| --- | ${cats.map(() => '---').join(' | ')} |`);
    for (const t of STATEMENT_TYPES) {
      const row = cats.map((k) => mine.filter((e) => e.type === t && e.category === k).length);
      if (row.some(Boolean)) lines.push(`| ${t} | ${row.join(' | ')} |`);
    }
    lines.push('');
  }
  if (list) {
    for (const e of errors.filter(
      (x) => list === 'all' || x.category === list || `${x.side}:${x.category}` === list,
    )) {
      lines.push(`- ${e.side} ${e.category} ${e.id}: ${e.line}`);
      if (e.context) lines.push(`    | ${e.context.replace(/\s+/g, ' ')}`);
    }
  }
  return lines.join('\n');
}
