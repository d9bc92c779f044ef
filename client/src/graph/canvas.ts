/**
 * The Cytoscape instance: its stylesheet (from graph/style.ts), performance switches (from
 * defaults.ts) and the layout runner. Node and edge labels are canvas text, so untrusted names
 * are drawn, never parsed.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { defaults } from '../defaults';
import { lazy } from '../ui/lazy';
import { applyLabels } from './labels';
import { bandFor, countInExtent, markLevelOfDetail, type Band } from './lod';
import { FONT, MAX_ZOOM, MIN_ZOOM } from './fit';
import { withSeed } from './seeded';
import { ALLEGED_DASH, DASHES, EDGE_STYLE, NODE_STYLE } from './style';
import { bindHitTest } from './hit-test';
import { whenStill } from './still';
import { bindViewportCache, holdsMoves, type ViewportCacheMode } from './viewport-cache';
import { detectWebgl } from './webgl';

// The fit computed before the elements exist, and label widths: pure, shared with the first
// painter (graph/first-painter.ts), which draws before Cytoscape has loaded.
export { fitViewport, labelWidth } from './fit';

/**
 * fcose (and the layout libraries under it) is a chunk of its own: main.ts starts fetching it
 * while the first graph loads, so it never delays the first request, and a layout waits for it.
 */
const fcose = lazy(() =>
  import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  }),
);
export function loadFcose(): Promise<void> {
  return fcose.get();
}

/**
 * The stylesheet for one zoom level. Node labels keep `labelFontPx` on screen whatever the
 * zoom (graph/labels.ts places them); edge labels show on hover, on selection, or once zoomed in
 * far enough to read them (`edgeLabelZoom`). In a big scene's `mid` and `far` bands
 * (graph/lod.ts) the level-of-detail rules come last and win.
 */
export function stylesheet(zoom = 1, band: Band = 'full'): StylesheetJson {
  const z = zoom || 1;
  const margin = 4 / z;
  const s: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-size': defaults.labelFontPx / z,
        'font-family': FONT,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': margin,
        'text-wrap': 'ellipsis',
        'text-max-width': `${defaults.labelMaxWidthPx / z}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.88,
        'text-background-padding': `${2 / z}px`,
        'text-background-shape': 'roundrectangle',
        width: 28,
        height: 28,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'background-color': '#94a3b8',
      },
    },
    { selector: 'node.lbl-top', style: { 'text-valign': 'top', 'text-margin-y': -margin } },
    {
      selector: 'node.lbl-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': margin,
      },
    },
    {
      selector: 'node.lbl-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': -margin,
      },
    },
    ...(['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const).map((corner) => {
      const [v, h] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
      return {
        selector: `node.lbl-${corner}`,
        style: {
          'text-valign': v,
          'text-halign': h,
          'text-margin-y': v === 'top' ? -margin : margin,
          'text-margin-x': 0,
        },
      };
    }),
    // A label that fits nowhere shows when its node is hovered or selected.
    { selector: 'node.lbl-off', style: { label: '' } },
    {
      selector: 'node.lbl-off.hover, node.lbl-off:selected',
      style: { label: 'data(name)', 'z-index': 20 },
    },
    {
      selector: 'node[?alleged]',
      style: { 'border-style': 'dotted', 'border-width': 3, 'border-color': '#7f1d1d' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        width: 'mapData(count, 1, 8, 1.5, 6)',
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        label: 'data(caption)',
        'font-size': 11 / z,
        'font-family': FONT,
        color: '#0f172a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${1 / z}px`,
        // Shown from `edgeLabelZoom` on, and on hover or selection (below).
        'min-zoomed-font-size': z >= defaults.edgeLabelZoom ? 0 : 1000,
      },
    },
  ];
  for (const [label, st] of Object.entries(NODE_STYLE)) {
    s.push({
      selector: `node[kind = "${label}"]`,
      style: { 'background-color': st.color, shape: st.shape },
    });
  }
  for (const [type, st] of Object.entries(EDGE_STYLE)) {
    const dash = DASHES[st.line];
    s.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': st.color,
        'target-arrow-color': st.color,
        'target-arrow-shape': st.arrow,
        'line-style': dash ? 'dashed' : 'solid',
        ...(dash ? { 'line-dash-pattern': dash } : {}),
      },
    });
  }
  s.push(
    {
      selector: 'edge[?alleged]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': ALLEGED_DASH },
    },
    { selector: 'edge[count > 1]', style: { 'font-weight': 'bold' } },
    {
      selector: 'edge.hover, edge:selected',
      style: { 'min-zoomed-font-size': 0, 'z-index': 30, 'text-background-opacity': 1 },
    },
    {
      selector: 'node:locked',
      style: { 'border-color': '#0f172a', 'border-width': 3, 'border-style': 'double' },
    },
    { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 5 },
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.path', style: { 'border-color': '#facc15', 'border-width': 5 } },
    {
      selector: 'edge.path',
      style: { 'line-color': '#facc15', 'target-arrow-color': '#facc15', width: 5, 'z-index': 10 },
    },
    { selector: '.path-dim', style: { opacity: 0.25 } },
    {
      selector: 'node.new',
      style: { 'overlay-color': '#22c55e', 'overlay-opacity': 0.15, 'overlay-padding': 6 },
    },
    // What the last saved article added (intake/screen.ts), until the next save.
    { selector: 'node.added', style: { 'border-color': '#16a34a', 'border-width': 5 } },
    {
      selector: 'edge.added',
      style: { 'line-color': '#16a34a', 'target-arrow-color': '#16a34a', width: 4 },
    },
  );
  if (band === 'mid' || band === 'far') s.push(...lodRules(z, band));
  return s;
}

