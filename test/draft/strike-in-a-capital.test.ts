/**
 * A strike "on the hub in Bahrain's capital Manama" happened in Manama, a place in Bahrain; the
 * country's possessive is no place name ("Bahrain's strike" was drafted). Short text of our own.
 */
import { draft } from './helpers';

describe('a strike in a country’s named settlement', () => {
  it('takes the settlement as its place and the country as the settlement’s', () => {
    const d = draft(
      "Russia provided Iran with satellite imagery, two U.S. officials said on Wednesday. The strike on the hub in Bahrain's capital Manama was the first Iranian attack on a U.S. facility since June.",
      '2026-09-03',
    );
    const name = (id: string) => d.entities.find((e) => e.id === id)?.name;
    const facts = d.relationships
      .filter((r) => r.type === 'OCCURRED_IN' || r.type === 'LOCATED_IN')
      .map((r) => `${r.type} ${name(r.from)} -> ${name(r.to)}`);
    expect(facts).toEqual(['OCCURRED_IN Manama strike -> Manama', 'LOCATED_IN Manama -> Bahrain']);
  });
});
