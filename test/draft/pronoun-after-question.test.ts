/**
 * 'Asked whether President Trump should raise the matter with Russian President Vladimir Putin,
 * X said: “He should, and I expect he will.”': a whole quote opening on he/she after a question
 * is about the person the question is about, not the last person the question names. Short
 * texts of our own.
 */
import { draft } from './helpers';

const said = (text: string) =>
  draft(text, '2026-11-29')
    .relationships.filter((r) => r.type === 'SAID')
    .map((r) => `${r.to}: ${r.quote}`);

describe('a pronoun opening an answer', () => {
  it('is the one the question asked about', () => {
    expect(
      said(
        'Sen. Mark Hallorann spoke on Sunday. Asked whether President Trump should raise the matter with Russian President Vladimir Putin directly, Hallorann said: "He should, and I expect he will."',
      ),
    ).toEqual(['donald-trump: He should, and I expect he will.']);
  });

  it('is still the last person named when the question is about no person', () => {
    expect(
      said(
        'Sen. Mark Hallorann spoke about President Vladimir Putin on Sunday. Asked about the sanctions bill, Hallorann said: "He will not stop until someone stops him."',
      ),
    ).toEqual(['vladimir-putin: He will not stop until someone stops him.']);
  });
});
