/**
 * Cytoscape's viewport optimisations, switched by the size of the graph (thresholds in
 * defaults.ts). No DOM: the graph store calls it after every sync, headless included.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';

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
}
