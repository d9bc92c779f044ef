/**
 * Cytoscape's viewport optimisations, switched by the size of the graph (thresholds in
 * defaults.ts). No DOM: the graph store calls it after every sync, headless included.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';
import { markDetail, styleForSize } from './canvas';

/**
 * Before a sync adds elements: a scene about to become big gets the far-away stylesheet first,
 * so its thousands of new elements are styled once, cheaply (no labels to measure), rather than
 * in full and then again once the fit shows them from afar.
 */
export function prepareForSize(cy: Core, nodes: number): void {
  styleForSize(cy, nodes);
}

/**
 * Switches the viewport optimisations as the graph grows or shrinks. Cytoscape reads these
 * two flags from its renderer on every frame; they have no public setter after init.
 */
export function tunePerformance(cy: Core): void {
  const n = cy.elements().length;
  const r = (cy as unknown as { renderer?: () => Record<string, unknown> }).renderer?.();
  if (!r) return;
  r.hideEdgesOnViewport = n > defaults.hideEdgesOnViewportAbove;
  r.textureOnViewport = n > defaults.textureOnViewportAbove;
  markDetail(cy);
}
