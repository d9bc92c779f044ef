/**
 * The controller: everything that asks the server and merges the answer into the graph store.
 * Restoring a view from the URL, adding an entity, expanding a node a page at a time, showing a
 * relationship with its ends. Failures become a status line (and the banner when the server is
 * down); nothing here touches the DOM.
 */
import type { EntitySummary, GraphPayload, RelationshipView } from '@kg/server/contracts';
import { BOUNDS, MAX_GRAPH_IDS } from '@kg/server/contracts/constants';
import { api, ApiError } from './api';
import { defaults } from './defaults';
import { nextTask } from './ui/next-task';
import { arrangeAll, arrangeNewcomers } from './graph/arrange';
import { exactFitViewport, fitViewport, labelWidth, placeLabels, restyle } from './graph/canvas';
import type { LayoutJob, Positions } from './graph/layout-job';
import { layoutOffThread } from './graph/layout-offthread';
import type { FirstScreen } from './first-screen';
import type { GraphStore, Point } from './graph/store';
import { relToken } from './state/rel-token';
import type { LayoutName, ViewState } from './state/url-state';

export type StatusState = 'loading' | 'error' | 'info' | '';

/** Where the controller reports progress and failures (view/status.ts draws them). */
export interface Reporter {
  status(text: string, state: StatusState): void;
  /** The server or its database is down: offer `retry`. */
  unavailable(retry: () => void): void;
}

export class Controller {
  private busyCount = 0;
  /** The last lasting message (an expansion's "showing n of N", an error): shown when not busy. */
  private lasting: { text: string; state: StatusState } = { text: '', state: '' };

  constructor(
    private readonly store: GraphStore,
    private readonly reporter: Reporter,
  ) {}

