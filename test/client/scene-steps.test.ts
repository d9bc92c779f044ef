/**
 * The first load's stepwise sync (graph/scene.ts `addInSteps`): on a headless Cytoscape it
 * leaves the canvas exactly as one `sync(positions)` does (same elements, order, positions and
 * data), yields between slices, and copes with the scene changing under it.
 */
import cytoscape from 'cytoscape';
import { Scene } from '../../client/src/graph/scene';
import { node, rel } from './fixtures';

const payload = {
  nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
  edges: [
    rel('r1', 'SAID', 'a', 'b'),
    rel('r2', 'SAID', 'a', 'b'),
    rel('r3', 'ALLIED_WITH', 'b', 'c'),
    rel('r4', 'CITED', 'd', 'e'),
    rel('r5', 'CITED', 'e', 'a'),
  ],
};
const positions = Object.fromEntries(
  payload.nodes.map((n, i) => [n.id, { x: i * 100, y: (i % 2) * 50 }]),
);

function scene(): Scene {
  const s = new Scene(cytoscape({ headless: true, styleEnabled: false }));
  s.add(payload);
  return s;
}

const state = (s: Scene) =>
  s.cy.elements().map((e) => ({
    id: e.id(),
    data: e.data() as unknown,
    ...(e.isNode() ? { position: { ...e.position() } } : {}),
  }));

describe('adding the first graph in steps', () => {
  it('ends as one sync would leave the canvas', async () => {
    const once = scene();
    once.sync(positions);
    const steps = scene();
    await steps.addInSteps(positions, 2);
    expect(state(steps)).toEqual(state(once));
    expect(steps.cy.nodes().length).toBe(5);
    expect(steps.cy.edges().length).toBe(4); // r1 and r2 are one bundle
  });

  it('adds a slice per task: the main thread is free between them', async () => {
    const s = scene();
    const seen: number[] = [];
    const timer = setInterval(() => seen.push(s.cy.elements().length), 0);
    await s.addInSteps(positions, 3);
    clearInterval(timer);
    // Other tasks ran while it was part-way through.
    expect(seen.some((n) => n > 0 && n < 9)).toBe(true);
  });

  it('skips what is already there and an edge whose end was removed meanwhile', async () => {
    const s = scene();
    const done = s.addInSteps(positions, 5);
    // The first slice (the five nodes) is in; take one away before the edges come.
    await new Promise((r) => setTimeout(r, 0));
    s.cy.getElementById('e').remove();
    await done;
    expect(s.cy.nodes().map((n) => n.id())).toEqual(['a', 'b', 'c', 'd']);
    expect(
      s.cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a|SAID|b', 'b|ALLIED_WITH|c']);
  });
});
