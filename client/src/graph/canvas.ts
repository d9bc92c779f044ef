/**
 * The Cytoscape instance: its stylesheet (from graph/style.ts), performance switches (from
 * defaults.ts) and the layout runner. Node and edge labels are canvas text, so untrusted names
 * are drawn, never parsed.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { defaults } from '../defaults';
import { ALLEGED_LINE, EDGE_STYLE, NODE_STYLE } from './style';

cytoscape.use(fcose);

function stylesheet(): StylesheetJson {
  const s: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-size': 11,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
        width: 28,
        height: 28,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'background-color': '#94a3b8',
      },
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
        'arrow-scale': 0.8,
        width: 'mapData(count, 1, 8, 1.5, 6)',
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        label: 'data(caption)',
        'font-size': 8,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Plain type captions appear when zoomed in; bundle counts (below) always show.
        'min-zoomed-font-size': 10,
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
    s.push({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': st.color, 'target-arrow-color': st.color, 'line-style': st.line },
    });
  }
  s.push(
    { selector: 'edge[?alleged]', style: { 'line-style': ALLEGED_LINE } },
    {
      selector: 'edge[count > 1]',
      style: { 'font-weight': 'bold', 'font-size': 9, color: '#0f172a', 'min-zoomed-font-size': 4 },
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
  return cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
    selectionType: 'single',
    hideEdgesOnViewport: expectedElements > defaults.hideEdgesOnViewportAbove,
    textureOnViewport: expectedElements > defaults.textureOnViewportAbove,
  });
}

/** Runs a layout and resolves when it stops. */
export function runLayout(
  eles: cytoscape.CollectionReturnValue | Core,
  options: Record<string, unknown>,
): Promise<void> {
  return new Promise((resolve) => {
    const layout = (eles as Core).layout(options as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
