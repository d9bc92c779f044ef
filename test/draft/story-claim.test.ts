/**
 * The story's claim told only through what is said about it: a statement that points at an
 * alleged sharing event makes the draft record the claim itself, alleged, giver to receiver as
 * the event names them, on the sentence that names both parties.
 */
import { draft, find } from './helpers';

describe('the claim a statement is about', () => {
  it('a dismissal of "reports of Russian help for Iran" records the alleged sharing', () => {
    const d = draft(
      'Kremlin spokesman Dmitry Peskov on Tuesday dismissed reports of Russian help for Iran as "pure fiction."',
      '2026-06-10',
    );
    const shared = find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.alleged).toBe(true);
    expect(shared[0]!.evidence[0]).toContain('reports of Russian help for Iran');
  });

  it('keeps the giver and receiver of the event even when the receiver is named first', () => {
    const d = draft(
      'Iran\'s foreign ministry on Monday rejected reports of Russian assistance to Iran, calling them "a Western invention."',
      '2026-06-10',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'iran', 'russia')).toHaveLength(0);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('adds nothing when no statement is about a sharing event', () => {
    const d = draft(
      'Pete Hegseth said on Monday that Iran was "losing the war" and that Russia "should stay out of it."',
      '2026-06-10',
    );
    expect(d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')).toHaveLength(0);
  });

  it('does not add a second edge when the article states the claim in its own words', () => {
    const d = draft(
      'Officials said Russia had passed satellite imagery to Iran. The Kremlin denied the reports.',
      '2026-06-10',
    );
    const shared = d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.rule).not.toBe('claim:story-claim');
  });
});

describe('a claim denied by a determiner', () => {
  it.each([
    'Russia shares no intelligence with Iran, the Kremlin said.',
    'Moscow has passed nothing to Tehran, not even weather data, Kremlin officials said.',
  ])('%s', (text) => {
    const d = draft(text, '2026-07-15');
    expect(
      d.relationships.filter(
        (r) => r.type === 'SHARED_INTELLIGENCE_WITH' && !r.rule.startsWith('claim:story'),
      ),
    ).toEqual([]);
  });
});
