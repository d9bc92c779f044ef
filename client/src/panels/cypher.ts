/**
 * The Cypher console (loaded on first open: the editor is the largest dependency). CodeMirror 6
 * with Neo4j's Cypher language support, completing labels, types and property keys from
 * /api/schema; parameters as JSON; example queries; results as a table and merged into the
 * canvas; a query history in localStorage. Refusals (403), time-outs (408/422) and syntax
 * errors (400) are shown with the server's own message.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { CypherResponse } from '@kg/server/contracts';
import { api, ApiError } from '../api';
import { syntaxCaret } from './cypher-error';
import type { App } from '../app';
import { CONSOLE_EXAMPLES, CONSOLE_PLACEHOLDER } from '../cypher-text';
import { defaults } from '../defaults';
import { fromCypherGraph } from '../graph/from-cypher';
import { button, clear, el } from '../ui/dom';

const HISTORY_KEY = 'kg.cypher.history';

function loadHistory(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function saveHistory(query: string): void {
  const list = [query, ...loadHistory().filter((q) => q !== query)].slice(
    0,
    defaults.cypherHistoryLimit,
  );
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the history is a convenience.
  }
}

/** A cell value as short text: nodes as (:Label name), relationships as [:TYPE], the rest as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && v && 'elementId' in v) {
    const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
    const name = o.properties?.name ?? o.properties?.title ?? o.properties?.id ?? '';
    if (o.labels) return `(:${o.labels.filter((l) => l !== 'Entity').join(':')} ${String(name)})`;
    if (o.type) return `[:${o.type}${o.properties?.date ? ` ${String(o.properties.date)}` : ''}]`;
  }
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export class CypherConsole {
  private editor: EditorApi;
  private value = '';
  private readonly params: HTMLTextAreaElement;
  private readonly out: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly historySelect: HTMLSelectElement;
  private running = false;

  constructor(
    private readonly app: App,
    root: HTMLElement,
  ) {
    clear(root);
    const editorHost = el('div', { class: 'cm-host', testid: 'cypher-editor' });
    this.params = el('textarea', {
      class: 'params',
      rows: 3,
      spellcheck: 'false',
      'aria-label': 'Query parameters (JSON)',
      testid: 'cypher-params',
      placeholder: '{ "id": "russia" }',
    });
    const examples = el(
      'select',
      { 'aria-label': 'Example queries', testid: 'cypher-examples' },
      el('option', { value: '', text: 'Examples…' }),
    );
    CONSOLE_EXAMPLES.forEach((ex, i) =>
      examples.append(el('option', { value: String(i), text: ex.title })),
    );
    examples.addEventListener('change', () => {
      const ex = CONSOLE_EXAMPLES[Number(examples.value)];
      if (ex) this.load(ex.query, ex.params);
      examples.value = '';
    });
    this.historySelect = el('select', { 'aria-label': 'Query history', testid: 'cypher-history' });
    this.fillHistory();
    this.historySelect.addEventListener('change', () => {
      if (this.historySelect.value) this.load(this.historySelect.value);
      this.historySelect.value = '';
    });
    this.statusLine = el('span', {
      class: 'cypher-status',
      role: 'status',
      testid: 'cypher-status',
    });
    // Focusable so the keyboard can scroll a wide or long table; a named region to find it.
    this.out = el('div', {
      class: 'cypher-out',
      testid: 'cypher-results',
      role: 'region',
      'aria-label': 'Query results',
      tabindex: 0,
    });
    root.append(
      el(
        'div',
        { class: 'drawer-head' },
        el('h2', { class: 'panel-title', text: 'Cypher console' }),
        el('span', { class: 'muted small', text: 'read-only · Ctrl+Enter runs' }),
        examples,
        this.historySelect,
        button('Run', () => void this.run(), {
          class: 'primary',
          testid: 'cypher-run',
          'aria-label': 'Run the query',
        }),
        button('Close', () => app.openPanel(null), {
          class: 'link',
          'aria-label': 'Close the console',
        }),
      ),
      el(
        'div',
        { class: 'drawer-body' },
        el(
          'div',
          { class: 'drawer-inputs' },
          editorHost,
          el('label', { class: 'muted small' }, 'Parameters (JSON)', this.params),
        ),
        el('div', { class: 'drawer-results' }, this.statusLine, this.out),
      ),
    );
    // The package's typings say it returns the API; at run time (1.0.3) it returns { editor }.
    const made = createCypherEditor(editorHost, {
      value: CONSOLE_EXAMPLES[0]!.query,
      lineNumbers: true,
      lineWrapping: true,
      autocomplete: true,
      lint: false,
      theme: 'light',
      placeholder: CONSOLE_PLACEHOLDER,
    }) as EditorApi | { editor: EditorApi };
    this.editor = 'editor' in made ? made.editor : made;
    this.value = CONSOLE_EXAMPLES[0]!.query;
    this.editor.onValueChanged((v) => {
      this.value = v;
    });
    this.editor.onKeyDown((ev) => {
      if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') {
        ev.preventDefault();
        void this.run();
      }
    });
    this.editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
    void api.schema().then(
      (s) =>
        this.editor.setSchema({
          labels: s.labels.map((l) => `:${l.label}`),
          relationshipTypes: s.relationshipTypes.map((t) => `:${t.type}`),
          propertyKeys: s.propertyKeys,
          parameters: ['id'],
        }),
      () => undefined,
    );
  }

  focus(): void {
    this.editor.focus();
  }

  /** Puts a query (and parameters) in the editor; used by examples, history and tests. */
  load(query: string, params?: Record<string, unknown>): void {
    this.editor.setValue(query);
    this.value = query;
    this.params.value = params ? JSON.stringify(params, null, 2) : '';
  }

  private fillHistory(): void {
    clear(this.historySelect);
    const list = loadHistory();
    this.historySelect.append(
      el('option', {
        value: '',
        text: list.length ? `History (${list.length})…` : 'History (empty)',
      }),
    );
    for (const q of list)
      this.historySelect.append(
        el('option', { value: q, text: q.replace(/\s+/g, ' ').slice(0, 80) }),
      );
  }

  async run(): Promise<void> {
    if (this.running) return;
    const query = this.value.trim();
    if (!query) {
      this.show('Write a query first.', 'error');
      return;
    }
    let params: Record<string, unknown> | undefined;
    if (this.params.value.trim()) {
      try {
        const p: unknown = JSON.parse(this.params.value);
        if (!p || typeof p !== 'object' || Array.isArray(p)) throw new Error('not an object');
        params = p as Record<string, unknown>;
      } catch {
        this.show('Parameters must be a JSON object, e.g. { "id": "russia" }.', 'error');
        return;
      }
    }
    this.running = true;
    this.show('Running…', 'loading');
    clear(this.out);
    try {
      const res = await api.cypher(params ? { query, params } : { query });
      saveHistory(query);
      this.fillHistory();
      this.table(res);
      const g = fromCypherGraph(res.graph);
      const s = res.summary;
      this.show(
        `${s.rows} row${s.rows === 1 ? '' : 's'}${s.truncated ? ' (truncated)' : ''} in ${Math.round(s.elapsedMs)} ms` +
          (g.nodes.length ? ` · ${g.nodes.length} nodes merged into the canvas` : ''),
        'ok',
      );
      if (g.nodes.length) {
        await this.app.merge(g);
        this.app.cy.animate(
          { fit: { eles: this.app.cy.elements(), padding: 40 } },
          { duration: 250 },
        );
      }
    } catch (err) {
      this.show(this.explain(err), 'error');
      const caret =
        err instanceof ApiError && err.status === 400 ? syntaxCaret(err.message, query) : null;
      if (caret) {
        this.statusLine.textContent = `Query error: ${caret.message}`;
        this.statusLine.append(
          el('pre', {
            class: 'syntax-caret',
            testid: 'syntax-caret',
            text: `${caret.line}\n${caret.caret}`,
          }),
        );
      }
    } finally {
      this.running = false;
    }
  }

  private explain(err: unknown): string {
    if (!(err instanceof ApiError)) return `The query failed: ${(err as Error).message}`;
    if (err.status === 403) return `Refused: ${err.message}`;
    if (err.code === 'cypher_timeout') return `Timed out: ${err.message}`;
    if (err.status === 400) return `Query error: ${err.message}`;
    if (err.status === 429) return err.message;
    return `The query failed (${err.status || 'network'}): ${err.message}`;
  }

  private show(text: string, state: string): void {
    this.statusLine.textContent = text;
    this.statusLine.dataset.state = state;
  }

  private table(res: CypherResponse): void {
    clear(this.out);
    if (!res.rows.length) {
      this.out.append(el('p', { class: 'muted', text: 'No rows.' }));
      return;
    }
    const table = el('table', { class: 'results', testid: 'cypher-table' });
    const head = el('tr');
    for (const c of res.columns) head.append(el('th', { scope: 'col', text: c }));
    table.append(el('thead', {}, head));
    const body = el('tbody');
    for (const row of res.rows.slice(0, defaults.cypherTableRows)) {
      const tr = el('tr');
      for (const v of row) {
        const text = cellText(v);
        tr.append(el('td', { class: text.length <= 16 ? 'short' : undefined, text }));
      }
      body.append(tr);
    }
    table.append(body);
    this.out.append(table);
  }
}
