/**
 * When a moving view counts as still: what both the levels of detail (graph/canvas.ts, labels
 * and band chosen again) and the viewport bitmap (graph/viewport-cache.ts, one full redraw) wait
 * for before doing the work a new place of the view calls for.
 */
import type { Core } from 'cytoscape';

/**
 * Whether the view has been still long enough to draw it in full: `settleMs` since the last move
 * and at least `frames` animation frames (a gesture sends an event every frame, and one slow
 * frame must not pass for a pause).
 */
export class Stillness {
  private last = -Infinity;
  private quiet = 0;
  constructor(
    private readonly settleMs: number,
    private readonly frames = 3,
  ) {}
  moved(now: number): void {
    this.last = now;
    this.quiet = 0;
  }
  /** Called once per animation frame while waiting: true once the view counts as still. */
  frame(now: number): boolean {
    this.quiet++;
    return this.quiet >= this.frames && now - this.last >= this.settleMs;
  }
}

/** The parts of Cytoscape's renderer that say whether a pointer is down (3.34). */
interface Pointer {
  pinching?: boolean;
  hoverData?: { dragging?: boolean; capture?: boolean };
  touchData?: { capture?: boolean };
}

/**
 * Whether a mouse button or a finger is down on the canvas: a gesture that has not ended, even
 * if the view has not moved for a while (Cytoscape tests what is under the pointer when it is
 * pressed and released, which can take frames on a big scene). False without a canvas.
 */
export function pointerDown(cy: Core): boolean {
  const r = (cy as unknown as { renderer: () => Pointer | null }).renderer();
  return !!(
    r?.hoverData &&
    (r.hoverData.capture || r.hoverData.dragging || r.touchData?.capture || r.pinching)
  );
}

/**
 * Calls `onStill` once the view is still after a move: returns what to call on every move. The
 * view is still after `settleMs` and three animation frames without a move, with no pointer
 * down.
 */
export function whenStill(cy: Core, settleMs: number, onStill: () => void): () => void {
  const still = new Stillness(settleMs);
  let watching = false;
  const watch = () => {
    const now = performance.now();
    if (pointerDown(cy)) still.moved(now);
    if (!still.frame(now)) {
      requestAnimationFrame(watch);
      return;
    }
    watching = false;
    onStill();
  };
  return () => {
    still.moved(performance.now());
    if (watching) return;
    watching = true;
    requestAnimationFrame(watch);
  };
}
