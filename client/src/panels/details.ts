/**
 * The details panel. For a node: name, type, role, aliases, description and its relationships
 * grouped by type, or its statements by date (newest or oldest first, one statement written as
 * several relationships shown once); every source link names its article by title and date.
 * For a (bundled) edge: every statement it stands for, with quote, evidence, date and sources.
 */

type Refs = Map<string, ArticleRef>;
import type {
  ArticleRef,
  EntityDetailsResponse,
  RelationshipView,
  StatementRow,
} from '@kg/server/contracts';
import { RELATIONSHIP_RULES } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { articleRefs, rememberArticles, sourceLabel } from '../article-refs';
import { nodeStyle, edgeStyle } from '../graph/style';
import { button, clear, el } from '../ui/dom';

export function labelBadge(label: string): HTMLElement {
  const b = el('span', { class: 'badge', text: label });
  b.style.backgroundColor = nodeStyle(label).color;
  return b;
}

function typeBadge(type: string): HTMLElement {
  const b = el('span', { class: 'type-badge', text: type });
  // The type's colour on the border only: dark text keeps 4.5:1 contrast whatever the hue.
  b.style.borderColor = edgeStyle(type).color;
  b.style.borderLeftWidth = '4px';
  return b;
}

/**
 * Evidence the details answer left out (`evidenceCount`, issue 16): a disclosure that fetches
 * the relationship's spans when opened, and keeps them on the relationship (the scene's object)
 * so the next view has them.
 */
function evidenceOnDemand(r: RelationshipView): HTMLElement {
  const box = el('details', { class: 'evidence-on-demand', testid: 'evidence-on-demand' });
  const n = r.evidenceCount ?? 0;
  box.append(
    el('summary', { class: 'muted small', text: `Evidence (${n} sentence${n === 1 ? '' : 's'})` }),
  );
  let asked = false;
  box.addEventListener('toggle', () => {
    if (!box.open || asked) return;
    asked = true;
    const loading = el('p', { class: 'muted small', text: 'Loading…' });
    box.append(loading);
    api
      .evidence(r.id)
      .then((res) => {
        r.evidence = res.evidence;
        delete r.evidenceCount;
        loading.remove();
        for (const ev of res.evidence) {
          if (r.quote && ev.text.includes(r.quote) && res.evidence.length === 1) continue;
          box.append(el('p', { class: 'evidence', text: ev.text }));
        }
      })
      .catch(() => {
        asked = false;
        loading.replaceWith(el('p', { class: 'error', text: 'The evidence could not be loaded.' }));
      });
  });
  return box;
}

export class DetailsPanel {
  private token = 0;
  /** How a node's relationships are listed; kept while the analyst moves between nodes. */
  private mode: 'type' | 'date' = 'type';
  private order: 'newest' | 'oldest' = 'newest';

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
      this.renderEdge(sel.id, refs);
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

    for (const g of d.groups) {
      const section = el('section', { class: 'rel-group' });
      const arrow = g.direction === 'out' ? '→' : '←';
      section.append(
        el(
          'h3',
          { title: RELATIONSHIP_RULES[g.type]?.meaning ?? '' },
          typeBadge(g.type),
          el('span', { class: 'muted', text: ` ${arrow} ${g.count}` }),
          g.items.length < g.count
            ? el('span', {
                class: 'muted small',
                text: ` (first ${g.items.length}; expand the node for the rest)`,
              })
            : null,
        ),
      );
      const list = el('ul', { class: 'rel-list' });
      for (const it of g.items)
        list.append(
          this.statement(
            it.relationship,
            g.direction === 'out' ? '→' : '←',
            it.other.name,
            it.other.id,
            refs,
          ),
        );
      section.append(list);
      this.root.append(section);
    }
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

  /** One relationship as a list item: the other end, quote, date, evidence and sources. */
  private statement(
    r: RelationshipView,
    arrow: string,
    otherName: string,
    otherId: string,
    refs: Refs,
  ): HTMLElement {
    const app = this.app;
    const li = el('li', { class: 'statement', testid: 'statement' });
    li.append(
      el(
        'div',
        { class: 'statement-head' },
        el('span', { class: 'muted', text: `${arrow} ` }),
        button(
          otherName,
          () => (app.scene.nodes.has(otherId) ? app.focus(otherId) : void app.addEntity(otherId)),
          {
            class: 'link',
            'aria-label': `Show ${otherName}`,
          },
        ),
        r.date ? el('span', { class: 'date', text: r.date }) : null,
        r.alleged ? el('span', { class: 'alleged', text: 'alleged' }) : null,
      ),
    );
    if (r.quote)
      li.append(el('blockquote', { class: 'quote', testid: 'quote', text: `“${r.quote}”` }));
    if (r.detail) li.append(el('p', { class: 'detail', text: r.detail }));
    if (!r.quote && r.evidence[0])
      li.append(el('p', { class: 'evidence', text: r.evidence[0].text }));
    else if (r.evidenceCount && !r.evidence.length) li.append(evidenceOnDemand(r));
    const sources = el('div', { class: 'sources' });
    for (const a of r.sources) {
      const label = sourceLabel(a, refs);
      sources.append(
        button(label, () => app.openPanel('article', a, r.id), {
          class: 'link source-link',
          title: `Open the source: ${label}`,
          'aria-label': `Open source article: ${label}`,
          testid: 'open-source',
          'data-rel': r.id,
        }),
      );
    }
    if (r.sources.length) li.append(sources);
    return li;
  }

