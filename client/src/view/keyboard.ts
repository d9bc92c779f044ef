/**
 * The explorer's keyboard: `/` search, Escape, `l` legend, Delete hide, Ctrl+Z / Ctrl+Shift+Z,
 * and walking the canvas with the arrow keys (announced for screen readers), Enter to the panel.
 */
import type { Core } from 'cytoscape';
import type { App } from '../app';
import type { LegendPanel } from '../panels/legend';
import type { Shell } from './shell';
import { neighbourToward, type Direction } from './walk';

export interface KeyboardTargets {
  app: App;
  cy: Core;
  /** The canvas element, focusable for walking. */
  cyHost: HTMLElement;
  /** The right-hand panel column. */
  right: HTMLElement;
  shell: Shell;
  legend: LegendPanel;
  /** A polite live region that names the node the walk reached. */
  announcer: HTMLElement;
}

function typing(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return (
    !!t &&
    (t.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) ||
      !!t.closest('.cm-editor'))
  );
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Binds the document's shortcuts and the canvas's arrow-key walk. */
export function bindKeyboard({
  app,
  cy,
  cyHost,
  right,
  shell,
  legend,
  announcer,
}: KeyboardTargets): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.key === '/' && !typing(ev.target)) {
      ev.preventDefault();
      shell.focusSearch();
    } else if (ev.key === 'Escape' && right.contains(ev.target as Node) && !typing(ev.target)) {
      // Escape in a panel closes it; focus goes back to where it came from.
      ev.preventDefault();
      if (app.panel === 'details') app.select(null);
      else app.openPanel(app.selection ? 'details' : null);
      if (!app.panel) shell.restoreFocus();
    } else if (
      (ev.key === 'l' || ev.key === 'L') &&
      !ev.ctrlKey &&
      !ev.metaKey &&
      !typing(ev.target)
    ) {
      legend.setOpen(!legend.open);
    } else if (ev.key === 'Escape' && !typing(ev.target)) {
      app.select(null);
    } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && !typing(ev.target)) {
      const sel = app.selectedNodes();
      if (sel.length) {
        ev.preventDefault();
        app.hide(sel);
      }
    } else if (
      (ev.ctrlKey || ev.metaKey) &&
      (ev.key === 'z' || ev.key === 'Z' || ev.key === 'y') &&
      !typing(ev.target)
    ) {
      ev.preventDefault();
      if (ev.shiftKey || ev.key === 'y') app.redo();
      else app.undo();
    }
  });

  function announce(id: string): void {
    const n = cy.getElementById(id);
    const neighbours = n.neighborhood('node').not('.filtered').length;
    announcer.textContent = `${n.data('name')}, ${n.data('kind')}. ${neighbours} neighbour${neighbours === 1 ? '' : 's'}.`;
  }
  cyHost.addEventListener('keydown', (ev) => {
    const dir = ARROWS[ev.key];
    const sel = app.selection?.kind === 'node' ? cy.getElementById(app.selection.id) : null;
    if (dir) {
      ev.preventDefault();
      let next: string | null;
      if (!sel || sel.empty()) {
        // Nothing selected yet: start at the most connected node.
        const start = cy
          .nodes()
          .not('.filtered')
          .toArray()
          .sort(
            (a, b) =>
              (b as cytoscape.NodeSingular).degree(false) -
                (a as cytoscape.NodeSingular).degree(false) || a.id().localeCompare(b.id()),
          )[0];
        next = start ? start.id() : null;
      } else {
        const p = sel.renderedPosition();
        next = neighbourToward(
          p,
          sel
            .neighborhood('node')
            .not('.filtered')
            .map((n: cytoscape.NodeSingular) => ({ id: n.id(), ...n.renderedPosition() })),
          dir,
        );
      }
      if (next) {
        app.select({ kind: 'node', id: next });
        shell.keepSelectionInView();
        announce(next);
      }
    } else if (ev.key === 'Enter' && app.selection) {
      ev.preventDefault();
      shell.focusPanel();
    }
  });
}
