/**
 * The details panel. For a node: name, type, role, aliases, description and its relationships
 * grouped by type, or its statements by date (newest or oldest first, one statement written as
 * several relationships shown once); every source link names its article by title and date.
 * For a (bundled) edge: every statement it stands for, with quote, evidence, date and sources.
 */

import type { ArticleRef, EntityDetailsResponse } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { articleRefs, rememberArticles } from '../article-refs';
import { mergeControl } from '../entities/merge-control';
import { button, clear, el } from '../ui/dom';
import { labelBadge } from './badges';
import { renderEdgeDetails } from './edge-details';
import { relationshipGroups, type Refs } from './relationship-list';
import { statementsByDate, type StatementOrder } from './statements-by-date';

export class DetailsPanel {
  private token = 0;
  /** How a node's relationships are listed; kept while the analyst moves between nodes. */
  private mode: 'type' | 'date' = 'type';
  private order: StatementOrder = 'newest';

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {}

  async render(): Promise<void> {
    const sel = this.app.selection;
    const token = ++this.token;
    clear(this.root);
    if (!sel) {
      this.root.append(
        el('p', { class: 'muted', text: 'Select a node or an edge to see what the sources say.' }),
      );
      return;
    }
    if (sel.kind === 'edge') {
      const data = this.app.edgeData(sel.id);
      const ids = (data?.relIds ?? []).flatMap(
        (rid) => this.app.scene.relationships.get(rid)?.sources ?? [],
      );
      const refs = await articleRefs(ids);
      if (token !== this.token) return;
      renderEdgeDetails(this.app, this.root, sel.id, refs);
      this.addSourceSkip();
      return;
    }
    this.root.append(el('p', { class: 'muted loading', text: 'Loading…' }));
    const d = await this.app.busy('Loading details', () => api.entity(sel.id));
    if (token !== this.token) return;
    clear(this.root);
    if (!d) {
      this.root.append(el('p', { class: 'error', text: 'The details could not be loaded.' }));
      return;
    }
    this.app.cacheDetails(
      d.entity,
      d.groups.flatMap((g) => g.items),
    );
    rememberArticles(d.articles);
    const refs =
      this.mode === 'type'
        ? await articleRefs(d.groups.flatMap((g) => g.items.flatMap((i) => i.relationship.sources)))
        : new Map<string, ArticleRef>();
    if (token !== this.token) return;
    this.renderEntity(d, refs, token);
    this.addSourceSkip();
  }

  /** A link under the heading straight to the first source: a source is two keys away. */
  private addSourceSkip(): void {
    const first = this.root.querySelector<HTMLElement>(
      '[data-testid="open-source"], [data-testid="row-source"]',
    );
    const head = this.root.querySelector('header');
    if (!first || !head) return;
    head.after(
      button('Skip to the sources', () => first.focus(), {
        class: 'link skip-sources',
        testid: 'skip-sources',
      }),
    );
  }

  private renderEntity(d: EntityDetailsResponse, refs: Refs, token: number): void {
    const e = d.entity;
    const app = this.app;
    const onCanvas = app.scene.nodes.has(e.id);
    const head = el(
      'header',
      { class: 'details-head', testid: 'entity-details' },
      el('h2', { class: 'entity-name', testid: 'entity-name', text: e.name }),
      el(
        'div',
        { class: 'meta' },
        labelBadge(e.label),
        e.role ? el('span', { class: 'role', text: e.role }) : null,
        e.date
          ? el('span', { class: 'date', text: e.endDate ? `${e.date} – ${e.endDate}` : e.date })
          : null,
        e.alleged ? el('span', { class: 'alleged', text: 'alleged' }) : null,
      ),
    );
    const actions = el(
      'div',
      { class: 'actions' },
      onCanvas
        ? button('Expand', () => void app.expand(e.id), {
            'aria-label': `Expand ${e.name}`,
            testid: 'details-expand',
          })
        : button('Add to canvas', () => void app.addEntity(e.id), { testid: 'details-add' }),
      onCanvas
        ? button('Collapse', () => app.collapse(e.id), { 'aria-label': `Collapse ${e.name}` })
        : null,
      onCanvas ? button('Hide', () => app.hide([e.id]), { 'aria-label': `Hide ${e.name}` }) : null,
      onCanvas
        ? button(app.scene.pinned.has(e.id) ? 'Unpin' : 'Pin', () => app.togglePin([e.id]), {
            'aria-label': `Pin ${e.name}`,
          })
        : null,
    );
    const exp = app.lastExpansion;
    const more =
      exp && exp.node === e.id && exp.nextCursor
        ? el(
            'p',
            { class: 'more' },
            `Showing ${exp.shown.toLocaleString()} of ${exp.total.toLocaleString()} — `,
            button('load more', () => void app.expand(e.id, exp.nextCursor), {
              class: 'link',
              testid: 'load-more',
            }),
          )
        : null;
    this.root.append(head, actions);
    if (more) this.root.append(more);
    if (d.redirectedFrom) {
      this.root.append(
        el('p', { class: 'muted', text: `“${d.redirectedFrom}” was merged into ${e.name}.` }),
      );
    }
    this.root.append(mergeControl(app, e, () => void this.render()));
    if (e.aliases.length)
      this.root.append(
        el('p', { class: 'aliases' }, el('strong', { text: 'Also: ' }), e.aliases.join(' · ')),
      );
    if (e.description) this.root.append(el('p', { class: 'description', text: e.description }));
    this.root.append(el('p', { class: 'muted small', text: `${e.degree} relationships` }));
    this.root.append(this.modeSwitch());
    if (this.mode === 'date') {
      const box = el('div', { class: 'timeline', testid: 'statements-by-date' });
      this.root.append(box);
      void this.renderTimeline(e.id, e.name, box, token);
      return;
    }

    relationshipGroups(app, this.root, d.entity.id, d.groups, refs);
    if (d.articles.length) {
      const list = el('ul', { class: 'article-list' });
      for (const a of d.articles)
        list.append(
          el(
            'li',
            {},
            button(a.title, () => app.openPanel('article', a.id), { class: 'link' }),
            el('span', { class: 'muted', text: ` ${a.date}` }),
          ),
        );
      this.root.append(el('h3', { text: 'Articles' }), list);
    }
  }

  /** "By type" / "By date": how a node's relationships are listed. */
  private modeSwitch(): HTMLElement {
    const box = el('div', {
      class: 'segmented',
      role: 'group',
      'aria-label': 'List relationships',
    });
    for (const [mode, text] of [
      ['type', 'By type'],
      ['date', 'Statements by date'],
    ] as const) {
      box.append(
        button(
          text,
          () => {
            if (this.mode === mode) return;
            this.mode = mode;
            void this.render();
          },
          { 'aria-pressed': String(this.mode === mode), testid: `details-mode-${mode}` },
        ),
      );
    }
    return box;
  }

  /** The entity's statements by date: by it, then about it; each row opens its articles. */
  private async renderTimeline(
    id: string,
    name: string,
    box: HTMLElement,
    token: number,
  ): Promise<void> {
    box.append(el('p', { class: 'muted loading', text: 'Loading the statements…' }));
    const res = await this.app.busy('Loading the statements', () => api.statements(id, this.order));
    if (token !== this.token) return;
    clear(box);
    if (!res) {
      box.append(el('p', { class: 'error', text: 'The statements could not be loaded.' }));
      return;
    }
    rememberArticles([...res.by, ...res.about].flatMap((r) => r.articles));
    statementsByDate(
      this.app,
      box,
      res,
      name,
      () => this.order,
      (o) => {
        this.order = o;
        void this.render();
      },
    );
  }
}
