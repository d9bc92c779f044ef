/**
 * The eval's out-of-sample table (`--out-of-sample`): each rule's relationships split into the
 * held-out texts written before the rule and those written after it, on made-up scores.
 */
import type { ArticleScore } from '../../scripts/src/eval/extraction';
import type { Counts, Score } from '../../scripts/src/eval/score';
import {
  outOfSampleReport,
  spellings,
  splitByOrigin,
  type RuleOrigin,
} from '../../scripts/src/eval/out-of-sample';

function run(id: string, rules: Record<string, [number, number]>): ArticleScore {
  const byRule = new Map<string, Counts>(
    Object.entries(rules).map(([r, [tp, fp]]) => [r, { tp, fp, fn: 0 }]),
  );
  return { id, ms: 0, score: { byRule } as unknown as Score };
}

describe('splitting rules by the texts written after them', () => {
  const origins = new Map<string, RuleOrigin>([
    ['said:x', { commit: 'a'.repeat(40), round: 'round 3', seen: new Set(['old-text']) }],
  ]);
  const loo = [run('seed', { 'said:x': [1, 1] })];
  const held = [
    run('old-text', { 'said:x': [3, 0], 'verb:y': [1, 0] }),
    run('new-text', { 'said:x': [1, 2], 'verb:y': [0, 1] }),
  ];
  const rows = splitByOrigin(loo, held, origins);
  const row = (rule: string) => rows.find((r) => r.rule === rule)!;

  it('counts a text the rule could have been fitted to in sample, a later one out of sample', () => {
    expect(row('said:x').in).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(row('said:x').out).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(row('said:x').loo).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('a rule whose origin is unknown counts every held-out text in sample', () => {
    expect(row('verb:y').out).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(row('verb:y').in).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(row('verb:y').origin).toBeUndefined();
  });

  it('prints the rule with the most out-of-sample errors first, with its precision', () => {
    const table = outOfSampleReport(rows).split('\n');
    const first = table.findIndex((l) => l.startsWith('| said:x'));
    const second = table.findIndex((l) => l.startsWith('| verb:y'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(table[first]).toContain('| 1/3 | 0.33 | 3/3 | 1.00 | 1/2 | 0.50 |');
    expect(table[table.length - 1]).toBe('| **all** | | 1/3 | 0.33 | 4/5 | 0.80 | 1/2 | 0.50 |');
  });
});

describe('how a rule name is looked for in the source', () => {
  it('the name, its literal without the family, and the halves of a template literal', () => {
    const s = spellings('meeting:pair-phone-call');
    expect(s[0]).toBe('meeting:pair-phone-call');
    expect(s).toContain("'pair-phone-call'");
    expect(s).toContain("'pair phone call'");
    expect(s).toContain('meeting:pair-${');
    expect(s).toContain('}-phone-call`');
  });
});
