/**
 * The explorer's state and every operation on it: load a view, add, expand, collapse, hide,
 * pin, undo/redo, select, filter, lay out, and keep the URL in step. Panels call these and
 * listen for changes; they never touch the scene directly.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EntitySummary, GraphPayload, RelationshipView } from '@kg/server/contracts';
import { api, ApiError } from './api';
import { defaults } from './defaults';
import { Scene, type Snapshot } from './graph/scene';
import { runLayout } from './graph/canvas';
import type { EdgeData } from './graph/elements';
import { History } from './state/history';
import {
  decodeView,
  encodeView,
  type LayoutName,
  type PanelName,
  type ViewState,
} from './state/url-state';
import { NO_FILTERS, outside, type FilterEdge, type FilterNode, type FilterState } from './filters';
import {
  concentricOptions,
  fcoseOptions,
  fcoseQualityFor,
  hierarchicalOptions,
  timeOrdered,
} from './layouts';
import type { Banner } from './ui/banner';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface ExpansionPage {
  node: string;
  total: number;
  shown: number;
  nextCursor: string | null;
}

type Listener = () => void;

export class App {
  readonly scene: Scene;
  readonly history = new History<Snapshot>(defaults.historyLimit);
  filters: FilterState = { ...NO_FILTERS };
  selection: Selection = null;
  panel: PanelName | null = null;
  article: string | undefined;
  /** The relationship whose evidence the article reader scrolls to (not kept in the URL). */
  articleFocus: string | undefined;
  layout: LayoutName = 'fcose';
  /** The last expansion's paging, for "showing 25 of N — load more". */
  lastExpansion: ExpansionPage | null = null;
  private listeners = {
    scene: new Set<Listener>(),
    selection: new Set<Listener>(),
    view: new Set<Listener>(),
  };
  private restoring = false;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private busyCount = 0;
  /** The last lasting message (an expansion's "showing n of N", an error): shown when not busy. */
  private lasting: { text: string; state: 'error' | 'info' | '' } = { text: '', state: '' };

  constructor(
    readonly cy: Core,
    private readonly banner: Banner,
    private readonly status: HTMLElement,
  ) {
    this.scene = new Scene(cy);
    cy.on('tap', (ev) => {
      if (ev.target === cy) this.select(null);
    });
    cy.on('tap', 'node', (ev) =>
      this.select({ kind: 'node', id: (ev.target as NodeSingular).id() }),
    );
    cy.on('tap', 'edge', (ev) =>
      this.select({ kind: 'edge', id: (ev.target as EdgeSingular).id() }),
    );
    cy.on('dbltap', 'node', (ev) => void this.expand((ev.target as NodeSingular).id()));
    cy.on('dragfree', 'node', () => this.writeUrl('replace'));
    window.addEventListener(
      'popstate',
      () => void this.restore(decodeView(location.search), false),
    );
  }

  on(kind: keyof App['listeners'], fn: Listener): void {
    this.listeners[kind].add(fn);
  }

  private emit(kind: keyof App['listeners']): void {
    this.listeners[kind].forEach((fn) => fn());
  }

  // -------------------------------------------------------------------------------------------
  // Busy state and errors
  // -------------------------------------------------------------------------------------------

  async busy<T>(what: string, fn: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    this.busyCount += 1;
    this.setStatus(`${what}…`, 'loading');
    try {
      const out = await fn();
      return out;
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.unavailable) this.banner.setRetry(retry ?? (() => void 0));
        this.setStatus(`${what} failed: ${err.message}`, 'error');
      } else {
        console.error(err);
        this.setStatus(`${what} failed: ${(err as Error).message}`, 'error');
      }
      return undefined;
    } finally {
      this.busyCount -= 1;
      if (this.busyCount === 0 && this.status.dataset.state === 'loading')
        this.setStatus(this.lasting.text, this.lasting.state);
    }
  }

  setStatus(text: string, state: 'loading' | 'error' | 'info' | '' = 'info'): void {
    if (state !== 'loading') this.lasting = { text, state };
    this.status.textContent = text;
    this.status.dataset.state = text ? state : '';
  }

  // -------------------------------------------------------------------------------------------
  // Loading and restoring views
  // -------------------------------------------------------------------------------------------

  /** Puts a view on the canvas: from the URL on start and on Back, or the default first screen. */
  async restore(v: ViewState, initial: boolean): Promise<void> {
    this.restoring = true;
    try {
      this.filters = initial && !location.search ? this.filters : { ...v.filters };
      this.layout = v.layout ?? 'fcose';
      const ok = await this.busy(
        'Loading the graph',
        () => this.loadEntities(v.entities),
        () => void this.restore(v, initial),
      );
      if (ok === undefined) return;
      if (initial) performance.mark('kg:graph-loaded');
      const allPlaced = v.entities.length > 0 && v.entities.every((id) => v.positions[id]);
      this.scene.sync(v.positions);
      if (!allPlaced) await this.runLayout(this.layout, false);
      else this.cy.fit(undefined, 40);
      if (initial) performance.mark('kg:laid-out');
      this.applyFilters();
      this.selection = null;
      this.cy.elements().unselect();
      if (v.selection && this.cy.getElementById(v.selection.id).nonempty()) {
        this.cy.getElementById(v.selection.id).select();
        this.selection = v.selection;
      }
      this.panel = v.panel;
      this.article = v.article;
      this.emit('scene');
      this.emit('selection');
      this.emit('view');
    } finally {
      this.restoring = false;
    }
    if (initial) this.writeUrl('replace');
  }

  /** Fills the scene with these entities and the relationships among them (or the default graph). */
  private async loadEntities(ids: string[]): Promise<true> {
    if (ids.length === 0) {
      const g = await api.graph({ limit: defaults.initialGraphLimit });
      this.scene.clear();
      this.scene.add(g, defaults.maxNodes);
      return true;
    }
    const missing = ids.filter((id) => !this.scene.entities.has(id));
    for (let i = 0; i < missing.length; i += 200) {
      const g = await api.graph({ ids: missing.slice(i, i + 200), limit: 2000 });
      for (const n of g.nodes) this.scene.entities.set(n.id, n);
      for (const r of g.edges) this.scene.relationships.set(r.id, r);
    }
    // Entities without any relationship do not come back from /api/graph: ask for them one by one.
    const still = ids.filter((id) => !this.scene.entities.has(id)).slice(0, 50);
    await Promise.all(
      still.map((id) =>
        api.entity(id).then(
          (d) =>
            this.cacheDetails(
              d.entity,
              d.groups.flatMap((g) => g.items),
            ),
          (err) => {
            if (!(err instanceof ApiError) || err.status !== 404) throw err;
          },
        ),
      ),
    );
    const set = new Set(
      ids.filter((id) => this.scene.entities.has(id)).slice(0, defaults.maxNodes),
    );
    this.scene.clear();
    this.scene.nodes = set;
    for (const r of this.scene.relationships.values())
      if (set.has(r.source) && set.has(r.target)) this.scene.rels.add(r.id);
    return true;
  }

  cacheDetails(
    entity: EntitySummary,
    items: { relationship: RelationshipView; other: EntitySummary }[],
  ): void {
    if (!this.scene.entities.has(entity.id)) this.scene.entities.set(entity.id, entity);
    for (const it of items) {
      this.scene.relationships.set(it.relationship.id, it.relationship);
      if (!this.scene.entities.has(it.other.id)) this.scene.entities.set(it.other.id, it.other);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Graph changes (each one undoable)
  // -------------------------------------------------------------------------------------------

  /** Runs a change with an undo point before it, then redraws, re-filters and writes the URL. */
  change(fn: () => void, positions: Record<string, { x: number; y: number }> = {}): void {
    this.history.push(this.scene.snapshot());
    fn();
    this.scene.sync(positions);
    this.afterChange();
  }

  private afterChange(): void {
    this.applyFilters();
    if (this.selection && this.cy.getElementById(this.selection.id).empty()) this.select(null);
    this.emit('scene');
    this.writeUrl('push');
  }

  undo(): void {
    const prev = this.history.undo(this.scene.snapshot());
    if (!prev) return;
    this.scene.restore(prev);
    this.afterChange();
  }

  redo(): void {
    const next = this.history.redo(this.scene.snapshot());
    if (!next) return;
    this.scene.restore(next);
    this.afterChange();
  }

  /** Adds a payload next to an anchor node (or the view centre) and lays out only the newcomers. */
  async merge(payload: GraphPayload, anchor?: string): Promise<string[]> {
    let added: string[] = [];
    const center = this.anchorPosition(anchor);
    const positions: Record<string, { x: number; y: number }> = {};
    this.change(() => {
      added = this.scene.add(payload, defaults.maxNodes);
      const r = defaults.expandRingRadius + added.length * 4;
      added.forEach((id, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, added.length) - Math.PI / 2;
        positions[id] =
          added.length === 1 && !anchor
            ? center
            : { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
      });
    }, positions);
    if (added.length > 1 || (added.length === 1 && anchor))
      await this.layoutNewcomers(added, anchor);
    if (this.scene.nodes.size >= defaults.maxNodes)
      this.setStatus(`The view holds its maximum of ${defaults.maxNodes} nodes.`, 'info');
    return added;
  }

  private anchorPosition(anchor?: string): { x: number; y: number } {
    const n = anchor ? this.cy.getElementById(anchor) : null;
    if (n && n.nonempty()) return { ...n.position() };
    const ext = this.cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  /** fcose on the newcomers and their anchor only: everything else stays where the analyst left it. */
  private async layoutNewcomers(added: string[], anchor?: string): Promise<void> {
    if (!added.length) return;
    let eles = this.cy.collection();
    for (const id of added) eles = eles.union(this.cy.getElementById(id));
    const a = anchor ? this.cy.getElementById(anchor) : null;
    if (a && a.nonempty()) eles = eles.union(a);
    eles = eles.union(eles.edgesWith(eles));
    const fixed = a && a.nonempty() ? [{ nodeId: a.id(), position: { ...a.position() } }] : [];
    await runLayout(eles, {
      ...fcoseOptions({
        animate: added.length < defaults.animateLayoutBelow,
        quality: fcoseQualityFor(
          eles.nodes().length,
          defaults.fcoseQuality,
          defaults.fcoseDraftAbove,
        ),
        randomize: false,
      }),
      fit: false,
      fixedNodeConstraint: fixed,
      idealEdgeLength: defaults.expandRingRadius * 0.8,
    });
    this.cy.nodes(`.new`).removeClass('new');
    for (const id of added) this.cy.getElementById(id).addClass('new');
    setTimeout(() => this.cy.nodes('.new').removeClass('new'), 2500);
    this.writeUrl('replace');
  }

  /** Adds one entity (from search or a link) with its relationships to what is on the canvas. */
  async addEntity(id: string): Promise<void> {
    await this.busy('Adding', async () => {
      if (!this.scene.nodes.has(id)) {
        const d = await api.entity(id);
        this.cacheDetails(
          d.entity,
          d.groups.flatMap((g) => g.items),
        );
        const rels = d.groups.flatMap((g) => g.items.map((i) => i.relationship));
        await this.merge({
          nodes: [d.entity],
          edges: rels.filter((r) => this.scene.nodes.has(r.source === id ? r.target : r.source)),
        });
      }
      this.focus(id);
    });
  }

  /** Expands a node: its neighbours, a page at a time. */
  async expand(id: string, cursor?: string | null): Promise<void> {
    await this.busy('Expanding', async () => {
      const page = await api.neighbors(id, {
        limit: defaults.expandPageSize,
        cursor: cursor ?? undefined,
      });
      const before = this.scene.expansions.get(id) ?? [];
      const added = await this.merge(page, id);
      this.scene.expansions.set(id, [...before, ...added]);
      const shown =
        (cursor && this.lastExpansion?.node === id ? this.lastExpansion.shown : 0) + page.returned;
      this.lastExpansion = { node: id, total: page.total, shown, nextCursor: page.nextCursor };
      const name = this.scene.entities.get(id)?.name ?? id;
      this.setStatus(
        added.length === 0 && page.returned > 0
          ? `${name}: every neighbour is already on the canvas (showing ${shown.toLocaleString()} of ${page.total.toLocaleString()}).`
          : page.total === 0
            ? `${name} has no neighbours.`
            : `${name}: showing ${shown.toLocaleString()} of ${page.total.toLocaleString()} relationships.`,
        'info',
      );
      this.emit('view');
    });
  }

  /** Removes what an expansion added, unless something else still connects it. */
  collapse(id: string): void {
    const added = this.scene.expansions.get(id);
    if (!added?.length) {
      this.setStatus('Nothing to collapse: this node was not expanded here.', 'info');
      return;
    }
    this.change(() => {
      const candidates = new Set(added);
      const removable = [...candidates].filter((n) => {
        if (this.scene.pinned.has(n) || this.scene.expansions.has(n)) return false;
        for (const rid of this.scene.rels) {
          const r = this.scene.relationships.get(rid)!;
          const other = r.source === n ? r.target : r.target === n ? r.source : null;
          if (other && other !== id && !candidates.has(other)) return false;
        }
        return true;
      });
      this.scene.remove(removable);
      this.scene.expansions.delete(id);
    });
  }

  hide(ids: string[]): void {
    if (!ids.length) return;
    this.change(() => this.scene.remove(ids));
  }

  togglePin(ids: string[]): void {
    if (!ids.length) return;
    this.change(() => {
      const allPinned = ids.every((id) => this.scene.pinned.has(id));
      for (const id of ids) {
        if (allPinned) this.scene.pinned.delete(id);
        else this.scene.pinned.add(id);
      }
    });
  }

  /** Selected node ids, or the node of the selected edge's ends when an edge is selected. */
  selectedNodes(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  // -------------------------------------------------------------------------------------------
  // Selection, focus, panels
  // -------------------------------------------------------------------------------------------

  select(sel: Selection, opts: { center?: boolean } = {}): void {
    const same = sel?.id === this.selection?.id && sel?.kind === this.selection?.kind;
    this.selection = sel;
    if (sel) {
      const ele = this.cy.getElementById(sel.id);
      if (!ele.selected()) {
        this.cy.elements().unselect();
        ele.select();
      }
      if (opts.center)
        this.cy.animate(
          { center: { eles: ele }, zoom: Math.max(this.cy.zoom(), 1) },
          { duration: 300 },
        );
      this.panel = 'details';
    } else {
      this.cy.elements().unselect();
      if (this.panel === 'details') this.panel = null;
    }
    if (!same) this.emit('selection');
    this.emit('view');
    this.writeUrl('replace');
  }

  focus(id: string): void {
    if (this.cy.getElementById(id).nonempty()) this.select({ kind: 'node', id }, { center: true });
  }

  openPanel(panel: PanelName | null, article?: string, focusRel?: string): void {
    this.panel = panel;
    this.article = panel === 'article' ? article : undefined;
    this.articleFocus = focusRel;
    this.emit('view');
    this.writeUrl('push');
  }

  edgeData(id: string): EdgeData | undefined {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge() ? (e.data() as EdgeData) : undefined;
  }

  /** Shows one relationship: adds its ends when they are missing, then selects its edge. */
  async showRelationship(relId: string, fallback?: RelationshipView): Promise<void> {
    const r = this.scene.relationships.get(relId) ?? fallback;
    if (!r) return;
    this.scene.relationships.set(r.id, r);
    const missing = [r.source, r.target].filter((id) => !this.scene.nodes.has(id));
    if (missing.length || !this.scene.rels.has(r.id)) {
      const nodes: EntitySummary[] = [];
      for (const id of missing) {
        let e = this.scene.entities.get(id);
        if (!e) {
          const d = await this.busy('Adding', () => api.entity(id));
          if (!d) return;
          this.cacheDetails(
            d.entity,
            d.groups.flatMap((g) => g.items),
          );
          e = d.entity;
        }
        nodes.push(e);
      }
      await this.merge(
        { nodes, edges: [r] },
        missing.length === 2 ? undefined : r.source === missing[0] ? r.target : r.source,
      );
    }
    const edge = this.cy.edges().filter((e) => (e.data('relIds') as string[]).includes(r.id));
    if (edge.nonempty()) {
      this.cy.elements().unselect();
      edge.select();
      this.selection = { kind: 'edge', id: edge.id() };
      this.cy.animate(
        { center: { eles: edge }, zoom: Math.max(this.cy.zoom(), 1) },
        { duration: 300 },
      );
      this.emit('selection');
      this.writeUrl('replace');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Filters and layouts
  // -------------------------------------------------------------------------------------------

  setFilters(f: FilterState): void {
    this.filters = f;
    this.applyFilters();
    this.emit('view');
    this.writeUrl('push');
  }

  applyFilters(): void {
    const nodes: FilterNode[] = this.cy
      .nodes()
      .map((n) => ({ id: n.id(), kind: n.data('kind'), date: n.data('date') }));
    const edges: FilterEdge[] = this.cy.edges().map((e) => ({
      id: e.id(),
      source: e.data('source'),
      target: e.data('target'),
      type: e.data('type'),
      dates: e.data('dates'),
      undated: e.data('undated'),
    }));
    const out = outside(nodes, edges, this.filters);
    const cls = this.filters.mode === 'hide' ? 'filtered' : 'faded';
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded filtered');
      this.cy.elements().forEach((ele) => {
        if ((ele.isNode() ? out.nodes : out.edges).has(ele.id())) ele.addClass(cls);
      });
    });
  }

  async runLayout(name: LayoutName, record = true): Promise<void> {
    if (record) this.history.push(this.scene.snapshot());
    this.layout = name;
    const animate = !this.restoring && this.cy.nodes().length < defaults.animateLayoutBelow;
    const visible = this.cy.elements().not('.filtered');
    if (name === 'fcose') {
      await runLayout(
        visible,
        fcoseOptions({
          animate,
          quality: fcoseQualityFor(
            visible.nodes().length,
            defaults.fcoseQuality,
            defaults.fcoseDraftAbove,
          ),
          randomize: true,
        }),
      );
    } else if (name === 'concentric') {
      await runLayout(visible, concentricOptions(animate));
    } else if (name === 'hierarchical') {
      const roots = visible
        .nodes()
        .roots()
        .map((n) => n.id());
      await runLayout(visible, hierarchicalOptions(animate, roots.slice(0, 30)));
    } else {
      const t = timeOrdered(
        visible.nodes().map((n) => ({ id: n.id(), date: n.data('date') })),
        visible.edges().map((e) => ({
          source: e.data('source'),
          target: e.data('target'),
          dates: e.data('dates'),
        })),
      );
      await runLayout(visible, {
        name: 'preset',
        positions: t.positions,
        animate,
        fit: true,
        padding: 40,
      });
    }
    if (record) this.writeUrl('push');
  }

  // -------------------------------------------------------------------------------------------
  // The URL
  // -------------------------------------------------------------------------------------------

  view(): ViewState {
    const positions: ViewState['positions'] = {};
    this.cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    return {
      entities: [...this.scene.nodes],
      positions,
      filters: { ...this.filters },
      selection: this.selection,
      panel: this.panel,
      ...(this.article ? { article: this.article } : {}),
      layout: this.layout,
    };
  }

  /** `push` adds a history entry (Back returns to the view before); `replace` updates it. */
  writeUrl(mode: 'push' | 'replace'): void {
    if (this.restoring) return;
    clearTimeout(this.urlTimer);
    const write = () => {
      const qs = encodeView(this.view(), defaults.urlMaxEntities);
      const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
      if (url === `${location.pathname}${location.search}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    if (mode === 'push') write();
    else this.urlTimer = setTimeout(write, defaults.urlWriteDelayMs);
  }
}
