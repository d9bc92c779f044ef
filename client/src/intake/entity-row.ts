/**
 * One drafted entity in the review: what saving will do with it, and the controls that change
 * that (link through search, create with a label, not an entity, add a mention form as alias).
 */
import { ENTITY_LABELS, type EntityLabel } from '@kg/server/contracts';
import { api } from '../api';
import { button, clear, el } from '../ui/dom';
import { newForms, type ReviewedEntity } from './review';
import { input } from './fields';

/** What saving will do with a drafted entity, as the reviewer reads it. */
function outcome(e: ReviewedEntity): string {
  const r = e.resolution;
  if (r.kind === 'existing') return `is ${e.draft.id}`;
  if (r.kind === 'link') return `linked to ${r.to}`;
  if (r.kind === 'create') return `new ${r.label}, created on save`;
  return 'not an entity';
}

export function entityRow(e: ReviewedEntity, rerender: () => void): HTMLElement {
  const d = e.draft;
  const li = el('li', { class: `entity ${e.resolution.kind}`, testid: `intake-entity-${d.id}` });
  li.append(
    el('strong', { text: d.name }),
    ` ${d.label} · `,
    el('span', { class: 'outcome', text: outcome(e) }),
  );
  if (e.addAliases.length) {
    li.append(el('div', { class: 'why', text: `aliases to add: ${e.addAliases.join(', ')}` }));
  }
  const link = input('link', e.resolution.kind === 'link' ? e.resolution.to : '', {
    placeholder: 'link to… (search)',
    list: `intake-link-${d.id}`,
    testid: `intake-link-${d.id}`,
  });
  const options = el(
    'datalist',
    { id: `intake-link-${d.id}` },
    ...d.candidates.map((c) => el('option', { value: c.id })),
  );
  link.addEventListener('input', () => {
    if (link.value.length < 2) return;
    void api.search(link.value, 8).then((res) => {
      clear(options);
      for (const hit of res.results)
        options.append(el('option', { value: hit.entity.id }, hit.entity.name));
    });
  });
  link.addEventListener('change', () => {
    if (link.value) e.resolution = { kind: 'link', to: link.value.trim() };
    rerender();
  });
  const label = el(
    'select',
    { testid: `intake-label-${d.id}` },
    ...ENTITY_LABELS.map((l) => el('option', { value: l, selected: l === d.label }, l)),
  );
  const create = button(
    'Create',
    () => {
      e.resolution = {
        kind: 'create',
        label: label.value as EntityLabel,
        name: d.name,
        description: d.role ?? `${label.value} named in the article.`,
      };
      rerender();
    },
    { testid: `intake-create-${d.id}` },
  );
  const none = button('Not an entity', () => {
    e.resolution = { kind: 'none' };
    rerender();
  });
  li.append(el('div', { class: 'row' }, link, options, label, create, none));
  for (const c of d.candidates)
    li.append(el('div', { class: 'why', text: `${c.id}: ${c.why} (${c.score.toFixed(2)})` }));
  for (const form of newForms(e)) {
    if (e.addAliases.includes(form)) continue;
    li.append(
      button(
        `+ alias “${form}”`,
        () => {
          e.addAliases.push(form);
          rerender();
        },
        { class: 'link' },
      ),
    );
  }
  return li;
}
