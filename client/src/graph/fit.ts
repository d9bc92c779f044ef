/**
 * The canvas's geometry that needs no Cytoscape: its zoom limits and label font, how wide a
 * node's label is on screen, and the viewport that fits a set of points with their labels. The
 * first painter (graph/first-painter.ts) uses it before Cytoscape has loaded; graph/canvas.ts
 * re-exports it for the rest.
 */
import { defaults } from '../defaults';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The canvas's zoom limits. */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;
/** Node body half-size in model units (width 28 and its border). */
export const NODE_HALF = 15.5;

/**
 * The viewport that fits nodes at `points` (their centres) into a `width` x `height` canvas with
 * `padding` around them, as `cy.fit` would, computed before the nodes are on the canvas: a label
 * (one line under the node, `labelFontPx` on screen) is part of the padding, and a point's
 * `labelWidth` (on screen, `labelWidth()`) how far its label reaches either side.
 */
export function fitViewport(
  points: readonly { x: number; y: number; labelWidth?: number }[],
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } {
  if (!points.length || width <= 0 || height <= 0)
    return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  // Half a node on every side, in model units.
  y1 -= NODE_HALF;
  y2 += NODE_HALF;
  const label = defaults.labelFontPx * 2;
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding - label);
  // Across, on screen at zoom z: each node's body or its label (which keeps its size on
  // screen), whichever is wider. The extent grows with z: the widest zoom that fits is found by
  // halving the interval.
  const across = (z: number) => {
    let l = Infinity;
    let r = -Infinity;
    for (const p of points) {
      const half = Math.max(NODE_HALF * z, (p.labelWidth ?? 0) / 2);
      l = Math.min(l, p.x * z - half);
      r = Math.max(r, p.x * z + half);
    }
    return { l, r };
  };
  const fits = (z: number) => {
    const { l, r } = across(z);
    return r - l <= w;
  };
  let zoomX = MAX_ZOOM;
  if (!fits(MAX_ZOOM)) {
    let lo = MIN_ZOOM;
    let hi = MAX_ZOOM;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    zoomX = lo;
  }
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(zoomX, h / (y2 - y1))));
  const { l, r } = across(zoom);
  return {
    zoom,
    pan: {
      x: (width - (l + r)) / 2,
      y: (height - label - zoom * (y1 + y2)) / 2,
    },
  };
}

let measurer: CanvasRenderingContext2D | null | undefined;

/**
 * How wide a node's label is on screen (px): its text at `labelFontPx`, cut at
 * `labelMaxWidthPx` as the stylesheet's ellipsis does, with its background's padding. Without a
 * canvas to measure on (headless), an estimate from the length.
 */
export function labelWidth(text: string): number {
  if (measurer === undefined) {
    measurer =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (measurer) measurer.font = `${defaults.labelFontPx}px ${FONT}`;
  }
  const raw = measurer
    ? measurer.measureText(text).width
    : text.length * defaults.labelFontPx * 0.6;
  return Math.min(raw, defaults.labelMaxWidthPx) + 4;
}
