/**
 * An outlet's report named as a noun phrase ("a Washington Post report that …", "The Post's
 * report on Tuesday that …", "a report in The New York Times that …") is the outlet's REPORTED
 * claim when the sentence tells the claim, dated only by a day right after the report noun; and
 * words of scorn ("mocked the debate as “a circus”", "derided the reports as …") are statements
 * with their quote. Short texts of our own.
 */
import { draft } from './helpers';

const of = (text: string, type: string) =>
  draft(text, '2026-10-12')
    .relationships.filter((r) => r.type === type)
    .map(
      (r) => `${r.from} -> ${r.to}${r.date ? ` ${r.date}` : ''}${r.quote ? ` "${r.quote}"` : ''}`,
    );

describe('an outlet report named as a noun phrase', () => {
  it('is the outlet’s report of the claim the sentence tells', () => {
    expect(
      of(
        'Vance was asked on Sunday about a Washington Post report that Russia had given Iran satellite images of U.S. bases.',
        'REPORTED',
      ),
    ).toEqual(['washington-post -> russia-iran-intelligence-sharing']);
  });

  it('takes the day right after the report noun, not the day of the asking', () => {
    expect(
      of(
        'Asked on Sunday about The Washington Post’s report on Tuesday that Russia had given Iran satellite images, Vance said nothing.',
        'REPORTED',
      ),
    ).toEqual(['washington-post -> russia-iran-intelligence-sharing 2026-10-06']);
  });

  it('reads "a report in <outlet>"', () => {
    expect(
      of(
        'The senator pointed to a report in The Washington Post that Russia passed Iran targeting data.',
        'REPORTED',
      ),
    ).toEqual(['washington-post -> russia-iran-intelligence-sharing']);
  });

  it('gives nothing when the sentence tells no claim', () => {
    expect(
      of('Vance was asked about a Washington Post report on the budget talks.', 'REPORTED'),
    ).toEqual([]);
  });
});

describe('words of scorn', () => {
  const text = (verb: string) =>
    `The Washington Post reported that Russia gave Iran satellite images. Russian Foreign Ministry spokeswoman Maria Zakharova ${verb} the American debate as "a circus."`;

  it('quote what the speaker mocked', () => {
    expect(of(text('mocked'), 'SAID').map((r) => r.replace(/^\S+ /, ''))).toEqual([
      '-> united-states "a circus."',
    ]);
  });

  it('read "derided" as criticism with its quote', () => {
    expect(of(text('derided'), 'SAID').map((r) => r.replace(/^\S+ /, ''))).toEqual([
      '-> united-states "a circus."',
    ]);
    expect(of(text('derided'), 'CRITICIZED').map((r) => r.replace(/^\S+ /, ''))).toEqual([
      '-> united-states',
    ]);
  });
});