  private renderEdge(id: string, refs: Refs): void {
    const app = this.app;
    const data = app.edgeData(id);
    if (!data) {
      this.root.append(el('p', { class: 'muted', text: 'This edge is no longer on the canvas.' }));
      return;
    }
    const src = app.scene.entities.get(data.source);
    const tgt = app.scene.entities.get(data.target);
    this.root.append(
      el(
        'header',
        { class: 'details-head', testid: 'edge-details' },
        el(
          'h2',
          {},
          `${src?.name ?? data.source} `,
          typeBadge(data.type),
          ` ${tgt?.name ?? data.target}`,
        ),
        el('p', {
          class: 'muted small',
          text: `${data.count} statement${data.count === 1 ? '' : 's'}. ${RELATIONSHIP_RULES[data.type as keyof typeof RELATIONSHIP_RULES]?.meaning ?? ''}`,
        }),
      ),
    );
    const list = el('ul', { class: 'rel-list' });
    for (const rid of data.relIds) {
      const r = app.scene.relationships.get(rid);
      if (!r) continue;
      const li = this.statement(r, '→', tgt?.name ?? r.target, r.target, refs);
      // Opening an edge opens its statements' evidence: fetched now if the list left it out.
      const onDemand = li.querySelector('details.evidence-on-demand');
      if (onDemand instanceof HTMLDetailsElement) onDemand.open = true;
      for (const ev of r.evidence) {
        if (r.quote && ev.text.includes(r.quote) && r.evidence.length === 1) continue;
        li.insertBefore(
          el('p', { class: 'evidence', text: ev.text }),
          li.querySelector('.sources'),
        );
      }
      list.append(li);
    }
    this.root.append(list);
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
    const order = el('div', { class: 'segmented small', role: 'group', 'aria-label': 'Order' });
    for (const [o, text] of [
      ['newest', 'Newest first'],
      ['oldest', 'Oldest first'],
    ] as const)
      order.append(
        button(
          text,
          () => {
            if (this.order === o) return;
            this.order = o;
            void this.render();
          },
          { 'aria-pressed': String(this.order === o), testid: `statements-${o}` },
        ),
      );
    box.append(order);
    if (!res.by.length && !res.about.length)
      box.append(el('p', { class: 'muted', text: `No statements by or about ${name}.` }));
    for (const [rows, title] of [
      [res.by, `Said by ${name}`],
      [res.about, `About ${name}`],
    ] as const) {
      if (!rows.length) continue;
      const list = el('ol', { class: 'timeline-list' });
      for (const row of rows) list.append(this.timelineRow(row));
      box.append(el('h3', { text: `${title} (${rows.length})` }), list);
    }
  }

  private timelineRow(row: StatementRow): HTMLElement {
    const app = this.app;
    const li = el('li', {
      class: 'statement',
      testid: 'timeline-row',
      'data-rels': row.relationshipIds.join(' '),
    });
    const who = (e: { id: string; name: string }) =>
      button(
        e.name,
        () => (app.scene.nodes.has(e.id) ? app.focus(e.id) : void app.addEntity(e.id)),
        { class: 'link', 'aria-label': `Show ${e.name}` },
      );
    const head = el(
      'div',
      { class: 'statement-head' },
      el('span', {
        class: row.date ? 'date' : 'date undated',
        testid: 'row-date',
        text: row.date ?? 'undated',
      }),
      typeBadge(row.type),
      who(row.speaker),
      el('span', { class: 'muted', text: ' → ' }),
    );
    row.targets.forEach((t, i) => {
      if (i) head.append(', ');
      head.append(who(t));
    });
    if (row.alleged) head.append(el('span', { class: 'alleged', text: 'alleged' }));
    li.append(head);
    if (row.quote) li.append(el('blockquote', { class: 'quote', text: `“${row.quote}”` }));
    else if (row.detail) li.append(el('p', { class: 'detail', text: row.detail }));
    else if (row.evidence[0]) li.append(el('p', { class: 'evidence', text: row.evidence[0].text }));
    const sources = el('div', { class: 'sources' });
    for (const a of row.articles) {
      const label = `${a.title} · ${a.date}`;
      sources.append(
        button(label, () => app.openPanel('article', a.id, a.relationshipId), {
          class: 'link source-link',
          'aria-label': `Open source article: ${label}`,
          testid: 'row-source',
          'data-rel': a.relationshipId,
        }),
      );
    }
    if (row.articles.length) li.append(sources);
    return li;
  }
}
