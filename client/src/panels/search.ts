/**
 * Search with autocomplete over /api/search (the server is typo-tolerant). Debounced, keyboard
 * driven (↑ ↓ Enter Esc), announced to screen readers as a combobox. The same box, with another
 * `onChoose`, picks the ends of a path.
 */
import type { SearchResponse } from '@kg/server/contracts';
import { api, ApiError } from '../api';
import { defaults } from '../defaults';
import { clear, el } from '../ui/dom';
import { labelBadge } from './details';

type Hit = SearchResponse['results'][number];
let counter = 0;

export class Autocomplete {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: Hit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;

  constructor(
    parent: HTMLElement,
    opts: { label: string; placeholder: string; testid: string },
    private readonly onChoose: (hit: Hit) => void,
  ) {
    const id = `ac-${++counter}`;
    this.input = el('input', {
      type: 'search',
      id,
      placeholder: opts.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
      'aria-label': opts.label,
      testid: opts.testid,
    });
    this.list = el('ul', {
      id: `${id}-list`,
      role: 'listbox',
      class: 'ac-list',
      testid: `${opts.testid}-results`,
      hidden: true,
    });
    parent.append(el('div', { class: 'ac' }, this.input, this.list));
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (ev) => this.key(ev));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.hits.length) this.open();
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.controller?.abort();
      this.hits = [];
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.run(q), defaults.searchDebounceMs);
  }

  private async run(q: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.message('Searching…', 'loading');
    try {
      const res = await api.search(q, defaults.searchLimit, controller.signal);
      if (controller.signal.aborted) return;
      this.hits = res.results;
      this.active = this.hits.length ? 0 : -1;
      this.draw();
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.hits = [];
      this.message(err instanceof ApiError ? err.message : 'Search failed.', 'error');
    }
  }

  private message(text: string, cls: string): void {
    clear(this.list);
    this.list.append(el('li', { class: `ac-msg ${cls}`, role: 'presentation', text }));
    this.open();
  }

  private draw(): void {
    clear(this.list);
    if (!this.hits.length) {
      this.message('No matches.', 'empty');
      return;
    }
    this.hits.forEach((h, i) => {
      const li = el(
        'li',
        {
          role: 'option',
          id: `${this.list.id}-${i}`,
          class: i === this.active ? 'ac-item active' : 'ac-item',
          'aria-selected': i === this.active ? 'true' : 'false',
          testid: 'search-option',
        },
        labelBadge(h.entity.label),
        el('span', { class: 'ac-name', text: h.entity.name }),
        h.matched && h.matched !== h.entity.name
          ? el('span', { class: 'ac-matched muted', text: h.matched })
          : null,
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        this.choose(i);
      });
      this.list.append(li);
    });
    this.input.setAttribute(
      'aria-activedescendant',
      this.active >= 0 ? `${this.list.id}-${this.active}` : '',
    );
    this.open();
  }

  private key(ev: KeyboardEvent): void {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!this.hits.length) return;
      ev.preventDefault();
      const d = ev.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + d + this.hits.length) % this.hits.length;
      this.draw();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (ev.key === 'Escape') {
      ev.stopPropagation();
      if (!this.list.hidden) this.close();
      else this.input.blur();
    }
  }

  private choose(i: number): void {
    const h = this.hits[i];
    if (!h) return;
    this.close();
    this.onChoose(h);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}

export function mountSearch(root: HTMLElement, onChoose: (id: string) => void): Autocomplete {
  const title = el('label', { class: 'panel-title', text: 'Search' });
  root.append(title, el('span', { class: 'kbd-hint', text: 'press /' }));
  const ac = new Autocomplete(
    root,
    { label: 'Search entities', placeholder: 'Name or alias, e.g. witkof', testid: 'search' },
    (h) => {
      ac.input.value = '';
      onChoose(h.entity.id);
    },
  );
  title.htmlFor = ac.input.id;
  return ac;
}
