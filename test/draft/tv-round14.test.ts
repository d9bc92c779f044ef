/**
 * Rules of issue 12's ninth session (engineer "tv"), found on held-out round 14 (TV and radio
 * interview write-ups, transcripts, podcasts) and written as general rules of news English.
 * Each on sentences of our own (not the round-14 texts), with the negatives that must not fire.
 */
import { draft, find } from './helpers';

const said = (d: ReturnType<typeof draft>, quote: string) =>
  d.relationships.filter((r) => r.type === 'SAID' && r.quote?.includes(quote));

describe('"the day before": the day before the one told last', () => {
  it('dates a past-perfect statement the day before the day of the sentence before', () => {
    const d = draft(
      'Senator Paul Ridley told reporters on Thursday that Russia was "feeding Iran targeting data." The day before, Kremlin aide Oleg Marin had called the reports "a fairy tale."',
      '2026-05-22',
    );
    expect(said(d, 'feeding Iran')[0]?.date).toBe('2026-05-21');
    expect(said(d, 'a fairy tale')[0]?.date).toBe('2026-05-20');
  });
  it('"the day before the vote" is a preposition, not a day of its own', () => {
    const d = draft(
      'Senator Paul Ridley told reporters on Thursday that Russia was "feeding Iran targeting data." Kremlin aide Oleg Marin said the day before the vote that the reports were "a fairy tale."',
      '2026-05-22',
    );
    expect(said(d, 'a fairy tale')).toHaveLength(1);
    expect(said(d, 'a fairy tale')[0]?.date).not.toBe('2026-05-20');
  });
});

describe('"would not say whether …, but said …"', () => {
  it('the speaker of "but said" is the subject of the clause before, not the one in "whether"', () => {
    const d = draft(
      'Deputy press secretary Liam Ortega would not say whether Donald Trump had raised the matter with Vladimir Putin, but said the two men "talk often."',
      '2026-05-22',
    );
    const r = said(d, 'talk often');
    expect(r).toHaveLength(1);
    expect(r[0]!.from).not.toBe('donald-trump');
    expect(d.entities.find((e) => e.id === r[0]!.from)?.name).toBe('Liam Ortega');
  });
});
