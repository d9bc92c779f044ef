/**
 * A node's relationships grouped by type, each statement with the other end, quote, date,
 * evidence (fetched on demand when the details answer left it out) and its sources.
 */
import type { ArticleRef, EntityDetailsResponse, RelationshipView } from '@kg/server/contracts';
import { RELATIONSHIP_RULES } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { sourceLabel } from '../article-refs';
import { button, el } from '../ui/dom';
import { typeBadge } from './badges';

export type Refs = Map<string, ArticleRef>;

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

/** One relationship as a list item: the other end, quote, date, evidence and sources. */
export function statementItem(
  app: App,
  r: RelationshipView,
  arrow: string,
  otherName: string,
  otherId: string,
  refs: Refs,
): HTMLElement {
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

/** Relationships a "Show more" asks for at a time. */
export const MORE_PER_CLICK = 25;

/** The relationship groups of an entity's details, appended to `root`. */
export function relationshipGroups(
  app: App,
  root: HTMLElement,
  entityId: string,
  groups: EntityDetailsResponse['groups'],
  refs: Refs,
): void {
  for (const g of groups) {
    const section = el('section', { class: 'rel-group' });
    const arrow = g.direction === 'out' ? '→' : '←';
    const shown = new Set(g.items.map((it) => it.relationship.id));
    const note = el('span', { class: 'muted small' });
    const describe = () => {
      note.textContent = shown.size < g.count ? ` (showing ${shown.size})` : '';
    };
    describe();
    section.append(
      el(
        'h3',
        { title: RELATIONSHIP_RULES[g.type]?.meaning ?? '' },
        typeBadge(g.type),
        el('span', { class: 'muted', text: ` ${arrow} ${g.count}` }),
        note,
      ),
    );
    const list = el('ul', { class: 'rel-list' });
    const add = (r: RelationshipView, other: { id: string; name: string }) =>
      list.append(statementItem(app, r, arrow, other.name, other.id, refs));
    for (const it of g.items) add(it.relationship, it.other);
    section.append(list);
    if (shown.size < g.count) section.append(moreButton(entityId, g, shown, add, describe));
    root.append(section);
  }
}

/**
 * The first screen lists a few relationships per group (the details answer stays small for
 * hubs); this pages through the rest of the group with the neighbours endpoint's cursor. Pages
 * follow the group's own order, which may differ from the first screen's for small nodes: what
 * is already listed is skipped, so every relationship shows once.
 */
function moreButton(
  entityId: string,
  g: EntityDetailsResponse['groups'][number],
  shown: Set<string>,
  add: (r: RelationshipView, other: { id: string; name: string }) => void,
  describe: () => void,
): HTMLElement {
  let cursor: string | null = null;
  const label = () => `Show more (${g.count - shown.size} not listed)`;
  const more = button(
    label(),
    () => {
      more.disabled = true;
      api
        .neighbors(entityId, {
          types: [g.type],
          direction: g.direction,
          limit: MORE_PER_CLICK,
          cursor,
        })
        .then((page) => {
          const names = new Map(page.nodes.map((n) => [n.id, n]));
          for (const r of page.edges) {
            if (shown.has(r.id)) continue;
            const otherId = g.direction === 'out' ? r.target : r.source;
            shown.add(r.id);
            add(r, { id: otherId, name: names.get(otherId)?.name ?? otherId });
          }
          describe();
          cursor = page.nextCursor;
          if (!cursor || shown.size >= g.count) more.remove();
          else {
            more.textContent = label();
            more.disabled = false;
          }
        })
        .catch(() => {
          more.disabled = false;
          more.textContent = 'The next relationships could not be loaded: try again';
        });
    },
    { class: 'link more', testid: 'group-more' },
  );
  return more;
}
