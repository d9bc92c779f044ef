/** The view survives a round trip through the URL; garbage in the URL gives safe defaults. */
import {
  decodeView,
  defaultView,
  encodeView,
  type ViewState,
} from '../../client/src/state/url-state';
import { relToken, TOKEN_LENGTH } from '../../client/src/state/rel-token';

describe('url-state', () => {
  const view: ViewState = {
    entities: ['russia', 'iran', 'steve-witkoff'],
    positions: {
      russia: { x: 12.4, y: -40.6 },
      iran: { x: 80, y: 3 },
      'steve-witkoff': { x: -1000.5, y: 0 },
    },
    filters: {
      hiddenLabels: ['Article'],
      hiddenTypes: ['MENTIONS', 'LEADS'],
      from: '2026-03-01',
      to: '2026-03-10',
      mode: 'hide',
      hideUndated: true,
    },
    rels: [relToken('said:steve-witkoff>iran:1'), relToken('allied_with:russia>iran:2')],
    selection: { kind: 'edge', id: 'steve-witkoff|SAID|iran' },
    panel: 'article',
    article: '2026-03-11-witkoff-lets-hope-they-are-not',
    articleScroll: 420,
    layout: 'time',
  };

  it('round-trips a view, rounding positions', () => {
    const back = decodeView(`?${encodeView(view)}`);
    expect(back).toEqual({
      ...view,
      positions: {
        russia: { x: 12, y: -41 },
        iran: { x: 80, y: 3 },
        'steve-witkoff': { x: -1000, y: 0 },
      },
    });
  });

  it('keeps a link compact: no percent-escaped separators, positions in the order of e', () => {
    const qs = encodeView(view);
    expect(qs).toContain('e=russia.iran.steve-witkoff&p=c_-15.28_3.-rs_0&');
    expect(new URLSearchParams(qs).get('r')).toHaveLength(2 * TOKEN_LENGTH);
  });

  it('still reads the older links (comma lists, id:x:y positions)', () => {
    const v = decodeView('?e=russia,iran&p=russia:12:-40,iran:80:3&hl=Article,Location');
    expect(v.entities).toEqual(['russia', 'iran']);
    expect(v.positions).toEqual({ russia: { x: 12, y: -40 }, iran: { x: 80, y: 3 } });
    expect(v.filters.hiddenLabels).toEqual(['Article', 'Location']);
    expect(v.rels).toBeUndefined();
  });

  it('encodes the default view as an empty query and decodes it back', () => {
    expect(encodeView(defaultView())).toBe('');
    expect(decodeView('')).toEqual(defaultView());
  });

  it('keeps node selection and caps the number of entities written', () => {
    const v = {
      ...defaultView(),
      entities: ['a', 'b', 'c'],
      selection: { kind: 'node' as const, id: 'b' },
    };
    expect(decodeView(encodeView(v, 2))).toMatchObject({
      entities: ['a', 'b'],
      selection: { kind: 'node', id: 'b' },
    });
  });

  it.each([
    [
      'markup and bad numbers',
      '?e=<script>,Russia,ok-id&p=ok-id:NaN:3,ok-id:1e9:1,ghost:1:1&sel=n:<img>&panel=evil&mode=burn&layout=x',
    ],
    ['impossible dates', '?from=2026-02-30&to=yesterday&hl=<b>,,&ht=a%20b'],
    ['broken percent-encoding', '?%E0%A4%A'],
    ['empty parts', '?p=:::,,,&e=&sel=e:a|b|c'],
    ['a huge list', `?e=${'a,'.repeat(10000)}`],
  ])('decodes garbage (%s) into safe defaults', (_name, search) => {
    const v = decodeView(search);
    expect(v.selection).toBeNull();
    expect(v.panel).toBeNull();
    expect(v.filters.mode).toBe('fade');
    expect(v.filters.from).toBeUndefined();
    expect(v.filters.to).toBeUndefined();
    expect(v.layout).toBeUndefined();
    for (const id of v.entities) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const l of [...v.filters.hiddenLabels, ...v.filters.hiddenTypes])
      expect(l).toMatch(/^[A-Za-z_]+$/);
    for (const p of Object.values(v.positions))
      expect(Number.isFinite(p.x) && Math.abs(p.x) <= 1e6).toBe(true);
    expect(Object.keys(v.positions)).not.toContain('ghost');
  });

  it('keeps the valid parts of a partly broken URL and orders a reversed date range', () => {
    const v = decodeView('?e=russia,<x>&p=russia:5:6&from=2026-03-10&to=2026-03-01&panel=cypher');
    expect(v.entities).toEqual(['russia']);
    expect(v.positions).toEqual({ russia: { x: 5, y: 6 } });
    expect(v.filters).toMatchObject({ from: '2026-03-01', to: '2026-03-10' });
    expect(v.panel).toBe('cypher');
  });
});
