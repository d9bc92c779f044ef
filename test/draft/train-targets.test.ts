/**
 * The learned SAID target scorer's measure (npm run eval -- train-targets; issue 12, engineer
 * "target"): candidate features on short texts of our own, the gold labels of a drafted
 * statement, and the trainer (deterministic, learns a signal that is there, ties to the rules).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotate } from '../../scripts/src/draft/index';
import { heldOutCases } from '../../scripts/src/eval/extraction';
import {
  FEATURES,
  bestCandidate,
  saidTargetCandidates,
  type Feature,
} from '../../scripts/src/eval/target-features';
import {
  accuracy,
  draftCase,
  examplesOf,
  train,
  type Example,
} from '../../scripts/src/eval/train-targets';
import { context, SEEDS } from './helpers';

const TEXT = [
  'Senators Press Pentagon Over Russian Help to Iran',
  '',
  'WASHINGTON — Senator Ruth Calder said on Monday that the Pentagon had "dragged its feet" on the reports for weeks.',
  '',
  '"Pete Hegseth owes this committee an answer, and so does Iran," Calder said.',
].join('\n');

/** The candidates of the statement whose quote starts with `words`, as name -> features. */
function candidatesOf(words: string): Map<string, Record<Feature, number>> {
  const doc = annotate({ text: TEXT, date: '2026-06-02' }, context());
  const st = saidTargetCandidates(doc).find((x) =>
    (doc.relationships[x.relationship]!.quote ?? '').startsWith(words),
  );
  expect(st).toBeDefined();
  return new Map(
    st!.candidates.map((c) => [
      doc.entities.get(c.entity)!.name,
      Object.fromEntries(FEATURES.map((f, i) => [f, c.features[i]!])) as Record<Feature, number>,
    ]),
  );
}

describe('candidate targets and their features', () => {
  it("a partial quote: the reported clause's subject is named before it, in the headline too", () => {
    const cs = candidatesOf('dragged its feet');
    const pentagon = [...cs].find(([n]) => /pentagon/i.test(n))?.[1];
    expect(pentagon).toMatchObject({
      beforeQuote: 1,
      clauseSubject: 1,
      partialBefore: 1,
      title: 1,
      inQuote: 0,
    });
    // The speaker is never a candidate of her own words.
    expect([...cs.keys()].some((n) => /calder/i.test(n))).toBe(false);
  });

  it('a whole quote: what it names first, in its first words, by name', () => {
    const cs = candidatesOf('Pete Hegseth owes');
    expect(cs.get('Pete Hegseth')).toMatchObject({
      inQuote: 1,
      quoteFirst: 1,
      quoteOpens: 1,
      quoteName: 1,
      beforeQuote: 0,
      clauseSubject: 0,
    });
    expect(cs.get('Iran')).toMatchObject({ inQuote: 1, quoteFirst: 0, quoteOpens: 0 });
    // Exactly one candidate is the rules' choice.
    expect([...cs.values()].filter((f) => f.rule === 1)).toHaveLength(1);
  });
});

describe('examples from a drafted text and its gold', () => {
  it('labels the gold target among the candidates of a statement with the right speaker and quote', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-'));
    try {
      fs.writeFileSync(path.join(dir, 'calder.txt'), TEXT);
      fs.writeFileSync(
        path.join(dir, 'calder.yaml'),
        [
          "date: '2026-06-02'",
          "entities: [pentagon, russia, iran, 'new:Ruth Calder']",
          'relationships:',
          "  - { type: SAID, from: 'new:Ruth Calder', to: pentagon, quote: 'dragged its feet' }",
        ].join('\n'),
      );
      const [c] = heldOutCases(dir, SEEDS);
      const ex = examplesOf(draftCase('test', c!));
      // Only the statement the gold has (speaker and quote) is an example.
      expect(ex).toHaveLength(1);
      const e = ex[0]!;
      const d = draftCase('test', c!);
      const st = d.statements.find((x) => x.relationship === e.relationship)!;
      const golds = st.candidates.filter((_, j) => e.gold[j]).map((x) => x.entity);
      expect(golds).toEqual(['pentagon']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A statement of three candidates: `gold` is right, `rule` the rules' choice. */
function example(gold: number, rule: number, marked: number | number[], set = 's'): Example {
  const marks = typeof marked === 'number' ? [marked] : marked;
  const at = (f: Feature) => FEATURES.indexOf(f);
  const features = [0, 1, 2].map((j) => {
    const v = new Array<number>(FEATURES.length).fill(0);
    if (j === rule) v[at('rule')] = 1;
    if (marks.includes(j)) v[at('beforeQuote')] = 1;
    return v;
  });
  return { set, id: 'x', relationship: 0, features, gold: [0, 1, 2].map((j) => j === gold), rule };
}

describe('the trainer', () => {
  it('learns a feature that marks the gold target where the rules are wrong, and ties go to the rules', () => {
    const xs = [
      ...Array.from({ length: 6 }, () => example(1, 0, 1)),
      ...Array.from({ length: 2 }, () => example(0, 0, 0)),
    ];
    const w = train(xs, 0.01);
    expect(w.beforeQuote ?? 0).toBeGreaterThan(w.rule ?? 0);
    expect(accuracy(xs, w)).toEqual({ statements: 8, rules: 2, model: 8, fixed: 6, broken: 0 });
    // No weights: the rules' choice.
    expect(accuracy(xs, {}).model).toBe(2);
    const cs = xs[0]!.features.map((features, j) => ({ entity: String(j), features }));
    expect(bestCandidate(cs, {})?.entity).toBe('0');
  });

  it('is deterministic: the same examples give the same weights', () => {
    const xs = [example(1, 0, 1), example(2, 0, 2), example(0, 0, 1), example(0, 0, 0)];
    expect(train(xs, 0.03)).toEqual(train(xs, 0.03));
  });

  it('learns nothing from a feature every candidate of a statement shares', () => {
    const xs = [example(1, 0, [0, 1, 2]), example(2, 0, [0, 1, 2]), example(1, 0, [0, 1, 2])];
    const w = train(xs, 0.01);
    expect(w.beforeQuote).toBeUndefined();
    expect(w.rule).toBeLessThan(0);
  });
});
