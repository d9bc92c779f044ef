/** Filtering by label, type and time range decides what fades or hides. */
import {
  dateAt,
  dateDomain,
  dayOffset,
  isActive,
  NO_FILTERS,
  outside,
  type FilterEdge,
  type FilterNode,
} from '../../client/src/filters';

const nodes: FilterNode[] = [
  { id: 'hegseth', kind: 'Person' },
  { id: 'witkoff', kind: 'Person' },
  { id: 'russia', kind: 'Country' },
  { id: 'strike', kind: 'Event', date: '2026-03-01' },
  { id: 'talks', kind: 'Event', date: '2026-03-11' },
  { id: 'wapo', kind: 'Outlet' },
];
const edges: FilterEdge[] = [
  {
    id: 'e1',
    source: 'hegseth',
    target: 'russia',
    type: 'SAID',
    dates: ['2026-03-07', '2026-03-10'],
    undated: false,
  },
  {
    id: 'e2',
    source: 'witkoff',
    target: 'russia',
    type: 'SAID',
    dates: ['2026-03-11'],
    undated: false,
  },
  {
    id: 'e3',
    source: 'witkoff',
    target: 'talks',
    type: 'PARTICIPATED_IN',
    dates: [],
    undated: true,
  },
  { id: 'e4', source: 'wapo', target: 'russia', type: 'REPORTED', dates: [], undated: true },
  {
    id: 'e5',
    source: 'russia',
    target: 'strike',
    type: 'PARTICIPATED_IN',
    dates: [],
    undated: true,
  },
];

describe('filters', () => {
  it('filters nothing by default', () => {
    expect(isActive(NO_FILTERS)).toBe(false);
    const out = outside(nodes, edges, NO_FILTERS);
    expect(out.nodes.size + out.edges.size).toBe(0);
  });

  it('hides a label with its edges, and a type without stranding its nodes', () => {
    const out = outside(nodes, edges, {
      ...NO_FILTERS,
      hiddenLabels: ['Outlet'],
      hiddenTypes: ['SAID'],
    });
    expect([...out.nodes]).toEqual(['wapo']);
    expect([...out.edges].sort()).toEqual(['e1', 'e2', 'e4']);
  });

  it('keeps what a time range covers: dated edges by any date, events by theirs, undated edges kept', () => {
    const out = outside(nodes, edges, { ...NO_FILTERS, from: '2026-03-05', to: '2026-03-10' });
    // e2 (03-11) is outside; witkoff still has the undated e3, so he stays; talks (03-11) is out.
    expect([...out.edges].sort()).toEqual(['e2', 'e3', 'e5']);
    expect([...out.nodes].sort()).toEqual(['strike', 'talks']);
  });

  it('strands a node whose every edge is outside the range', () => {
    const out = outside(nodes, edges, { ...NO_FILTERS, to: '2026-03-06' });
    expect(out.nodes.has('hegseth')).toBe(true);
    expect(out.nodes.has('witkoff')).toBe(false);
    expect(out.nodes.has('strike')).toBe(false);
    expect(out.nodes.has('talks')).toBe(true);
  });

  it('finds the date domain and converts days both ways', () => {
    expect(dateDomain(nodes, edges)).toEqual({ min: '2026-03-01', max: '2026-03-11' });
    expect(dateDomain([{ id: 'x', kind: 'Person' }], [])).toBeNull();
    expect(dayOffset('2026-02-27', '2026-03-01')).toBe(2);
    expect(dateAt('2026-02-27', 2)).toBe('2026-03-01');
  });
});

describe('filters on split bundles', () => {
  it('takes an edge’s own `outside` mark and strands a node whose edges are all outside', () => {
    const split: FilterEdge[] = [
      { ...edges[0]!, id: 'in', outside: false },
      { ...edges[1]!, id: 'out', outside: true },
    ];
    const out = outside(nodes, split, { ...NO_FILTERS, to: '2026-03-10' });
    expect([...out.edges]).toEqual(['out']);
    expect(out.nodes.has('witkoff')).toBe(true);
    expect(out.nodes.has('hegseth')).toBe(false);
  });

  it('hides undated edges only when asked', () => {
    const f = { ...NO_FILTERS, from: '2026-03-01' };
    expect(outside(nodes, edges, f).edges.has('e4')).toBe(false);
    expect(outside(nodes, edges, { ...f, hideUndated: true }).edges.has('e4')).toBe(true);
    expect(isActive({ ...NO_FILTERS, hideUndated: true })).toBe(true);
  });
});
