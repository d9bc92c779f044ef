/**
 * Label placement: the most important labels are placed first, each on the first side where it
 * touches no placed label and no other node; labels that fit nowhere are hidden; the result does
 * not depend on input order.
 */
import { boxAt, overlaps, placeLabels, type LabelInput } from '../../client/src/graph/labels';

function node(id: string, x: number, y: number, importance = 1, w = 60): LabelInput {
  return {
    id,
    x,
    y,
    body: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    w,
    h: 14,
    gap: 2,
    importance,
  };
}

describe('placeLabels', () => {
  it('puts a lone label under its node', () => {
    expect(placeLabels([node('a', 0, 0)]).get('a')).toBe('bottom');
  });

  it('moves the less important of two stacked labels to another side', () => {
    // b sits right under a: a's label below would cover b, so the important one (b) keeps below.
    const sides = placeLabels([node('a', 0, 0, 1), node('b', 0, 30, 5)]);
    expect(sides.get('b')).toBe('bottom');
    expect(sides.get('a')).not.toBe('bottom');
    expect(sides.get('a')).not.toBeNull();
  });

  it('never lets two placed labels or a label and another node overlap, and hides the rest', () => {
    // A dense grid: 49 nodes 24 units apart, labels far wider than the gaps.
    const nodes: LabelInput[] = [];
    for (let i = 0; i < 7; i++)
      for (let j = 0; j < 7; j++) nodes.push(node(`n${i}-${j}`, i * 24, j * 24, (i * 7 + j) % 5));
    const sides = placeLabels(nodes);
    const boxes = nodes.flatMap((n) => {
      const s = sides.get(n.id);
      return s ? [{ id: n.id, box: boxAt(n, s) }] : [];
    });
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length).toBeLessThan(nodes.length);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!.box, boxes[j]!.box)).toBe(false);
      for (const n of nodes)
        if (n.id !== boxes[i]!.id) expect(overlaps(boxes[i]!.box, n.body)).toBe(false);
    }
  });

  it('gives the same placement whatever the input order', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 30), node('c', 25, 15), node('d', -25, 15)];
    const one = placeLabels(nodes);
    const two = placeLabels([...nodes].reverse());
    expect([...two].sort()).toEqual([...one].sort());
  });
});
