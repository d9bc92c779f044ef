/**
 * The force-directed layout for big scenes (thousands of nodes), where fcose takes minutes at
 * 'default' quality and its 'draft' (spectral only) leaves hubs and their leaves in heaps. Pure
 * (ids in, positions out; no DOM, no Cytoscape), seeded, linear per iteration:
 *
 * 1. Leaves (nodes with one neighbour) are set aside: in news graphs most nodes are leaves of a
 *    few hubs, and a ring around the hub is where they end up anyway.
 * 2. The rest (the core) runs Fruchterman–Reingold with repulsion only between nodes in nearby
 *    cells of a uniform grid (an iteration is linear in nodes and edges); a hub with many leaves
 *    repels as if it were as big as its future ring, and pulls its neighbours gently.
 * 3. Leaves go on rings around their hub, isolated nodes on a grid below the drawing, and a
 *    short pass over every node pulls overlapping neighbours apart.
 */
import { mulberry32 } from './seeded';

export interface ForceLayoutOptions {
  /** Ideal distance between two linked core nodes, in model units. */
  edgeLength: number;
  /** Force iterations over the core. */
  coreIterations: number;
  /** Overlap-removal iterations over every node, after the leaves are placed. */
  finalIterations: number;
  /** Distance between two leaves on their hub's ring. */
  leafSpacing: number;
  /** Smallest distance a node keeps from another in the final pass. */
  minDistance: number;
  /** Seed of the random start. */
  seed: number;
}

export const FORCE_LAYOUT_DEFAULTS: ForceLayoutOptions = {
  edgeLength: 120,
  coreIterations: 120,
  finalIterations: 25,
  leafSpacing: 34,
  minDistance: 40,
  seed: 17,
};

type Pos = { x: number; y: number };

/** Repulsion reaches this many ideal distances: far enough to spread, near enough to be cheap. */
const REACH = 1.5;

/**
 * A uniform grid of node indices, stored as one sorted array with per-cell offsets (a counting
 * sort), so a lookup allocates nothing. Neighbours of a point are in its 3x3 block of cells.
 */
class Grid {
  private readonly x0: number;
  private readonly y0: number;
  private readonly size: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  readonly items: Int32Array;

  constructor(size: number, xs: Float64Array, ys: Float64Array, members: ArrayLike<number>) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let k = 0; k < members.length; k++) {
      const i = members[k]!;
      x0 = Math.min(x0, xs[i]!);
      y0 = Math.min(y0, ys[i]!);
      x1 = Math.max(x1, xs[i]!);
      y1 = Math.max(y1, ys[i]!);
    }
    // Never more cells than a few per member: a sparse drawing gets bigger cells.
    const area = Math.max(1, (x1 - x0) * (y1 - y0));
    this.size = Math.max(size, Math.sqrt(area / Math.max(1, 4 * members.length)));
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.floor((x1 - x0) / this.size) + 1;
    this.rows = Math.floor((y1 - y0) / this.size) + 1;
    const cellOf = new Int32Array(members.length);
    const count = new Int32Array(this.cols * this.rows + 1);
    for (let k = 0; k < members.length; k++) {
      const i = members[k]!;
      const c = this.cell(xs[i]!, ys[i]!);
      cellOf[k] = c;
      count[c + 1]!++;
    }
    for (let c = 1; c < count.length; c++) count[c]! += count[c - 1]!;
    this.start = count.slice();
    this.items = new Int32Array(members.length);
    for (let k = 0; k < members.length; k++) this.items[count[cellOf[k]!]!++] = members[k]!;
  }

  private cell(x: number, y: number): number {
    const cx = Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.size)));
    const cy = Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.size)));
    return cy * this.cols + cx;
  }

  /** Calls `visit(from, to)` with index ranges into `items` of the 3x3 cells around (x, y). */
  near(x: number, y: number, visit: (from: number, to: number) => void): void {
    const cx = Math.floor((x - this.x0) / this.size);
    const cy = Math.floor((y - this.y0) / this.size);
    for (let gy = Math.max(0, cy - 1); gy <= Math.min(this.rows - 1, cy + 1); gy++) {
      const row = gy * this.cols;
      const c0 = row + Math.max(0, cx - 1);
      const c1 = row + Math.min(this.cols - 1, cx + 1);
      if (c1 >= c0) visit(this.start[c0]!, this.start[c1 + 1]!);
    }
  }
}

