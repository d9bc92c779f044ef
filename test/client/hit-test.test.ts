/**
 * The candidates of a big scene's hit test (graph/hit-test.ts): every element that could be under
 * the point is kept, in its order; far ones are left out. Agreement with Cytoscape's own test on
 * a 5,000-node scene is checked in real Chromium (test/e2e/level-of-detail.test.ts).
 */
import { defaults } from '../../client/src/defaults';
import { candidates, hitMargins } from '../../client/src/graph/hit-test';

type P = { x: number; y: number };
const node = (id: string, position: P) => ({
  id,
  isNode: () => true,
  _private: { position },
});
const edge = (id: string, a: ReturnType<typeof node>, b: ReturnType<typeof node>) => ({
  id,
  isNode: () => false,
  _private: { position: { x: 0, y: 0 }, source: a, target: b },
});

describe('hitMargins', () => {
  it('grows as the view zooms out, so a label of fixed size on screen stays covered', () => {
    const close = hitMargins(4);
    const far = hitMargins(0.1);
    expect(far.node).toBeGreaterThan(close.node);
    expect(far.edge).toBeGreaterThan(close.edge);
  });
  it('covers a label as wide as labels may be, on either side of its node, at any zoom', () => {
    for (const z of [0.05, 0.3, 1, 4])
      expect(hitMargins(z).node).toBeGreaterThan(defaults.labelMaxWidthPx / z + 40);
  });
});

describe('candidates', () => {
  const m = { node: 50, edge: 30 };
  const a = node('a', { x: 0, y: 0 });
  const b = node('b', { x: 1000, y: 0 });
  const c = node('c', { x: 40, y: -45 });
  const ab = edge('ab', a, b);
  const bc = edge('bc', b, c);
  const eles = [a, b, c, ab, bc];

  it('keeps the nodes within the node margin of the point, and edges whose box holds it', () => {
    const near = candidates(eles, 10, 5, m).map((e) => e.id);
    expect(near).toEqual(['a', 'c', 'ab', 'bc']);
  });
  it('keeps a long edge for a point near its middle, far from both ends', () => {
    expect(candidates(eles, 500, 20, m).map((e) => e.id)).toEqual(['ab', 'bc']);
  });
  it('leaves everything out for a point far from all of them, and keeps the order given', () => {
    expect(candidates(eles, 500, 400, m)).toEqual([]);
    expect(candidates([bc, ab, c, a], 10, 5, m).map((e) => e.id)).toEqual(['bc', 'ab', 'c', 'a']);
  });
});
