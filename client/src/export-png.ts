/**
 * The PNG export: the graph as drawn, under a title line (what it is, when, how much) and above
 * a legend of the node types and relationship types in it, so the picture explains itself when
 * it is pasted into a report. Drawn on a 2D canvas; names never become markup.
 */
import type { Core } from 'cytoscape';
import { DASHES, ALLEGED_DASH, edgeStyle, nodeStyle } from './graph/style';

const SCALE = 2;
/** Height of the title band above the graph, in image pixels. */
export const TITLE_HEIGHT = 2 * 18 * SCALE + 16 * SCALE;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The graph image could not be drawn.'));
    img.src = src;
  });
}

/** The graph with a title and a legend, as a PNG blob. */
export async function exportPng(cy: Core, title: string): Promise<Blob> {
  const graph = await loadImage(
    cy.png({ output: 'base64uri', full: true, scale: SCALE, bg: '#ffffff' }) as string,
  );
  const kinds = [...new Set(cy.nodes().map((n) => n.data('kind') as string))].sort();
  const types = [...new Set(cy.edges().map((e) => e.data('type') as string))].sort();
  const alleged = cy.edges('[?alleged]').nonempty();

  const pad = 16 * SCALE;
  const row = 18 * SCALE;
  const colWidth = 230 * SCALE;
  const width = Math.max(graph.width + 2 * pad, 3 * colWidth + 2 * pad);
  const cols = Math.max(1, Math.floor((width - 2 * pad) / colWidth));
  const entries = kinds.length + types.length + (alleged ? 1 : 0);
  const legendHeight = Math.ceil(entries / cols) * row + 2 * pad + row;
  const titleHeight = TITLE_HEIGHT;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = titleHeight + graph.height + legendHeight;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);

  g.fillStyle = '#0f172a';
  g.font = `600 ${15 * SCALE}px ${FONT}`;
  g.textBaseline = 'middle';
  g.fillText(title, pad, pad + row / 2);
  g.font = `${12 * SCALE}px ${FONT}`;
  g.fillStyle = '#334155';
  const statements = cy
    .edges()
    .toArray()
    .reduce((s, e) => s + (e.data('count') as number), 0);
  g.fillText(
    `${cy.nodes().length} nodes · ${statements} relationships · exported ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    pad,
    pad + (3 * row) / 2,
  );
  g.drawImage(graph, (width - graph.width) / 2, titleHeight);

  let y0 = titleHeight + graph.height + pad;
  g.strokeStyle = '#e2e8f0';
  g.lineWidth = SCALE;
  g.beginPath();
  g.moveTo(pad, y0 - pad / 2);
  g.lineTo(width - pad, y0 - pad / 2);
  g.stroke();
  g.fillStyle = '#0f172a';
  g.font = `600 ${12 * SCALE}px ${FONT}`;
  g.fillText('Legend', pad, y0 + row / 2);
  y0 += row;
  g.font = `${11 * SCALE}px ${FONT}`;
  let i = 0;
  const at = () => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    i += 1;
    return { x: pad + c * colWidth, y: y0 + r * row + row / 2 };
  };
  for (const kind of kinds) {
    const { x, y } = at();
    g.fillStyle = nodeStyle(kind).color;
    g.beginPath();
    g.arc(x + 8 * SCALE, y, 6 * SCALE, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#0f172a';
    g.fillText(kind, x + 34 * SCALE, y);
  }
  const line = (x: number, y: number, color: string, dash: number[] | null) => {
    g.strokeStyle = color;
    g.fillStyle = color;
    g.lineWidth = 2.5 * SCALE;
    g.setLineDash(dash ? dash.map((d) => d * SCALE) : []);
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + 22 * SCALE, y);
    g.stroke();
    g.setLineDash([]);
    g.beginPath();
    g.moveTo(x + 28 * SCALE, y);
    g.lineTo(x + 21 * SCALE, y - 4 * SCALE);
    g.lineTo(x + 21 * SCALE, y + 4 * SCALE);
    g.closePath();
    g.fill();
  };
  for (const type of types) {
    const { x, y } = at();
    const st = edgeStyle(type);
    line(x, y, st.color, DASHES[st.line]);
    g.fillStyle = '#0f172a';
    g.fillText(type, x + 34 * SCALE, y);
  }
  if (alleged) {
    const { x, y } = at();
    line(x, y, '#475569', ALLEGED_DASH);
    g.fillStyle = '#0f172a';
    g.fillText('alleged (dotted)', x + 34 * SCALE, y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
  );
}
