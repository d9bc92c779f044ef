/**
 * Level of detail for big scenes. Below `defaults.lodAboveNodes` nodes nothing here applies: the
 * canvas draws everything at every zoom. Above it, the zoom and the number of nodes on screen
 * pick a band:
 * - `near` (zoom ≥ lodLabelZoom and at most lodDenseNodes nodes in view): everything, with labels
 *   placed for the nodes in view only;
 * - `mid`: no labels or arrows, straight edges, parallel edges between two nodes drawn as one
 *   line, and the leaves of a hub (nodes linked to it alone) folded into a count on the hub.
 *   Also up close when the view is crowded: what a frame costs is what is on screen, and a
 *   software canvas draws ~650 nodes with their labels, arrows and curved edges at 2 – 3 fps;
 * - `far` (zoom < lodEdgeZoom): as `mid`, and no edges at all.
 * The band only changes the stylesheet (graph/canvas.ts); which leaves fold and which edges are
 * bundled is worked out once per scene change (`markLevelOfDetail`), as classes and data.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';

export type Band = 'full' | 'near' | 'mid' | 'far';

export interface LodOptions {
  aboveNodes: number;
  labelZoom: number;
  edgeZoom: number;
  denseNodes: number;
}

export function lodOptions(): LodOptions {
  return {
    aboveNodes: defaults.lodAboveNodes,
    labelZoom: defaults.lodLabelZoom,
    edgeZoom: defaults.lodEdgeZoom,
    denseNodes: defaults.lodDenseNodes,
  };
}

/**
 * The band for a scene of `nodes` at `zoom` with `inView` of them on screen; `full` for scenes
 * small enough to draw whole.
 */
export function bandFor(
  nodes: number,
  zoom: number,
  inView: number,
  o: LodOptions = lodOptions(),
): Band {
  if (nodes <= o.aboveNodes) return 'full';
  if (zoom < o.edgeZoom) return 'far';
  return zoom >= o.labelZoom && inView <= o.denseNodes ? 'near' : 'mid';
}

/**
 * How many of `points` lie within `extent` (model units): the nodes on screen. A loop over plain
 * numbers, cheap enough for every pan and zoom event of a 5,000-node scene.
 */
export function countInExtent(
  points: Iterable<{ x: number; y: number }>,
  e: { x1: number; y1: number; x2: number; y2: number },
): number {
  let n = 0;
  for (const p of points) if (p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2) n++;
  return n;
}

/**
 * Leaves to fold: a node with exactly one neighbour whose neighbour has at least `min` such
 * leaves. Returns the folded leaves and, per hub, how many it holds.
 */
export function foldLeaves(
  nodes: readonly string[],
  edges: readonly { source: string; target: string }[],
  min: number,
): { leaves: Set<string>; hubs: Map<string, number> } {
  const neighbours = new Map<string, Set<string>>(nodes.map((id) => [id, new Set<string>()]));
  for (const e of edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  const byHub = new Map<string, string[]>();
  for (const [id, ns] of neighbours) {
    if (ns.size !== 1) continue;
    const hub = ns.values().next().value as string;
    // Two nodes linked only to each other are not a hub and its leaf.
    if (neighbours.get(hub)!.size === 1) continue;
    const list = byHub.get(hub);
    if (list) list.push(id);
    else byHub.set(hub, [id]);
  }
  const leaves = new Set<string>();
  const hubs = new Map<string, number>();
  for (const [hub, list] of byHub) {
    if (list.length < min) continue;
    hubs.set(hub, list.length);
    for (const id of list) leaves.add(id);
  }
  return { leaves, hubs };
}

/**
 * Parallel edges, whatever their type and direction: the first of each pair of nodes (by id)
 * stands for all of them. Returns the edges to hide and, per kept edge, how many it stands for.
 */
export function bundlePairs(edges: readonly { id: string; source: string; target: string }[]): {
  hidden: Set<string>;
  kept: Map<string, number>;
} {
  const byPair = new Map<string, string[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\n${e.target}` : `${e.target}\n${e.source}`;
    const list = byPair.get(key);
    if (list) list.push(e.id);
    else byPair.set(key, [e.id]);
  }
  const hidden = new Set<string>();
  const kept = new Map<string, number>();
  for (const ids of byPair.values()) {
    if (ids.length < 2) continue;
    ids.sort();
    kept.set(ids[0]!, ids.length);
    for (const id of ids.slice(1)) hidden.add(id);
  }
  return { hidden, kept };
}

const MARKS = 'lod-leaf lod-parallel';

/**
 * Marks folded leaves (`lod-leaf`, hub data `folded` and `foldLabel`) and bundled parallels
 * (`lod-parallel`, kept edge data `pair`) for the `mid` and `far` bands. Small scenes are left
 * unmarked, so their elements carry nothing extra.
 */
export function markLevelOfDetail(cy: Core, o: LodOptions = lodOptions()): void {
  const marked = cy.elements('.lod-leaf, .lod-parallel, node[folded], edge[pair]');
  const big = cy.nodes().length > o.aboveNodes;
  if (!big && marked.empty()) return;
  cy.batch(() => {
    marked.removeClass(MARKS);
    marked.nodes().removeData('folded foldLabel');
    marked.edges().removeData('pair');
    if (!big) return;
    const edges = cy.edges().map((e) => ({
      id: e.id(),
      source: e.data('source') as string,
      target: e.data('target') as string,
    }));
    const { leaves, hubs } = foldLeaves(
      cy.nodes().map((n) => n.id()),
      edges,
      defaults.lodFoldLeavesMin,
    );
    for (const id of leaves) cy.getElementById(id).addClass('lod-leaf');
    for (const [id, count] of hubs)
      cy.getElementById(id).data({ folded: count, foldLabel: `+${count}` });
    const { hidden, kept } = bundlePairs(edges);
    for (const id of hidden) cy.getElementById(id).addClass('lod-parallel');
    for (const [id, count] of kept) cy.getElementById(id).data('pair', count);
  });
}
