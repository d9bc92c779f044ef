/**
 * The legend: every node label and every relationship type with the shape, colour, line
 * pattern and arrow head the canvas draws, in a card over the canvas that one button (or `L`)
 * opens, so the whole of it is in view without scrolling at any screen size. Types on the canvas
 * come first; the rest are listed after them, dimmed.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@kg/server/contracts/constants';
import type { App } from '../app';
import { button, clear, el } from '../ui/dom';
import { lineSwatch, shapeSwatch } from '../ui/swatches';

export class LegendPanel {
  readonly toggle: HTMLButtonElement;
  private readonly card: HTMLElement;

  constructor(
    private readonly app: App,
    host: HTMLElement,
  ) {
    this.card = el('section', {
      id: 'legend-card',
      class: 'legend-card',
      'aria-label': 'Legend',
      testid: 'legend',
      hidden: true,
    });
    this.toggle = button('Legend', () => this.setOpen(!this.open), {
      class: 'legend-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'legend-card',
      title: 'What the shapes, colours and lines mean (L)',
      testid: 'legend-toggle',
    });
    host.append(this.toggle, this.card);
    this.render();
    app.on('scene', () => {
      if (!this.card.hidden) this.render();
    });
  }

  get open(): boolean {
    return !this.card.hidden;
  }

  setOpen(open: boolean): void {
    this.card.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) this.render();
  }

  private render(): void {
    const cy = this.app.cy;
    const onCanvas = new Set(cy.edges().map((e) => e.data('type') as string));
    const kinds = new Set(cy.nodes().map((n) => n.data('kind') as string));
    clear(this.card);
    const nodes = el('ul', { class: 'legend-list nodes' });
    for (const label of NODE_LABELS)
      nodes.append(
        el(
          'li',
          { class: kinds.has(label) ? '' : 'absent' },
          shapeSwatch(label),
          el('span', { text: label }),
        ),
      );
    const types = el('ul', { class: 'legend-list types', testid: 'legend-types' });
    const ordered = [
      ...RELATIONSHIP_TYPES.filter((t) => onCanvas.has(t)),
      ...RELATIONSHIP_TYPES.filter((t) => !onCanvas.has(t)),
    ];
    for (const t of ordered)
      types.append(
        el(
          'li',
          { class: onCanvas.has(t) ? '' : 'absent', 'data-type': t },
          lineSwatch(t),
          el('span', { text: t }),
        ),
      );
    types.append(
      el(
        'li',
        { class: 'note' },
        lineSwatch('SHARED_INTELLIGENCE_WITH', true),
        el('span', { text: 'alleged (dotted)' }),
      ),
    );
    this.card.append(
      el(
        'div',
        { class: 'legend-head' },
        el('h2', { class: 'panel-title', text: 'Legend' }),
        button('×', () => this.setOpen(false), {
          class: 'close',
          'aria-label': 'Close the legend',
        }),
      ),
      nodes,
      types,
      el('p', {
        class: 'small legend-note',
        text: 'Thicker lines carry more statements (TYPE ×n). Hover an edge for its type; zoom in to read every label.',
      }),
    );
  }
}
