/**
 * The story view: every statement about one topic (default: Russia sharing intelligence with
 * Iran) on a timeline by the day it was made, coloured by stance, with who said it, the quote,
 * where it was said and the article; statements the text does not date are listed apart.
 * Filters by person, country, stance and outlet. A row opens its article in the right panel with
 * the sentence highlighted. Everything from the API reaches the page as text only.
 */
import {
  DEFAULT_TOPIC,
  STANCES,
  type TopicStatement,
  type TopicStatementsResponse,
} from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { button, clear, el } from '../ui/dom';

/** The filters: an empty string means "any". */
export interface StoryFilters {
  person: string;
  country: string;
  stance: string;
  outlet: string;
}
export const NO_STORY_FILTERS: StoryFilters = { person: '', country: '', stance: '', outlet: '' };

/** Whether a statement passes the filters (pure; the unit of the panel's filtering). */
export function storyMatches(s: TopicStatement, f: StoryFilters): boolean {
  return (
    (!f.person || s.speaker.id === f.person) &&
    (!f.country || s.countries.some((c) => c.id === f.country)) &&
    (!f.stance || (f.stance === 'none' ? !s.stance : s.stance === f.stance)) &&
    (!f.outlet || s.outlets.some((o) => o.id === f.outlet))
  );
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const weekday = (date: string) => WEEKDAY.format(new Date(`${date}T00:00:00Z`));

export class StoryPanel {
  private topic = DEFAULT_TOPIC;
  private filters: StoryFilters = { ...NO_STORY_FILTERS };
  private data: TopicStatementsResponse | null = null;
  private token = 0;

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
    private readonly onClose: () => void,
  ) {}

  get open(): boolean {
    return !this.root.hidden;
  }

  async show(topic = this.topic): Promise<void> {
    this.root.hidden = false;
    if (topic !== this.topic || !this.data) {
      this.topic = topic;
      this.filters = { ...NO_STORY_FILTERS };
      await this.load();
    } else this.draw();
  }

  hide(): void {
    this.root.hidden = true;
  }

  private async load(): Promise<void> {
    const token = ++this.token;
    clear(this.root);
    this.root.append(el('p', { class: 'muted loading', text: 'Loading the statements…' }));
    const [topics, data] = await Promise.all([
      this.app.busy('Loading topics', () => api.topics()),
      this.app.busy('Loading the statements', () => api.topicStatements(this.topic)),
    ]);
    if (token !== this.token) return;
    this.data = data ?? null;
    this.topics = topics?.topics ?? [];
    this.draw();
  }

  private topics: { topic: { id: string; name: string }; statements: number }[] = [];

  private draw(): void {
    clear(this.root);
    const d = this.data;
    const topicSelect = el('select', { 'aria-label': 'Topic', testid: 'story-topic' });
    for (const t of this.topics)
      topicSelect.append(
        el('option', { value: t.topic.id, text: `${t.topic.name} (${t.statements})` }),
      );
    topicSelect.value = this.topic;
    topicSelect.addEventListener('change', () => void this.show(topicSelect.value));
    this.root.append(
      el(
        'header',
        { class: 'story-head' },
        el('h2', { text: 'Story' }),
        topicSelect,
        button('×', this.onClose, {
          class: 'close',
          'aria-label': 'Close the story view',
          testid: 'story-close',
        }),
      ),
    );
    if (!d) {
      this.root.append(el('p', { class: 'error', text: 'The statements could not be loaded.' }));
      return;
    }
    const all = [...d.dated, ...d.undated];
    this.root.append(this.filterBar(all), this.legend());
    const dated = d.dated.filter((s) => storyMatches(s, this.filters));
    const undated = d.undated.filter((s) => storyMatches(s, this.filters));
    this.root.append(
      el('p', {
        class: 'muted small',
        testid: 'story-count',
        text: `${dated.length + undated.length} of ${all.length} statements about ${d.topic.name}; oldest first. Click a row to read it in its article.`,
      }),
    );
    const timeline = el('div', { class: 'story-timeline', testid: 'story-timeline' });
    let day = '';
    let list: HTMLElement | null = null;
    for (const s of dated) {
      if (s.date !== day) {
        day = s.date!;
        timeline.append(el('h3', { class: 'story-day', text: `${day} · ${weekday(day)}` }));
        list = el('ol', { class: 'story-list' });
        timeline.append(list);
      }
      list!.append(this.row(s));
    }
    if (!dated.length) timeline.append(el('p', { class: 'muted', text: 'No dated statement.' }));
    this.root.append(timeline);
    const apart = el(
      'section',
      { class: 'story-undated', testid: 'story-undated' },
      el('h3', {
        class: 'story-day',
        text: `Undated (${undated.length}): the text gives no day, so none is guessed`,
      }),
    );
    const ul = el('ul', { class: 'story-list' });
    for (const s of undated) ul.append(this.row(s));
    apart.append(ul);
    this.root.append(apart);
  }

  private filterBar(all: TopicStatement[]): HTMLElement {
    const options = (pick: (s: TopicStatement) => { id: string; name: string }[]) => {
      const m = new Map<string, string>();
      for (const s of all) for (const e of pick(s)) m.set(e.id, e.name);
      return [...m].sort((a, b) => a[1].localeCompare(b[1]));
    };
    const select = (
      key: keyof StoryFilters,
      label: string,
      choices: [string, string][],
    ): HTMLSelectElement => {
      const sel = el('select', { 'aria-label': label, testid: `story-filter-${key}` });
      sel.append(el('option', { value: '', text: `${label}: all` }));
      for (const [v, t] of choices) sel.append(el('option', { value: v, text: t }));
      sel.value = this.filters[key];
      sel.addEventListener('change', () => {
        this.filters = { ...this.filters, [key]: sel.value };
        this.draw();
      });
      return sel;
    };
    return el(
      'div',
      { class: 'story-filters' },
      select(
        'person',
        'Who',
        options((s) => [s.speaker]),
      ),
      select(
        'country',
        'Country',
        options((s) => s.countries),
      ),
      select('stance', 'Stance', [
        ...STANCES.map((x): [string, string] => [x, x]),
        ['none', 'no stance'],
      ]),
      select(
        'outlet',
        'Outlet',
        options((s) => s.outlets),
      ),
      button('Clear filters', () => ((this.filters = { ...NO_STORY_FILTERS }), this.draw()), {
        class: 'link',
        testid: 'story-clear',
      }),
    );
  }

  private legend(): HTMLElement {
    return el(
      'div',
      { class: 'story-legend', 'aria-label': 'Stance colours' },
      ...[...STANCES, 'none'].map((s) =>
        el('span', {
          class: 'stance-chip',
          'data-stance': s,
          text: s === 'none' ? 'no stance' : s,
        }),
      ),
    );
  }

  private row(s: TopicStatement): HTMLElement {
    const stance = s.stance ?? 'none';
    const article = s.articles[0];
    const where = [s.at?.name, ...s.outlets.filter((o) => o.id !== s.at?.id).map((o) => o.name)]
      .filter(Boolean)
      .join(' · ');
    // A list item holding a button-like row: a listitem cannot itself be a button, and the row's
    // name is what it shows (stance, speaker, quote), with "open the article" as its description.
    const row = el(
      'div',
      { class: 'story-row', tabindex: 0, role: 'button', title: 'Open the article' },
      el('span', { class: 'stance-chip', 'data-stance': stance, text: s.stance ?? '—' }),
      el(
        'span',
        { class: 'story-who' },
        el('strong', { text: s.speaker.name }),
        s.countries.length ? ` (${s.countries.map((c) => c.name).join(', ')})` : '',
        el('span', { class: 'story-type', text: ` ${s.type.toLowerCase().replace('_', ' ')}` }),
      ),
      el('span', {
        class: s.quote ? 'story-quote' : 'story-detail',
        text: s.quote ? `“${s.quote}”` : (s.detail ?? ''),
      }),
      el(
        'span',
        { class: 'story-meta muted small' },
        where ? `at ${where} — ` : '',
        article
          ? el('span', {
              title: article.title,
              text: `${article.publisher ?? 'article'} ${article.date}`,
            })
          : '',
        s.dateSource === 'external'
          ? el('span', { title: s.dateNote ?? '', text: ' — date from outside the text' })
          : '',
        !s.date && s.dateNote ? ` — ${s.dateNote}` : '',
      ),
    );
    const li = el(
      'li',
      {
        testid: 'story-row',
        'data-rel': s.relationshipId,
        'data-stance': stance,
        'data-date': s.date ?? '',
      },
      row,
    );
    const open = () => {
      if (article) this.app.openPanel('article', article.id, s.relationshipId);
    };
    row.addEventListener('click', open);
    row.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
      }
    });
    return li;
  }
}
