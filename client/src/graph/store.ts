/**
 * The graph store: what the analyst is looking at, as state. It owns the scene (entities and
 * relationships on the canvas, pins, expansions), the undo history, the filters, the selection
 * and the open panel, and every change to them. No DOM and no fetching: it runs in Node on a
 * headless Cytoscape (test/client/store.test.ts). The controller (controller.ts) fetches and
 * feeds it; the view bindings (view/bindings.ts) draw it and write it into the URL.
 */
import type { Core, EdgeSingular } from 'cytoscape';
import type { GraphPayload } from '@kg/server/contracts';
import { defaults } from '../defaults';
import { NO_FILTERS, outside, timed, type FilterState } from '../filters';
import { History } from '../state/history';
import type { LayoutName, PanelName, ViewState } from '../state/url-state';
import { relToken } from '../state/rel-token';
import { elementsForFilter, type EdgeData } from './elements';
import { Scene, type Snapshot } from './scene';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;
export type Point = { x: number; y: number };

export interface ExpansionPage {
  node: string;
  total: number;
  shown: number;
  nextCursor: string | null;
}

/** What changed: `scene` (elements), `selection`, `view` (panel, filters, layout, status). */
export type StoreEvent = 'scene' | 'selection' | 'view';
/** How a change reaches the URL: `push` adds a Back step, `replace` updates the current one. */
export type UrlMode = 'push' | 'replace';

export interface StoreHooks {
  /** Called after every change the URL should follow (view/bindings.ts writes it). */
  persist: (mode: UrlMode) => void;
  /** Brings an element into view (animated on a real canvas; nothing headless). */
  reveal: (id: string) => void;
  /**
   * The first graph is going onto the canvas in steps (true) or is all there (false): the
   * canvas is not drawn meanwhile (view/bindings.ts), so no frame redraws a half-built scene.
   */
  building: (on: boolean) => void;
}

export class GraphStore {
  readonly scene: Scene;
  readonly history = new History<Snapshot>(defaults.historyLimit);
  private current: FilterState = { ...NO_FILTERS };
  selection: Selection = null;
  panel: PanelName | null = null;
  article: string | undefined;
  /** The relationship whose evidence the article reader scrolls to (not kept in the URL). */
  articleFocus: string | undefined;
  /** How far the article reader is scrolled (thousandths), kept in the URL. */
  articleScroll: number | undefined;
  layout: LayoutName = 'fcose';
  /** The last expansion's paging, for "showing 25 of N — load more". */
  lastExpansion: ExpansionPage | null = null;
  /** True while a view is being put back from the URL: nothing is written to it meanwhile. */
  restoring = false;
  hooks: StoreHooks = {
    persist: () => undefined,
    reveal: () => undefined,
    building: () => undefined,
  };
  private listeners: Record<StoreEvent, Set<() => void>> = {
    scene: new Set(),
    selection: new Set(),
    view: new Set(),
  };

  constructor(readonly cy: Core) {
    this.scene = new Scene(cy);
  }

  get filters(): FilterState {
    return this.current;
  }

  /** Sets the filters without drawing; the time part decides how bundles split on next sync. */
  set filters(f: FilterState) {
    this.current = f;
    this.scene.window = timed(f)
      ? { from: f.from, to: f.to, hideUndated: f.hideUndated }
      : undefined;
  }

  on(kind: StoreEvent, fn: () => void): void {
    this.listeners[kind].add(fn);
  }

  emit(kind: StoreEvent): void {
    this.listeners[kind].forEach((fn) => fn());
  }

  private persist(mode: UrlMode): void {
    if (!this.restoring) this.hooks.persist(mode);
  }

  // -------------------------------------------------------------------------------------------
  // Graph changes (each one undoable)
  // -------------------------------------------------------------------------------------------

  /** Runs a change with an undo point before it, then redraws, re-filters and writes the URL. */
  change(fn: () => void, positions: Record<string, Point> = {}): void {
    this.history.push(this.scene.snapshot());
    fn();
    this.scene.sync(positions);
    this.afterChange();
  }

  private afterChange(): void {
    this.applyFilters();
    if (this.selection && this.cy.getElementById(this.selection.id).empty()) this.select(null);
    this.emit('scene');
    this.persist('push');
  }

  undo(): void {
    this.travel(this.history.undo(this.scene.snapshot()));
  }

  redo(): void {
    this.travel(this.history.redo(this.scene.snapshot()));
  }

