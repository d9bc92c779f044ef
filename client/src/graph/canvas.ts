/**
 * The Cytoscape instance: its stylesheet (from graph/style.ts), performance switches (from
 * defaults.ts) and the layout runner. Node and edge labels are canvas text, so untrusted names
 * are drawn, never parsed.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { defaults } from '../defaults';
import { lazy } from '../ui/lazy';
import { applyLabels } from './labels';
import { withSeed } from './seeded';
import { ALLEGED_DASH, DASHES, EDGE_STYLE, NODE_STYLE } from './style';

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

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The stylesheet for one zoom level. Node labels keep `labelFontPx` on screen whatever the
 * zoom (graph/labels.ts places them); edge labels show on hover, on selection, or once zoomed in
 * far enough to read them (`edgeLabelZoom`).
 */
export function stylesheet(zoom = 1): StylesheetJson {
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
  return s;
}

export function createCanvas(container: HTMLElement, expectedElements: number): Core {
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    hideEdgesOnViewport: expectedElements > defaults.hideEdgesOnViewportAbove,
    textureOnViewport: expectedElements > defaults.textureOnViewportAbove,
  });
  bindLabels(cy, (zoom) => restyle(cy, zoom));
  return cy;
}

/** Re-places labels when a zoom gesture ends (one animation frame after its last event). */
function bindLabels(cy: Core, restyle: (zoom: number) => void): void {
  let frame = 0;
  let lastZoom = cy.zoom();
  cy.on('zoom', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (Math.abs(cy.zoom() - lastZoom) / lastZoom < 0.02) return;
      lastZoom = cy.zoom();
      applyLabels(cy, restyle);
    });
  });
}

/** Puts the stylesheet for `zoom` in place (labels keep their size on screen). */
export function restyle(cy: Core, zoom: number): void {
  cy.style(stylesheet(zoom));
}

/** Places the labels for the current zoom (after a layout, a fit or a filter). */
export function placeLabels(cy: Core): void {
  applyLabels(cy, (zoom) => restyle(cy, zoom));
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
