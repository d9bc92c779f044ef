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

/** The relationship groups of an entity's details, appended to `root`. */
export function relationshipGroups(
  app: App,
  root: HTMLElement,
  groups: EntityDetailsResponse['groups'],
  refs: Refs,
): void {
  for (const g of groups) {
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
        statementItem(
          app,
          it.relationship,
          g.direction === 'out' ? '→' : '←',
          it.other.name,
          it.other.id,
          refs,
        ),
      );
    section.append(list);
    root.append(section);
  }
}
