/**
 * The date axis of the time-ordered layout: one tick per date column along the top of the
 * canvas, following pan and zoom, so the columns read as days. The columns come from the same
 * pure placement the layout uses (layouts.ts), so axis and nodes agree. Ticks that would collide
 * on screen are thinned (every second, fourth, ...), the first and last always kept.
 */
import type { Core } from 'cytoscape';
import { timeOrdered, type TimeLayout } from '../layouts';
import { clear, el } from '../ui/dom';

/** Narrowest gap between two tick labels on screen, in px. */
const MIN_TICK_GAP = 74;

export class DateAxis {
  private readonly bar: HTMLElement;
  private columns: TimeLayout['columns'] = [];
  private frame = 0;

  constructor(
    private readonly cy: Core,
    host: HTMLElement,
  ) {
    this.bar = el('div', {
      class: 'date-axis',
      role: 'img',
      'aria-label': 'Date axis',
      testid: 'date-axis',
      hidden: true,
    });
    host.append(this.bar);
    cy.on('viewport', () => this.schedule());
  }

  /** Shows the axis for the visible nodes (time-ordered layout) or hides it. */
  update(on: boolean): void {
    this.bar.parentElement?.classList.toggle('axis-on', on);
    if (!on) {
      this.bar.hidden = true;
      this.columns = [];
      return;
    }
    const visible = this.cy.elements().not('.filtered');
    this.columns = timeOrdered(
      visible.nodes().map((n) => ({ id: n.id(), date: n.data('date') })),
      visible.edges().map((e) => ({
        source: e.data('source'),
        target: e.data('target'),
        dates: e.data('dates'),
      })),
    ).columns;
    this.bar.hidden = this.columns.length === 0;
    this.bar.setAttribute(
      'aria-label',
      `Date axis: ${this.columns.map((c) => c.date ?? 'undated').join(', ')}`,
    );
    this.draw();
  }

  private schedule(): void {
    if (this.bar.hidden) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    clear(this.bar);
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const xs = this.columns.map((c) => c.x * zoom + pan.x);
    const step = xs.length > 1 ? Math.abs(xs[1]! - xs[0]!) : Infinity;
    const every = step >= MIN_TICK_GAP ? 1 : 2 ** Math.ceil(Math.log2(MIN_TICK_GAP / step));
    this.columns.forEach((c, i) => {
      const last = i === this.columns.length - 1;
      if (i % every !== 0 && !(last && (i % every) * step >= MIN_TICK_GAP)) return;
      const tick = el('span', {
        class: c.date ? 'tick' : 'tick undated',
        testid: 'date-tick',
        'data-date': c.date ?? '',
        text: c.date ?? 'undated',
      });
      tick.style.left = `${xs[i]}px`;
      this.bar.append(tick);
    });
  }
}
