/**
 * Search with autocomplete over /api/search (the server is typo-tolerant). Debounced, keyboard
 * driven (↑ ↓ Enter Esc), announced to screen readers as a combobox. The main box also finds
 * statements (by quote or evidence) and articles (by title or text), grouped, with the matched
 * words marked; the same box, entities only, picks the ends of a path.
 */
import type { SearchResponse } from '@kg/server/contracts';
import { api, ApiError } from '../api';
import type { App } from '../app';
import { defaults } from '../defaults';
import { clear, el } from '../ui/dom';
import { markedText } from '../ui/marked';
import { labelBadge } from './badges';

type Hit = SearchResponse['results'][number];
type StatementHit = NonNullable<SearchResponse['statements']>[number];
type ArticleHit = NonNullable<SearchResponse['articles']>[number];
export type Choice =
  | { kind: 'entity'; hit: Hit }
  | { kind: 'statement'; hit: StatementHit }
  | { kind: 'article'; hit: ArticleHit };
const GROUPS: [Choice['kind'], string][] = [
  ['entity', 'Entities'],
  ['statement', 'Statements'],
  ['article', 'Articles'],
];
let counter = 0;

export class Autocomplete {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: Choice[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;

  constructor(
    parent: HTMLElement,
    private readonly opts: { label: string; placeholder: string; testid: string; text?: boolean },
    private readonly onChoose: (choice: Choice) => void,
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
      const res = await api.search(q, defaults.searchLimit, controller.signal, this.opts.text);
      if (controller.signal.aborted) return;
      this.hits = [
        ...res.results.map((hit): Choice => ({ kind: 'entity', hit })),
        ...(res.statements ?? []).map((hit): Choice => ({ kind: 'statement', hit })),
        ...(res.articles ?? []).map((hit): Choice => ({ kind: 'article', hit })),
      ];
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
    let last: Choice['kind'] | null = null;
    this.hits.forEach((h, i) => {
      if (this.opts.text && h.kind !== last) {
        last = h.kind;
        const name = GROUPS.find(([k]) => k === h.kind)![1];
        this.list.append(el('li', { class: 'ac-group', role: 'presentation', text: name }));
      }
      const li = el(
        'li',
        {
          role: 'option',
          id: `${this.list.id}-${i}`,
          class: i === this.active ? `ac-item ac-${h.kind} active` : `ac-item ac-${h.kind}`,
          'aria-selected': i === this.active ? 'true' : 'false',
          testid: h.kind === 'entity' ? 'search-option' : `search-${h.kind}`,
        },
        ...optionContent(h),
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

/** What one option shows: an entity's name, a statement's who-type-whom and marked quote, an article's marked title and excerpt. */
function optionContent(h: Choice): (HTMLElement | null)[] {
  if (h.kind === 'entity')
    return [
      labelBadge(h.hit.entity.label),
      el('span', { class: 'ac-name', text: h.hit.entity.name }),
      h.hit.matched && h.hit.matched !== h.hit.entity.name
        ? el('span', { class: 'ac-matched muted', text: h.hit.matched })
        : null,
    ];
  if (h.kind === 'statement') {
    const r = h.hit.relationship;
    return [
      el(
        'span',
        { class: 'ac-name' },
        `${h.hit.source.name} ${r.type} ${h.hit.target.name}`,
        r.date ? el('span', { class: 'muted small', text: ` · ${r.date}` }) : null,
      ),
      markedText(h.hit.snippet, 'ac-snippet'),
    ];
  }
  return [
    markedText({ text: h.hit.title, marks: h.hit.titleMarks }, 'ac-name'),
    el('span', { class: 'muted small', text: h.hit.date }),
    markedText(h.hit.snippet, 'ac-snippet'),
  ];
}

export function mountSearch(root: HTMLElement, app: App): Autocomplete {
  const title = el('label', { class: 'panel-title', text: 'Search' });
  root.append(title, el('span', { class: 'kbd-hint', text: 'press /' }));
  const ac = new Autocomplete(
    root,
    {
      label: 'Search entities, quotes and articles',
      placeholder: 'A name, a quote or words from an article',
      testid: 'search',
      text: true,
    },
    (c) => {
      ac.input.value = '';
      if (c.kind === 'entity') void app.addEntity(c.hit.entity.id);
      else if (c.kind === 'article') app.openPanel('article', c.hit.id);
      else void openStatement(app, c.hit);
    },
  );
  title.htmlFor = ac.input.id;
  return ac;
}

/** A statement chosen in search: its edge selected on the canvas and its source opened. */
async function openStatement(app: App, hit: StatementHit): Promise<void> {
  const r = hit.relationship;
  for (const e of [hit.source, hit.target])
    if (!app.scene.entities.has(e.id)) app.scene.entities.set(e.id, e);
  await app.showRelationship(r.id, r);
  const article = r.evidence[0]?.articleId ?? r.sources[0];
  if (article) app.openPanel('article', article, r.id);
}
