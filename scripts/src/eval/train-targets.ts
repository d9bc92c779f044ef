/**
 * `npm run eval -- train-targets`: can a small learned scorer choose a SAID's target better than
 * the hand-written rules (draft/said.ts, draft/targets.ts), on text it never saw?
 *
 * Every seed (drafted leave-one-out) and held-out text is drafted as the engine drafts it. Each
 * drafted SAID whose speaker and quote match a gold SAID is one example: its candidate targets
 * with their features (target-features.ts), the gold's target(s) as the answer. The model is a
 * conditional logit (softmax over the candidates of one statement) fitted by plain gradient
 * ascent from zero weights, a fixed number of steps, L2 penalty: deterministic, no dependency.
 *
 * The report: (1) fitted on the seeds and rounds 1-15 only (lambda chosen by leave-one-set-out
 * inside them), tested on rounds 16 and later, which it never saw; (2) fitted on the held-out rounds
 * only, tested on the seeds (the leave-one-out setting). Per set: target accuracy of the rules
 * and of the model on the same statements, and the eval's relationship F1 with either. The
 * engine does not use the model: it did not beat the rules (docs/extraction.md).
 */
import type { Draft } from '@kg/server/contracts';
import { annotate, toDraft, type SyncDraftExtractor } from '../draft/extractor';
import { draftArticle } from '../draft/index';
import {
  FEATURES,
  bestCandidate,
  scoreCandidate,
  saidTargetCandidates,
  type Feature,
  type StatementCandidates,
} from './target-features';
import { heldOutCases, leaveOneOutCases, type ArticleScore, type EvalCase } from './extraction';
import { totals } from './report';
import { roundOf } from './rounds';
import { goldTargetsOf, mapEntities, scoreDraft } from './score';

export type Weights = Partial<Record<Feature, number>>;

/** One drafted article with the rules' targets, and its statements' candidates. */
export interface Drafted {
  set: string;
  c: EvalCase;
  draft: Draft;
  statements: StatementCandidates[];
}

/** One statement to learn from or test on: candidates, which are gold, the rules' choice. */
export interface Example {
  set: string;
  id: string;
  relationship: number;
  features: number[][];
  gold: boolean[];
  rule: number;
}

/** One case drafted as the engine drafts it, with its statements' candidates. */
export function draftCase(set: string, c: EvalCase): Drafted {
  let statements: StatementCandidates[] = [];
  const extractor: SyncDraftExtractor = {
    name: 'rules',
    extract(input, ctx) {
      const doc = annotate(input, ctx);
      statements = saidTargetCandidates(doc);
      return toDraft(input, doc, 'rules');
    },
  };
  const draft = draftArticle(c.input, c.ctx, extractor);
  return { set, c, draft, statements };
}

export function draftAll(seedsDir: string, heldOutDir: string): Drafted[] {
  return [
    ...leaveOneOutCases(seedsDir).map((c) => draftCase('seeds', c)),
    ...heldOutCases(heldOutDir, seedsDir).map((c) => draftCase(roundOf(c.id), c)),
  ];
}

/** The statements whose speaker and quote match a gold statement. */
export function examplesOf(d: Drafted): Example[] {
  const text = d.draft.text ?? d.c.text;
  const map = mapEntities(d.draft, d.c.gold);
  const out: Example[] = [];
  for (const st of d.statements) {
    const r = d.draft.relationships[st.relationship]!;
    const targets = goldTargetsOf(r, d.c.gold, map, text);
    if (targets.size === 0) continue;
    out.push({
      set: d.set,
      id: d.c.id,
      relationship: st.relationship,
      features: st.candidates.map((x) => x.features),
      gold: st.candidates.map((x) => targets.has(map.get(x.entity) ?? x.entity)),
      rule: st.candidates.findIndex((x) => x.entity === r.to),
    });
  }
  return out;
}

