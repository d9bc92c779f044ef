/**
 * The article reader: the text with every evidence span highlighted, built from text nodes and
 * <mark> elements (never markup from strings). The evidence of the relationship the reader was
 * opened for is emphasised and scrolled into view; every highlight links back to its
 * relationship on the canvas.
 */
import type { ArticleResponse } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { clear, el } from '../ui/dom';

type Span = ArticleResponse['spans'][number];

/** Cuts the text at every span boundary; each piece lists the spans covering it (spans may overlap). */
export function segments(text: string, spans: readonly Span[]): { text: string; spans: Span[] }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; spans: Span[] }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    out.push({ text: text.slice(a, b), spans: spans.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

export class ArticlePanel {
  private token = 0;

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {
    // The reader's scroll position goes into the URL, so a link reopens the article where it was.
    root.addEventListener(
      'scroll',
      () => {
        if (!this.app.article || this.app.panel !== 'article' || !this.drawn) return;
        const max = root.scrollHeight - root.clientHeight;
        if (max > 0) this.app.store.scrolled((1000 * root.scrollTop) / max);
      },
      { passive: true },
    );
  }

  /** True once the open article is drawn (scroll events before it are the old content's). */
  private drawn = false;

  async render(): Promise<void> {
    const id = this.app.article;
    const token = ++this.token;
    this.drawn = false;
    clear(this.root);
    if (!id) {
      this.root.append(el('p', { class: 'muted', text: 'No article open.' }));
      return;
    }
    this.root.append(el('p', { class: 'muted loading', text: 'Loading the article…' }));
    const a = await this.app.busy('Loading the article', () => api.article(id));
    if (token !== this.token) return;
    clear(this.root);
    if (!a) {
      this.root.append(el('p', { class: 'error', text: 'The article could not be loaded.' }));
      return;
    }
    this.draw(a);
  }

  private draw(a: ArticleResponse): void {
    const app = this.app;
    const focus = app.articleFocus;
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    for (const e of a.entities) if (!app.scene.entities.has(e.id)) app.scene.entities.set(e.id, e);
    this.root.append(
      el(
        'header',
        { class: 'details-head' },
        el('h2', { testid: 'article-title', text: a.article.title }),
        el(
          'p',
          { class: 'muted small' },
          a.article.date,
          a.article.dateInferred ? ' (date inferred)' : '',
          a.article.publisher
            ? el('span', {
                testid: 'article-publisher',
                title: a.article.publisher.note ?? '',
                text: ` · ${a.article.publisher.name}${a.article.publisher.source === 'external' ? ' (publisher known from outside the text)' : ''}`,
              })
            : ' · publisher unknown',
          ` · ${a.spans.length} evidence span${a.spans.length === 1 ? '' : 's'}`,
        ),
      ),
    );
    const body = el('div', { class: 'article-text', testid: 'article-text' });
    let first: HTMLElement | null = null;
    for (const seg of segments(a.article.text, a.spans)) {
      if (!seg.spans.length) {
        body.append(document.createTextNode(seg.text));
        continue;
      }
      const span = seg.spans.find((s) => s.relationshipId === focus) ?? seg.spans[0]!;
      const label = `${names.get(span.source) ?? span.source} ${span.type} ${names.get(span.target) ?? span.target}`;
      const mark = el('mark', {
        class: seg.spans.some((s) => s.relationshipId === focus) ? 'evidence focus' : 'evidence',
        tabindex: 0,
        role: 'button',
        // The sentence itself is the button's name (what a reader hears is what they see);
        // the relationship it supports is the description, from the title.
        title: `Evidence: ${label} — show on the graph`,
        'data-rel': span.relationshipId,
      });
      mark.append(document.createTextNode(seg.text));
      const go = () => void this.showRelationship(span);
      mark.addEventListener('click', go);
      mark.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          go();
        }
      });
      if (!first && mark.classList.contains('focus')) first = mark;
      body.append(mark);
    }
    this.root.append(body);
    const saved = app.store.articleScroll;
    const target = first ?? body.querySelector('mark');
    requestAnimationFrame(() => {
      const root = this.root;
      if (saved && !focus)
        root.scrollTop = (saved / 1000) * (root.scrollHeight - root.clientHeight);
      else target?.scrollIntoView({ block: 'center' });
      this.drawn = true;
    });
  }

  /** Selects the highlight's relationship on the canvas, fetching it when it is not known yet. */
  private async showRelationship(span: Span): Promise<void> {
    const app = this.app;
    if (!app.scene.relationships.has(span.relationshipId)) {
      const d = await app.busy('Finding the relationship', () => api.entity(span.source));
      if (!d) return;
      app.cacheDetails(
        d.entity,
        d.groups.flatMap((g) => g.items),
      );
    }
    await app.showRelationship(span.relationshipId);
  }
}