/**
 * A big scene seen from afar: no labels but the folded-leaf counts, straight edges without
 * arrows, dashes or labels (the cheapest lines Cytoscape draws), one line per pair of nodes and,
 * in the `far` band, no edges. The selection keeps its label and its node.
 */
function lodRules(z: number, band: 'mid' | 'far'): StylesheetJson {
  return [
    { selector: 'node', style: { label: '' } },
    { selector: 'node.lod-leaf', style: { display: 'none' } },
    {
      selector: 'node[folded]',
      style: {
        label: 'data(foldLabel)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-x': 0,
        'text-margin-y': 0,
        color: '#ffffff',
        'font-weight': 'bold',
        'text-background-opacity': 0,
        width: 'mapData(folded, 3, 60, 34, 80)',
        height: 'mapData(folded, 3, 60, 34, 80)',
        // In model units, so the count grows with its hub and vanishes when too small to read.
        'font-size': 'mapData(folded, 3, 60, 13, 30)',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        label: '',
        ...(band === 'far' ? { display: 'none' } : {}),
      },
    },
    { selector: 'edge.lod-parallel', style: { display: 'none' } },
    { selector: 'edge[pair]', style: { width: 'mapData(pair, 2, 8, 2.5, 6)' } },
    {
      selector: 'node:selected, node.lod-leaf:selected',
      style: {
        display: 'element',
        label: 'data(name)',
        'font-size': defaults.labelFontPx / z,
        'z-index': 20,
      },
    },
  ];
}

export interface CanvasOptions {
  /** Levels of detail for big scenes (graph/lod.ts); off only to measure what they save. */
  lod: boolean;
  /** 'auto': WebGL when a hardware context exists and the view is expected to be big. */
  renderer: 'auto' | 'canvas' | 'webgl';
  /** How a big scene moves (graph/viewport-cache.ts); other than the default only to measure. */
  viewportCache: ViewportCacheMode;
  /** Hit tests on candidates near the pointer (graph/hit-test.ts); off only to measure. */
  cullHitTests: boolean;
}

