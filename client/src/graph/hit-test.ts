/**
 * A cheaper "what is under the pointer" for big scenes (issue 16). Cytoscape answers it on every
 * press, on the first move of a drag and on release by testing every element's shape, edge
 * curve and label: at 5,000 nodes and 7,500 edges that is the dearest frame of a mouse gesture
 * once the view itself moves as a bitmap (graph/viewport-cache.ts). Here its own test runs on
 * the elements that could be under the point only, found with plain arithmetic on positions:
 * - a node whose centre lies within `node` model units of the point in x and y (its body, its
 *   border and its label, which may sit on any side);
 * - an edge whose endpoints' box, grown by `edge` model units (curves of parallel edges, loops,
 *   the caption at its middle, the hit tolerance), holds the point.
 * The margins are wide on purpose: a candidate too many costs nothing, one too few would make an
 * element unclickable. Same answer as Cytoscape's, in the same z-order (checked in real Chromium,
 * test/e2e/level-of-detail.test.ts). Through the renderer's internals (Cytoscape 3.34): its hit
 * test reads the z-sorted element list from `getCachedZSortedEles`, which is handed the
 * candidates for the duration of one call.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';

/** Model units around the point within which a node's centre or an edge's box must lie. */
export function hitMargins(zoom: number): { node: number; edge: number } {
  const z = zoom || 1;
  // A folded hub is up to 80 units wide; a label up to `labelMaxWidthPx` across on screen,
  // beside or under its node; Cytoscape's touch tolerance is 24 px.
  const node = 60 + (defaults.labelMaxWidthPx + 4 * defaults.labelFontPx + 24) / z;
  // Bundles of parallel edges bend out by 40 units per edge; loops reach further; a caption
  // (11 px on screen, no width limit) is centred on the middle of its edge.
  const edge = 400 + 400 / z;
  return { node, edge };
}

interface Point {
  x: number;
  y: number;
}

/** What the candidate test reads from one of Cytoscape's elements. */
interface Ele {
  isNode(): boolean;
  _private: { position: Point; source?: { _private: { position: Point } }; target?: Ele };
}

/** The elements of `eles` (in their order) that may be under (x, y). */
export function candidates<T extends Ele>(
  eles: readonly T[],
  x: number,
  y: number,
  m: { node: number; edge: number },
): T[] {
  const out: T[] = [];
  for (const e of eles) {
    const p = e._private;
    if (!p.source) {
      if (Math.abs(p.position.x - x) <= m.node && Math.abs(p.position.y - y) <= m.node) out.push(e);
      continue;
    }
    const a = p.source._private.position;
    const b = p.target!._private.position;
    if (
      x >= Math.min(a.x, b.x) - m.edge &&
      x <= Math.max(a.x, b.x) + m.edge &&
      y >= Math.min(a.y, b.y) - m.edge &&
      y <= Math.max(a.y, b.y) + m.edge
    )
      out.push(e);
  }
  return out;
}

type Sorted = Ele[] & { interactive: Ele[] };

/** The parts of Cytoscape's renderer this module touches (3.34). */
interface Renderer {
  webgl?: unknown;
  getCachedZSortedEles(force?: boolean): Sorted;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, touch: boolean): unknown[];
}

/**
 * Makes `cy`'s hit test look only at candidates once it holds more than
 * `textureOnViewportAbove` elements (and no compound nodes, whose boxes the test does not
 * follow). Smaller scenes keep Cytoscape's own test.
 */
export function bindHitTest(cy: Core): void {
  const r = (cy as unknown as { renderer: () => Renderer | null }).renderer();
  if (!r || r.webgl || typeof r.findNearestElements !== 'function') return;
  const find = r.findNearestElements;
  const own = Object.prototype.hasOwnProperty.call(r, 'getCachedZSortedEles');
  const sorted = r.getCachedZSortedEles;
  const compound = () => (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  r.findNearestElements = function (x, y, interactiveOnly, touch) {
    const all = sorted.call(r);
    if (all.length <= defaults.textureOnViewportAbove || compound())
      return find.call(r, x, y, interactiveOnly, touch);
    const near = candidates(interactiveOnly ? all.interactive : all, x, y, hitMargins(cy.zoom()));
    const list = Object.assign(near, { interactive: near });
    r.getCachedZSortedEles = () => list;
    try {
      return find.call(r, x, y, interactiveOnly, touch);
    } finally {
      if (own) r.getCachedZSortedEles = sorted;
      else delete (r as Partial<Renderer>).getCachedZSortedEles;
    }
  };
}
