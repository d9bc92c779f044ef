/** Seeded layouts: the same seed gives the same random numbers, and Math.random comes back. */
import { mulberry32, seedOf, withSeed } from '../../client/src/graph/seeded';

describe('withSeed', () => {
  it('gives the same numbers for the same seed and different ones for another', () => {
    const draw = (seed: number) => withSeed(seed, () => [Math.random(), Math.random()]);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(9)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('puts the real Math.random back, even when the computation throws', () => {
    const real = Math.random;
    expect(() =>
      withSeed(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(real);
  });

  it('derives a seed from ids, sensitive to each of them', () => {
    expect(seedOf(['a', 'b'])).toBe(seedOf(['a', 'b']));
    expect(seedOf(['a', 'b'])).not.toBe(seedOf(['a', 'c']));
    expect(seedOf(['ab'])).not.toBe(seedOf(['a', 'b']));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });
});
