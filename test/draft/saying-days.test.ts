/**
 * Whose day a weekday is: the saying's when it follows the verb and its named object ("warned
 * Moscow on Thursday that it would …", a past day even before a future clause); not the
 * saying's when it sits in a past-perfect reported clause that holds a partial quote ('had
 * discussed it "at length" during their call on Oct. 9'). Short texts of our own; the article
 * is dated Tuesday 2026-10-06.
 */
import { draft, find } from './helpers';

describe('a day after a verb of saying and its object', () => {
  it('is the past day of the warning, not the next Thursday', () => {
    const d = draft(
      'Secretary of State Marco Rubio warned Moscow on Thursday that it would "pay a price" if the reports proved true.',
      '2026-10-06',
    );
    const warned = find(d, 'WARNED', 'marco-rubio', 'russia');
    expect(warned[0]?.date).toBe('2026-10-01');
    expect(d.relationships.filter((r) => r.date && r.date > '2026-10-06')).toEqual([]);
  });

  it('leaves a future plan in the future', () => {
    const d = draft(
      'Officials said Russia would host new talks with Iran on Friday, Hegseth said on Monday.',
      '2026-10-06',
    );
    expect(d.relationships.filter((r) => r.date === '2026-10-02')).toEqual([]);
  });
});

describe('a reported past-perfect clause with a partial quote in it', () => {
  it('keeps its day from the sayings that come after', () => {
    const d = draft(
      [
        'Deputy Secretary of State Nolan Reyes on Sunday declined to say more, in an interview with NBC.',
        'Reyes said the two leaders had discussed it "at length" during their phone call on Oct. 2.',
        'Reyes replied: "The Russians said the same thing about the drones. They were wrong then, too."',
      ].join('\n\n'),
      '2026-10-06',
    );
    const wrong = d.relationships.filter(
      (r) => r.from === 'nolan-reyes' && r.type === 'SAID' && r.date === '2026-10-02',
    );
    expect(wrong).toEqual([]);
  });
});
