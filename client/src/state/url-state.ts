/**
 * The view <-> the URL query string, so a link restores what the analyst saw: the entities on
 * the canvas with their (rounded) positions, the filters, the selection and the open panel.
 * Pure. Decoding never throws: whatever is malformed is dropped and the rest kept, and a URL
 * with nothing usable gives the default view (the first screen).
 *
 *   ?e=russia,iran&p=russia:12:-40,iran:80:3&hl=Article&ht=MENTIONS&from=2026-03-01
 *    &to=2026-03-10&mode=hide&sel=n:russia&panel=details&article=<id>&layout=fcose
 */
export type PanelName = 'details' | 'article' | 'paths' | 'cypher';
export type LayoutName = 'fcose' | 'concentric' | 'hierarchical' | 'time';

export interface ViewState {
  /** Entity ids on the canvas; empty means "the default first screen". */
  entities: string[];
  positions: Record<string, { x: number; y: number }>;
  filters: {
    hiddenLabels: string[];
    hiddenTypes: string[];
    from?: string;
    to?: string;
    mode: 'fade' | 'hide';
  };
  selection: { kind: 'node' | 'edge'; id: string } | null;
  panel: PanelName | null;
  /** The article open in the reader, when the panel is `article`. */
  article?: string;
  layout?: LayoutName;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME = /^[A-Za-z][A-Za-z_]{0,39}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EDGE = /^[a-z0-9-]+\|[A-Z_]+\|[a-z0-9-]+$/;
const PANELS: readonly PanelName[] = ['details', 'article', 'paths', 'cypher'];
const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'hierarchical', 'time'];
const MAX_COORD = 1e6;
const MAX_LIST = 5000;

export function defaultView(): ViewState {
  return {
    entities: [],
    positions: {},
    filters: { hiddenLabels: [], hiddenTypes: [], mode: 'fade' },
    selection: null,
    panel: null,
  };
}

export function encodeView(v: ViewState, maxEntities = MAX_LIST): string {
  const q = new URLSearchParams();
  const entities = v.entities.slice(0, maxEntities);
  if (entities.length) q.set('e', entities.join(','));
  const pos = entities
    .filter((id) => v.positions[id])
    .map((id) => {
      const p = v.positions[id]!;
      return `${id}:${Math.round(p.x)}:${Math.round(p.y)}`;
    });
  if (pos.length) q.set('p', pos.join(','));
  if (v.filters.hiddenLabels.length) q.set('hl', v.filters.hiddenLabels.join(','));
  if (v.filters.hiddenTypes.length) q.set('ht', v.filters.hiddenTypes.join(','));
  if (v.filters.from) q.set('from', v.filters.from);
  if (v.filters.to) q.set('to', v.filters.to);
  if (v.filters.mode === 'hide') q.set('mode', 'hide');
  if (v.selection) q.set('sel', `${v.selection.kind === 'node' ? 'n' : 'e'}:${v.selection.id}`);
  if (v.panel) q.set('panel', v.panel);
  if (v.article) q.set('article', v.article);
  if (v.layout && v.layout !== 'fcose') q.set('layout', v.layout);
  return q.toString();
}

function list(raw: string | null, valid: RegExp): string[] {
  if (!raw) return [];
  const seen = new Set<string>();
  for (const item of raw.split(',').slice(0, MAX_LIST)) {
    const s = item.trim();
    if (valid.test(s)) seen.add(s);
  }
  return [...seen];
}

function realDate(s: string | null): string | undefined {
  if (!s || !DATE.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
}

export function decodeView(search: string): ViewState {
  const v = defaultView();
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return v;
  }
  v.entities = list(q.get('e'), ID);
  const onCanvas = new Set(v.entities);
  for (const item of (q.get('p') ?? '').split(',').slice(0, MAX_LIST)) {
    const [id, xs, ys] = item.split(':');
    if (!id || !onCanvas.has(id) || xs === undefined || ys === undefined) continue;
    const x = Number(xs);
    const y = Number(ys);
    if (xs.trim() === '' || ys.trim() === '') continue;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (Math.abs(x) > MAX_COORD || Math.abs(y) > MAX_COORD) continue;
    v.positions[id] = { x: Math.round(x), y: Math.round(y) };
  }
  v.filters.hiddenLabels = list(q.get('hl'), NAME);
  v.filters.hiddenTypes = list(q.get('ht'), NAME);
  const from = realDate(q.get('from'));
  const to = realDate(q.get('to'));
  if (from) v.filters.from = from;
  if (to) v.filters.to = to;
  if (from && to && from > to) {
    v.filters.from = to;
    v.filters.to = from;
  }
  if (q.get('mode') === 'hide') v.filters.mode = 'hide';
  const sel = q.get('sel');
  if (sel?.startsWith('n:') && ID.test(sel.slice(2)))
    v.selection = { kind: 'node', id: sel.slice(2) };
  else if (sel?.startsWith('e:') && EDGE.test(sel.slice(2)))
    v.selection = { kind: 'edge', id: sel.slice(2) };
  const panel = q.get('panel');
  if (panel && (PANELS as readonly string[]).includes(panel)) v.panel = panel as PanelName;
  const article = q.get('article');
  if (article && ID.test(article)) v.article = article;
  const layout = q.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) v.layout = layout as LayoutName;
  return v;
}
