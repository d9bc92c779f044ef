/** The statement-error classifier of the eval (scripts/src/eval/statement-errors.ts). */
import { statementErrors } from '../../scripts/src/eval/statement-errors';
import type { EvalCase } from '../../scripts/src/eval/extraction';
import type { GoldFact } from '../../scripts/src/eval/score';
import { context, draft } from './helpers';

const TEXT =
  'U.S. officials say Russia has been sharing intelligence with Iran.\n\n' +
  '"We need nobody\'s satellites," Tehran said on Monday.\n\n' +
  'Kremlin spokesman Dmitry Peskov called it "a fantasy."\n\n' +
  'A sign on the embassy door read "closed for the day."';

function caseOf(facts: GoldFact[]): EvalCase {
  const ids = [...new Set(facts.flatMap((f) => [f.from, f.to]))];
  return {
    id: 'own',
    input: { text: TEXT, date: '2026-05-06' },
    ctx: context(),
    gold: { entities: ids, facts, unknown: new Set(), names: new Map() },
    text: TEXT,
  };
}

describe('statementErrors', () => {
  it('puts each wrong or missed statement in one category', () => {
    const c = caseOf([
      // Right speaker and quote, another target than the draft's.
      { type: 'SAID', from: 'iran', to: 'united-states', quote: "We need nobody's satellites" },
      // Right quote, another speaker.
      {
        type: 'SAID',
        from: 'kremlin',
        to: 'russia-iran-intelligence-sharing',
        quote: 'a fantasy.',
      },
      // A quote the draft has no statement for.
      {
        type: 'SAID',
        from: 'russia',
        to: 'russia-iran-intelligence-sharing',
        quote: 'closed for the day.',
      },
    ]);
    const d = draft(TEXT, '2026-05-06');
    const errors = statementErrors(c, d);
    const missed = errors
      .filter((e) => e.side === 'missed')
      .map((e) => [e.category, e.line.slice(0, 40)]);
    expect(missed).toEqual([
      ['target', expect.stringContaining('SAID iran -> united-states')],
      ['speaker', expect.stringContaining('SAID kremlin')],
      ['not-drafted', expect.stringContaining('SAID russia')],
    ]);
    const wrong = errors.filter((e) => e.side === 'wrong' && e.type === 'SAID');
    expect(wrong.map((e) => e.category).sort()).toEqual(['speaker', 'target']);
    expect(wrong.every((e) => e.context.length > 0)).toBe(true);
  });
});
