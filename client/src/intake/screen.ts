/**
 * "Add article": paste or pick a text, draft it (POST /api/drafts), review it beside the text
 * with every drafted span highlighted, resolve the entities, save (POST /api/articles). Pasted
 * text and everything drafted from it reach the page through textContent only (ui/dom.ts).
 * Keyboard in the statement list: j/k move, a accept, r reject, e edit (the type).
 */
import {
  CURATED_RELATIONSHIP_TYPES,
  ENTITY_LABELS,
  type ArticleSaved,
  type EntityLabel,
} from '@kg/server/contracts';
import { api, ApiError } from '../api';
import { button, clear, el } from '../ui/dom';
import {
  acceptAbove,
  articleSlug,
  highlights,
  newForms,
  runs,
  startReview,
  toSubmission,
  type Review,
  type ReviewedEntity,
  type ReviewedRelationship,
} from './review';

const input = (name: string, value = '', attrs: Record<string, string> = {}) =>
  el('input', { name, value, testid: `intake-${name}`, ...attrs });
/** What saving will do with a drafted entity, as the reviewer reads it. */
function outcome(e: ReviewedEntity): string {
  const r = e.resolution;
  if (r.kind === 'existing') return `is ${e.draft.id}`;
  if (r.kind === 'link') return `linked to ${r.to}`;
  if (r.kind === 'create') return `new ${r.label}, created on save`;
  return 'not an entity';
}

const labelled = (text: string, control: HTMLElement) =>
  el('label', { class: 'field' }, text, control);

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
      placeholder: 'Paste the article text here, or pick a .txt file.',
    });
    const file = el('input', { type: 'file', accept: '.txt,text/plain', testid: 'intake-file' });
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
      labelled('Outlet', m.outlet),
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
      m.outlet.value ||= d.article.outlet ?? '';
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
      el('ul', { class: 'intake-entities' }, ...r.entities.map((e) => this.entityRow(e))),
      el('h3', { text: `Statements (${r.relationships.length})` }),
      el(
        'ol',
        { class: 'intake-statements', testid: 'intake-statements', tabindex: 0 },
        ...r.relationships.map((s, i) => this.statementRow(s, i)),
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

  private entityRow(e: ReviewedEntity): HTMLElement {
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
    const rerender = () => this.renderReview();
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

  private statementRow(s: ReviewedRelationship, i: number): HTMLElement {
    const r = this.review!;
    const names = new Map(r.entities.map((e) => [e.draft.id, e.draft.name]));
    const li = el('li', {
      class: `statement ${s.verdict}${i === this.current ? ' current' : ''}`,
      testid: `intake-statement-${i}`,
    });
    const type = el(
      'select',
      { 'aria-label': 'type' },
      ...CURATED_RELATIONSHIP_TYPES.map((t) =>
        el('option', { value: t, selected: t === s.type }, t),
      ),
    );
    type.addEventListener('change', () => (s.type = type.value as typeof s.type));
    const endpoint = (which: 'from' | 'to') => {
      const sel = el(
        'select',
        { 'aria-label': which },
        ...r.entities.map((e) =>
          el('option', { value: e.draft.id, selected: e.draft.id === s[which] }, e.draft.name),
        ),
      );
      sel.addEventListener('change', () => (s[which] = sel.value));
      return sel;
    };
    const quote = input('quote', s.quote ?? '', { 'aria-label': 'quote', readonly: 'true' });
    const fromSelection = button(
      'Quote = selection',
      () => {
        // The quote is whatever the analyst selected in the article: verbatim by construction.
        const sel = window.getSelection()?.toString() ?? '';
        if (sel && r.text.includes(sel)) {
          s.quote = sel;
          quote.value = sel;
        } else this.say('Select the quote in the article text first.');
      },
      { class: 'link' },
    );
    const date = input('date', s.date ?? '', { type: 'date', 'aria-label': 'date' });
    date.addEventListener('change', () => (s.date = date.value || undefined));
    li.append(
      el(
        'div',
        { class: 'row' },
        type,
        endpoint('from'),
        '→',
        endpoint('to'),
        el('span', { class: 'confidence', text: s.confidence.toFixed(2) }),
      ),
      el('div', { class: 'evidence', text: s.evidence.join(' … ') }),
      el('div', { class: 'row' }, quote, fromSelection, date),
      el(
        'div',
        { class: 'row' },
        button('Accept', () => this.decide(i, 'accepted'), { testid: `intake-accept-${i}` }),
        button('Reject', () => this.decide(i, 'rejected'), { testid: `intake-reject-${i}` }),
        el('span', { class: 'verdict', text: s.verdict }),
      ),
    );
    li.addEventListener('click', () => (this.current = i));
    void names;
    return li;
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