export function createCanvas(
  container: HTMLElement,
  expectedElements: number,
  opts: Partial<CanvasOptions> = {},
): Core {
  const {
    lod = true,
    renderer = 'auto',
    viewportCache = defaults.viewportCache,
    cullHitTests = true,
  } = opts;
  const webgl =
    renderer === 'webgl' ||
    (renderer === 'auto' &&
      expectedElements > defaults.webglAboveElements &&
      detectWebgl().hardware);
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: true,
    selectionType: 'single',
    hideEdgesOnViewport: expectedElements > defaults.hideEdgesOnViewportAbove,
    textureOnViewport: expectedElements > defaults.textureOnViewportAbove,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  cy.scratch('_kg', { lod, band: 'full', zoom: 1, placedAt: 1, inView: 0 } satisfies CanvasState);
  bindLabels(cy);
  bindViewportCache(cy, viewportCache);
  if (cullHitTests) bindHitTest(cy);
  return cy;
}

interface CanvasState {
  lod: boolean;
  /** The zoom labels were last placed for: a zoom gesture re-places them once it moves 2 %. */
  placedAt: number;
  /** The band and zoom of the stylesheet in place. */
  band: Band;
  zoom: number;
  /** Nodes on screen when last counted (a big scene's band depends on it). */
  inView: number;
}

function state(cy: Core): CanvasState {
  return (
    (cy.scratch('_kg') as CanvasState | undefined) ?? {
      lod: false,
      band: 'full',
      zoom: 1,
      placedAt: 1,
      inView: 0,
    }
  );
}

interface NodeCache {
  /** The nodes' position objects (Cytoscape updates them in place when a node moves). */
  points: { x: number; y: number }[] | undefined;
}

/**
 * The nodes' positions, kept up to date by add and remove events: `cy.nodes()` builds a
 * collection of them all, too dear on every pan and zoom event of a big scene.
 */
function nodePoints(cy: Core): { x: number; y: number }[] {
  let c = cy.scratch('_kgNodes') as NodeCache | undefined;
  if (!c) {
    const cache: NodeCache = { points: undefined };
    cy.on('add remove', 'node', () => (cache.points = undefined));
    cy.scratch('_kgNodes', cache);
    c = cache;
  }
  c.points ??= cy.nodes().map((n) => n.position());
  return c.points;
}

function nodeCount(cy: Core): number {
  return nodePoints(cy).length;
}

/** Counts the nodes on screen now (for a big scene's band). */
function countInView(cy: Core): number {
  return countInExtent(nodePoints(cy), cy.extent());
}

/** The level-of-detail band for the current zoom and the nodes on screen when last counted. */
export function currentBand(cy: Core): Band {
  const st = state(cy);
  return st.lod ? bandFor(nodeCount(cy), cy.zoom() || 1, st.inView) : 'full';
}

/**
 * Re-places labels when a zoom gesture ends: one animation frame after its last event in a
 * small scene. In a big one, once the view has been still for `lodSettleMs` and for a few
 * animation frames (a gesture sends an event every frame, and one slow frame must not pass for
 * a pause), and only for what is in view; the band is chosen again then, from the zoom and the
 * nodes on screen. A mouse button or finger still down is a gesture not yet ended. A gesture
 * that crowds the screen in the `near` band drops to `mid` at once (cheaper from the next frame
 * on) unless the view moves as a bitmap; detail only comes back once the view is still.
 */
function bindLabels(cy: Core): void {
  let frame = 0;
  const moved = whenStill(cy, defaults.lodSettleMs, () => {
    const st = state(cy);
    const zoomed = Math.abs(cy.zoom() - st.placedAt) / st.placedAt >= 0.02;
    st.inView = countInView(cy);
    const band = currentBand(cy);
    if (zoomed || band !== st.band || band === 'near') placeLabels(cy);
  });
  cy.on('zoom pan', (ev) => {
    if (currentBand(cy) === 'full') {
      if (ev.type !== 'zoom') return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const last = state(cy).placedAt;
        if (Math.abs(cy.zoom() - last) / last < 0.02) return;
        placeLabels(cy);
      });
      return;
    }
    moved();
    const st = state(cy);
    // While the view moves as a bitmap (graph/viewport-cache.ts) a restyle would only cost:
    // the band is chosen again once it is still.
    if (st.band === 'near' && !holdsMoves(cy)) {
      st.inView = countInView(cy);
      if (currentBand(cy) !== 'near') restyle(cy, cy.zoom() || 1);
    }
  });
}

