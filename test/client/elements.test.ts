/** API JSON -> Cytoscape elements: parallel statements bundle into one drawn edge, none is lost. */
import { bundleId, parseBundleId, toElements } from '../../client/src/graph/elements';
import { node, rel } from './fixtures';

describe('toElements', () => {
  const nodes = [
    node('hegseth'),
    node('russia', 'Country'),
    node('iran', 'Country'),
    node('claim', 'Event', { date: '2026-03-01', alleged: true }),
  ];

  it('maps entities to nodes with their name, label as kind, date and alleged flag', () => {
    const out = toElements(nodes, []);
    expect(out.nodes.map((n) => n.data)).toEqual([
      { id: 'hegseth', name: 'HEGSETH', kind: 'Person' },
      { id: 'russia', name: 'RUSSIA', kind: 'Country' },
      { id: 'iran', name: 'IRAN', kind: 'Country' },
      { id: 'claim', name: 'CLAIM', kind: 'Event', date: '2026-03-01', alleged: true },
    ]);
  });

  it('bundles parallel relationships of one type and direction into one edge with a count, keeping every id', () => {
    const out = toElements(nodes, [
      rel('s2', 'SAID', 'hegseth', 'russia', { date: '2026-03-10' }),
      rel('s1', 'SAID', 'hegseth', 'russia', { date: '2026-03-07' }),
      rel('s3', 'SAID', 'hegseth', 'russia'),
      rel('d1', 'DENIED', 'hegseth', 'claim', { date: '2026-03-07' }),
      rel('x1', 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran', { alleged: true }),
      rel('x2', 'SHARED_INTELLIGENCE_WITH', 'iran', 'russia'),
    ]);
    expect(out.edges).toHaveLength(4);
    const said = out.edges.find((e) => e.data.type === 'SAID')!.data;
    expect(said).toMatchObject({
      id: bundleId('hegseth', 'SAID', 'russia'),
      source: 'hegseth',
      target: 'russia',
      count: 3,
      caption: 'SAID ×3',
      dates: ['2026-03-07', '2026-03-10'],
      undated: true,
      alleged: false,
    });
    expect([...said.relIds].sort()).toEqual(['s1', 's2', 's3']);
    expect(out.edges.find((e) => e.data.type === 'DENIED')!.data).toMatchObject({
      count: 1,
      caption: 'DENIED',
      undated: false,
    });
    // Opposite directions are different statements: two edges.
    const intel = out.edges.filter((e) => e.data.type === 'SHARED_INTELLIGENCE_WITH');
    expect(intel.map((e) => e.data.alleged).sort()).toEqual([false, true]);
    const all = out.edges.flatMap((e) => e.data.relIds).sort();
    expect(all).toEqual(['d1', 's1', 's2', 's3', 'x1', 'x2']);
  });

  it('drops relationships with a missing endpoint, and duplicates', () => {
    const out = toElements(
      [node('a'), node('a'), node('b')],
      [rel('r1', 'SAID', 'a', 'b'), rel('r1', 'SAID', 'a', 'b'), rel('r2', 'SAID', 'a', 'zzz')],
    );
    expect(out.nodes).toHaveLength(2);
    expect(out.edges).toHaveLength(1);
    expect(out.edges[0]!.data.count).toBe(1);
  });

  it('parses bundle ids back', () => {
    expect(parseBundleId(bundleId('a-b', 'SAID', 'c'))).toEqual({
      source: 'a-b',
      type: 'SAID',
      target: 'c',
    });
    expect(parseBundleId('garbage')).toBeNull();
  });
});

describe('toElements with a time window', () => {
  const ends = [node('leavitt'), node('iran', 'Country')];
  const said = [
    rel('early', 'SAID', 'leavitt', 'iran', { date: '2026-03-05' }),
    rel('late', 'SAID', 'leavitt', 'iran', { date: '2026-03-09' }),
    rel('undated', 'SAID', 'leavitt', 'iran'),
  ];

  it('splits a bundle by the statements’ own dates and counts each part alone', () => {
    const out = toElements(ends, said, { from: '2026-03-08', to: '2026-03-10' });
    const byId = new Map(out.edges.map((e) => [e.data.id, e.data]));
    expect(byId.get('leavitt|SAID|iran')).toMatchObject({
      relIds: ['undated', 'late'],
      count: 2,
      caption: 'SAID ×2',
    });
    expect(byId.get('leavitt|SAID|iran|out')).toMatchObject({ relIds: ['early'], outside: true });
    expect(parseBundleId('leavitt|SAID|iran|out')).toEqual({
      source: 'leavitt',
      type: 'SAID',
      target: 'iran',
    });
  });

  it('puts undated statements outside when the analyst hides them', () => {
    const out = toElements(ends, said, { from: '2026-03-08', hideUndated: true });
    expect(out.edges.map((e) => [e.data.id, e.data.relIds])).toEqual([
      ['leavitt|SAID|iran|out', ['undated', 'early']],
      ['leavitt|SAID|iran', ['late']],
    ]);
  });
});
