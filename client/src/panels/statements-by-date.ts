/** An entity's statements by date: by it, then about it; each row opens its articles. */
import type { EntityStatementsResponse, StatementRow } from '@kg/server/contracts';
import type { App } from '../app';
import { button, el } from '../ui/dom';
import { typeBadge } from './badges';

export type StatementOrder = 'newest' | 'oldest';

/** The order switch and the two lists, appended to `box`. */
export function statementsByDate(
  app: App,
  box: HTMLElement,
  res: EntityStatementsResponse,
  name: string,
  current: () => StatementOrder,
  setOrder: (o: StatementOrder) => void,
): void {
  const order = el('div', { class: 'segmented small', role: 'group', 'aria-label': 'Order' });
  for (const [o, text] of [
    ['newest', 'Newest first'],
    ['oldest', 'Oldest first'],
  ] as const)
    order.append(
      button(
        text,
        () => {
          if (current() === o) return;
          setOrder(o);
        },
        { 'aria-pressed': String(current() === o), testid: `statements-${o}` },
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
    for (const row of rows) list.append(timelineRow(app, row));
    box.append(el('h3', { text: `${title} (${rows.length})` }), list);
  }
}

function timelineRow(app: App, row: StatementRow): HTMLElement {
  const li = el('li', {
    class: 'statement',
    testid: 'timeline-row',
    'data-rels': row.relationshipIds.join(' '),
  });
  const who = (e: { id: string; name: string }) =>
    button(e.name, () => (app.scene.nodes.has(e.id) ? app.focus(e.id) : void app.addEntity(e.id)), {
      class: 'link',
      'aria-label': `Show ${e.name}`,
    });
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
