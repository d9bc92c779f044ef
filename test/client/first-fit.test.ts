/**
 * The first load's fit (graph/canvas.ts): computed before the nodes are on the canvas, it must
 * count the labels that stick out sideways (they keep their size on screen), or the exact fit
 * lands far from it and every element is styled twice; and the exact fit, from measured boxes,
 * is what `cy.fit` gives.
 */
import cytoscape from 'cytoscape';
import { exactFitViewport, fitViewport } from '../../client/src/graph/canvas';

const NODE_HALF = 15.5;

describe('the first fit', () => {
  it('keeps labels wider than their nodes inside the padding, and uses the width', () => {
    const pts = [
      { x: -300, y: 0, labelWidth: 150 },
      { x: 0, y: 40, labelWidth: 20 },
      { x: 300, y: 0, labelWidth: 90 },
    ];
    const { zoom, pan } = fitViewport(pts, 800, 600, 40);
    const left = Math.min(
      ...pts.map((p) => p.x * zoom + pan.x - Math.max(NODE_HALF * zoom, p.labelWidth / 2)),
    );
    const right = Math.max(
      ...pts.map((p) => p.x * zoom + pan.x + Math.max(NODE_HALF * zoom, p.labelWidth / 2)),
    );
    expect(left).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(right).toBeLessThanOrEqual(760 + 1e-6);
    expect(right - left).toBeCloseTo(720, 3);
    // Centred: as much room on either side.
    expect(left - 40).toBeCloseTo(760 - right, 3);
    // Without the labels it would zoom further in (and the exact fit would not match it).
    expect(
      fitViewport(
        pts.map(({ x, y }) => ({ x, y })),
        800,
        600,
        40,
      ).zoom,
    ).toBeGreaterThan(zoom);
  });

  it('gives the exact fit cy.fit gives for a canvas of the same size', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' }, position: { x: -120, y: 10 } },
        { data: { id: 'b' }, position: { x: 200, y: 90 } },
      ],
    });
    const fit = exactFitViewport(cy, 800, 600, 40)!;
    const bb = cy.elements().boundingBox();
    expect(fit.zoom).toBeCloseTo(Math.min(720 / bb.w, 520 / bb.h), 9);
    expect(bb.x1 * fit.zoom + fit.pan.x).toBeCloseTo(800 - (bb.x2 * fit.zoom + fit.pan.x), 9);
    expect(exactFitViewport(cytoscape({ headless: true }), 800, 600, 40)).toBeNull();
  });
});