/** Fits the weights of `use` (other features stay 0) by gradient ascent on the log-likelihood. */
export function train(
  examples: Example[],
  lambda: number,
  use: readonly Feature[] = FEATURES,
  steps = 600,
  rate = 0.5,
): Weights {
  const on = FEATURES.map((f, i) => (use.includes(f) ? i : -1)).filter((i) => i >= 0);
  const k = on.length;
  const xs = examples.filter((e) => e.gold.some(Boolean));
  if (xs.length === 0) return {};
  // Candidates' active features in one flat array, statement by statement.
  const rows = xs.reduce((n, e) => n + e.features.length, 0);
  const x = new Float64Array(rows * k);
  const gold = new Uint8Array(rows);
  const bounds: number[] = [0];
  let row = 0;
  for (const e of xs) {
    e.features.forEach((f, j) => {
      on.forEach((i, c) => (x[row * k + c] = f[i]!));
      gold[row++] = e.gold[j] ? 1 : 0;
    });
    bounds.push(row);
  }
  const w = new Float64Array(k);
  const s = new Float64Array(rows);
  const grad = new Float64Array(k);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    for (let t = 0; t + 1 < bounds.length; t++) {
      const lo = bounds[t]!;
      const hi = bounds[t + 1]!;
      let top = -Infinity;
      for (let r = lo; r < hi; r++) {
        let v = 0;
        for (let c = 0; c < k; c++) v += w[c]! * x[r * k + c]!;
        s[r] = v;
        if (v > top) top = v;
      }
      let z = 0;
      let zg = 0;
      for (let r = lo; r < hi; r++) {
        s[r] = Math.exp(s[r]! - top);
        z += s[r]!;
        if (gold[r]) zg += s[r]!;
      }
      for (let r = lo; r < hi; r++) {
        const coef = (gold[r] ? s[r]! / zg : 0) - s[r]! / z;
        if (coef !== 0) for (let c = 0; c < k; c++) grad[c] = grad[c]! + coef * x[r * k + c]!;
      }
    }
    for (let c = 0; c < k; c++) w[c] = w[c]! + rate * (grad[c]! / xs.length - lambda * w[c]!);
  }
  const out: Weights = {};
  on.forEach((i, c) => {
    const v = Math.round(w[c]! * 1000) / 1000;
    if (v !== 0) out[FEATURES[i]!] = v;
  });
  return out;
}

/** The candidate the weights choose for an example. */
export function choose(e: Example, weights: Weights): number {
  const cs = e.features.map((features, j) => ({ entity: String(j), features }));
  return Number(bestCandidate(cs, weights)?.entity ?? e.rule);
}

export interface Accuracy {
  statements: number;
  rules: number;
  model: number;
  /** Statements the model re-aims: from a wrong target to a right one, and the other way. */
  fixed: number;
  broken: number;
}

export function accuracy(examples: Example[], weights: Weights): Accuracy {
  let rules = 0;
  let model = 0;
  let fixed = 0;
  let broken = 0;
  for (const e of examples) {
    const r = e.rule >= 0 && e.gold[e.rule] === true;
    const m = e.gold[choose(e, weights)] === true;
    if (r) rules++;
    if (m) model++;
    if (m && !r) fixed++;
    if (r && !m) broken++;
  }
  return { statements: examples.length, rules, model, fixed, broken };
}

/** The eval's scores of the drafts with the targets `weights` choose (none: the rules'). */
export function scoresWith(drafted: Drafted[], weights?: Weights): ArticleScore[] {
  return drafted.map((d) => {
    const relationships = d.draft.relationships.map((r) => ({ ...r }));
    if (weights)
      for (const st of d.statements) {
        const to = bestCandidate(st.candidates, weights)?.entity;
        if (to) relationships[st.relationship]!.to = to;
      }
    const draft = { ...d.draft, relationships };
    return { id: d.c.id, score: scoreDraft(draft, d.c.gold, draft.text ?? d.c.text), ms: 0 };
  });
}

/** The model's probabilities over an example's candidates. */
export function probabilities(e: Example, weights: Weights): number[] {
  const s = e.features.map((features) => scoreCandidate({ entity: '', features }, weights));
  const top = Math.max(...s);
  const p = s.map((v) => Math.exp(v - top));
  const z = p.reduce((a, b) => a + b, 0);
  return p.map((v) => v / z);
}

/**
 * The model without the rules' choice among its features, alone, and as an override of the rules
 * only where it gives its own choice at least `sure` probability.
 */
export function override(
  train_: Example[],
  test: Example[],
  lambda: number,
  sure = 0.8,
): { alone: number; overrides: number; overridesRight: number; right: number } {
  const w = train(
    train_,
    lambda,
    FEATURES.filter((f) => !f.startsWith('rule')),
  );
  let alone = 0;
  let overrides = 0;
  let overridesRight = 0;
  let right = 0;
  for (const e of test) {
    const p = probabilities(e, w);
    const best = p.indexOf(Math.max(...p));
    if (e.gold[best]) alone++;
    if (best !== e.rule && p[best]! >= sure) {
      overrides++;
      if (e.gold[best]) overridesRight++;
      if (e.gold[best]) right++;
    } else if (e.rule >= 0 && e.gold[e.rule]) right++;
  }
  return { alone, overrides, overridesRight, right };
}

export const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1];

