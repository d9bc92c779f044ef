/**
 * The graph store on a headless Cytoscape: adding, undoing, collapsing, pinning, filtering and
 * selecting change the drawn elements and the view the URL keeps, with no DOM and no server.
 */
import cytoscape from 'cytoscape';
import { GraphStore, type UrlMode } from '../../client/src/graph/store';
import { node, rel } from './fixtures';

const payload = {
  nodes: [node('hegseth'), node('russia', 'Country'), node('iran', 'Country')],
  edges: [
    rel('r1', 'SAID', 'hegseth', 'russia', { date: '2026-03-05' }),
    rel('r2', 'SAID', 'hegseth', 'russia', { date: '2026-03-09' }),
    rel('r3', 'ALLIED_WITH', 'russia', 'iran'),
  ],
};

function store(): { s: GraphStore; writes: UrlMode[]; events: string[] } {
  const s = new GraphStore(cytoscape({ headless: true, styleEnabled: false }));
  const writes: UrlMode[] = [];
  const events: string[] = [];
  s.hooks = { persist: (m) => writes.push(m), reveal: () => undefined, building: () => undefined };
  for (const e of ['scene', 'selection', 'view'] as const) s.on(e, () => events.push(e));
  return { s, writes, events };
}

const ids = (s: GraphStore) => ({
  nodes: s.cy
    .nodes()
    .map((n) => n.id())
    .sort(),
  edges: s.cy
    .edges()
    .map((e) => e.id())
    .sort(),
});

describe('the graph store', () => {
  it('draws an added payload, bundling parallel statements, and pushes one URL step', () => {
    const { s, writes, events } = store();
    const added = s.add(payload, { x: 0, y: 0 }, false);
    expect(added.sort()).toEqual(['hegseth', 'iran', 'russia']);
    expect(ids(s)).toEqual({
      nodes: ['hegseth', 'iran', 'russia'],
      edges: ['hegseth|SAID|russia', 'russia|ALLIED_WITH|iran'],
    });
    expect(s.cy.getElementById('hegseth|SAID|russia').data('relIds')).toEqual(['r1', 'r2']);
    expect(writes).toEqual(['push']);
    expect(events).toContain('scene');
  });

  it('places newcomers on a ring around the centre it is given', () => {
    const { s } = store();
    s.add(payload, { x: 100, y: 50 }, true);
    for (const n of s.cy.nodes().toArray()) {
      const p = n.position();
      expect(Math.hypot(p.x - 100, p.y - 50)).toBeGreaterThan(100);
    }
  });

  it('undoes and redoes a change, positions included', () => {
    const { s } = store();
    s.add({ nodes: payload.nodes.slice(0, 2), edges: payload.edges }, { x: 0, y: 0 }, true);
    const before = s.cy.getElementById('russia').position();
    s.add(payload, { x: 0, y: 0 }, true);
    expect(ids(s).nodes).toEqual(['hegseth', 'iran', 'russia']);
    s.undo();
    expect(ids(s).nodes).toEqual(['hegseth', 'russia']);
    expect(s.cy.getElementById('russia').position()).toEqual(before);
    s.redo();
    expect(ids(s).nodes).toEqual(['hegseth', 'iran', 'russia']);
    expect(s.history.canRedo).toBe(false);
  });

  it('collapses what an expansion added unless something else holds it', () => {
    const { s } = store();
    s.add({ nodes: [node('russia', 'Country')], edges: [] }, { x: 0, y: 0 }, false);
    const added = s.add(payload, { x: 0, y: 0 }, true);
    s.scene.expansions.set('russia', added);
    s.togglePin(['iran']);
    expect(s.cy.getElementById('iran').locked()).toBe(true);
    expect(s.collapse('russia')).toBe(true);
    expect(ids(s).nodes).toEqual(['iran', 'russia']);
    expect(s.collapse('hegseth')).toBe(false);
  });

  it('fades or hides by the filters and keeps them in the view', () => {
    const { s } = store();
    s.add(payload, { x: 0, y: 0 }, true);
    s.setFilters({ hiddenLabels: ['Person'], hiddenTypes: [], mode: 'hide' });
    expect(s.cy.getElementById('hegseth').hasClass('filtered')).toBe(true);
    expect(s.cy.getElementById('hegseth|SAID|russia').hasClass('filtered')).toBe(true);
    expect(s.cy.getElementById('iran').hasClass('filtered')).toBe(false);
    expect(s.view().filters.hiddenLabels).toEqual(['Person']);
  });

  it('selects a node or the edge carrying a relationship, and drops a selection it removes', () => {
    const { s, events } = store();
    s.add(payload, { x: 0, y: 0 }, true);
    s.select({ kind: 'node', id: 'iran' });
    expect(s.panel).toBe('details');
    expect(s.selectedNodes()).toEqual(['iran']);
    expect(s.selectRelationship('r2')).toBe(true);
    expect(s.selection).toEqual({ kind: 'edge', id: 'hegseth|SAID|russia' });
    expect(s.edgeData('hegseth|SAID|russia')?.count).toBe(2);
    s.hide(['hegseth']);
    expect(s.selection).toBeNull();
    expect(events).toContain('selection');
    expect(s.view()).toMatchObject({ entities: ['russia', 'iran'], selection: null });
  });

  it('writes nothing to the URL while a view is being restored', () => {
    const { s, writes } = store();
    s.restoring = true;
    s.add(payload, { x: 0, y: 0 }, true);
    s.openPanel('paths');
    expect(writes).toEqual([]);
  });
});