  /** Puts back a snapshot from the history (undo or redo). */
  private travel(to: Snapshot | undefined): void {
    if (!to) return;
    this.scene.restore(to);
    this.lastExpansion = null;
    this.afterChange();
    this.emit('view');
  }

  /**
   * Adds a payload around `center` (a ring, or the point itself for one node) as one undoable
   * change; returns the ids of the nodes that are new. Laying them out is the controller's job.
   */
  add(payload: GraphPayload, center: Point, ring: boolean): string[] {
    let added: string[] = [];
    const positions: Record<string, Point> = {};
    this.change(() => {
      added = this.scene.add(payload, defaults.maxNodes);
      const r = defaults.expandRingRadius + added.length * 4;
      added.forEach((id, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, added.length) - Math.PI / 2;
        positions[id] =
          added.length === 1 && !ring
            ? center
            : { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
      });
    }, positions);
    return added;
  }

  /** Removes what an expansion added, unless something else still connects it. */
  collapse(id: string): boolean {
    const added = this.scene.expansions.get(id);
    if (!added?.length) return false;
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
    return true;
  }

  hide(ids: string[]): void {
    if (ids.length) this.change(() => this.scene.remove(ids));
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

  selectedNodes(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  // -------------------------------------------------------------------------------------------
  // Selection and panels
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
      if (opts.center) this.hooks.reveal(sel.id);
      this.panel = 'details';
    } else {
      this.cy.elements().unselect();
      if (this.panel === 'details') this.panel = null;
    }
    if (!same) this.emit('selection');
    this.emit('view');
    this.persist('replace');
  }

  focus(id: string): void {
    if (this.cy.getElementById(id).nonempty()) this.select({ kind: 'node', id }, { center: true });
  }

  /** Selects the drawn edge that carries relationship `relId`, if it is on the canvas. */
  selectRelationship(relId: string): boolean {
    const edge = this.cy
      .edges()
      .filter((e: EdgeSingular) => (e.data('relIds') as string[]).includes(relId));
    if (edge.empty()) return false;
    this.cy.elements().unselect();
    edge.select();
    this.selection = { kind: 'edge', id: edge.id() };
    this.hooks.reveal(edge.id());
    this.emit('selection');
    this.persist('replace');
    return true;
  }

  openPanel(panel: PanelName | null, article?: string, focusRel?: string): void {
    this.panel = panel;
    this.article = panel === 'article' ? article : undefined;
    this.articleFocus = focusRel;
    this.articleScroll = undefined;
    this.emit('view');
    this.persist('push');
  }

  edgeData(id: string): EdgeData | undefined {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge() ? (e.data() as EdgeData) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Filters, layout name, the view as data
  // -------------------------------------------------------------------------------------------

  setFilters(f: FilterState): void {
    this.filters = f;
    this.scene.sync();
    this.applyFilters();
    if (this.selection && this.cy.getElementById(this.selection.id).empty()) this.select(null);
    this.emit('scene');
    this.emit('view');
    this.persist('push');
  }

  /** Fades or hides (by class) what falls outside the filters. */
  applyFilters(): void {
    const { nodes, edges } = elementsForFilter(this.cy);
    const out = outside(nodes, edges, this.filters);
    const cls = this.filters.mode === 'hide' ? 'filtered' : 'faded';
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded filtered');
      this.cy.elements().forEach((ele) => {
        if ((ele.isNode() ? out.nodes : out.edges).has(ele.id())) ele.addClass(cls);
      });
    });
  }

  setLayout(name: LayoutName, record: boolean): void {
    if (record) this.history.push(this.scene.snapshot());
    this.layout = name;
  }

  /** The article reader was scrolled (thousandths of its height). */
  scrolled(permille: number): void {
    this.articleScroll = Math.round(permille);
    this.persist('replace');
  }

  /** Tells the URL a layout or a drag moved nodes. */
  moved(mode: UrlMode): void {
    this.persist(mode);
  }

  /** The view as the URL keeps it. */
  view(): ViewState {
    const positions: ViewState['positions'] = {};
    this.cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    return {
      entities: [...this.scene.nodes],
      positions,
      rels: [...this.scene.rels].map(relToken),
      filters: { ...this.filters },
      selection: this.selection,
      panel: this.panel,
      ...(this.article ? { article: this.article } : {}),
      ...(this.article && this.articleScroll ? { articleScroll: this.articleScroll } : {}),
      layout: this.layout,
    };
  }
}
