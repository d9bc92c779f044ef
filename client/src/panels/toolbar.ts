/**
 * The toolbar: layouts, fit, undo/redo, the actions on the selected nodes (expand, collapse,
 * hide, pin), the paths and Cypher panels, and the exports (PNG, JSON, Cypher).
 */
import type { App } from '../app';
import type { LayoutName } from '../state/url-state';
import { button, clear, download, el } from '../ui/dom';
import { menuButton } from '../ui/menu';
import { viewLink } from '../view/bindings';

export function mountToolbar(
  root: HTMLElement,
  app: App,
  open: { paths: () => void; cypher: () => void; story: () => void },
): () => void {
  clear(root);
  const layout = el('select', { 'aria-label': 'Layout', testid: 'layout-select' });
  const names: [LayoutName, string][] = [
    ['fcose', 'Force-directed'],
    ['concentric', 'Concentric by degree'],
    ['hierarchical', 'Hierarchical'],
    ['time', 'Time-ordered'],
  ];
  for (const [v, t] of names) layout.append(el('option', { value: v, text: t }));
  layout.addEventListener('change', () => void app.runLayout(layout.value as LayoutName));
  // A closed <select> changes (and would re-run the layout) on every arrow key: open the list
  // instead, where arrows only move until Enter.
  layout.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    ev.preventDefault();
    try {
      layout.showPicker();
    } catch {
      // showPicker needs a user gesture; a key press is one, so this only guards old browsers.
    }
  });

  const targets = () => {
    const sel = app.selectedNodes();
    return sel.length ? sel : [];
  };
  const undo = button('↶ Undo', () => app.undo(), {
    'aria-label': 'Undo (Ctrl+Z)',
    title: 'Undo (Ctrl+Z)',
    testid: 'undo',
  });
  const redo = button('↷ Redo', () => app.redo(), {
    'aria-label': 'Redo (Ctrl+Shift+Z)',
    title: 'Redo (Ctrl+Shift+Z)',
    testid: 'redo',
  });
  const expand = button('Expand', () => targets().forEach((id) => void app.expand(id)), {
    'aria-label': 'Expand the selected node',
    title: 'Expand (double-click a node)',
    testid: 'expand',
  });
  const collapse = button('Collapse', () => targets().forEach((id) => app.collapse(id)), {
    'aria-label': 'Collapse the selected node',
    testid: 'collapse',
  });
  const hide = button('Hide', () => app.hide(targets()), {
    'aria-label': 'Hide the selected nodes (Delete)',
    title: 'Hide (Delete)',
    testid: 'hide',
  });
  const pin = button('Pin', () => app.togglePin(targets()), {
    'aria-label': 'Pin or unpin the selected nodes',
    testid: 'pin',
  });

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const exportMenu = menuButton(
    'Export ▾',
    [
      {
        label: 'PNG image (with title and legend)',
        testid: 'export-png',
        // The exports are loaded on first use (their own chunks), not with the first screen.
        run: () =>
          void import('../export-png')
            .then((m) => m.exportPng(app.cy, 'KG Explorer — Russia–Iran intelligence story'))
            .then(
              (blob) => download(`kg-${stamp()}.png`, blob),
              (err: Error) => app.setStatus(err.message, 'error'),
            ),
      },
      {
        label: 'JSON',
        testid: 'export-json',
        run: () =>
          void import('../export').then((m) =>
            download(`kg-${stamp()}.json`, m.sceneToJson(app.scene.payload()), 'application/json'),
          ),
      },
      {
        label: 'Cypher',
        testid: 'export-cypher',
        run: () => {
          const nodes = app.cy.nodes().map((n) => ({
            id: n.id(),
            name: n.data('name') as string,
            kind: n.data('kind') as string,
          }));
          const edges = app.cy.edges().map((e) => ({ relIds: e.data('relIds') as string[] }));
          void import('../cypher-text').then((m) =>
            download(`kg-${stamp()}.cypher`, m.sceneToCypher(nodes, edges), 'text/plain'),
          );
        },
      },
    ],
    { 'aria-label': 'Export the view', testid: 'export-menu' },
  );

  root.append(
    el(
      'div',
      { class: 'group' },
      layout,
      button(
        'Fit',
        () => app.cy.animate({ fit: { eles: app.cy.elements(), padding: 40 } }, { duration: 250 }),
        { 'aria-label': 'Fit the graph to the view', testid: 'fit' },
      ),
    ),
    el('div', { class: 'group' }, undo, redo),
    el('div', { class: 'group' }, expand, collapse, hide, pin),
    el(
      'div',
      { class: 'group' },
      button('Story', open.story, {
        'aria-label': 'Story: who said what about a claim, and when',
        title: 'The story view: every statement about a claim on a timeline',
        testid: 'open-story',
      }),
      button('Paths', open.paths, {
        'aria-label': 'Find paths between two entities',
        testid: 'open-paths',
      }),
      button('Cypher', open.cypher, {
        'aria-label': 'Open the Cypher console',
        testid: 'open-cypher',
      }),
      exportMenu,
      button('Copy link', () => void copyLink(app), {
        'aria-label': 'Copy link to this view',
        title: 'Copy a link that reopens exactly this view',
        testid: 'copy-link',
      }),
    ),
  );

  /** Enables what applies to the current state. */
  return () => {
    layout.value = app.layout;
    undo.disabled = !app.history.canUndo;
    redo.disabled = !app.history.canRedo;
    const none = app.selectedNodes().length === 0;
    for (const b of [expand, collapse, hide, pin]) b.disabled = none;
  };
}

async function copyLink(app: App): Promise<void> {
  const link = viewLink(app.store);
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    app.setStatus(`Link copied (${link.length} characters).`, 'info');
  } catch {
    app.setStatus('The browser refused the clipboard: copy the address bar instead.', 'error');
  }
}
