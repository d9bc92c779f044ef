/**
 * A quote that follows a reported clause's named subject is the clause's predicate, and the
 * statement is about that subject, however long the quote and whatever place it names: after a
 * speech verb ("said Washington “…”") and after "according to X,". The speaker's own country as
 * the subject still gives way to what the words are about. Short texts of our own.
 */
import { draft } from './helpers';

const said = (text: string) =>
  draft(text, '2026-11-27')
    .relationships.filter((r) => r.type === 'SAID')
    .map((r) => r.to);

describe('a long quoted predicate after its subject', () => {
  it('is about the subject after "according to X,", not the region it names', () => {
    expect(
      said(
        'Russian Foreign Minister Sergey Lavrov spoke in Minsk. According to Lavrov, the United States "is looking for someone to blame for its own failures in the Middle East."',
      ),
    ).toEqual(['united-states']);
  });

  it('is about the subject after a speech verb, not a country named inside', () => {
    expect(
      said(
        'Iranian Foreign Minister Abbas Araghchi said Israel "is dragging the whole region into a war that will not end in Lebanon."',
      ),
    ).toEqual(['israel']);
  });

  it('gives way to what the words name when the subject is the speaker’s own country', () => {
    expect(
      said(
        'Secretary of State Marco Rubio said Washington "will not look away while Russia helps Iran in the Gulf."',
      ),
    ).not.toContain('united-states');
  });
});
