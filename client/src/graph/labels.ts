/**
 * Collision-aware node labels. Cytoscape draws every label under its node and lets them pile
 * up; here each label gets the first side (below, right, above, left) where its box touches no
 * label already placed and no other node, most important nodes first (selected, then by how many
 * statements they carry). A label that fits nowhere is hidden until the node is hovered,
 * selected or the analyst zooms in far enough for it to fit.
 *
 * Labels keep one size on screen (`defaults.labelFontPx`) whatever the zoom, so zooming in makes
 * the boxes smaller in graph units and lets more of them fit: labels appear by importance and
 * zoom. `placeLabels` is pure (boxes in, sides out); `applyLabels` measures and applies.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Side =
  'bottom' | 'right' | 'top' | 'left' | 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
/** In order of preference: under the node reads best, then beside it, then the corners. */
export const SIDES: readonly Side[] = [
  'bottom',
  'right',
  'top',
  'left',
  'bottom-right',
  'top-right',
  'bottom-left',
  'top-left',
];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelInput {
  id: string;
  /** Node centre. */
  x: number;
  y: number;
  /** The node's own box (body and border), an obstacle for other labels. */
  body: Box;
  /** The label's size (with its background) and gap from the body. */
  w: number;
  h: number;
  gap: number;
  /** Higher first. */
  importance: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The label's box on one side of its node. */
export function boxAt(n: LabelInput, side: Side): Box {
  const { x, y, body, w, h, gap } = n;
  switch (side) {
    case 'bottom':
      return { x1: x - w / 2, x2: x + w / 2, y1: body.y2 + gap, y2: body.y2 + gap + h };
    case 'top':
      return { x1: x - w / 2, x2: x + w / 2, y1: body.y1 - gap - h, y2: body.y1 - gap };
    case 'right':
      return { x1: body.x2 + gap, x2: body.x2 + gap + w, y1: y - h / 2, y2: y + h / 2 };
    case 'left':
      return { x1: body.x1 - gap - w, x2: body.x1 - gap, y1: y - h / 2, y2: y + h / 2 };
    case 'bottom-right':
      return { x1: body.x2, x2: body.x2 + w, y1: body.y2 + gap, y2: body.y2 + gap + h };
    case 'top-right':
      return { x1: body.x2, x2: body.x2 + w, y1: body.y1 - gap - h, y2: body.y1 - gap };
    case 'bottom-left':
      return { x1: body.x1 - w, x2: body.x1, y1: body.y2 + gap, y2: body.y2 + gap + h };
    case 'top-left':
      return { x1: body.x1 - w, x2: body.x1, y1: body.y1 - gap - h, y2: body.y1 - gap };
  }
}

/**
 * Greedy placement: by importance (ties by id, so the result is the same on every load), the
 * first side whose box is clear of placed labels and of every other node's body. `null`: hidden.
 */
export function placeLabels(nodes: readonly LabelInput[]): Map<string, Side | null> {
  const order = [...nodes].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const out = new Map<string, Side | null>();
  for (const n of order) {
    let chosen: Side | null = null;
    for (const side of SIDES) {
      const box = boxAt(n, side);
      if (placed.some((p) => overlaps(p, box))) continue;
      if (nodes.some((o) => o.id !== n.id && overlaps(o.body, box))) continue;
      chosen = side;
      placed.push(box);
      break;
    }
    out.set(n.id, chosen);
  }
  return out;
}

const SIDE_CLASSES = SIDES.map((s) => `lbl-${s}`).join(' ') + ' lbl-off';

/** How much a node matters for its label: the statements it carries on the canvas. */
function importance(n: NodeSingular): number {
  const statements = n
    .connectedEdges()
    .not('.filtered')
    .toArray()
    .reduce((s, e) => s + ((e.data('count') as number) ?? 1), 0);
  return (n.selected() ? 1e6 : 0) + statements;
}

/**
 * Sizes the labels for the current zoom (`restyle`, the canvas's stylesheet for that zoom),
 * measures them with Cytoscape below their node (the default side) and applies the placement as
 * classes. Cheap enough to run after every layout and at the end of every zoom on the view sizes
 * the explorer holds.
 */
export function applyLabels(
  cy: Core,
  restyle: (zoom: number) => void,
  scope?: cytoscape.NodeCollection,
): void {
  const zoom = cy.zoom() || 1;
  const nodes = scope ?? cy.nodes();
  // Outside the scope (a big scene's nodes out of view) labels stay off until placed.
  if (scope) cy.nodes().not(scope).not('.lbl-off').addClass('lbl-off');
  nodes.removeClass(SIDE_CLASSES);
  restyle(zoom);
  const gap = 2 / zoom;
  const input: LabelInput[] = nodes.not('.filtered').map((n: NodeSingular) => {
    const p = n.position();
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    const label = n.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    // The label's own box with a small gap on every side, so neighbours never touch.
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      body: { x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 },
      w: label.w + 2 * gap,
      h: label.h + 2 * gap,
      gap: Math.max(0, label.y1 - body.y2 - gap),
      importance: importance(n),
    };
  });
  const sides = placeLabels(input);
  cy.batch(() => {
    for (const [id, side] of sides) {
      const n = cy.getElementById(id);
      if (side === null) n.addClass('lbl-off');
      else if (side !== 'bottom') n.addClass(`lbl-${side}`);
    }
  });
}
