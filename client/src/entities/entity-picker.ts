/**
 * A search-as-you-type field that picks an entity id (the search API, shown in a datalist as
 * "name · label"): the review's endpoint editor, "Merge into…" and the link control use it.
 */
import { api } from '../api';
import { clear, el } from '../ui/dom';

let counter = 0;

export interface PickerOptions {
  value?: string;
  placeholder?: string;
  testid?: string;
  /** Ids never offered (the entity being merged, for "Merge into…"). */
  exclude?: readonly string[];
  onPick: (id: string) => void;
}

export function entityPicker(o: PickerOptions): HTMLElement {
  const listId = `entity-picker-${++counter}`;
  const field = el('input', {
    type: 'search',
    value: o.value ?? '',
    placeholder: o.placeholder ?? 'search an entity…',
    list: listId,
    autocomplete: 'off',
    'aria-label': o.placeholder ?? 'Search an entity',
    ...(o.testid ? { testid: o.testid } : {}),
  });
  const options = el('datalist', { id: listId });
  let asked = 0;
  field.addEventListener('input', () => {
    const q = field.value.trim();
    if (q.length < 2) return;
    const mine = ++asked;
    void api
      .search(q, 8)
      .then((res) => {
        if (mine !== asked) return;
        clear(options);
        for (const hit of res.results) {
          if (o.exclude?.includes(hit.entity.id)) continue;
          options.append(
            el('option', { value: hit.entity.id }, `${hit.entity.name} · ${hit.entity.label}`),
          );
        }
      })
      .catch(() => {});
  });
  field.addEventListener('change', () => {
    const id = field.value.trim();
    if (id) o.onPick(id);
  });
  return el('span', { class: 'entity-picker' }, field, options);
}
