/**
 * The first painter: draws the first graph on a plain 2D canvas before Cytoscape has loaded.
 * Node bodies in their type's colour and shape, edges as lines with an arrow head in their
 * type's colour and dash, and the names as canvas text (fillText: an untrusted name is drawn,
 * never parsed), placed by the same collision rules as the real canvas (graph/labels.ts) at the
 * same fit (graph/fit.ts). A few ms of work on a phone, where Cytoscape's evaluation and first
 * draw are tens of ms each (docs/benchmarks.md §3).
 *
 * It sits over Cytoscape's container as a child of it, so every pointer event still reaches
 * Cytoscape's listeners; view/handover.ts removes it when Cytoscape draws its first frame.
 * No Cytoscape import here: this module is in the page's entry chunk.
 */
import { defaults } from '../defaults';
import { FONT, NODE_HALF, fitViewport, labelWidth } from './fit';
import type { ElementDefs } from './elements';
import { boxAt, placeLabels, type LabelInput, type Side } from './labels';
import { ALLEGED_DASH, DASHES, edgeStyle, nodeStyle, type NodeShape } from './style';

export interface PaintNode {
  id: string;
  name: string;
  kind: string;
  alleged: boolean;
  /** Model position. */
  x: number;
  y: number;
  /** Where the label goes; null: no label (it fits nowhere). */
  side: Side | null;
  selected?: boolean;
}

export interface PaintEdge {
  source: string;
  target: string;
  type: string;
  count: number;
  alleged: boolean;
}

/** A picture: the elements in model units and the viewport that shows them. */
export interface PaintScene {
  nodes: PaintNode[];
  edges: PaintEdge[];
  zoom: number;
  pan: { x: number; y: number };
}

/** A drawn label's box on the canvas (CSS px), for tests and debugging. */
export interface PaintedLabel {
  id: string;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Gap between a node's body and its label, on screen (the stylesheet's text margin). */
const LABEL_MARGIN = 4;
/** The label background's padding on screen. */
const LABEL_PAD = 2;
/** Cytoscape's default distance between the control points of parallel edges (model units). */
const PARALLEL_STEP = 40;

/**
 * The picture of a first graph: the worker's positions, fitted to a `width` x `height` canvas as
 * the controller fits it (padding 40), labels placed most important first (its statements).
 */
export function sceneFromLayout(
  defs: ElementDefs,
  positions: Record<string, { x: number; y: number }>,
  width: number,
  height: number,
): PaintScene {
  const nodes = defs.nodes.filter((d) => positions[d.data.id]);
  const { zoom, pan } = fitViewport(
    nodes.map((d) => ({ ...positions[d.data.id]!, labelWidth: labelWidth(d.data.name) })),
    width,
    height,
    40,
  );
  const statements = new Map<string, number>();
  for (const e of defs.edges)
    for (const id of [e.data.source, e.data.target])
      statements.set(id, (statements.get(id) ?? 0) + e.data.count);
  // As graph/labels.ts `applyLabels` measures them, in model units at this zoom.
  const gap = 2 / zoom;
  const input: LabelInput[] = nodes.map((d) => {
    const p = positions[d.data.id]!;
    return {
      id: d.data.id,
      x: p.x,
      y: p.y,
      body: { x1: p.x - NODE_HALF, y1: p.y - NODE_HALF, x2: p.x + NODE_HALF, y2: p.y + NODE_HALF },
      w: labelWidth(d.data.name) / zoom + 2 * gap,
      h: (defaults.labelFontPx + 2 * LABEL_PAD) / zoom + 2 * gap,
      gap: Math.max(0, (LABEL_MARGIN - LABEL_PAD) / zoom - gap),
      importance: statements.get(d.data.id) ?? 0,
    };
  });
  const sides = placeLabels(input);
  return {
    zoom,
    pan,
    nodes: nodes.map((d) => ({
      id: d.data.id,
      name: d.data.name,
      kind: d.data.kind,
      alleged: d.data.alleged === true,
      ...positions[d.data.id]!,
      side: sides.get(d.data.id) ?? null,
    })),
    edges: defs.edges.map((e) => ({
      source: e.data.source,
      target: e.data.target,
      type: e.data.type,
      count: e.data.count,
      alleged: e.data.alleged,
    })),
  };
}

