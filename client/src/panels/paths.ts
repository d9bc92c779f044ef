/**
 * Shortest paths between two entities (from the selection or a search): every path is merged
 * into the canvas, then highlighted one at a time with next/previous.
 */
import type { PathsResponse } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';
import { defaults } from '../defaults';
import { button, clear, el } from '../ui/dom';
import { Autocomplete } from './search';

export class PathsPanel {
  private from: string | null = null;
  private to: string | null = null;
  private result: PathsResponse | null = null;
  private index = 0;
  /** Relationships in the whole graph: below the hub limit no entity can be a hub. */
  private graphRelationships: number | null = null;

  constructor(
    private readonly app: App,
    private readonly root: HTMLElement,
  ) {}

  /** Seeds the ends from the current selection (one or two nodes). */
  seedFromSelection(): void {
    const sel = this.app.selectedNodes();
    if (sel[0]) this.from = sel[0];
    if (sel[1]) this.to = sel[1];
  }

  render(): void {
    const app = this.app;
    clear(this.root);
    this.root.append(el('header', { class: 'details-head' }, el('h2', { text: 'Paths' })));
    for (const end of ['from', 'to'] as const) {
      const row = el('div', { class: 'path-end' });
      const id = this[end];
      row.append(el('span', { class: 'path-end-label', text: end === 'from' ? 'From' : 'To' }));
      row.append(
        el('span', {
          class: 'path-end-name',
          testid: `path-${end}`,
          text: id ? (app.scene.entities.get(id)?.name ?? id) : '—',
        }),
      );
      row.append(
        button(
          'Use selected',
          () => {
            const s =
              app.selectedNodes()[0] ??
              (app.selection?.kind === 'node' ? app.selection.id : undefined);
            if (s) {
              this[end] = s;
              this.render();
            }
          },
          { class: 'small', 'aria-label': `Use selected node as ${end}` },
        ),
      );
      this.root.append(row);
      const ac = new Autocomplete(
        this.root,
        {
          label: `Search the ${end} entity`,
          placeholder: `Search ${end}…`,
          testid: `path-${end}-search`,
        },
        (c) => {
          if (c.kind !== 'entity') return;
          const h = c.hit;
          app.scene.entities.set(h.entity.id, app.scene.entities.get(h.entity.id) ?? h.entity);
          this[end] = h.entity.id;
          this.render();
        },
      );
      ac.input.classList.add('small');
    }
    this.root.append(
      el(
        'div',
        { class: 'actions' },
        button('Find paths', () => void this.find(), {
          disabled: !this.from || !this.to || undefined,
          testid: 'paths-find',
        }),
        button('Clear', () => this.clearHighlight(), { class: 'link' }),
      ),
    );
    if (this.result) this.root.append(this.summary());
  }

  private async find(): Promise<void> {
    if (!this.from || !this.to) return;
    const from = this.from;
    const to = this.to;
    const res = await this.app.busy('Finding paths', () =>
      api.paths(from, to, defaults.pathsMaxHops, defaults.pathsLimit),
    );
    if (!res) return;
    if (this.graphRelationships === null) {
      const schema = await this.app.busy('Reading the graph size', () => api.schema());
      if (schema)
        this.graphRelationships = schema.relationshipTypes.reduce((n, t) => n + t.count, 0);
    }
    this.result = res;
    this.index = 0;
    if (res.paths.length) await this.app.merge(res, from);
    this.highlight();
    this.render();
  }

