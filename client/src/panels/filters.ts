/**
 * Filters (label and type checkboxes, a time range as two range inputs over the dates on the
 * canvas, fade or hide) and the legend. Both are drawn from graph/style.ts.
 */
import { NODE_LABELS } from '@kg/server/contracts/constants';
import type { App } from '../app';
import { api } from '../api';
import {
  dateAt,
  dateDomain,
  dayOffset,
  isActive,
  NO_FILTERS,
  outside,
  type FilterState,
} from '../filters';
import { lineSwatch, shapeSwatch } from '../ui/swatches';
import { elementsForFilter } from '../graph/elements';
import { button, clear, el } from '../ui/dom';

export class FiltersPanel {
  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {
    app.on('scene', () => this.render());
    app.on('view', () => this.render());
    // The slider spans the whole graph's dates, not only the canvas's: an expansion then never
    // moves its ends, and the last article is always reachable.
    void api.schema().then(
      (s) => {
        this.graphDates = s.dates;
        this.render();
      },
      () => undefined,
    );
  }

  private graphDates: { first: string; last: string } | undefined;

  private set(patch: Partial<FilterState>): void {
    this.app.setFilters({ ...this.app.filters, ...patch });
  }

  render(): void {
    const app = this.app;
    const f = app.filters;
    // Keep focus on the control being used while re-rendering.
    const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
    clear(this.root);
    this.root.append(
      el(
        'div',
        { class: 'panel-title-row' },
        el('h2', { class: 'panel-title', text: 'Filters' }),
        isActive(f)
          ? button('Reset', () => app.setFilters({ ...NO_FILTERS, mode: f.mode }), {
              class: 'link',
              testid: 'filters-reset',
            })
          : null,
      ),
    );
    // Counts follow the time range: what it leaves out is not counted under a label or type.
    const drawn = elementsForFilter(app.cy);
    const out = outside(drawn.nodes, drawn.edges, { ...f, hiddenLabels: [], hiddenTypes: [] });
    const counts = { labels: new Map<string, number>(), types: new Map<string, number>() };
    app.cy.nodes().forEach((n) => {
      if (out.nodes.has(n.id())) return;
      const k = n.data('kind') as string;
      counts.labels.set(k, (counts.labels.get(k) ?? 0) + 1);
    });
    app.cy.edges().forEach((e) => {
      const t = e.data('type') as string;
      const n = out.edges.has(e.id()) ? 0 : (e.data('count') as number);
      counts.types.set(t, (counts.types.get(t) ?? 0) + n);
    });

    const labels = el('fieldset', { class: 'checks' }, el('legend', { text: 'Node types' }));
    for (const label of NODE_LABELS) {
      labels.append(
        this.check(
          `label:${label}`,
          label,
          counts.labels.get(label) ?? 0,
          !f.hiddenLabels.includes(label),
          (on) =>
            this.set({
              hiddenLabels: on
                ? f.hiddenLabels.filter((l) => l !== label)
                : [...f.hiddenLabels, label],
            }),
          shapeSwatch(label),
        ),
      );
    }
    const types = el('fieldset', { class: 'checks' }, el('legend', { text: 'Relationships' }));
    const present = [...counts.types.keys(), ...f.hiddenTypes]
      .filter((t, i, a) => a.indexOf(t) === i)
      .sort();
    if (!present.length)
      types.append(el('p', { class: 'muted small', text: 'No relationships on the canvas.' }));
    for (const type of present) {
      types.append(
        this.check(
          `type:${type}`,
          type,
          counts.types.get(type) ?? 0,
          !f.hiddenTypes.includes(type),
          (on) =>
            this.set({
              hiddenTypes: on ? f.hiddenTypes.filter((t) => t !== type) : [...f.hiddenTypes, type],
            }),
          lineSwatch(type),
        ),
      );
    }
    this.root.append(labels, types, this.timeRange());

    const mode = el('div', { class: 'mode', role: 'radiogroup', 'aria-label': 'What filters do' });
    for (const m of ['fade', 'hide'] as const) {
      const input = el('input', {
        type: 'radio',
        name: 'filter-mode',
        value: m,
        testid: `filter-mode-${m}`,
        'data-key': `mode:${m}`,
      });
      input.checked = f.mode === m;
      input.addEventListener('change', () => this.set({ mode: m }));
      mode.append(el('label', {}, input, m === 'fade' ? ' Fade what is filtered out' : ' Hide it'));
    }
    this.root.append(mode);
    if (focusedKey)
      (
        this.root.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`) as HTMLElement | null
      )?.focus();
  }

  private check(
    key: string,
    text: string,
    count: number,
    on: boolean,
    change: (on: boolean) => void,
    swatch: Element,
  ): HTMLElement {
    const input = el('input', {
      type: 'checkbox',
      'data-key': key,
      testid: `filter-${key.replace(':', '-')}`,
    });
    input.checked = on;
    input.addEventListener('change', () => change(input.checked));
    return el(
      'label',
      { class: count ? 'check' : 'check muted' },
      input,
      swatch,
      el('span', { text }),
      el('span', { class: 'count', text: String(count) }),
    );
  }

  private timeRange(): HTMLElement {
    const app = this.app;
    const f = app.filters;
    const box = el('fieldset', { class: 'time' }, el('legend', { text: 'Time range' }));
    const { nodes, edges } = elementsForFilter(app.cy);
    const onCanvas = dateDomain(nodes, edges);
    const g = this.graphDates;
    const dom =
      onCanvas && g
        ? {
            min: onCanvas.min < g.first ? onCanvas.min : g.first,
            max: onCanvas.max > g.last ? onCanvas.max : g.last,
          }
        : (onCanvas ?? (g ? { min: g.first, max: g.last } : null));
    if (!dom) {
      box.append(el('p', { class: 'muted small', text: 'Nothing dated on the canvas.' }));
      return box;
    }
    const min = f.from && f.from < dom.min ? f.from : dom.min;
    const max = f.to && f.to > dom.max ? f.to : dom.max;
    const span = Math.max(1, dayOffset(min, max));
    const from = el('input', {
      type: 'range',
      min: 0,
      max: span,
      step: 1,
      'aria-label': 'From date',
      testid: 'time-from',
      'data-key': 'time:from',
    });
    const to = el('input', {
      type: 'range',
      min: 0,
      max: span,
      step: 1,
      'aria-label': 'To date',
      testid: 'time-to',
      'data-key': 'time:to',
    });
    from.value = String(f.from ? dayOffset(min, f.from) : 0);
    to.value = String(f.to ? dayOffset(min, f.to) : span);
    const shown = el('output', {
      class: 'time-shown',
      testid: 'time-shown',
      text: `${f.from ?? min} → ${f.to ?? max}`,
    });
    const update = (which: 'from' | 'to') => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) {
        if (which === 'from') b = a;
        else a = b;
      }
      this.set({
        from: a > 0 ? dateAt(min, a) : undefined,
        to: b < span ? dateAt(min, b) : undefined,
      });
    };
    from.addEventListener('input', () => {
      shown.textContent = `${dateAt(min, Number(from.value))} → ${dateAt(min, Number(to.value))}`;
    });
    to.addEventListener('input', () => {
      shown.textContent = `${dateAt(min, Number(from.value))} → ${dateAt(min, Number(to.value))}`;
    });
    from.addEventListener('change', () => update('from'));
    to.addEventListener('change', () => update('to'));
    const undated = el('input', {
      type: 'checkbox',
      testid: 'time-undated',
      'data-key': 'time:undated',
    });
    undated.checked = !f.hideUndated;
    undated.addEventListener('change', () => this.set({ hideUndated: !undated.checked }));
    box.append(
      shown,
      el('div', { class: 'ranges' }, from, to),
      el('label', { class: 'check' }, undated, ' Show undated statements'),
    );
    return box;
  }
}