/** The lambda with the most right targets over leave-one-set-out inside `examples`. */
export function chooseLambda(examples: Example[]): { lambda: number; right: Map<number, number> } {
  const sets = [...new Set(examples.map((e) => e.set))];
  const right = new Map<number, number>();
  for (const lambda of LAMBDAS) {
    let n = 0;
    for (const s of sets) {
      const w = train(
        examples.filter((e) => e.set !== s),
        lambda,
      );
      n += accuracy(
        examples.filter((e) => e.set === s),
        w,
      ).model;
    }
    right.set(lambda, n);
  }
  let best = LAMBDAS[0]!;
  for (const l of LAMBDAS) if (right.get(l)! > right.get(best)!) best = l;
  return { lambda: best, right };
}

/** Rounds 16 and later: the test set of the split. */
const LATER = { has: (set: string) => Number(/^round (\d+)$/.exec(set)?.[1] ?? 0) >= 16 };
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '-');

function table(title: string, drafted: Drafted[], examples: Example[], w: Weights): string[] {
  const order = (x: string) => (x === 'seeds' ? -1 : Number(/\d+/.exec(x)?.[0] ?? 0));
  const sets = [...new Set(drafted.map((d) => d.set))].sort((a, b) => order(a) - order(b));
  const before = scoresWith(drafted);
  const after = scoresWith(drafted, w);
  const lines = [
    title,
    '',
    '| set | statements | rules right | model right | re-aimed: fixed / broken | F1 rules | F1 model |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const row = (name: string, keep: (set: string) => boolean) => {
    const a = accuracy(
      examples.filter((e) => keep(e.set)),
      w,
    );
    const ids = new Set(drafted.filter((d) => keep(d.set)).map((d) => d.c.id));
    const f0 = totals(before.filter((x) => ids.has(x.id))).f1;
    const f1 = totals(after.filter((x) => ids.has(x.id))).f1;
    lines.push(
      `| ${name} | ${a.statements} | ${a.rules} (${pct(a.rules, a.statements)}) | ${a.model} (${pct(a.model, a.statements)}) | ${a.fixed} / ${a.broken} | ${f0.toFixed(3)} | ${f1.toFixed(3)} |`,
    );
  };
  for (const s of sets) row(s, (x) => x === s);
  row('**all**', () => true);
  return lines;
}

export function trainTargets(seedsDir: string, heldOutDir: string): string {
  const drafted = draftAll(seedsDir, heldOutDir);
  const examples = drafted.flatMap(examplesOf);
  const out: string[] = [];
  const reachable = examples.filter((e) => e.gold.some(Boolean)).length;
  out.push(
    `${examples.length} drafted SAIDs with the right speaker and quote; the gold target is a candidate for ${reachable}.`,
    '',
  );
  // (1) Earlier rounds and seeds -> later rounds.
  const early = examples.filter((e) => !LATER.has(e.set));
  const cv = chooseLambda(early);
  out.push(
    `Lambda by leave-one-set-out on the seeds and rounds 1-15: ${[...cv.right].map(([l, n]) => `${l}: ${n}`).join(', ')} right of ${early.length} -> ${cv.lambda}.`,
    '',
  );
  const wEarly = train(early, cv.lambda);
  out.push(
    ...table(
      '### Fitted on the seeds and rounds 1-15, tested on rounds 16 and later (never seen)',
      drafted.filter((d) => LATER.has(d.set)),
      examples.filter((e) => LATER.has(e.set)),
      wEarly,
    ),
    '',
    ...table(
      '### The same weights on their own training sets (in sample)',
      drafted.filter((d) => !LATER.has(d.set)),
      early,
      wEarly,
    ),
    '',
  );
  const later = examples.filter((e) => LATER.has(e.set));
  const o = override(early, later, cv.lambda);
  const rulesLater = accuracy(later, {}).rules;
  out.push(
    `Without the rules' choice as a feature (fitted on the seeds and rounds 1-15, tested on rounds 16 and later): right alone ${o.alone} of ${later.length} (rules ${rulesLater}); as an override of the rules where at least 80 % sure: ${o.overrides} overrides, ${o.overridesRight} right, ${o.right} right in all.`,
    '',
  );
  // (2) Held-out rounds -> seeds (leave-one-out drafting).
  const held = examples.filter((e) => e.set !== 'seeds');
  const wHeld = train(held, cv.lambda);
  out.push(
    ...table(
      '### Fitted on the held-out rounds only, tested on the seeds (leave-one-out drafts)',
      drafted.filter((d) => d.set === 'seeds'),
      examples.filter((e) => e.set === 'seeds'),
      wHeld,
    ),
    '',
  );
  const all = train(examples, cv.lambda);
  out.push(
    `### Weights fitted on all ${examples.length} statements (lambda ${cv.lambda}), for reading`,
    '',
    ...FEATURES.map((f) => `- ${f}: ${all[f] ?? 0}`),
  );
  return out.join('\n');
}