  private summary(): HTMLElement {
    const res = this.result!;
    const box = el('div', { class: 'path-summary', testid: 'paths-summary' });
    // Said whenever the graph is big enough to hold a hub: a path an analyst expected (through
    // a big country, say) is then missing because of this rule, not because the two are
    // unconnected. On a smaller graph no entity can reach the limit and the note would mislead.
    const hubNote =
      this.graphRelationships === null || this.graphRelationships > res.hubDegree
        ? el('p', {
            class: 'muted small',
            testid: 'paths-hub-note',
            text: `Paths do not pass through entities with more than ${res.hubDegree.toLocaleString('en')} relationships; they connect almost everything.`,
          })
        : null;
    if (!res.paths.length) {
      box.append(
        el('p', { class: 'muted', text: `No path of at most ${defaults.pathsMaxHops} hops.` }),
      );
      if (hubNote) box.append(hubNote);
      return box;
    }
    const p = res.paths[this.index]!;
    box.append(
      el(
        'div',
        { class: 'actions' },
        button('◀ Previous', () => this.step(-1), {
          'aria-label': 'Previous path',
          disabled: res.paths.length < 2 || undefined,
        }),
        el('span', {
          class: 'muted',
          text: `Path ${this.index + 1} of ${res.paths.length} · ${p.length} hop${p.length === 1 ? '' : 's'}`,
        }),
        button('Next ▶', () => this.step(1), {
          'aria-label': 'Next path',
          disabled: res.paths.length < 2 || undefined,
          testid: 'paths-next',
        }),
      ),
    );
    const steps = el('ol', { class: 'path-steps' });
    const rels = new Map(res.edges.map((e) => [e.id, e]));
    p.nodes.forEach((id, i) => {
      const name = this.app.scene.entities.get(id)?.name ?? id;
      steps.append(
        el(
          'li',
          {},
          button(name, () => this.app.focus(id), { class: 'link' }),
        ),
      );
      const rid = p.edges[i];
      const r = rid ? rels.get(rid) : undefined;
      if (r) {
        // The statement itself, so paths through two statements of one pair read differently.
        const said = r.quote ? `“${r.quote}”` : (r.detail ?? r.evidence[0]?.text);
        steps.append(
          el(
            'li',
            { class: 'path-rel', testid: 'path-rel' },
            el('span', {
              class: 'muted',
              text: `${r.source === id ? '→' : '←'} ${r.type}${r.date ? ` · ${r.date}` : ''}`,
            }),
            said
              ? el('span', {
                  class: 'path-quote',
                  text: ` ${said.length > 140 ? `${said.slice(0, 140)}…` : said}`,
                })
              : null,
          ),
        );
      }
    });
    // Paths through the same entities by the same types differ only in their statements: say so.
    const shape = (q: (typeof res.paths)[number]) =>
      q.nodes.join('>') + '|' + q.edges.map((e) => rels.get(e)?.type ?? '').join('>');
    const twins = res.paths
      .map((q, k) => ({ q, k }))
      .filter(({ q, k }) => k !== this.index && shape(q) === shape(p))
      .map(({ k }) => k + 1);
    if (twins.length)
      box.append(
        el('p', {
          class: 'small path-twins',
          testid: 'path-twins',
          text: `Same entities as path ${twins.join(', ')}: only the statement differs (quoted above).`,
        }),
      );
    box.append(steps);
    if (hubNote) box.append(hubNote);
    return box;
  }

  private step(d: number): void {
    const n = this.result?.paths.length ?? 0;
    if (!n) return;
    this.index = (this.index + d + n) % n;
    this.highlight();
    this.render();
  }

  private highlight(): void {
    const cy = this.app.cy;
    cy.elements().removeClass('path path-dim');
    const p = this.result?.paths[this.index];
    if (!p) return;
    const relIds = new Set(p.edges);
    let eles = cy.collection();
    for (const id of p.nodes) eles = eles.union(cy.getElementById(id));
    eles = eles.union(
      cy.edges().filter((e) => (e.data('relIds') as string[]).some((r) => relIds.has(r))),
    );
    cy.elements().not(eles).addClass('path-dim');
    eles.addClass('path');
    cy.animate({ fit: { eles, padding: 80 } }, { duration: 300 });
  }

  clearHighlight(): void {
    this.app.cy.elements().removeClass('path path-dim');
    this.result = null;
    this.render();
  }
}
