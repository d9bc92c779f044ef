/**
 * "Add article": paste or pick a text, draft it (POST /api/drafts), review it beside the text
 * with every drafted span highlighted, resolve the entities, save (POST /api/articles). Pasted
 * text and everything drafted from it reach the page through textContent only (ui/dom.ts).
 * Keyboard in the statement list: j/k move, a accept, r reject, e edit (the type).
 */
import type { ArticleSaved } from '@kg/server/contracts';
import { api, ApiError } from '../api';
import { button, clear, el } from '../ui/dom';
import { entityRow } from './entity-row';
import { input, labelled } from './fields';
import { statementRow } from './statement-row';
import {
  acceptAbove,
  articleSlug,
  highlights,
  publisherGuess,
  runs,
  startReview,
  toSubmission,
  type Review,
} from './review';

export class IntakeScreen {
  private review: Review | null = null;
  private current = 0;
  private readonly meta = {
    title: input('title'),
    outlet: input('outlet'),
    url: input('url', '', { type: 'url' }),
    date: input('date', '', { type: 'date' }),
    id: input('id'),
  };
  private readonly textView = el('div', { class: 'intake-text', testid: 'intake-text' });
  private readonly side = el('div', { class: 'intake-side' });
  private readonly message = el('p', {
    class: 'intake-message',
    testid: 'intake-message',
    role: 'status',
  });

  constructor(
    private readonly root: HTMLElement,
    private readonly onClose: () => void,
    private readonly onSaved: (saved: ArticleSaved) => void,
  ) {
    document.addEventListener('keydown', (ev) => {
      if (!this.root.hidden) this.key(ev);
    });
  }

  open(): void {
    this.root.hidden = false;
    if (!this.review) this.renderPaste();
  }

  close(): void {
    this.root.hidden = true;
  }

  private header(...extra: HTMLElement[]): HTMLElement {
    return el(
      'div',
      { class: 'intake-head' },
      el('h2', { text: 'Add article' }),
      ...extra,
      button('Close', () => this.onClose(), { class: 'link', testid: 'intake-close' }),
    );
  }

  private renderPaste(): void {
    clear(this.root);
    const text = el('textarea', {
      rows: 16,
      testid: 'intake-paste',
      'aria-label': 'Article text',
      placeholder: 'Paste the article text here, or pick a .txt file.',
    });
    const file = el('input', {
      type: 'file',
      accept: '.txt,text/plain',
      testid: 'intake-file',
      'aria-label': 'Article text file (.txt)',
    });
    file.addEventListener('change', () => {
      void file.files?.[0]?.text().then((t) => (text.value = t));
    });
    const draft = button('Draft', () => void this.draft(text.value), { testid: 'intake-draft' });
    this.root.append(
      this.header(),
      el(
        'div',
        { class: 'intake-paste' },
        text,
        file,
        el('div', { class: 'intake-meta' }, ...this.metaFields()),
        draft,
        this.message,
      ),
    );
  }