  async busy<T>(what: string, fn: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    this.busyCount += 1;
    this.reporter.status(`${what}…`, 'loading');
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ApiError && err.unavailable) this.reporter.unavailable(retry ?? (() => 0));
      if (!(err instanceof ApiError)) console.error(err);
      this.setStatus(`${what} failed: ${(err as Error).message}`, 'error');
      return undefined;
    } finally {
      this.busyCount -= 1;
      if (this.busyCount === 0) this.reporter.status(this.lasting.text, this.lasting.state);
    }
  }

  /** Undo and redo: an expansion's "showing n of N" no longer describes the canvas. */
  historyMoved(direction: 'undo' | 'redo', nodes: number): void {
    this.setStatus(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${nodes} nodes on the canvas.`);
  }

  setStatus(text: string, state: StatusState = 'info'): void {
    if (state !== 'loading') this.lasting = { text, state };
    this.reporter.status(text, state);
  }

  /**
   * Puts a view on the canvas: from the URL on start and on Back, or the default first screen.
   * `first`: the first screen's graph and layout, already asked for (first-screen.ts).
   */
  async restore(v: ViewState, initial: boolean, first?: FirstScreen | null): Promise<void> {
    const s = this.store;
    s.restoring = true;
    try {
      if (!initial || location.search) s.filters = { ...v.filters };
      s.layout = v.layout ?? 'fcose';
      const ok = await this.busy(
        'Loading the graph',
        () => this.loadView(v, first?.graph),
        () => void this.restore(v, initial),
      );
      if (ok === undefined) return;
      if (initial) performance.mark('kg:graph-loaded');
      const allPlaced = v.entities.length > 0 && v.entities.every((id) => v.positions[id]);
      // The first load's force-directed layout runs in a worker (graph/layout-offthread.ts)
      // while the canvas is empty: the main thread stays free, and the elements are styled and
      // drawn once, already placed, instead of where they land and again after the layout.
      const fresh = s.cy.elements().empty() && s.scene.pinned.size === 0;
      const placed =
        initial && !allPlaced && s.layout === 'fcose' && fresh
          ? await this.firstLayout(s.scene.layoutJob(), first)
          : null;
      if (placed) {
        // The view and the label stylesheet for about its zoom go in place on the empty canvas,
        // and the fit and the labels follow in the same task: no frame draws the elements before
        // they are placed and labelled. (The exact fit counts the labels' boxes, as always.)
        const [width, height] = [s.cy.width(), s.cy.height()];
        const points = Object.entries(placed).map(([id, p]) => ({
          ...p,
          labelWidth: labelWidth(s.scene.entities.get(id)?.name ?? ''),
        }));
        s.cy.viewport(fitViewport(points, width, height, 40));
        placeLabels(s.cy);
        await nextTask();
        // A few elements per task (graph/scene.ts), each slice styled and measured before the
        // next, with the canvas out of the layout meanwhile (nothing is drawn): the first load
        // is no long task on a phone. It is drawn once, fitted and labelled.
        const per = defaults.firstLoadElementsPerTask;
        s.hooks.building(true);
        try {
          await s.scene.addInSteps(placed, per);
          // The exact fit, from the measured boxes, for the size the canvas has when shown.
          const fit = exactFitViewport(s.cy, width, height, 40);
          // Labels wider than the approximate fit assumed: the label sheet for the exact zoom,
          // and every element styled and measured again, a slice per task.
          if (fit && restyle(s.cy, fit.zoom)) await s.scene.measureInSteps(per);
          if (fit) s.cy.viewport(fit);
          // The labels' measuring and placing is a task of its own (~5 ms of CPU on a phone).
          await nextTask();
          placeLabels(s.cy);
        } finally {
          s.hooks.building(false);
        }
      } else {
        s.scene.sync(v.positions);
        // Each step its own task: the page stays responsive between them (and a long first
        // load is not one long block of the main thread).
        await nextTask();
        if (!allPlaced) await arrangeAll(s.cy, s.layout, false);
        else {
          s.cy.fit(undefined, 40);
          placeLabels(s.cy);
        }
      }
      if (initial) performance.mark('kg:laid-out');
      await nextTask();
      s.applyFilters();
      s.selection = null;
      s.cy.elements().unselect();
      if (v.selection && s.cy.getElementById(v.selection.id).nonempty()) {
        s.cy.getElementById(v.selection.id).select();
        s.selection = v.selection;
      }
      s.panel = v.panel;
      s.article = v.article;
      s.articleScroll = v.articleScroll;
      s.emit('scene');
      s.emit('selection');
      s.emit('view');
    } finally {
      s.restoring = false;
    }
    if (initial) s.moved('replace');
  }

  /** The first layout: the first screen's, when it laid out this very job; else the worker's. */
  private async firstLayout(job: LayoutJob, first?: FirstScreen | null): Promise<Positions | null> {
    const pre = first ? await first.layout.catch(() => null) : null;
    if (pre?.positions && JSON.stringify(pre.job) === JSON.stringify(job)) {
      // The first painter draws these positions in this task: the canvas's work waits for the next.
      await nextTask();
      return pre.positions;
    }
    return layoutOffThread(job);
  }

  /**
   * Fills the scene with the view's nodes and relationships (or the default first screen): the
   * nodes the URL names, entities or articles, and among them the relationships it names (all of
   * them for a link without `r`).
   */
  private async loadView(v: ViewState, asked?: Promise<GraphPayload>): Promise<true> {
    const scene = this.store.scene;
    if (v.entities.length === 0) {
      const g = await (asked ?? api.graph({ limit: defaults.initialGraphLimit }));
      // The first screen has just laid this answer out for the worker (first-screen.ts), in
      // this task: the scene takes it in the next.
      if (asked) await nextTask();
      scene.clear();
      scene.add(g, defaults.maxNodes);
      return true;
    }
    // A link may name more entities than one request (and the canvas) takes: say so.
    const named = v.entities.slice(0, Math.min(MAX_GRAPH_IDS, defaults.maxNodes));
    if (named.length < v.entities.length) {
      this.setStatus(
        `This link names ${v.entities.length} entities; the first ${named.length} are shown.`,
        'info',
      );
    }
    const g = await api.graph({ ids: named, among: 'true', limit: BOUNDS.graph.max });
    for (const n of g.nodes) scene.entities.set(n.id, n);
    for (const r of g.edges) scene.relationships.set(r.id, r);
    const wanted = v.rels ? new Set(v.rels) : null;
    const set = new Set(named.filter((id) => scene.entities.has(id)));
    scene.clear();
    scene.nodes = set;
    for (const r of g.edges)
      if (set.has(r.source) && set.has(r.target) && (!wanted || wanted.has(relToken(r.id))))
        scene.rels.add(r.id);
    return true;
  }

  cacheDetails(
    entity: EntitySummary,
    items: { relationship: RelationshipView; other: EntitySummary }[],
  ): void {
    const scene = this.store.scene;
    if (!scene.entities.has(entity.id)) scene.entities.set(entity.id, entity);
    for (const it of items) {
      // The details list carries no evidence (evidenceCount): keep a copy that has it.
      const known = scene.relationships.get(it.relationship.id);
      if (!(known?.evidence.length && it.relationship.evidenceCount))
        scene.relationships.set(it.relationship.id, it.relationship);
      if (!scene.entities.has(it.other.id)) scene.entities.set(it.other.id, it.other);
    }
  }

  /** Adds a payload next to an anchor node (or the view centre) and lays out only the newcomers. */
  async merge(payload: GraphPayload, anchor?: string): Promise<string[]> {
    const s = this.store;
    const added = s.add(payload, this.anchorPosition(anchor), !!anchor);
    if (added.length > 1 || (added.length === 1 && anchor)) {
      await arrangeNewcomers(s.cy, added, anchor);
      s.moved('replace');
    }
    if (s.scene.nodes.size >= defaults.maxNodes)
      this.setStatus(`The view holds its maximum of ${defaults.maxNodes} nodes.`, 'info');
    return added;
  }

  private anchorPosition(anchor?: string): Point {
    const cy = this.store.cy;
    const n = anchor ? cy.getElementById(anchor) : null;
    if (n && n.nonempty()) return { ...n.position() };
    const ext = cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  /** Adds one entity (from search or a link) with its relationships to what is on the canvas. */
  async addEntity(asked: string): Promise<void> {
    const scene = this.store.scene;
    let id = asked;
    await this.busy('Adding', async () => {
      if (!scene.nodes.has(id)) {
        const d = await api.entity(id);
        // A merged entity's old id (an old link) answers with the entity it became.
        id = d.entity.id;
        const items = d.groups.flatMap((g) => g.items);
        this.cacheDetails(d.entity, items);
        const rels = items.map((i) => i.relationship);
        await this.merge({
          nodes: [d.entity],
          edges: rels.filter((r) => scene.nodes.has(r.source === id ? r.target : r.source)),
        });
      }
      this.store.focus(id);
    });
  }

  /** Expands a node: its neighbours, a page at a time. */
  async expand(id: string, cursor?: string | null): Promise<void> {
    const s = this.store;
    await this.busy('Expanding', async () => {
      const page = await api.neighbors(id, {
        limit: defaults.expandPageSize,
        cursor: cursor ?? undefined,
      });
      const before = s.scene.expansions.get(id) ?? [];
      const added = await this.merge(page, id);
      s.scene.expansions.set(id, [...before, ...added]);
      const prev = cursor && s.lastExpansion?.node === id ? s.lastExpansion.shown : 0;
      const shown = prev + page.returned;
      s.lastExpansion = { node: id, total: page.total, shown, nextCursor: page.nextCursor };
      const name = s.scene.entities.get(id)?.name ?? id;
      const of = `${shown.toLocaleString()} of ${page.total.toLocaleString()}`;
      this.setStatus(
        added.length === 0 && page.returned > 0
          ? `${name}: every neighbour is already on the canvas (showing ${of}).`
          : page.total === 0
            ? `${name} has no neighbours.`
            : `${name}: showing ${of} relationships.`,
        'info',
      );
      s.emit('view');
    });
  }

  collapse(id: string): void {
    if (!this.store.collapse(id))
      this.setStatus('Nothing to collapse: this node was not expanded here.', 'info');
  }

  /** Shows one relationship: adds its ends when they are missing, then selects its edge. */
  async showRelationship(relId: string, fallback?: RelationshipView): Promise<void> {
    const scene = this.store.scene;
    const r = scene.relationships.get(relId) ?? fallback;
    if (!r) return;
    scene.relationships.set(r.id, r);
    const missing = [r.source, r.target].filter((id) => !scene.nodes.has(id));
    if (missing.length || !scene.rels.has(r.id)) {
      const nodes: EntitySummary[] = [];
      for (const id of missing) {
        let e = scene.entities.get(id);
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
      const anchor =
        missing.length === 2 ? undefined : r.source === missing[0] ? r.target : r.source;
      await this.merge({ nodes, edges: [r] }, anchor);
    }
    this.store.selectRelationship(r.id);
  }

  async runLayout(name: LayoutName, record = true): Promise<void> {
    const s = this.store;
    s.setLayout(name, record);
    await arrangeAll(s.cy, name, !s.restoring);
    if (record) s.moved('push');
    s.emit('view'); // the date axis follows the layout
  }
}
