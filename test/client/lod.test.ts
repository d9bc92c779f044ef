/**
 * Levels of detail: which band a zoom puts a scene in, which leaves fold into their hub and which
 * parallel edges one line stands for; small scenes are never touched.
 */
import cytoscape from 'cytoscape';
import {
  bandFor,
  bundlePairs,
  countInExtent,
  foldLeaves,
  markLevelOfDetail,
  type LodOptions,
} from '../../client/src/graph/lod';
import { stylesheet } from '../../client/src/graph/canvas';

const O: LodOptions = { aboveNodes: 10, labelZoom: 0.5, edgeZoom: 0.1, denseNodes: 6 };

describe('bandFor', () => {
  it('draws a small scene in full at every zoom, however crowded', () => {
    for (const z of [0.01, 0.2, 1, 4]) expect(bandFor(10, z, 10, O)).toBe('full');
  });
  it('gives a big scene near, mid and far bands by zoom', () => {
    expect(bandFor(11, 0.5, 3, O)).toBe('near');
    expect(bandFor(11, 2, 3, O)).toBe('near');
    expect(bandFor(11, 0.49, 3, O)).toBe('mid');
    expect(bandFor(11, 0.1, 3, O)).toBe('mid');
    expect(bandFor(11, 0.09, 3, O)).toBe('far');
  });
  it('draws a crowded screen as from afar up close, and gives the detail back once fewer show', () => {
    expect(bandFor(11, 2, 7, O)).toBe('mid');
    expect(bandFor(11, 2, 6, O)).toBe('near');
    expect(bandFor(11, 4, 11, O)).toBe('mid');
    // Far out the edges go whatever the count.
    expect(bandFor(11, 0.05, 1, O)).toBe('far');
  });
});

describe('countInExtent', () => {
  it('counts the points inside the box, edges included', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 10.01, y: 5 },
      { x: -1, y: 5 },
      { x: 5, y: 5 },
    ];
    expect(countInExtent(pts, { x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(3);
    expect(countInExtent([], { x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(0);
  });
});

describe('foldLeaves', () => {
  const star = (hub: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ source: hub, target: `${hub}${i}` }));

  it('folds the leaves of a hub that has at least `min` of them', () => {
    const nodes = ['h', 'h0', 'h1', 'h2', 'g', 'g0', 'g1'];
    const edges = [...star('h', 3), ...star('g', 2), { source: 'h', target: 'g' }];
    const { leaves, hubs } = foldLeaves(nodes, edges, 3);
    expect([...leaves].sort()).toEqual(['h0', 'h1', 'h2']);
    expect(hubs).toEqual(new Map([['h', 3]]));
    // With a lower bar, g's two leaves fold too.
    const again = foldLeaves(nodes, edges, 2);
    expect([...again.leaves].sort()).toEqual(['g0', 'g1', 'h0', 'h1', 'h2']);
    expect(again.hubs.get('g')).toBe(2);
  });

  it('counts a leaf linked twice (two relationships) once and never folds a lone pair', () => {
    const { leaves, hubs } = foldLeaves(
      ['h', 'a', 'b', 'c', 'p', 'q'],
      [
        { source: 'h', target: 'a' },
        { source: 'a', target: 'h' },
        { source: 'h', target: 'b' },
        { source: 'h', target: 'c' },
        { source: 'p', target: 'q' },
      ],
      3,
    );
    expect(hubs.get('h')).toBe(3);
    expect(leaves.has('p') || leaves.has('q')).toBe(false);
  });
});

describe('bundlePairs', () => {
  it('keeps the first edge of a pair of nodes, whatever the type or direction, and counts them', () => {
    const { hidden, kept } = bundlePairs([
      { id: 'a|SAID|b', source: 'a', target: 'b' },
      { id: 'b|CRITICIZED|a', source: 'b', target: 'a' },
      { id: 'a|CITED|b', source: 'a', target: 'b' },
      { id: 'a|SAID|c', source: 'a', target: 'c' },
    ]);
    expect(kept).toEqual(new Map([['a|CITED|b', 3]]));
    expect([...hidden].sort()).toEqual(['a|SAID|b', 'b|CRITICIZED|a']);
  });
});

describe('markLevelOfDetail', () => {
  function scene(leaves: number) {
    const cy = cytoscape({ headless: true });
    cy.add({ data: { id: 'hub' } });
    cy.add({ data: { id: 'other' } });
    cy.add({ data: { id: 'hub|SAID|other', source: 'hub', target: 'other' } });
    cy.add({ data: { id: 'other|CITED|hub', source: 'other', target: 'hub' } });
    for (let i = 0; i < leaves; i++) {
      cy.add({ data: { id: `l${i}` } });
      cy.add({ data: { id: `hub|SAID|l${i}`, source: 'hub', target: `l${i}` } });
    }
    return cy;
  }

  it('marks folded leaves and bundled parallels in a big scene', () => {
    const cy = scene(12);
    markLevelOfDetail(cy, O);
    // "other" is linked to the hub alone (by two relationships): a leaf as well.
    expect(cy.nodes('.lod-leaf').length).toBe(13);
    expect(cy.getElementById('hub').data('foldLabel')).toBe('+13');
    expect(cy.edges('.lod-parallel').map((e) => e.id())).toEqual(['other|CITED|hub']);
    expect(cy.getElementById('hub|SAID|other').data('pair')).toBe(2);
  });

  it('leaves a small scene unmarked, and unmarks a scene that shrank', () => {
    const small = scene(3);
    markLevelOfDetail(small, O);
    expect(small.elements('.lod-leaf, .lod-parallel, node[folded], edge[pair]').length).toBe(0);
    const cy = scene(12);
    markLevelOfDetail(cy, O);
    cy.remove(cy.nodes().filter((n) => /^l([3-9]|1)/.test(n.id())));
    markLevelOfDetail(cy, O);
    expect(cy.nodes().length).toBeLessThanOrEqual(10);
    expect(cy.elements('.lod-leaf, .lod-parallel, node[folded], edge[pair]').length).toBe(0);
  });
});

describe('the stylesheet by band', () => {
  const selectors = (band: Parameters<typeof stylesheet>[1]) =>
    stylesheet(0.3, band).map((r) => JSON.stringify(r));

  it('adds the level-of-detail rules only in the mid and far bands', () => {
    const full = selectors('full');
    expect(selectors('near')).toEqual(full);
    expect(full.some((r) => r.includes('haystack') || r.includes('lod-leaf'))).toBe(false);
    const mid = selectors('mid');
    expect(mid.some((r) => r.includes('haystack'))).toBe(true);
    expect(mid.some((r) => r.includes('"node.lod-leaf"'))).toBe(true);
    expect(mid.some((r) => r.includes('"display":"none"') && r.includes('"edge"'))).toBe(false);
    expect(
      selectors('far').some((r) => r.includes('"edge"') && r.includes('"display":"none"')),
    ).toBe(true);
  });
});
