/**
 * Relationship types are told apart without colour and their colours do not collide: every type
 * of the model has its own (line pattern, arrow head) pair, and no two type colours are closer
 * than a CIELAB distance of 20 (issue 17: ATTACKED, CRITICIZED and DENIED were all red).
 */
import { RELATIONSHIP_TYPES } from '../../server/src/contracts/model';
import { EDGE_STYLE, NODE_STYLE } from '../../client/src/graph/style';

/** sRGB hex -> CIELAB (D65), the usual formulas. */
function lab(hex: string): [number, number, number] {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [
    number,
    number,
    number,
  ];
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const distance = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('relationship styles', () => {
  it('covers every relationship type of the model', () => {
    expect(Object.keys(EDGE_STYLE).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('gives every type its own line pattern and arrow head pair', () => {
    const pairs = Object.values(EDGE_STYLE).map((s) => `${s.line}/${s.arrow}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps every two type colours at least 20 CIELAB units apart', () => {
    const entries = Object.entries(EDGE_STYLE);
    let closest = { d: Infinity, pair: '' };
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++) {
        const d = distance(entries[i]![1].color, entries[j]![1].color);
        if (d < closest.d) closest = { d, pair: `${entries[i]![0]}/${entries[j]![0]}` };
      }
    expect(closest.d).toBeGreaterThanOrEqual(20);
    // The collisions the issue reported are gone.
    expect(distance(EDGE_STYLE.ATTACKED!.color, EDGE_STYLE.DENIED!.color)).toBeGreaterThan(20);
    expect(distance(EDGE_STYLE.CRITICIZED!.color, EDGE_STYLE.DENIED!.color)).toBeGreaterThan(20);
    expect(distance(EDGE_STYLE.LOCATED_IN!.color, EDGE_STYLE.OCCURRED_IN!.color)).toBeGreaterThan(
      20,
    );
  });

  it('gives node labels distinct shapes', () => {
    const shapes = Object.values(NODE_STYLE).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
