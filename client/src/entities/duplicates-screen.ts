/**
 * The duplicates panel (toolbar "Duplicates", URL panel=duplicates): the likely duplicate
 * entities of the registry with their reasons, best first. "Merge" stages the merge of one
 * into the suggested survivor (a preview, nothing written; "swap" keeps the other one), "Undo"
 * drops it, "Save merges" writes the staged ones; "Not a duplicate" is written at once to
 * seeds/entities.yaml, so the pair stays dismissed after a restart. Names and reasons reach
 * the page as text only.
 */
import type { DuplicatePair } from '@kg/server/contracts';
import { api, ApiError } from '../api';
import type { App } from '../app';
import { button, clear, el } from '../ui/dom';
import { previewLines } from './merge-control';
import { merges, showMerged } from './merges';

export class DuplicatesScreen {
  private pairs: DuplicatePair[] | null = null;
  private dismissed = 0;
  private readonly list = el('ol', { class: 'duplicates-list', testid: 'duplicates-list' });
  private readonly message = el('p', {
    class: 'intake-message',
    role: 'status',
    testid: 'duplicates-message',
  });
  private readonly saveAll = button('Save merges', () => void this.save(), {
    class: 'primary',
    testid: 'duplicates-save',
  });

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
    private readonly onClose: () => void,
  ) {
    merges.onChange(() => {
      if (!this.root.hidden) this.renderList();
    });
  }

  open(): void {
    if (!this.root.hidden && this.pairs) return;
    this.root.hidden = false;
    clear(this.root);
    this.root.append(
      el(
        'div',
        { class: 'intake-head' },
        el('h2', { text: 'Likely duplicates' }),
        this.saveAll,
        button('Close', () => this.onClose(), { class: 'link', testid: 'duplicates-close' }),
      ),
      el(
        'div',
        { class: 'duplicates-body' },
        el('p', {
          class: 'muted',
          text: 'Pairs of entities that are probably one, with the reasons. Merge stages a merge you can read and undo; nothing is written until you save.',
        }),
        this.message,
        this.list,
      ),
    );
    void this.load();
  }

  close(): void {
    this.root.hidden = true;
  }

  private async load(): Promise<void> {
    this.message.textContent = 'Looking for duplicates…';
    try {
      const r = await api.duplicates();
      this.pairs = r.pairs;
      this.dismissed = r.dismissed;
      this.message.textContent = '';
    } catch (err) {
      this.message.textContent = err instanceof ApiError ? err.message : String(err);
      this.pairs = [];
    }
    this.renderList();
  }

  private renderList(): void {
    clear(this.list);
    const staged = merges.list();
    this.saveAll.textContent = `Save merges (${staged.length})`;
    this.saveAll.disabled = staged.length === 0;
    const pairs = this.pairs ?? [];
    if (!pairs.length) {
      this.list.append(
        el('li', {
          class: 'muted',
          text: `No likely duplicates.${this.dismissed ? ` ${this.dismissed} dismissed pair(s) not shown.` : ''}`,
        }),
      );
      return;
    }
    for (const p of pairs) this.list.append(this.row(p));
    if (this.dismissed) {
      this.list.append(
        el('li', { class: 'muted', text: `${this.dismissed} dismissed pair(s) not shown.` }),
      );
    }
  }

  private row(p: DuplicatePair): HTMLElement {
    const key = `${p.a.id}--${p.b.id}`;
    const li = el('li', { class: 'duplicate', testid: `duplicate-${key}` });
    const staged = merges.get(p.a.id) ?? merges.get(p.b.id);
    const name = (e: DuplicatePair['a']) =>
      el('span', { class: 'dup-entity' }, el('strong', { text: e.name }), ` ${e.id}`);
    li.append(
      el(
        'div',
        { class: 'dup-head' },
        el('span', { class: 'dup-score', text: p.score.toFixed(2) }),
        el('span', { class: 'badge-plain', text: p.a.label }),
        name(p.a),
        el('span', { class: 'muted', text: '~' }),
        name(p.b),
      ),
      el(
        'ul',
        { class: 'dup-reasons' },
        ...p.reasons.map((r) =>
          el('li', {}, el('span', { class: 'reason-kind', text: r.kind }), ` ${r.detail}`),
        ),
      ),
    );
    const error = el('p', { class: 'error', role: 'alert' });
    if (staged) {
      li.classList.add('staged');
      li.append(
        previewLines(staged),
        el(
          'div',
          { class: 'row' },
          button('Undo', () => merges.undo(staged.from), { testid: `duplicate-undo-${key}` }),
        ),
      );
      return li;
    }
    const [keep, drop] = p.keep === p.a.id ? [p.a, p.b] : [p.b, p.a];
    const stage = (from: string, into: string) => {
      error.textContent = 'Checking…';
      merges.stage(from, into).then(
        () => {},
        (err: unknown) => {
          error.textContent = err instanceof ApiError ? err.message : String(err);
        },
      );
    };
    li.append(
      el(
        'div',
        { class: 'row' },
        button(`Merge ${drop.name} into ${keep.name}`, () => stage(drop.id, keep.id), {
          class: 'primary',
          testid: `duplicate-merge-${key}`,
        }),
        button('swap', () => stage(keep.id, drop.id), {
          class: 'link',
          title: `Merge ${keep.name} into ${drop.name} instead`,
        }),
        button('Not a duplicate', () => void this.dismiss(p, error), {
          testid: `duplicate-dismiss-${key}`,
        }),
      ),
      error,
    );
    return li;
  }

  private async dismiss(p: DuplicatePair, error: HTMLElement): Promise<void> {
    try {
      await api.dismissDuplicate(p.a.id, p.b.id);
      this.pairs = (this.pairs ?? []).filter((x) => x !== p);
      this.dismissed++;
      this.message.textContent = `${p.a.name} and ${p.b.name}: not a duplicate (remembered).`;
      this.renderList();
    } catch (err) {
      error.textContent = err instanceof ApiError ? err.message : String(err);
    }
  }

  private async save(): Promise<void> {
    this.message.textContent = 'Saving…';
    try {
      const done = await merges.save();
      const gone = new Set(done.map((m) => m.from.id));
      this.pairs = (this.pairs ?? []).filter((p) => !gone.has(p.a.id) && !gone.has(p.b.id));
      this.message.textContent = `Saved ${done.length} merge(s).`;
      this.renderList();
      await showMerged(this.app, done);
    } catch (err) {
      this.message.textContent = err instanceof ApiError ? err.message : String(err);
    }
  }
}
