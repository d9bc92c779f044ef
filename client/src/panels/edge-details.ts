/** A (bundled) edge's details: every statement it stands for, with its evidence and sources. */
import { RELATIONSHIP_RULES } from '@kg/server/contracts';
import type { App } from '../app';
import { el } from '../ui/dom';
import { typeBadge } from './badges';
import { statementItem, type Refs } from './relationship-list';

export function renderEdgeDetails(app: App, root: HTMLElement, id: string, refs: Refs): void {
  const data = app.edgeData(id);
  if (!data) {
    root.append(el('p', { class: 'muted', text: 'This edge is no longer on the canvas.' }));
    return;
  }
  const src = app.scene.entities.get(data.source);
  const tgt = app.scene.entities.get(data.target);
  root.append(
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
    const li = statementItem(app, r, '→', tgt?.name ?? r.target, r.target, refs);
    // Opening an edge opens its statements' evidence: fetched now if the list left it out.
    const onDemand = li.querySelector('details.evidence-on-demand');
    if (onDemand instanceof HTMLDetailsElement) onDemand.open = true;
    for (const ev of r.evidence) {
      if (r.quote && ev.text.includes(r.quote) && r.evidence.length === 1) continue;
      li.insertBefore(el('p', { class: 'evidence', text: ev.text }), li.querySelector('.sources'));
    }
    list.append(li);
  }
  root.append(list);
}