/**
 * Puts the stylesheet for `zoom` in place (labels keep their size on screen). A big scene in the
 * `mid` or `far` band draws no zoom-sized text, so its sheet is swapped only when the band
 * changes: a restyle of thousands of elements costs a frame or more.
 */
export function restyle(cy: Core, zoom: number): boolean {
  const st = state(cy);
  const band = st.lod ? bandFor(nodeCount(cy), zoom, st.inView) : 'full';
  if (band === st.band && (band === 'mid' || band === 'far')) return false;
  // Within 2 % of the zoom the sheet was made for, labels stay within 2 % of their size on
  // screen: no restyle (it redoes every element's style and measurements), as for a zoom
  // gesture (`bindLabels`). A fit after a layout usually lands this close.
  if (band === st.band && Math.abs(zoom - st.zoom) / st.zoom < 0.02) return false;
  st.band = band;
  st.zoom = zoom;
  cy.style(stylesheet(zoom, band));
  return true;
}

/**
 * A scene growing past `lodAboveNodes` from a smaller one (or an empty canvas) is styled for the
 * `mid` band until a fit or zoom says otherwise (placeLabels); a scene shrinking below it goes
 * back to the full sheet.
 */
export function styleForSize(cy: Core, nodes: number): void {
  const st = state(cy);
  if (!st.lod) return;
  const big = nodes > defaults.lodAboveNodes;
  if (big && st.band === 'full') {
    st.band = 'mid';
    cy.style(stylesheet(st.zoom, 'mid'));
  } else if (!big && st.band !== 'full') {
    st.band = 'full';
    cy.style(stylesheet(cy.zoom() || 1, 'full'));
  }
}

/**
 * The viewport `cy.fit(undefined, padding)` gives on a `width` x `height` canvas, from the
 * elements' measured boxes: the first load fits while its canvas is out of the layout (no
 * size). Null when there is nothing to fit.
 */
export function exactFitViewport(
  cy: Core,
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } | null {
  const bb = cy.elements().boundingBox();
  if (!(bb.w > 0 && bb.h > 0 && width > 0 && height > 0)) return null;
  const fit = Math.min((width - 2 * padding) / bb.w, (height - 2 * padding) / bb.h);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fit));
  return {
    zoom,
    pan: { x: (width - zoom * (bb.x1 + bb.x2)) / 2, y: (height - zoom * (bb.y1 + bb.y2)) / 2 },
  };
}

/** Places the labels for the current zoom (after a layout, a fit or a filter). */
export function placeLabels(cy: Core): void {
  const st = state(cy);
  st.placedAt = cy.zoom() || 1;
  if (st.lod) st.inView = countInView(cy);
  const band = currentBand(cy);
  if (band === 'mid' || band === 'far') {
    restyle(cy, cy.zoom() || 1);
    return;
  }
  // A big scene up close: only the nodes in view (and a margin) compete for label space.
  applyLabels(cy, (zoom) => restyle(cy, zoom), band === 'near' ? inView(cy) : undefined);
}

/** The nodes within the viewport, with a margin of half its size on every side. */
function inView(cy: Core): cytoscape.NodeCollection {
  const e = cy.extent();
  const mx = e.w / 2;
  const my = e.h / 2;
  return cy.nodes().filter((n) => {
    const p = n.position();
    return p.x > e.x1 - mx && p.x < e.x2 + mx && p.y > e.y1 - my && p.y < e.y2 + my;
  });
}

/** Marks leaves and parallel edges for the big-scene bands (after every scene change). */
export function markDetail(cy: Core): void {
  if (state(cy).lod) markLevelOfDetail(cy);
}

/**
 * Runs a layout and resolves when it stops. With a `seed`, the layout's random numbers come
 * from it (graph/seeded.ts): the same view gets the same positions on every load.
 */
export async function runLayout(
  eles: cytoscape.CollectionReturnValue | Core,
  options: Record<string, unknown>,
  seed?: number,
): Promise<void> {
  if (options.name === 'fcose') await loadFcose();
  return new Promise((resolve) => {
    const layout = (eles as Core).layout(options as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    if (seed === undefined) layout.run();
    else withSeed(seed, () => layout.run());
  });
}
