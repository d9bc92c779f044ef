/**
 * One drafted entity in the review: what saving will do with it, and the controls that change
 * that (link through search, create with a label, not an entity, add a mention form as alias).
 */
import { ENTITY_LABELS, type EntityLabel } from '@kg/server/contracts';
import { api } from '../api';
import { button, clear, el } from '../ui/dom';
import { editNewEntity, newForms, type ReviewedEntity } from './review';
import { input } from './fields';

/** What saving will do with a drafted entity, as the reviewer reads it. */
function outcome(e: ReviewedEntity): string {
  const r = e.resolution;
  if (r.kind === 'existing') return `is ${e.draft.id}`;
  if (r.kind === 'link') return `linked to ${r.to}`;
  if (r.kind === 'create') return `new ${r.label} “${r.name}” (${r.id}), created on save`;
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
  const r = e.resolution;
  const label = el(
    'select',
    { testid: `intake-label-${d.id}` },
    ...ENTITY_LABELS.map((l) =>
      el('option', { value: l, selected: l === (r.kind === 'create' ? r.label : d.label) }, l),
    ),
  );
  // For an entity to be created, the label applies at once (no need to press Create again).
  label.addEventListener('change', () => {
    if (e.resolution.kind !== 'create') return;
    editNewEntity(e, { label: label.value as EntityLabel });
    rerender();
  });
  const create = button(
    'Create',
    () => {
      e.resolution = {
        kind: 'create',
        id: d.id,
        label: label.value as EntityLabel,
        name: d.name,
        aliases: [...d.aliases],
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
  if (r.kind === 'create') li.append(newEntityEditor(e, rerender));
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

/** What a new entity will be created as: name (its id follows), aliases, description. */
function newEntityEditor(e: ReviewedEntity, rerender: () => void): HTMLElement {
  const r = e.resolution;
  if (r.kind !== 'create') return el('div');
  const id = e.draft.id;
  const name = input(`new-name-${id}`, r.name, { 'aria-label': 'name', placeholder: 'name' });
  name.addEventListener('change', () => {
    editNewEntity(e, { name: name.value });
    rerender();
  });
  const aliases = input(`new-aliases-${id}`, r.aliases.join(', '), {
    'aria-label': 'aliases, comma-separated',
    placeholder: 'aliases, comma-separated',
  });
  aliases.addEventListener('change', () => {
    editNewEntity(e, { aliases: aliases.value.split(',') });
    rerender();
  });
  const description = input(`new-description-${id}`, r.description, {
    'aria-label': 'description',
    placeholder: 'description',
  });
  description.addEventListener('change', () =>
    editNewEntity(e, { description: description.value }),
  );
  return el('div', { class: 'row new-entity' }, name, aliases, description);
}
