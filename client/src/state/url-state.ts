/**
 * The view <-> the URL query string, so a link restores exactly what the analyst saw: the nodes
 * on the canvas (entities and articles) with their positions, the relationships drawn, the
 * filters, the selection, the open panel and how far the article was scrolled. Pure. Decoding
 * never throws: whatever is malformed is dropped and the rest kept, and a URL with nothing
 * usable gives the default view (the first screen).
 *
 * Compact on purpose (a link is pasted into chats): lists are joined with `.`, which a query
 * string keeps as is (`,` would become `%2C`); positions follow the order of `e`, in base 36;
 * a relationship is a 5-character token (rel-token.ts), enough to tell it from the others
 * among the same nodes.
 *
 *   ?e=russia.iran&p=c.-14.28.3&r=Ab3x_Qz09k&hl=Article&ht=MENTIONS&from=2026-03-01
 *    &to=2026-03-10&mode=hide&undated=hide&sel=n:russia&panel=article&article=<id>&as=420
 */
import { ISO_DATE_PATTERN, SLUG_PATTERN, isCalendarDate } from '@kg/server/contracts/constants';
import type { FilterState } from '../filters';
import { parseBundleId } from '../graph/elements';
import { TOKEN_LENGTH } from './rel-token';

export type PanelName = 'details' | 'article' | 'paths' | 'cypher' | 'intake' | 'duplicates';
export type LayoutName = 'fcose' | 'concentric' | 'hierarchical' | 'time';

export interface ViewState {
  /** Entity ids on the canvas; empty means "the default first screen". */
  entities: string[];
  positions: Record<string, { x: number; y: number }>;
  /** Tokens (rel-token.ts) of the relationships drawn; absent: all among the nodes. */
  rels?: string[];
  filters: FilterState;
  selection: { kind: 'node' | 'edge'; id: string } | null;
  panel: PanelName | null;
  /** The article open in the reader, when the panel is `article`. */
  article?: string;
  /** How far the article reader was scrolled, in thousandths of its height. */
  articleScroll?: number;
  layout?: LayoutName;
}

// Ids and dates are what the contracts say they are (the seed schema's Slug and IsoDate).
const ID = SLUG_PATTERN;
const NAME = /^[A-Za-z][A-Za-z_]{0,39}$/;
/** A drawn edge: `source|TYPE|target`, `|out` for a bundle outside the time window. */
const EDGE = {
  test: (s: string) => {
    const b = parseBundleId(s);
    return !!b && ID.test(b.source) && ID.test(b.target);
  },
};
const PANELS: readonly PanelName[] = [
  'details',
  'article',
  'paths',
  'cypher',
  'intake',
  'duplicates',
];
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

const SEP = '.';
const b36 = (n: number) => Math.round(n).toString(36);

export function encodeView(v: ViewState, maxEntities = MAX_LIST): string {
  const q = new URLSearchParams();
  const entities = v.entities.slice(0, maxEntities);
  if (entities.length) q.set('e', entities.join(SEP));
  if (entities.length && entities.every((id) => v.positions[id])) {
    q.set(
      'p',
      entities.map((id) => `${b36(v.positions[id]!.x)}_${b36(v.positions[id]!.y)}`).join(SEP),
    );
  }
  if (v.rels && entities.length) q.set('r', v.rels.join(''));
  if (v.filters.hiddenLabels.length) q.set('hl', v.filters.hiddenLabels.join(SEP));
  if (v.filters.hiddenTypes.length) q.set('ht', v.filters.hiddenTypes.join(SEP));
  if (v.filters.from) q.set('from', v.filters.from);
  if (v.filters.to) q.set('to', v.filters.to);
  if (v.filters.mode === 'hide') q.set('mode', 'hide');
  if (v.filters.hideUndated) q.set('undated', 'hide');
  if (v.selection) q.set('sel', `${v.selection.kind === 'node' ? 'n' : 'e'}:${v.selection.id}`);
  if (v.panel) q.set('panel', v.panel);
  if (v.article) q.set('article', v.article);
  if (v.article && v.articleScroll) q.set('as', String(Math.round(v.articleScroll)));
  if (v.layout && v.layout !== 'fcose') q.set('layout', v.layout);
  return q.toString();
}

function list(raw: string | null, valid: { test: (s: string) => boolean }): string[] {
  if (!raw) return [];
  const seen = new Set<string>();
  for (const item of raw.split(/[.,]/).slice(0, MAX_LIST)) {
    const s = item.trim();
    if (valid.test(s)) seen.add(s);
  }
  return [...seen];
}

function realDate(s: string | null): string | undefined {
  return s && ISO_DATE_PATTERN.test(s) && isCalendarDate(s) ? s : undefined;
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
  decodePositions(v, q.get('p'));
  const r = q.get('r');
  if (r && v.entities.length && new RegExp(`^(?:[A-Za-z0-9_-]{${TOKEN_LENGTH}})+$`).test(r)) {
    v.rels = r.match(new RegExp(`.{${TOKEN_LENGTH}}`, 'g'))!.slice(0, MAX_LIST * 4);
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
  if (q.get('undated') === 'hide') v.filters.hideUndated = true;
  const sel = q.get('sel');
  if (sel?.startsWith('n:') && ID.test(sel.slice(2)))
    v.selection = { kind: 'node', id: sel.slice(2) };
  else if (sel?.startsWith('e:') && EDGE.test(sel.slice(2)))
    v.selection = { kind: 'edge', id: sel.slice(2) };
  const panel = q.get('panel');
  if (panel && (PANELS as readonly string[]).includes(panel)) v.panel = panel as PanelName;
  const article = q.get('article');
  if (article && ID.test(article)) v.article = article;
  const as = Number(q.get('as'));
  if (v.article && Number.isInteger(as) && as > 0 && as <= 1000) v.articleScroll = as;
  const layout = q.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) v.layout = layout as LayoutName;
  return v;
}

/** Positions aligned with `e` (`x_y` in base 36), or the older `id:x:y` items. */
function decodePositions(v: ViewState, raw: string | null): void {
  const items = (raw ?? '').split(/[.,]/).slice(0, MAX_LIST);
  const aligned =
    items.length === v.entities.length && items.every((i) => /^-?[0-9a-z]+_-?[0-9a-z]+$/.test(i));
  const onCanvas = new Set(v.entities);
  items.forEach((item, i) => {
    let id: string | undefined;
    let x: number;
    let y: number;
    if (aligned) {
      const [xs, ys] = item.split('_') as [string, string];
      id = v.entities[i];
      x = parseInt(xs, 36);
      y = parseInt(ys, 36);
    } else {
      const [rawId, xs, ys] = item.split(':');
      if (!rawId || !onCanvas.has(rawId) || !xs?.trim() || !ys?.trim()) return;
      id = rawId;
      x = Number(xs);
      y = Number(ys);
    }
    if (!id || !Number.isFinite(x) || !Number.isFinite(y)) return;
    if (Math.abs(x) > MAX_COORD || Math.abs(y) > MAX_COORD) return;
    v.positions[id] = { x: Math.round(x), y: Math.round(y) };
  });
}