/** Positions for `ids` (in a stable order: the caller sorts) linked by `edges` (pairs of ids). */
export function forceLayout(
  ids: readonly string[],
  edges: readonly (readonly [string, string])[],
  opts: Partial<ForceLayoutOptions> = {},
): Record<string, Pos> {
  const o = { ...FORCE_LAYOUT_DEFAULTS, ...opts };
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj: Set<number>[] = ids.map(() => new Set<number>());
  for (const [a, b] of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    adj[i]!.add(j);
    adj[j]!.add(i);
  }
  const degree = adj.map((s) => s.size);

  // 1. Leaves hang off a hub; of two nodes linked only to each other, the first is the core.
  const hubOf = new Int32Array(n).fill(-1);
  const leaves: number[][] = ids.map(() => []);
  for (let i = 0; i < n; i++) {
    if (degree[i] !== 1) continue;
    const j = adj[i]!.values().next().value as number;
    if (degree[j] === 1 && j > i) continue;
    hubOf[i] = j;
    leaves[j]!.push(i);
  }
  const core: number[] = [];
  const isolated: number[] = [];
  for (let i = 0; i < n; i++) {
    if (degree[i] === 0) isolated.push(i);
    else if (hubOf[i] === -1) core.push(i);
  }
  const ringRadius = (count: number) =>
    count === 0 ? 0 : Math.max(o.edgeLength * 0.55, (count * o.leafSpacing) / (2 * Math.PI));

  // 2. The core: Fruchterman–Reingold, repulsion within two cells, linear cooling.
  const rnd = mulberry32(o.seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const k = o.edgeLength;
  const spread = k * Math.sqrt(Math.max(1, core.length)) * 0.6;
  for (const i of core) {
    const a = rnd() * 2 * Math.PI;
    const r = spread * Math.sqrt(rnd());
    xs[i] = r * Math.cos(a);
    ys[i] = r * Math.sin(a);
  }
  // A hub repels as if it were as big as its future ring: its radius joins the ideal distance.
  const radius = new Float64Array(n);
  for (const i of core) radius[i] = ringRadius(leaves[i]!.length);
  // Hubs with a big ring repel every core node directly, the rest only their grid neighbours:
  // a news graph has few hubs, so both stay linear in the number of nodes.
  const big = core.filter((i) => radius[i]! > k);
  const isBig = new Uint8Array(n);
  for (const i of big) isBig[i] = 1;
  // Attraction is weighted by 1/sqrt(degree · degree): a hub pulls each of its many neighbours
  // gently, or they would crowd into a heap around it (and the grid's cells would fill up).
  const coreEdges: [number, number, number][] = [];
  for (const i of core)
    for (const j of adj[i]!)
      if (j > i && hubOf[j] === -1 && degree[j]! > 0)
        coreEdges.push([i, j, 1 / Math.sqrt(degree[i]! * degree[j]!)]);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const repel = (i: number, j: number) => {
    let ddx = xs[i]! - xs[j]!;
    let ddy = ys[i]! - ys[j]!;
    let d2 = ddx * ddx + ddy * ddy;
    if (d2 === 0) {
      ddx = rnd() - 0.5;
      ddy = rnd() - 0.5;
      d2 = ddx * ddx + ddy * ddy;
    }
    const ideal = k + radius[i]! + radius[j]!;
    if (d2 > REACH * REACH * ideal * ideal) return;
    const f = (ideal * ideal) / d2; // k²/d, over d again to normalise the direction
    dx[i]! += ddx * f;
    dy[i]! += ddy * f;
    dx[j]! -= ddx * f;
    dy[j]! -= ddy * f;
  };
  let temperature = spread / 4;
  const cooling = temperature / Math.max(1, o.coreIterations);
  for (let it = 0; it < o.coreIterations; it++) {
    dx.fill(0);
    dy.fill(0);
    const grid = new Grid(REACH * k, xs, ys, core);
    const items = grid.items;
    for (const i of core) {
      if (isBig[i]) continue;
      grid.near(xs[i]!, ys[i]!, (from, to) => {
        for (let m = from; m < to; m++) {
          const j = items[m]!;
          if (j > i && !isBig[j]) repel(i, j);
        }
      });
    }
    for (const b of big) for (const j of core) if (j !== b && (!isBig[j] || j > b)) repel(b, j);
    for (const [i, j, w] of coreEdges) {
      const ddx = xs[i]! - xs[j]!;
      const ddy = ys[i]! - ys[j]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (w * d) / (k + radius[i]! + radius[j]!); // d²/k, over d
      dx[i]! -= ddx * f;
      dy[i]! -= ddy * f;
      dx[j]! += ddx * f;
      dy[j]! += ddy * f;
    }
    for (const i of core) {
      // Weak gravity keeps separate components from drifting apart.
      dx[i]! -= xs[i]! * 0.005;
      dy[i]! -= ys[i]! * 0.005;
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      if (len === 0) continue;
      const step = Math.min(len, temperature);
      xs[i]! += (dx[i]! / len) * step;
      ys[i]! += (dy[i]! / len) * step;
    }
    temperature = Math.max(1, temperature - cooling);
  }

  // 3. Leaves on rings around their hub (a small angle offset per hub, so rings do not align).
  for (const h of core) {
    const ls = leaves[h]!;
    if (!ls.length) continue;
    const r = ringRadius(ls.length);
    const offset = rnd() * 2 * Math.PI;
    ls.forEach((l, m) => {
      const a = offset + (2 * Math.PI * m) / ls.length;
      xs[l] = xs[h]! + r * Math.cos(a);
      ys[l] = ys[h]! + r * Math.sin(a);
    });
  }
  // Isolated nodes: a grid under the drawing.
  if (isolated.length) {
    let minX = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) continue;
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    if (!Number.isFinite(minX)) [minX, maxX, maxY] = [0, 0, 0];
    const step = o.minDistance * 2;
    const perRow = Math.max(1, Math.floor((maxX - minX) / step) + 1);
    isolated.forEach((i, m) => {
      xs[i] = minX + (m % perRow) * step;
      ys[i] = maxY + k + Math.floor(m / perRow) * step;
    });
  }

  // Overlap removal over everything: push apart any two nodes closer than `minDistance`.
  const all = Array.from({ length: n }, (_, i) => i);
  const md = o.minDistance;
  for (let it = 0; it < o.finalIterations; it++) {
    const grid = new Grid(md, xs, ys, all);
    const items = grid.items;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      grid.near(xs[i]!, ys[i]!, (from, to) => {
        for (let m = from; m < to; m++) {
          const j = items[m]!;
          if (j <= i) continue;
          let ddx = xs[j]! - xs[i]!;
          let ddy = ys[j]! - ys[i]!;
          let d = Math.sqrt(ddx * ddx + ddy * ddy);
          if (d >= md) continue;
          if (d === 0) {
            ddx = rnd() - 0.5;
            ddy = rnd() - 0.5;
            d = Math.sqrt(ddx * ddx + ddy * ddy);
          }
          const push = (md - d) / 2 / d;
          xs[i]! -= ddx * push;
          ys[i]! -= ddy * push;
          xs[j]! += ddx * push;
          ys[j]! += ddy * push;
          moved++;
        }
      });
    }
    if (moved === 0) break;
  }

  const out: Record<string, Pos> = {};
  for (let i = 0; i < n; i++) out[ids[i]!] = { x: Math.round(xs[i]!), y: Math.round(ys[i]!) };
  return out;
}
