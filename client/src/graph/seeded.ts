/**
 * Deterministic layouts: fcose starts from random numbers (spectral sampling, tie breaks), so
 * the same view came out differently on every load. `withSeed` runs a synchronous computation
 * with `Math.random` replaced by a small seeded generator (mulberry32) and puts it back, so the
 * same nodes in the same order always get the same positions.
 */

/** A seeded generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from strings (FNV-1a): the view's node ids give the view its own seed. */
export function seedOf(parts: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      h ^= p.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Runs `fn` with Math.random seeded; restores the real one even when `fn` throws. */
export function withSeed<T>(seed: number, fn: () => T): T {
  const real = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = real;
  }
}
