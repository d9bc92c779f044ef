/**
 * The first screen before Cytoscape: asks for the first graph (the API worker), has the layout
 * worker place it, and draws it with the first painter (graph/first-painter.ts). The explorer
 * (explorer.ts, with Cytoscape) loads meanwhile and takes the same answer and positions from
 * here (Controller.restore), so nothing is asked or laid out twice.
 *
 * Only for the default first screen (no query string): a link's view depends on its filters and
 * named entities, and goes the ordinary way.
 */
import type { GraphPayload } from '@kg/server/contracts';
import { api } from './api';
import { defaults } from './defaults';
import { layoutJobOf, toElements } from './graph/elements';
import { FirstPainter, sceneFromLayout } from './graph/first-painter';
import type { LayoutJob, Positions } from './graph/layout-job';
import { layoutOffThread } from './graph/layout-offthread';
import type { ViewState } from './state/url-state';

export interface FirstScreen {
  /** The default first graph, as the API answered it. */
  graph: Promise<GraphPayload>;
  /** Its layout job and the worker's positions for it (null: no worker could run it). */
  layout: Promise<{ job: LayoutJob; positions: Positions | null }>;
  painter: FirstPainter;
}

declare global {
  interface Window {
    /** Test and debugging hook: the first painter, while it exists. */
    __kgFirst?: FirstPainter;
  }
}

export function startFirstScreen(view: ViewState, host: HTMLElement): FirstScreen | null {
  if (location.search || view.entities.length || typeof Worker === 'undefined') return null;
  const graph = api.graph({ limit: defaults.initialGraphLimit });
  const elements = graph.then((g) => {
    // As the scene takes it (graph/scene.ts `add`): at most maxNodes nodes, edges among them.
    const nodes = g.nodes.slice(0, defaults.maxNodes);
    return toElements(nodes, g.edges);
  });
  const layout = elements.then(async (defs) => {
    const job = layoutJobOf(defs);
    return { job, positions: await layoutOffThread(job) };
  });
  const painter = new FirstPainter(host);
  window.__kgFirst = painter;
  void Promise.all([elements, layout]).then(
    ([defs, { positions }]) => {
      if (!positions || painter.state === 'gone') return;
      painter.paint(sceneFromLayout(defs, positions, host.clientWidth, host.clientHeight));
      performance.mark('kg:first-picture');
    },
    () => undefined, // the explorer reports the failure (Controller.restore)
  );
  return { graph, layout, painter };
}
