/**
 * A wire dateline that carries the year ("MOSCOW, Nov 9, 2026 (AFP) -") is a dateline: its city
 * is not the subject of the lead; and "inventions" in the plural calls a claim untrue as
 * "an invention" does. Short texts of our own.
 */
import { draft } from './helpers';

describe('a dateline with the year', () => {
  const d = draft(
    'MOSCOW, Nov 9, 2026 (AFP) - The Kremlin on Monday rejected a U.S. claim that Russia had given Iran data on American drones, calling it "another invention" aimed at derailing talks.',
    '2026-11-09',
  );

  it('leaves the lead’s subject to speak, not the dateline’s city', () => {
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual(['kremlin']);
  });
});

describe('"inventions"', () => {
  it('is a denial of the claim', () => {
    const d = draft(
      'Kremlin spokesman Dmitry Peskov said reports that Russia was giving Iran targeting data were "inventions, and not very clever ones."',
      '2026-11-09',
    );
    expect(d.relationships).toContainEqual(
      expect.objectContaining({ type: 'DENIED', from: 'dmitry-peskov' }),
    );
  });
});