  private metaFields(): HTMLElement[] {
    const m = this.meta;
    return [
      labelled('Title', m.title),
      labelled('Outlet (publisher id)', m.outlet),
      labelled('URL', m.url),
      labelled('Date', m.date),
    ];
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private async draft(text: string): Promise<void> {
    if (!text.trim()) return this.say('Paste a text first.');
    this.say('Drafting…');
    const m = this.meta;
    try {
      const d = await api.draft({
        text,
        ...(m.title.value ? { title: m.title.value } : {}),
        ...(m.date.value ? { date: m.date.value } : {}),
        ...(m.outlet.value ? { outlet: m.outlet.value } : {}),
        ...(m.url.value ? { url: m.url.value } : {}),
      });
      this.review = startReview(d, text);
      // Prefilled from what the draft found, where the analyst left a field empty.
      m.title.value ||= d.article.title;
      m.date.value ||= d.article.date ?? '';
      m.outlet.value = publisherGuess(this.review) ?? m.outlet.value;
      m.url.value ||= d.article.url ?? '';
      m.id.value = articleSlug(m.date.value, m.title.value);
      this.current = 0;
      this.say(d.notes.join(' '));
      this.renderReview();
    } catch (err) {
      this.say(err instanceof ApiError ? err.message : 'The draft failed.');
    }
  }

  private renderReview(): void {
    const r = this.review!;
    clear(this.root);
    const threshold = input('threshold', '0.8', {
      type: 'number',
      min: '0',
      max: '1',
      step: '0.05',
    });
    const bulk = button(
      'Accept all ≥',
      () => {
        acceptAbove(r, Number(threshold.value));
        this.renderReview();
      },
      { testid: 'intake-accept-above' },
    );
    const save = button('Save', () => void this.save(), {
      class: 'primary',
      testid: 'intake-save',
    });
    this.root.append(
      this.header(bulk, threshold, save),
      el('div', { class: 'intake-body' }, this.textView, this.side),
      this.message,
    );
    this.renderText();
    clear(this.side);
    this.side.append(
      el('div', { class: 'intake-meta' }, ...this.metaFields(), labelled('Id', this.meta.id)),
      el('h3', { text: `Entities (${r.entities.length})` }),
      el(
        'ul',
        { class: 'intake-entities' },
        ...r.entities.map((e) => entityRow(e, () => this.renderReview())),
      ),
      el('h3', { text: `Statements (${r.relationships.length})` }),
      el(
        'ol',
        { class: 'intake-statements', testid: 'intake-statements', tabindex: 0 },
        ...r.relationships.map((s, i) =>
          statementRow(r, s, i, i === this.current, {
            decide: (k, v) => this.decide(k, v),
            say: (t) => this.say(t),
            current: (k) => (this.current = k),
          }),
        ),
      ),
    );
  }

  private renderText(): void {
    const r = this.review!;
    clear(this.textView);
    for (const run of runs(r.text, highlights(r))) {
      if (!run.on.length) {
        this.textView.append(run.text);
        continue;
      }
      const kinds = new Set(run.on.map((h) => h.kind));
      const span = el('mark', {
        class: [...kinds].map((k) => `hl-${k}`).join(' '),
        'data-start': run.start,
        title: run.on
          .map((h) => (h.kind === 'mention' ? h.ref : `statement ${Number(h.ref) + 1}`))
          .join(', '),
      });
      span.textContent = run.text;
      this.textView.append(span);
    }
  }

  private decide(i: number, verdict: 'accepted' | 'rejected'): void {
    this.review!.relationships[i]!.verdict = verdict;
    this.current = Math.min(i + 1, this.review!.relationships.length - 1);
    this.renderReview();
  }

  private key(ev: KeyboardEvent): void {
    const r = this.review;
    const t = ev.target as HTMLElement;
    if (!r || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) return;
    const n = r.relationships.length;
    if (ev.key === 'j') this.current = Math.min(this.current + 1, n - 1);
    else if (ev.key === 'k') this.current = Math.max(this.current - 1, 0);
    else if (ev.key === 'a') return this.decide(this.current, 'accepted');
    else if (ev.key === 'r') return this.decide(this.current, 'rejected');
    else if (ev.key === 'e') {
      this.root
        .querySelector<HTMLSelectElement>(`[data-testid="intake-statement-${this.current}"] select`)
        ?.focus();
      ev.preventDefault();
      return;
    } else return;
    this.renderReview();
  }

  private async save(): Promise<void> {
    const r = this.review!;
    const m = this.meta;
    const sub = toSubmission(r, {
      id: m.id.value.trim(),
      title: m.title.value.trim(),
      date: m.date.value,
      outlet: m.outlet.value.trim() || undefined,
      url: m.url.value.trim() || undefined,
    });
    this.say('Saving…');
    try {
      const saved = await api.saveArticle(sub);
      this.say(
        `Saved ${saved.article}: ${saved.relationships.length} statements, ${saved.created.entities.length} new entities.`,
      );
      this.review = null;
      this.onSaved(saved);
    } catch (err) {
      this.say(err instanceof ApiError ? err.message : 'Saving failed.');
    }
  }
}
