/**
 * Hover tooltips on the canvas: a node's name, type, role and how many statements it carries;
 * an edge's type, ends, count and dates, with the first quote. Text only (textContent): names
 * and quotes are untrusted. Hovering also marks the element (`hover` class) so its label shows
 * even where the label placement had to hide it.
 */
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { GraphStore } from '../graph/store';
import { clear, el } from '../ui/dom';

const MAX_QUOTE = 160;

function nodeLines(store: GraphStore, n: NodeSingular): string[] {
  const e = store.scene.entities.get(n.id());
  const statements = n
    .connectedEdges()
    .toArray()
    .reduce((s, x) => s + ((x.data('count') as number) ?? 1), 0);
  return [
    (n.data('name') as string) ?? n.id(),
    [n.data('kind') as string, e?.role, e?.date].filter(Boolean).join(' · '),
    `${statements} relationship${statements === 1 ? '' : 's'} on the canvas`,
  ];
}

function edgeLines(store: GraphStore, e: EdgeSingular): string[] {
  const name = (id: string) => store.scene.entities.get(id)?.name ?? id;
  const count = e.data('count') as number;
  const dates = e.data('dates') as string[];
  const lines = [
    `${name(e.data('source'))} ${e.data('type')} ${name(e.data('target'))}`,
    `${count} statement${count === 1 ? '' : 's'}${
      dates.length ? ` · ${dates[0]}${dates.length > 1 ? ` – ${dates[dates.length - 1]}` : ''}` : ''
    }${e.data('alleged') ? ' · alleged' : ''}`,
  ];
  const quote = (e.data('relIds') as string[])
    .map((id) => store.scene.relationships.get(id)?.quote)
    .find(Boolean);
  if (quote) lines.push(`“${quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote}”`);
  return lines;
}

export function bindTooltips(cy: Core, store: GraphStore, host: HTMLElement): HTMLElement {
  const tip = el('div', { class: 'tooltip', role: 'tooltip', testid: 'tooltip', hidden: true });
  host.append(tip);
  const show = (ev: EventObject) => {
    const t = ev.target as NodeSingular | EdgeSingular;
    t.addClass('hover');
    const lines = t.isNode() ? nodeLines(store, t) : edgeLines(store, t as EdgeSingular);
    clear(tip);
    lines.forEach((line, i) => tip.append(el(i === 0 ? 'strong' : 'div', { text: line })));
    tip.dataset.for = t.id();
    tip.hidden = false;
    const p = ev.renderedPosition ?? { x: 0, y: 0 };
    // Beside the pointer, kept inside the canvas.
    const x = Math.min(p.x + 14, host.clientWidth - tip.offsetWidth - 8);
    const y =
      p.y + 14 + tip.offsetHeight > host.clientHeight ? p.y - tip.offsetHeight - 10 : p.y + 14;
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${Math.max(4, y)}px`;
  };
  const hide = (ev: EventObject) => {
    (ev.target as NodeSingular).removeClass('hover');
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport remove', () => {
    tip.hidden = true;
  });
  return tip;
}
