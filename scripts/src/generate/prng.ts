/**
 * Seeded randomness for the corpus generator: mulberry32 (32-bit state, fast, good enough for
 * synthetic data) plus the few draws the generator needs. Same seed -> same sequence, on every
 * platform, because everything is 32-bit integer arithmetic.
 */

/** 32-bit mix of a seed and an index: independent streams per article or entity. */
export function hash32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  /** An index drawn with probability proportional to `weights` (cumulative, see cumulate). */
  weighted(cumulative: Float64Array): number {
    return bisect(cumulative, this.next() * cumulative[cumulative.length - 1]!);
  }
}

/** Running sums of `weights`, for Rng.weighted. */
export function cumulate(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i]!;
  return out;
}

/** First index whose cumulative weight exceeds x. */
function bisect(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Draws ranks 0..n-1 from a Zipf(s) law mixed with a uniform share: the Zipf part makes a few
 * hubs with very high degree, the uniform part makes sure the long tail is actually used.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    readonly exponent: number,
    private readonly uniformShare: number,
  ) {
    const w = new Float64Array(n);
    for (let k = 0; k < n; k++) w[k] = 1 / Math.pow(k + 1, exponent);
    this.cumulative = cumulate(w);
  }

  draw(rng: Rng): number {
    if (rng.chance(this.uniformShare)) return rng.int(this.n);
    return rng.weighted(this.cumulative);
  }
}
