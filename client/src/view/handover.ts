/**
 * From the first painter's picture (graph/first-painter.ts) to Cytoscape's canvas. While the
 * picture shows, Cytoscape holds its frames: it builds the first graph underneath (elements,
 * styles, measurements, the fit, the labels) but draws nothing. When the first load is done the
 * picture is redrawn from Cytoscape's own state (its positions, viewport, label sides), so it is
 * the picture Cytoscape would draw. Cytoscape takes over, drawing its first frame and removing
 * the picture in the same task, at the first thing that changes what is shown: a pointer or key
 * on the canvas, a resize, any change to the graph or the view.
 *
 * Until then, a pointer event on the picture still reaches Cytoscape's listeners (the picture
 * is a child of its container, and Cytoscape hit-tests by position): a click selects.
 *
 * Cytoscape's draw is one task of 40 – 47 ms of CPU on a phone (docs/benchmarks.md §3); held,
 * it runs when the analyst first touches the canvas, not during the page load. Holding uses the
 * renderer's `render` method (not public API); without it the picture is removed at once.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { FirstPainter, PaintScene } from '../graph/first-painter';
import type { Side } from '../graph/labels';

interface FrameCallback {
  fn: (willDraw: boolean, now: number) => void;
  priority: number;
}

interface Renderer {
  render: (opts?: unknown) => void;
  /** Run on every animation frame before the draw (texture caches, animations). */
  beforeRenderCallbacks?: FrameCallback[];
  redraw: () => void;
  redrawHint: (group: string, value: boolean) => void;
  requestedFrame?: boolean;
}

/** The events that mean the analyst is at the canvas: Cytoscape takes over at once. */
const INPUT = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'];

/** Cytoscape's state as the painter's picture: what it would draw now. */
export function sceneOf(cy: Core): PaintScene {
  const sides = ['top', 'right', 'left', 'bottom-right', 'top-right', 'bottom-left', 'top-left'];
  return {
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    nodes: cy
      .nodes()
      .toArray()
      .filter((n) => !n.hasClass('filtered'))
      .map((n) => ({
        id: n.id(),
        name: String(n.data('name') ?? ''),
        kind: String(n.data('kind') ?? ''),
        alleged: n.data('alleged') === true,
        ...(n as NodeSingular).position(),
        side: n.hasClass('lbl-off')
          ? null
          : ((sides.find((s) => n.hasClass(`lbl-${s}`)) ?? 'bottom') as Side),
        selected: n.selected(),
      })),
    edges: cy
      .edges()
      .toArray()
      .filter((e) => !e.hasClass('filtered'))
      .map((e) => ({
        source: String(e.data('source')),
        target: String(e.data('target')),
        type: String(e.data('type')),
        count: Number(e.data('count') ?? 1),
        alleged: e.data('alleged') === true,
      })),
  };
}

export interface Handover {
  /** True while the picture shows and Cytoscape holds its frames. */
  readonly holding: boolean;
  /** The first load is done: redraw the picture from Cytoscape, hand over at the next change. */
  settle(): void;
  /** Hand over now (the picture failed, or the first load went without it). */
  release(): void;
}

export function holdForPainter(cy: Core, painter: FirstPainter, host: HTMLElement): Handover {
  const r = (cy as unknown as { renderer?: () => Renderer }).renderer?.();
  let phase: 'held' | 'settled' | 'releasing' | 'done' = 'held';
  /** Input came while the first load was still building: hand over as soon as it is done. */
  let wanted = false;
  const real = r?.render;
  // The per-frame work before a draw (texture caches, animations: ~4 ms a frame on a phone)
  // waits too: nothing is drawn, and no animation runs during the first load.
  const frameWork = r?.beforeRenderCallbacks;
  if (r && Array.isArray(frameWork)) r.beforeRenderCallbacks = [];

  /** Cytoscape draws from now on; `drawn`: its first frame is on the canvas already. */
  const finish = (drawn: boolean) => {
    phase = 'done';
    for (const type of INPUT) host.removeEventListener(type, onInput, true);
    painter.remove();
    if (!r || !real) return;
    if (Array.isArray(frameWork))
      r.beforeRenderCallbacks = [...frameWork, ...(r.beforeRenderCallbacks ?? [])].sort(
        (a, b) => b.priority - a.priority,
      );
    r.render = real;
    if (drawn) return;
    // The frames dropped while held left the layers marked clean: draw everything.
    r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
  };
  const release = () => {
    if (phase === 'done' || phase === 'releasing') return;
    if (!r || !real || painter.state !== 'painted') {
      finish(false);
      return;
    }
    phase = 'releasing';
    r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
  };
  function onInput(): void {
    if (phase === 'settled') release();
    else wanted = true;
  }

  if (!r || typeof real !== 'function') {
    finish(false);
  } else {
    r.render = (opts?: unknown) => {
      // A drawing into another context (the PNG export, a texture) is not a frame: as is.
      if ((opts as { forcedContext?: unknown } | undefined)?.forcedContext) {
        real.call(r, opts);
        return;
      }
      if (phase === 'held') return; // building underneath the picture: nothing drawn
      if (phase === 'settled') {
        // Something changed what the picture shows: Cytoscape takes over in this frame.
        r.redrawHint('eles', true);
        r.redrawHint('drag', true);
      }
      real.call(r, opts);
      // Cytoscape's first frame and the picture's removal land in the same frame.
      finish(true);
    };
    for (const type of INPUT) host.addEventListener(type, onInput, true);
  }

  return {
    get holding() {
      return phase !== 'done';
    },
    settle() {
      if (phase !== 'held') return;
      if (painter.state !== 'painted' || wanted) {
        release();
        return;
      }
      painter.paint(sceneOf(cy));
      // What the first load changed is in the picture now; the next request is a change.
      if (r) r.requestedFrame = false;
      phase = 'settled';
    },
    release,
  };
}
