/**
 * What a sentence's opening says about who speaks: two or three unknown name words that open
 * a sentence and speak or act ("Kazem Gharibabadi told reporters …") are a person, though no
 * first-name list knows them (not words of bodies: "Islamic Jihad denied …"); and a participle
 * ("…, adding that the US “…”") has the pronoun its sentence opens with as its subject, not a
 * country named inside the main clause. Short texts of our own.
 */
import { draft } from './helpers';

const people = (text: string) =>
  draft(text, '2026-12-03')
    .entities.filter((e) => e.label === 'Person')
    .map((e) => e.name);

describe('an unknown name opening a sentence', () => {
  it('is a person when it speaks', () => {
    expect(
      people(
        'The ministry answered on Thursday. Kazem Gharibabadi told reporters the reports were false.',
      ),
    ).toEqual(['Kazem Gharibabadi']);
  });

  it('is a person when it acts', () => {
    expect(people('Yulia Sviridenko met the delegation in Kyiv on Monday.')).toEqual([
      'Yulia Sviridenko',
    ]);
  });

  it('is no person when its words are a body’s', () => {
    expect(people('Islamic Jihad denied any role in the attack.')).toEqual([]);
  });
});

describe('a participle after a main clause that opens with a pronoun', () => {
  it('is the pronoun’s person, not a country the main clause names', () => {
    const d = draft(
      'Foreign Ministry spokesman Esmaeil Baghaei spoke on Thursday. He noted that Iran\'s defense capabilities are "indigenous and self-reliant", adding that the US "should answer for its own crimes in the region".',
      '2026-12-03',
    );
    const crimes = d.relationships.find((r) => r.quote?.startsWith('should answer'));
    expect(crimes?.from).toBe('esmaeil-baghaei');
  });
});
