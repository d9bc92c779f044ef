/**
 * A plural possessive inside a body's name ("the CSTO Foreign Ministers' Council", "the
 * Veterans' Affairs Committee") is one name, not two bodies cut at the apostrophe; a possessive
 * before words that do not reach a body's head noun still ends the name. Short texts of our own.
 */
import { draft } from './helpers';

const names = (text: string) => draft(text, '2026-11-27').entities.map((e) => e.name);

describe('a plural possessive inside a body’s name', () => {
  it('keeps the name whole up to its head noun', () => {
    const n = names(
      "The foreign ministers met at the CSTO Foreign Ministers’ Council meeting in Minsk on Friday, and a delegation later briefed the Veterans' Affairs Committee.",
    );
    // The name keeps the text's own apostrophe.
    expect(n).toContain('CSTO Foreign Ministers’ Council');
    expect(n).toContain("Veterans' Affairs Committee");
    expect(n).not.toContain('Council');
    expect(n).not.toContain('Affairs Committee');
  });

  it('does not join words that name no body', () => {
    const n = names("The Democrats' Leader Amos Pell said the vote would come soon.");
    expect(n).not.toContain("Democrats' Leader Amos Pell");
  });
});
