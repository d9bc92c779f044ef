/**
 * A short quoted attitude held by the speaker's side ("said the administration had “serious
 * concerns” about Moscow's relationship with Tehran", "voiced “deep unease” over Russia's role")
 * is about the one it is held about, and about the claim when that is a party's help; and an
 * agency's unnamed sources joined by "and a person familiar with the matter" are still its
 * own sources. Short texts of our own.
 */
import { draft } from './helpers';

const rels = (text: string, type: string, date = '2026-09-03') =>
  draft(text, date)
    .relationships.filter((r) => r.type === type)
    .map((r) => `${r.to}${r.quote ? ` "${r.quote}"` : ''}`);

describe('a quoted attitude', () => {
  it('is about the one named after "about", a possessor too', () => {
    expect(
      rels(
        'White House spokesman Eli Brenner said the administration had "serious concerns" about Moscow\'s relationship with Tehran.',
        'SAID',
      ),
    ).toEqual(['russia "serious concerns"']);
  });

  it('is about the claim when what it is about is a party’s help', () => {
    expect(
      rels(
        'The Washington Post reported that Russia gave Iran satellite images. Secretary of State Marco Rubio said the United States had "credible information" about Russian help for Iran.',
        'SAID',
      ),
    ).toEqual(['russia-iran-intelligence-sharing "credible information"']);
  });

  it('is a statement when it is voiced', () => {
    expect(
      rels('Senator Dana Whitfield voiced "deep unease" over Russia\'s role in the war.', 'SAID'),
    ).toEqual(['russia "deep unease"']);
  });
});

describe('an agency’s unnamed sources', () => {
  it('may be two kinds joined by "and"', () => {
    expect(
      rels(
        'WASHINGTON, Sept 3 (Reuters) - Russia provided Iran with satellite imagery that helped Iranian forces target a U.S. logistics hub in Bahrain last month, two U.S. officials and a person familiar with the matter said on Wednesday.',
        'CITED',
      ),
    ).toEqual(['united-states']);
  });
});
