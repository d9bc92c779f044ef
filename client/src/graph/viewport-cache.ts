/**
 * A bitmap of the view that a big scene moves instead of redrawing while the analyst pans and
 * zooms (issue 16), and one full redraw once the view is still.
 *
 * Cytoscape's canvas renderer already pans and scales a texture of the view during a mouse or
 * touch gesture (`textureOnViewport`). But it paints that texture anew when the gesture starts,
 * at twice the pixel ratio on a 1x screen (`textureMult`), through a level of its layer cache
 * that does not exist yet, and without edges: at 5,000 nodes that first frame and the full
 * redraw when the button is released are the gesture's slowest frames. The modes:
 * - `cytoscape`: Cytoscape's own behaviour, to measure against.
 * - `snapshot`: the texture is a copy of what the screen shows (one blit of the node layer),
 *   taken just before Cytoscape's first texture frame: a gesture starts at the cost of a copy,
 *   and edges stay on screen while the view moves.
 * - `hold`: as `snapshot`, and every move of the view draws the bitmap, not only the ones
 *   Cytoscape counts as gestures (`panBy`, `zoom`, a fit animation, a result brought into view),
 *   across the short gaps between gestures too (a drag released into a wheel), until the view
 *   has been still for `viewportSettleMs` and a few frames; then one full redraw.
 * Only scenes above `textureOnViewportAbove` elements use it, on the canvas renderer (WebGL
 * draws from the GPU's own buffers). It works through the renderer's internals (its texture
 * cache, its wheel flag, its before-render hook): Cytoscape 3.34 has no public way to pause its
 * drawing or hand it a texture.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';
import { whenStill } from './still';

export type ViewportCacheMode = 'cytoscape' | 'snapshot' | 'hold';

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What Cytoscape's `drawing-redraw.mjs` reads from `r.textureCache`. */
export interface TextureCache {
  texture: HTMLCanvasElement;
  viewport: Viewport & { width: number; height: number; mpan: { x: number; y: number } };
}

/** The parts of Cytoscape's canvas renderer this module touches (3.34). */
interface Renderer {
  webgl?: unknown;
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  textureCache: TextureCache | null | undefined;
  prevViewport?: Viewport;
  canvasWidth: number;
  canvasHeight: number;
  NODE: number;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData: { dragging?: boolean; capture?: boolean };
  touchData?: { capture?: boolean };
  data: { canvases: HTMLCanvasElement[]; wheelZooming?: boolean };
  beforeRender(fn: (willDraw: boolean, now: number) => void, priority: number): void;
  redrawHint(kind: 'eles' | 'drag' | 'select', on: boolean): void;
  redraw(): void;
}

/**
 * The texture record for a bitmap of the screen drawn at `vp` on a canvas of `width` x `height`
 * device pixels: Cytoscape draws it over the model rectangle whose top-left corner is `mpan`.
 */
export function textureFor(
  texture: HTMLCanvasElement,
  vp: Viewport,
  width: number,
  height: number,
): TextureCache {
  return {
    texture,
    viewport: {
      zoom: vp.zoom,
      pan: { x: vp.pan.x, y: vp.pan.y },
      width,
      height,
      mpan: { x: -vp.pan.x / vp.zoom, y: -vp.pan.y / vp.zoom },
    },
  };
}

/** Whether a scene of `elements` uses the bitmap (and Cytoscape's gesture-time shortcuts). */
export function cacheApplies(elements: number): boolean {
  return elements > defaults.textureOnViewportAbove;
}

/**
 * Whether moves of this view draw the bitmap until it is still (`hold` on a big scene): then
 * whatever the view's new place calls for (a plainer style when it crowds) can wait for the
 * stop, since nothing else is drawn meanwhile.
 */
export function holdsMoves(cy: Core): boolean {
  const hold = cy.scratch('_kgHold') as (() => boolean) | undefined;
  return !!hold?.();
}

function renderer(cy: Core): Renderer {
  return (cy as unknown as { renderer: () => Renderer }).renderer();
}

/** Whether Cytoscape draws its texture on the next frame (its own test, drawing-redraw.mjs). */
function textureFrame(r: Renderer): boolean {
  return !!(r.pinching || r.hoverData.dragging || r.swipePanning || r.data.wheelZooming);
}

export function bindViewportCache(cy: Core, mode: ViewportCacheMode): void {
  if (mode === 'cytoscape') return;
  const r = renderer(cy);
  if (!r || r.webgl || typeof document === 'undefined') return;
  let elements = cy.elements().length;
  // Whether the screen is older than the scene: elements added, removed or moved since the last
  // full frame. Then no copy of it stands for the view.
  let stale = true;
  cy.on('add', () => {
    elements++;
    stale = true;
  });
  cy.on('remove', () => {
    elements--;
    stale = true;
  });
  cy.on('position', () => void (stale = true));
  let canvas: HTMLCanvasElement | null = null;

  // Before Cytoscape's first texture frame of a move: hand it a copy of the screen, so it does
  // not paint one itself. The node layer holds the last full frame, drawn at `prevViewport`.
  r.beforeRender((willDraw) => {
    if (!willDraw) return;
    if (!r.textureOnViewport || !textureFrame(r)) {
      stale = false;
      return;
    }
    if (r.textureCache || stale) return;
    const vp = r.prevViewport;
    const screen = r.data.canvases[r.NODE];
    if (!vp || !screen || !r.canvasWidth || !r.canvasHeight) return;
    canvas ??= document.createElement('canvas');
    if (canvas.width !== r.canvasWidth || canvas.height !== r.canvasHeight) {
      canvas.width = r.canvasWidth;
      canvas.height = r.canvasHeight;
    }
    const cx = canvas.getContext('2d');
    if (!cx) return;
    cx.setTransform(1, 0, 0, 1, 0, 0);
    cx.clearRect(0, 0, canvas.width, canvas.height);
    cx.drawImage(screen, 0, 0);
    r.textureCache = textureFor(canvas, vp, r.canvasWidth, r.canvasHeight);
  }, SNAPSHOT_PRIORITY);

  if (mode === 'hold') cy.scratch('_kgHold', () => cacheApplies(elements));
  let held = false;
  const moved = whenStill(cy, defaults.viewportSettleMs, () => {
    if (!held) return;
    held = false;
    // What Cytoscape's wheel handler does when the wheel stops: draw everything again.
    r.data.wheelZooming = false;
    r.redrawHint('eles', true);
    r.redraw();
  });
  cy.on('viewport', () => {
    const big = cacheApplies(elements);
    // The scene may have grown past the threshold since the canvas was made for a small one
    // (createCanvas sets these from the size it expects); a small scene keeps what it was given.
    if (big) {
      r.textureOnViewport = true;
      r.hideEdgesOnViewport = true;
    }
    // Before the first full frame of the scene as it is now (a load's fit), draw it in full.
    if (mode !== 'hold' || !big || stale || !r.prevViewport) return;
    held = true;
    r.data.wheelZooming = true;
    moved();
  });
}

/** After Cytoscape's own before-render work (animations, styles, texture queues: 100 – 400). */
const SNAPSHOT_PRIORITY = 50;
