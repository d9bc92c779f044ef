/**
 * A time word inside a reported clause in the past perfect ("said the president had “made it
 * very clear to Vladimir Putin” in a phone call earlier this month") dates what happened before
 * the saying, not the saying: the sentence still takes the day the article gave its speaker,
 * and so do the quotes after it. A time word of the saying itself still stops the carry.
 * Short texts of our own.
 */
import { draft } from './helpers';

const saidDates = (text: string) =>
  draft(text, '2026-10-12')
    .relationships.filter((r) => r.type === 'SAID')
    .map((r) => `${r.quote} @ ${r.date ?? '-'}`);

const lead =
  'Vice President JD Vance said on Sunday that Moscow "knows exactly what the consequences would be" if it were found to be passing intelligence to Iran.\n\n';

describe('a time word inside a past-perfect reported clause', () => {
  it('does not stop the speaker’s day from carrying', () => {
    expect(
      saidDates(
        lead +
          'Speaking to ABC anchor Martha Kessler, Vance said the president had "made it very clear to Vladimir Putin" in a phone call earlier this month.\n\n"But I\'ll say this: the Russians are not stupid," Vance said.',
      ),
    ).toEqual([
      'knows exactly what the consequences would be @ 2026-10-11',
      'made it very clear to Vladimir Putin @ 2026-10-11',
      "But I'll say this: the Russians are not stupid @ 2026-10-11",
    ]);
  });

  it('still lets a time word of the saying itself stop it', () => {
    expect(
      saidDates(
        lead +
          'Earlier this month, Vance told reporters that Putin "made it very clear" he would not back down.',
      ),
    ).toContain('made it very clear @ -');
  });
});
