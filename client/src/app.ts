/**
 * What panels see of the explorer: one object that reads the graph store (graph/store.ts) and
 * asks the controller (controller.ts) to fetch. It holds no state and no logic of its own, so
 * a panel written against it keeps working as the core changes underneath.
 *
 * Adding a panel: write `panels/<name>.ts` as a class taking `(app: App, root: HTMLElement)`;
 * read state from `app` (scene, selection, filters, panel) and change it only through `app`'s
 * methods; re-render on `app.on('scene' | 'selection' | 'view', ...)`. Then mount it in
 * main.ts (a right-panel tab: add its name to PanelName in state/url-state.ts and a branch to
 * renderRight). docs/architecture.md ("Explorer") draws the layers.
 */
import type { Core } from 'cytoscape';
import type { EntitySummary, GraphPayload, RelationshipView } from '@kg/server/contracts';
import { Controller, type StatusState } from './controller';
import type { FilterState } from './filters';
import type { FirstScreen } from './first-screen';
import { GraphStore, type Selection, type StoreEvent } from './graph/store';
import type { LayoutName, PanelName, ViewState } from './state/url-state';
import type { Banner } from './ui/banner';
import { bindView, statusReporter } from './view/bindings';

export type { ExpansionPage, Selection } from './graph/store';

export class App {
  readonly store: GraphStore;
  readonly controller: Controller;

  constructor(
    readonly cy: Core,
    banner: Banner,
    status: HTMLElement,
  ) {
    this.store = new GraphStore(cy);
    this.controller = new Controller(this.store, statusReporter(status, banner));
    bindView(cy, this.store, this.controller);
  }

  // State, read-only for panels ------------------------------------------------------------
  get scene() {
    return this.store.scene;
  }
  get history() {
    return this.store.history;
  }
  get filters(): FilterState {
    return this.store.filters;
  }
  get selection(): Selection {
    return this.store.selection;
  }
  get panel(): PanelName | null {
    return this.store.panel;
  }
  get article(): string | undefined {
    return this.store.article;
  }
  get articleFocus(): string | undefined {
    return this.store.articleFocus;
  }
  get layout(): LayoutName {
    return this.store.layout;
  }
  get lastExpansion() {
    return this.store.lastExpansion;
  }

  on(kind: StoreEvent, fn: () => void): void {
    this.store.on(kind, fn);
  }

  // Store operations ------------------------------------------------------------------------
  select(sel: Selection, opts?: { center?: boolean }): void {
    this.store.select(sel, opts);
  }
  focus(id: string): void {
    this.store.focus(id);
  }
  openPanel(panel: PanelName | null, article?: string, focusRel?: string): void {
    this.store.openPanel(panel, article, focusRel);
  }
  setFilters(f: FilterState): void {
    this.store.setFilters(f);
  }
  hide(ids: string[]): void {
    this.store.hide(ids);
  }
  togglePin(ids: string[]): void {
    this.store.togglePin(ids);
  }
  undo(): void {
    if (!this.store.history.canUndo) return;
    this.store.undo();
    this.controller.historyMoved('undo', this.store.scene.nodes.size);
  }
  redo(): void {
    if (!this.store.history.canRedo) return;
    this.store.redo();
    this.controller.historyMoved('redo', this.store.scene.nodes.size);
  }
  selectedNodes(): string[] {
    return this.store.selectedNodes();
  }
  edgeData(id: string) {
    return this.store.edgeData(id);
  }
  view(): ViewState {
    return this.store.view();
  }

  // Controller operations (they fetch) ------------------------------------------------------
  busy<T>(what: string, fn: () => Promise<T>, retry?: () => void): Promise<T | undefined> {
    return this.controller.busy(what, fn, retry);
  }
  setStatus(text: string, state?: StatusState): void {
    this.controller.setStatus(text, state);
  }
  restore(v: ViewState, initial: boolean, first?: FirstScreen | null): Promise<void> {
    return this.controller.restore(v, initial, first);
  }
  cacheDetails(
    entity: EntitySummary,
    items: { relationship: RelationshipView; other: EntitySummary }[],
  ): void {
    this.controller.cacheDetails(entity, items);
  }
  merge(payload: GraphPayload, anchor?: string): Promise<string[]> {
    return this.controller.merge(payload, anchor);
  }
  addEntity(id: string): Promise<void> {
    return this.controller.addEntity(id);
  }
  expand(id: string, cursor?: string | null): Promise<void> {
    return this.controller.expand(id, cursor);
  }
  collapse(id: string): void {
    this.controller.collapse(id);
  }
  showRelationship(relId: string, fallback?: RelationshipView): Promise<void> {
    return this.controller.showRelationship(relId, fallback);
  }
  runLayout(name: LayoutName, record = true): Promise<void> {
    return this.controller.runLayout(name, record);
  }
}
