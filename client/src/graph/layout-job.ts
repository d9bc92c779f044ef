/**
 * The first layout of a view as a job that needs no canvas: node ids and edge endpoints in the
 * order the scene adds them, the layout and its seed in; positions out. It runs in a worker
 * (graph/layout-worker.ts, via graph/layout-offthread.ts) so that the first screen's layout does
 * not hold the main thread, and the elements reach the canvas once, already placed.
 *
 * Same inputs, same seed, same options as `arrangeAll` on the canvas (graph/arrange.ts): the
 * fcose branch runs fcose on a headless Cytoscape whose nodes have the canvas's size, the big
 * scene branch the same pure force layout. Pure of the DOM: jest runs it as is.
 */
import cytoscape from 'cytoscape';
import { defaults } from '../defaults';
import { fcoseOptions, fcoseQualityFor } from '../layouts';
import { forceLayout } from './force-layout';
import { seedOf, withSeed } from './seeded';

export interface LayoutJob {
  nodes: string[];
  edges: { id: string; source: string; target: string }[];
}

export type Positions = Record<string, { x: number; y: number }>;

/** Node size and border as the canvas's stylesheet draws them (graph/canvas.ts). */
export const NODE_BOX = { width: 28, height: 28, border: 1.5 };

/** True when `runLayoutJob` lays this view out exactly as `arrangeAll(cy, 'fcose')` would. */
export function bigScene(nodes: number): boolean {
  return nodes > defaults.fastLayoutAbove;
}

/**
 * Positions for the view. `fcose` must be registered with Cytoscape (the worker does it); the
 * big-scene branch needs nothing but the force layout.
 */
export function runLayoutJob(job: LayoutJob): Positions {
  const ids = [...job.nodes].sort();
  const seed = seedOf([String(defaults.layoutSeed), ...ids]);
  if (bigScene(job.nodes.length))
    return forceLayout(
      ids,
      job.edges.map((e) => [e.source, e.target] as const),
      { seed },
    );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      {
        selector: 'node',
        style: {
          width: NODE_BOX.width,
          height: NODE_BOX.height,
          'border-width': NODE_BOX.border,
        },
      },
    ],
    elements: [
      ...job.nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...job.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
  });
  const quality = fcoseQualityFor(
    job.nodes.length,
    defaults.fcoseQuality,
    defaults.fcoseDraftAbove,
  );
  withSeed(seed, () =>
    cy
      .layout(
        fcoseOptions({
          animate: false,
          quality,
          randomize: true,
        }) as unknown as cytoscape.LayoutOptions,
      )
      .run(),
  );
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return out;
}
