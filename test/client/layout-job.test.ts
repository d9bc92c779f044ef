/**
 * The first layout computed off the canvas (graph/layout-job.ts, run by the layout worker): the
 * same positions as fcose run on the canvas with the canvas's own stylesheet, the same on every
 * run, the big-scene force layout above `fastLayoutAbove`; and the viewport that fits them.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { defaults } from '../../client/src/defaults';
import { fcoseOptions, fcoseQualityFor } from '../../client/src/layouts';
import { fitViewport, stylesheet } from '../../client/src/graph/canvas';
import { forceLayout } from '../../client/src/graph/force-layout';
import { runLayoutJob, type LayoutJob } from '../../client/src/graph/layout-job';
import { mulberry32, seedOf, withSeed } from '../../client/src/graph/seeded';

cytoscape.use(fcose);

function job(n: number, seed = 9): LayoutJob {
  const rnd = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => `e${i}`);
  const edges: LayoutJob['edges'] = [];
  for (let k = 0; k < n * 1.4; k++) {
    const a = 1 + Math.floor(rnd() * (n - 1));
    const b = Math.floor(rnd() * a);
    edges.push({ id: `e${a}|SAID|e${b}|${k}`, source: `e${a}`, target: `e${b}` });
  }
  return { nodes, edges };
}

describe('runLayoutJob', () => {
  it('gives the positions fcose gives on a canvas styled as the explorer styles it', () => {
    const j = job(40);
    const off = runLayoutJob(j);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(),
      elements: [
        ...j.nodes.map((id) => ({ group: 'nodes' as const, data: { id, name: id } })),
        ...j.edges.map((e) => ({
          group: 'edges' as const,
          data: { ...e, type: 'SAID', caption: 'SAID', count: 1 },
        })),
      ],
    });
    const seed = seedOf([String(defaults.layoutSeed), ...[...j.nodes].sort()]);
    const quality = fcoseQualityFor(40, defaults.fcoseQuality, defaults.fcoseDraftAbove);
    // As graph/canvas.ts's runLayout runs it for arrangeAll: the elements' layout, seeded.
    withSeed(seed, () =>
      cy
        .elements()
        .layout(
          fcoseOptions({ animate: false, quality, randomize: true }) as cytoscape.LayoutOptions,
        )
        .run(),
    );
    for (const id of j.nodes) {
      const p = cy.getElementById(id).position();
      expect(off[id]!.x).toBeCloseTo(p.x, 6);
      expect(off[id]!.y).toBeCloseTo(p.y, 6);
    }
    cy.destroy();
    // Not all on one spot: a real layout.
    const xs = new Set(Object.values(off).map((p) => Math.round(p.x)));
    expect(xs.size).toBeGreaterThan(30);
  });

  it('is the same on every run', () => {
    const j = job(60, 4);
    expect(runLayoutJob(j)).toEqual(runLayoutJob(j));
  });

  it('uses the big-scene force layout above fastLayoutAbove, seeded by the sorted ids', () => {
    const j = job(defaults.fastLayoutAbove + 20, 5);
    const ids = [...j.nodes].sort();
    const expected = forceLayout(
      ids,
      j.edges.map((e) => [e.source, e.target] as const),
      { seed: seedOf([String(defaults.layoutSeed), ...ids]) },
    );
    expect(runLayoutJob(j)).toEqual(expected);
  });
});

describe('fitViewport', () => {
  it('fits the nodes and their labels inside the padding, centred', () => {
    const pts = [
      { x: -300, y: -100 },
      { x: 500, y: 250 },
      { x: 0, y: 0 },
    ];
    const { zoom, pan } = fitViewport(pts, 800, 600, 40);
    const screen = (p: { x: number; y: number }) => ({
      x: p.x * zoom + pan.x,
      y: p.y * zoom + pan.y,
    });
    const a = screen({ x: -300 - 15.5, y: -100 - 15.5 });
    const b = screen({ x: 500 + 15.5, y: 250 + 15.5 });
    expect(a.x).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(b.x).toBeLessThanOrEqual(800 - 40 + 1e-9);
    expect(a.y).toBeGreaterThanOrEqual(40 - 1e-9);
    // Room for one line of label under the lowest node.
    expect(b.y + defaults.labelFontPx * 2).toBeLessThanOrEqual(600 - 40 + 1e-9);
    // Wide drawing: the width is what limits, and it is used up.
    expect(b.x - a.x).toBeCloseTo(800 - 80, 6);
  });

  it('keeps the zoom within the canvas limits for one node or none', () => {
    expect(fitViewport([{ x: 10, y: 10 }], 800, 600, 40).zoom).toBe(4);
    expect(fitViewport([], 800, 600, 40)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});