/** The label text as the stylesheet's ellipsis cuts it at `labelMaxWidthPx`. */
function ellipsize(ctx: CanvasRenderingContext2D, text: string): string {
  const max = defaults.labelMaxWidthPx;
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** A node's outline, centred on (x, y) with half-size r. */
function shapePath(
  ctx: CanvasRenderingContext2D,
  shape: NodeShape,
  x: number,
  y: number,
  r: number,
) {
  ctx.beginPath();
  const poly = (pts: [number, number][]) => {
    pts.forEach(([px, py], i) =>
      i ? ctx.lineTo(x + px * r, y + py * r) : ctx.moveTo(x + px * r, y + py * r),
    );
    ctx.closePath();
  };
  switch (shape) {
    case 'ellipse':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'rectangle':
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      break;
    case 'round-rectangle':
      ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r / 2);
      break;
    case 'diamond':
      poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
      break;
    case 'triangle':
      poly([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
      break;
    case 'hexagon':
      poly([
        [-1, 0],
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
      ]);
      break;
    case 'star': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const k = i % 2 ? 0.45 : 1;
        pts.push([Math.cos(a) * k, Math.sin(a) * k]);
      }
      poly(pts);
      break;
    }
  }
}

export class FirstPainter {
  /** 'waiting' until the first paint, 'painted' while shown, 'gone' once removed. */
  state: 'waiting' | 'painted' | 'gone' = 'waiting';
  /** The labels of the last picture, as drawn. */
  labels: PaintedLabel[] = [];
  readonly canvas: HTMLCanvasElement;

