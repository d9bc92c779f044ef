/**
 * The first painter's picture (graph/first-painter.ts) and the handover's reading of Cytoscape
 * (view/handover.ts): the picture drawn before Cytoscape loads is fitted and labelled by the
 * canvas's own rules, and the one redrawn from Cytoscape is what Cytoscape holds.
 */
import cytoscape from 'cytoscape';
import { toElements } from '../../client/src/graph/elements';
import { fitViewport, labelWidth } from '../../client/src/graph/fit';
import { sceneFromLayout } from '../../client/src/graph/first-painter';
import { boxAt, overlaps } from '../../client/src/graph/labels';
import { sceneOf } from '../../client/src/view/handover';
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';

const entity = (id: string, name: string, label = 'Person'): EntitySummary =>
  ({ id, name, label }) as EntitySummary;
const rel = (id: string, source: string, type: string, target: string): RelationshipView =>
  ({ id, source, target, type, evidence: [] }) as unknown as RelationshipView;

const nodes = [
  entity('russia', 'Russia', 'Country'),
  entity('iran', 'Iran', 'Country'),
  entity('hegseth', 'Pete Hegseth'),
  entity('leavitt', 'Karoline Leavitt'),
  entity('cnn', 'CNN', 'Outlet'),
];
const edges = [
  rel('r1', 'russia', 'SHARED_INTELLIGENCE_WITH', 'iran'),
  rel('r2', 'russia', 'SHARED_INTELLIGENCE_WITH', 'iran'),
  rel('r3', 'hegseth', 'SAID', 'russia'),
  rel('r4', 'leavitt', 'SAID', 'iran'),
  rel('r5', 'cnn', 'REPORTED', 'russia'),
];
// Crowded on purpose: Russia and Iran's labels cannot both sit below their nodes.
const positions = {
  russia: { x: 0, y: 0 },
  iran: { x: 40, y: 5 },
  hegseth: { x: -200, y: -120 },
  leavitt: { x: 220, y: 140 },
  cnn: { x: -180, y: 160 },
};

describe('the first painter', () => {
  it('fits the worker positions as the controller does and labels without overlap', () => {
    const defs = toElements(nodes, edges);
    const scene = sceneFromLayout(defs, positions, 412, 600);
    const fit = fitViewport(
      nodes.map((n) => ({
        ...positions[n.id as keyof typeof positions],
        labelWidth: labelWidth(n.name),
      })),
      412,
      600,
      40,
    );
    expect(scene.zoom).toBe(fit.zoom);
    expect(scene.pan).toEqual(fit.pan);
    expect(scene.nodes.map((n) => [n.id, n.x, n.y])).toEqual(
      nodes.map((n) => [
        n.id,
        positions[n.id as keyof typeof positions].x,
        positions[n.id as keyof typeof positions].y,
      ]),
    );
    // Two parallel relationships are one drawn edge that counts both.
    expect(scene.edges).toHaveLength(4);
    expect(scene.edges.find((e) => e.source === 'russia' && e.target === 'iran')?.count).toBe(2);
    // Every label is placed (there is room), and no label box covers another or a node.
    const half = 15.5;
    const boxes = scene.nodes.map((n) => {
      expect(n.side).not.toBeNull();
      const gap = 2 / scene.zoom;
      return boxAt(
        {
          id: n.id,
          x: n.x,
          y: n.y,
          body: { x1: n.x - half, y1: n.y - half, x2: n.x + half, y2: n.y + half },
          w: labelWidth(n.name) / scene.zoom + 2 * gap,
          h: 17 / scene.zoom + 2 * gap,
          gap: 0,
          importance: 0,
        },
        n.side!,
      );
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = 0; j < boxes.length; j++) {
        const o = scene.nodes[j]!;
        const body = { x1: o.x - half, y1: o.y - half, x2: o.x + half, y2: o.y + half };
        if (i !== j) expect([i, j, overlaps(boxes[i]!, boxes[j]!)]).toEqual([i, j, false]);
        if (i !== j) expect([i, j, overlaps(boxes[i]!, body)]).toEqual([i, j, false]);
      }
    // Crowded: Russia and Iran's labels cannot both sit under their nodes.
    const side = new Map(scene.nodes.map((n) => [n.id, n.side]));
    expect([side.get('russia'), side.get('iran')]).not.toEqual(['bottom', 'bottom']);
  });

  it('reads back what Cytoscape holds: positions, viewport, label sides, filtered elements out', () => {
    const defs = toElements(nodes, edges);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [...defs.nodes, ...defs.edges],
    });
    cy.nodes().forEach((n) => {
      n.position(positions[n.id() as keyof typeof positions]);
    });
    cy.viewport({ zoom: 1.5, pan: { x: 10, y: 20 } });
    cy.getElementById('iran').addClass('lbl-top-right');
    cy.getElementById('leavitt').addClass('lbl-off');
    cy.getElementById('cnn').addClass('filtered');
    cy.getElementById('cnn|REPORTED|russia').addClass('filtered');
    cy.getElementById('hegseth').select();
    const scene = sceneOf(cy);
    expect(scene.zoom).toBe(1.5);
    expect(scene.pan).toEqual({ x: 10, y: 20 });
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual(['hegseth', 'iran', 'leavitt', 'russia']);
    expect(byId.get('iran')).toMatchObject({ side: 'top-right', x: 40, y: 5, kind: 'Country' });
    expect(byId.get('leavitt')?.side).toBeNull();
    expect(byId.get('russia')?.side).toBe('bottom');
    expect(byId.get('hegseth')?.selected).toBe(true);
    expect(scene.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      'hegseth>russia',
      'leavitt>iran',
      'russia>iran',
    ]);
    cy.destroy();
  });
});
