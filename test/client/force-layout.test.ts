/**
 * The big-scene force layout: deterministic for a seed, every node placed, no two nodes on top of
 * each other, linked nodes nearer than unlinked ones, leaves around their hub.
 */
import { forceLayout } from '../../client/src/graph/force-layout';
import { mulberry32 } from '../../client/src/graph/seeded';

function graph(n: number, seed = 3) {
  const rnd = mulberry32(seed);
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const edges: [string, string][] = [];
  for (let k = 0; k < n * 1.5; k++) {
    const a = 1 + Math.floor(rnd() * (n - 1));
    const b = rnd() < 0.3 ? Math.floor(rnd() * Math.min(5, n)) : Math.floor(rnd() * a);
    if (a !== b) edges.push([`n${a}`, `n${b}`]);
  }
  return { ids, edges };
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('forceLayout', () => {
  const { ids, edges } = graph(600);
  const pos = forceLayout(ids, edges, { seed: 5 });

  it('places every node at a finite position, the same for the same seed', () => {
    expect(Object.keys(pos).sort()).toEqual([...ids].sort());
    for (const p of Object.values(pos))
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(forceLayout(ids, edges, { seed: 5 })).toEqual(pos);
    expect(forceLayout(ids, edges, { seed: 6 })).not.toEqual(pos);
  });

  it('keeps nodes apart: almost no pair closer than half the minimum distance', () => {
    const ps = Object.values(pos);
    let close = 0;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) if (dist(ps[i]!, ps[j]!) < 20) close++;
    expect(close).toBeLessThan(ps.length * 0.01);
  });

  it('puts linked nodes nearer each other than random pairs', () => {
    const linked = edges.map(([a, b]) => dist(pos[a]!, pos[b]!));
    const rnd = mulberry32(9);
    const random = linked.map(() => {
      const a = ids[Math.floor(rnd() * ids.length)]!;
      const b = ids[Math.floor(rnd() * ids.length)]!;
      return dist(pos[a]!, pos[b]!);
    });
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked) * 3).toBeLessThan(mean(random));
  });

  it('rings the leaves of a hub around it and puts isolated nodes below the drawing', () => {
    const star = forceLayout(
      ['hub', 'a', 'b', 'c', 'd', 'other', 'alone'],
      [
        ['hub', 'a'],
        ['hub', 'b'],
        ['hub', 'c'],
        ['hub', 'd'],
        ['hub', 'other'],
        ['other', 'a'],
      ],
    );
    const r = ['b', 'c', 'd'].map((id) => dist(star[id]!, star.hub!));
    expect(Math.max(...r) - Math.min(...r)).toBeLessThan(25);
    const maxY = Math.max(...['hub', 'a', 'b', 'c', 'd', 'other'].map((id) => star[id]!.y));
    expect(star.alone!.y).toBeGreaterThan(maxY);
  });
});