  constructor(private readonly host: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'first-picture';
    this.canvas.dataset.testid = 'first-picture';
    // The names are on the canvas as pixels; assistive technology reads the real canvas's label.
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /** Draws (or redraws) the picture over the host; nothing once removed. */
  paint(scene: PaintScene): void {
    if (this.state === 'gone') return;
    const width = this.host.clientWidth;
    const height = this.host.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    const c = this.canvas;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const { zoom, pan } = scene;
    const at = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    const byId = new Map(scene.nodes.map((n) => [n.id, n]));
    this.drawEdges(ctx, scene, byId, at);
    const r = 14 * zoom;
    for (const n of scene.nodes) {
      const p = at(n);
      const look = nodeStyle(n.kind);
      shapePath(ctx, look.shape, p.x, p.y, r);
      ctx.fillStyle = look.color;
      ctx.fill();
      ctx.setLineDash(n.alleged ? [1.5 * zoom, 3 * zoom] : []);
      ctx.lineWidth = (n.selected ? 4 : n.alleged ? 3 : 1.5) * zoom;
      ctx.strokeStyle = n.selected ? '#f59e0b' : n.alleged ? '#7f1d1d' : '#ffffff';
      ctx.stroke();
    }
    ctx.setLineDash([]);
    this.labels = this.drawLabels(ctx, scene, at);
    c.dataset.state = 'painted';
    if (!c.isConnected) this.host.append(c);
    this.state = 'painted';
  }

  private drawEdges(
    ctx: CanvasRenderingContext2D,
    scene: PaintScene,
    byId: Map<string, PaintNode>,
    at: (p: { x: number; y: number }) => { x: number; y: number },
  ): void {
    const { zoom } = scene;
    // Parallel edges (either direction) fan out as Cytoscape's bezier edges do.
    const pairs = new Map<string, PaintEdge[]>();
    for (const e of scene.edges) {
      const key = e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`;
      pairs.set(key, [...(pairs.get(key) ?? []), e]);
    }
    for (const group of pairs.values())
      group.forEach((e, i) => {
        const s = byId.get(e.source);
        const t = byId.get(e.target);
        if (!s || !t || s === t) return;
        const a = at(s);
        const b = at(t);
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        // The normal of the pair's canonical direction, so both directions fan the same way.
        const flip = e.source < e.target ? 1 : -1;
        const nx = (-(b.y - a.y) / len) * flip;
        const ny = ((b.x - a.x) / len) * flip;
        const offset = (i - (group.length - 1) / 2) * PARALLEL_STEP * zoom;
        const cx = (a.x + b.x) / 2 + nx * offset;
        const cy = (a.y + b.y) / 2 + ny * offset;
        const look = edgeStyle(e.type);
        const width = (1.5 + ((Math.min(8, Math.max(1, e.count)) - 1) * 4.5) / 7) * zoom;
        const dash = e.alleged ? ALLEGED_DASH : DASHES[look.line];
        // From the edge of the source's body to the edge of the target's, arrow at the end.
        const r = 15.5 * zoom;
        const dir = (fx: number, fy: number, tx: number, ty: number) => {
          const d = Math.hypot(tx - fx, ty - fy) || 1;
          return { x: (tx - fx) / d, y: (ty - fy) / d };
        };
        const d0 = dir(a.x, a.y, cx, cy);
        const d1 = dir(cx, cy, b.x, b.y);
        const arrow = Math.max(6, width * 3);
        const start = { x: a.x + d0.x * r, y: a.y + d0.y * r };
        const tip = { x: b.x - d1.x * r, y: b.y - d1.y * r };
        const end = { x: tip.x - d1.x * arrow, y: tip.y - d1.y * arrow };
        ctx.strokeStyle = look.color;
        ctx.fillStyle = look.color;
        ctx.lineWidth = width;
        ctx.setLineDash(dash ? dash.map((v) => v * zoom) : []);
        ctx.beginPath();
        ctx.moveTo(start.x, start.y);
        if (offset === 0) ctx.lineTo(end.x, end.y);
        else ctx.quadraticCurveTo(cx, cy, end.x, end.y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.moveTo(tip.x, tip.y);
        ctx.lineTo(end.x - d1.y * arrow * 0.6, end.y + d1.x * arrow * 0.6);
        ctx.lineTo(end.x + d1.y * arrow * 0.6, end.y - d1.x * arrow * 0.6);
        ctx.closePath();
        ctx.fill();
      });
  }

  private drawLabels(
    ctx: CanvasRenderingContext2D,
    scene: PaintScene,
    at: (p: { x: number; y: number }) => { x: number; y: number },
  ): PaintedLabel[] {
    const font = defaults.labelFontPx;
    ctx.font = `${font}px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    const half = 15.5 * scene.zoom;
    const out: PaintedLabel[] = [];
    for (const n of scene.nodes) {
      if (!n.side) continue;
      const p = at(n);
      const text = ellipsize(ctx, n.name);
      const w = ctx.measureText(text).width + 2 * LABEL_PAD;
      const h = font + 2 * LABEL_PAD;
      // The same box geometry as the placement (graph/labels.ts), in screen units.
      const box = boxAt(
        {
          id: n.id,
          x: p.x,
          y: p.y,
          body: { x1: p.x - half, y1: p.y - half, x2: p.x + half, y2: p.y + half },
          w,
          h,
          gap: LABEL_MARGIN - LABEL_PAD,
          importance: 0,
        },
        n.side,
      );
      ctx.fillStyle = 'rgba(255, 255, 255, 0.88)';
      ctx.beginPath();
      ctx.roundRect(box.x1, box.y1, w, h, 3);
      ctx.fill();
      ctx.fillStyle = '#0f172a';
      ctx.fillText(text, box.x1 + LABEL_PAD, box.y1 + h / 2);
      out.push({ id: n.id, name: n.name, x: box.x1, y: box.y1, w, h });
    }
    return out;
  }

  /** Takes the picture away (Cytoscape has drawn, or the first load went another way). */
  remove(): void {
    this.state = 'gone';
    this.labels = [];
    this.canvas.remove();
  }
}
