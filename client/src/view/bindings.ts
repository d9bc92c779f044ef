/**
 * View bindings: the only place where the graph store meets the browser. Canvas taps select,
 * double-taps expand, drags and changes are written into the URL, Back restores the view the
 * URL names, and the controller's status reaches the status line and the banner.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Controller, Reporter, StatusState } from '../controller';
import { defaults } from '../defaults';
import type { GraphStore, UrlMode } from '../graph/store';
import { decodeView, encodeView } from '../state/url-state';
import type { Banner } from '../ui/banner';

/** The status line and the banner, as the controller's reporter. */
export function statusReporter(line: HTMLElement, banner: Banner): Reporter {
  return {
    status(text: string, state: StatusState) {
      line.textContent = text;
      line.dataset.state = text ? state : '';
    },
    unavailable(retry) {
      banner.setRetry(retry);
    },
  };
}

/** The whole view as a link (what "Copy link" copies), written without waiting for the URL. */
export function viewLink(store: GraphStore): string {
  const qs = encodeView(store.view(), defaults.urlMaxEntities);
  return `${location.origin}${location.pathname}${qs ? `?${qs}` : ''}`;
}

/** Writes the store's view into the URL: pushes at once, debounces replaces. */
function urlWriter(store: GraphStore): (mode: UrlMode) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (mode) => {
    clearTimeout(timer);
    const write = () => {
      const qs = encodeView(store.view(), defaults.urlMaxEntities);
      const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
      if (url === `${location.pathname}${location.search}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    if (mode === 'push') write();
    else timer = setTimeout(write, defaults.urlWriteDelayMs);
  };
}

export function bindView(cy: Core, store: GraphStore, controller: Controller): void {
  store.hooks = {
    persist: urlWriter(store),
    reveal: (id) =>
      cy.animate(
        { center: { eles: cy.getElementById(id) }, zoom: Math.max(cy.zoom(), 1) },
        { duration: 300 },
      ),
    // Out of the layout, the canvas has no size: Cytoscape culls every element and draws
    // nothing, however many steps the build takes; it draws once, complete, when shown.
    building: (on) => {
      cy.container()?.classList.toggle('building', on);
      if (!on) cy.resize();
    },
  };
  cy.on('tap', (ev) => {
    if (ev.target === cy) store.select(null);
  });
  cy.on('tap', 'node', (ev) =>
    store.select({ kind: 'node', id: (ev.target as NodeSingular).id() }),
  );
  cy.on('tap', 'edge', (ev) =>
    store.select({ kind: 'edge', id: (ev.target as EdgeSingular).id() }),
  );
  cy.on('dbltap', 'node', (ev) => void controller.expand((ev.target as NodeSingular).id()));
  cy.on('dragfree', 'node', () => store.moved('replace'));
  window.addEventListener(
    'popstate',
    () => void controller.restore(decodeView(location.search), false),
  );
}
