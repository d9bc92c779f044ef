/**
 * "Merge into…" in the details panel: pick the entity this one is the same as, read the
 * preview (what moves, what combines, the aliases gained, the articles that name it), then
 * Save or Undo. The preview is validated by the server but nothing is written until Save.
 */
import type { Entity } from '@kg/server/contracts';
import { ApiError } from '../api';
import type { App } from '../app';
import { button, el } from '../ui/dom';
import { entityPicker } from './entity-picker';
import { merges, showMerged, type StagedMerge } from './merges';

/** The preview of a staged merge, as a reviewer reads it. */
export function previewLines(s: StagedMerge): HTMLElement {
  const p = s.preview;
  const r = p.relationships;
  return el(
    'ul',
    { class: 'merge-preview', testid: `merge-preview-${s.from}` },
    el('li', {
      text: `${p.from.name} (${p.from.id}) becomes part of ${p.into.name} (${p.into.id})`,
    }),
    el('li', {
      text: `${r.moved} relationship${r.moved === 1 ? '' : 's'} move${r.combined ? `, ${r.combined} combine with one ${p.into.name} already has` : ''}`,
    }),
    p.aliasesAdded.length ? el('li', { text: `new aliases: ${p.aliasesAdded.join(', ')}` }) : null,
    p.filled.length ? el('li', { text: `filled from it: ${p.filled.join(', ')}` }) : null,
    p.articles.length
      ? el('li', { text: `named in ${p.articles.join(', ')} (still resolves: a redirect)` })
      : null,
  );
}

export function mergeControl(app: App, e: Entity, rerender: () => void): HTMLElement {
  const box = el('div', { class: 'merge-control', testid: 'merge-control' });
  const staged = merges.get(e.id);
  if (staged) {
    const status = el('p', { class: 'muted', role: 'status' });
    box.append(
      el('strong', { text: `Merge into ${staged.preview.into.name} — staged, not saved` }),
      previewLines(staged),
      el(
        'div',
        { class: 'row' },
        button(
          'Save merge',
          () => {
            status.textContent = 'Saving…';
            void merges.save(e.id).then(
              (done) => showMerged(app, done),
              (err: unknown) => {
                status.textContent = err instanceof ApiError ? err.message : String(err);
              },
            );
          },
          { class: 'primary', testid: 'merge-save' },
        ),
        button(
          'Undo',
          () => {
            merges.undo(e.id);
            rerender();
          },
          { testid: 'merge-undo' },
        ),
      ),
      status,
    );
    return box;
  }
  const open = button(
    'Merge into…',
    () => {
      open.replaceWith(form);
      form.querySelector('input')?.focus();
    },
    { testid: 'merge-open', title: 'This entity is the same as another: merge it into that one' },
  );
  const error = el('p', { class: 'error', role: 'alert', testid: 'merge-error' });
  const form = el(
    'div',
    { class: 'row' },
    entityPicker({
      placeholder: 'merge into… (search)',
      testid: 'merge-into',
      exclude: [e.id],
      onPick: (into) => {
        error.textContent = 'Checking…';
        merges.stage(e.id, into).then(
          () => rerender(),
          (err: unknown) => {
            error.textContent = err instanceof ApiError ? err.message : String(err);
          },
        );
      },
    }),
    button('Cancel', () => form.replaceWith(open), { class: 'link' }),
  );
  box.append(open, error);
  return box;
}
