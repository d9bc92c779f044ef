/**
 * What is on the canvas, as data: the entities and relationships shown, which nodes are pinned
 * and which nodes each expansion added. Cytoscape is only the view of it: `sync` turns the
 * scene into elements (graph/elements.ts) and adds, updates or removes only what changed.
 * Everything fetched stays cached, so undo can bring back what a change removed.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';
import type { TimeWindow } from '../filters';
import { layoutJobOf, toElements, type EdgeData, type NodeData } from './elements';
import type { LayoutJob } from './layout-job';
import { prepareForSize, tunePerformance } from './performance';
import { nextTask } from '../ui/next-task';

export interface Snapshot {
  nodes: string[];
  rels: string[];
  positions: Record<string, { x: number; y: number }>;
  pinned: string[];
  expansions: [string, string[]][];
}

export class Scene {
  readonly entities = new Map<string, EntitySummary>();
  readonly relationships = new Map<string, RelationshipView>();
  nodes = new Set<string>();
  rels = new Set<string>();
  pinned = new Set<string>();
  /** Node id -> the node ids its expansion added (for collapse). */
  expansions = new Map<string, string[]>();
  /** The time filter: bundles are split by it (graph/elements.ts). */
  window: TimeWindow | undefined;

  constructor(readonly cy: Core) {}

  /** Caches a payload and puts it on the scene; returns the ids of nodes that are new. */
  add(
    payload: { nodes: EntitySummary[]; edges: RelationshipView[] },
    maxNodes = Infinity,
  ): string[] {
    const added: string[] = [];
    for (const n of payload.nodes) {
      this.entities.set(n.id, n);
      if (!this.nodes.has(n.id) && this.nodes.size < maxNodes) {
        this.nodes.add(n.id);
        added.push(n.id);
      }
    }
    for (const r of payload.edges) {
      this.relationships.set(r.id, r);
      if (this.nodes.has(r.source) && this.nodes.has(r.target)) this.rels.add(r.id);
    }
    return added;
  }

  /** Takes nodes (and their relationships) off the scene. */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.nodes.delete(id);
      this.pinned.delete(id);
      this.expansions.delete(id);
    }
    for (const rid of [...this.rels]) {
      const r = this.relationships.get(rid);
      if (!r || !this.nodes.has(r.source) || !this.nodes.has(r.target)) this.rels.delete(rid);
    }
  }

  clear(): void {
    this.nodes.clear();
    this.rels.clear();
    this.pinned.clear();
    this.expansions.clear();
  }

  snapshot(): Snapshot {
    const positions: Snapshot['positions'] = {};
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return {
      nodes: [...this.nodes],
      rels: [...this.rels],
      positions,
      pinned: [...this.pinned],
      expansions: [...this.expansions].map(([k, v]) => [k, [...v]]),
    };
  }

  restore(s: Snapshot): void {
    this.nodes = new Set(s.nodes.filter((id) => this.entities.has(id)));
    this.rels = new Set(s.rels.filter((id) => this.relationships.has(id)));
    this.pinned = new Set(s.pinned);
    this.expansions = new Map(s.expansions);
    this.sync(s.positions);
  }

  payload(): { nodes: EntitySummary[]; edges: RelationshipView[] } {
    return {
      nodes: [...this.nodes].map((id) => this.entities.get(id)!).filter(Boolean),
      edges: [...this.rels].map((id) => this.relationships.get(id)!).filter(Boolean),
    };
  }

  /**
   * The scene as a layout job (graph/layout-job.ts): node ids and edge endpoints in the order
   * `sync` adds them to an empty canvas, so a layout computed elsewhere matches one run there.
   */
  layoutJob(): LayoutJob {
    const { nodes, edges } = this.payload();
    return layoutJobOf(toElements(nodes, edges, this.window));
  }

  /**
   * The first load's sync onto an empty canvas, `perTask` elements per task: each slice is
   * added, styled and measured (its bounding boxes: label sizes, edge curves) in its own task,
   * and the canvas draws it in the frame after. Done at once, that work is one task of several
   * hundred ms on a phone (docs/benchmarks.md §3). Nodes first, then edges, in `sync`'s order,
   * so the canvas ends up exactly as one `sync(positions)` would leave it.
   */
  async addInSteps(
    positions: Record<string, { x: number; y: number }>,
    perTask: number,
  ): Promise<void> {
    const { nodes, edges } = this.payload();
    const defs = toElements(nodes, edges, this.window);
    const cy = this.cy;
    prepareForSize(cy, defs.nodes.length);
    const all: cytoscape.ElementDefinition[] = [
      ...defs.nodes.map((d) => {
        const p = positions[d.data.id];
        return {
          group: 'nodes' as const,
          data: { ...d.data },
          ...(p ? { position: { ...p } } : {}),
        };
      }),
      ...defs.edges.map((d) => ({ group: 'edges' as const, data: { ...d.data } })),
    ];
    for (let i = 0; i < all.length; i += perTask) {
      // The analyst may have changed the scene meanwhile: skip what is there, and an edge whose
      // end is gone.
      const here = (id: unknown) => cy.getElementById(String(id)).nonempty();
      const slice = all
        .slice(i, i + perTask)
        .filter(
          (d) =>
            !here(d.data.id) &&
            (d.group === 'nodes' || (here(d.data.source) && here(d.data.target))),
        );
      if (slice.length) cy.add(slice).boundingBox();
      await nextTask();
    }
    tunePerformance(cy);
  }

  /** Styles and measures every element again (after a new stylesheet), `perTask` per task. */
  async measureInSteps(perTask: number): Promise<void> {
    const all = this.cy.elements();
    for (let i = 0; i < all.length; i += perTask) {
      const slice = all.slice(i, i + perTask).filter((e) => e.inside());
      if (slice.nonempty()) slice.boundingBox();
      await nextTask();
    }
  }

  /** Brings Cytoscape in line with the scene; `positions` places nodes (new ones or all). */
  sync(positions: Record<string, { x: number; y: number }> = {}): void {
    const { nodes, edges } = this.payload();
    const defs = toElements(nodes, edges, this.window);
    const cy = this.cy;
    const wantNodes = new Map(defs.nodes.map((d) => [d.data.id, d.data] as [string, NodeData]));
    const wantEdges = new Map(defs.edges.map((d) => [d.data.id, d.data] as [string, EdgeData]));
    prepareForSize(cy, wantNodes.size);
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const want = wantEdges.get(e.id());
        if (!want) e.remove();
        else if (e.data('count') !== want.count || e.data('relIds').join() !== want.relIds.join())
          e.data(want);
      });
      cy.nodes().forEach((n) => {
        if (!wantNodes.has(n.id())) n.remove();
      });
      const toAdd: cytoscape.ElementDefinition[] = [];
      for (const [id, data] of wantNodes) {
        if (cy.getElementById(id).nonempty()) continue;
        const def: cytoscape.ElementDefinition = { group: 'nodes', data: { ...data } };
        if (positions[id]) def.position = { ...positions[id] };
        toAdd.push(def);
      }
      for (const [id, data] of wantEdges) {
        if (cy.getElementById(id).empty()) toAdd.push({ group: 'edges', data: { ...data } });
      }
      if (toAdd.length) cy.add(toAdd);
      cy.nodes().forEach((n: NodeSingular) => {
        const p = positions[n.id()];
        if (p && !n.locked()) n.position({ ...p });
        if (this.pinned.has(n.id())) n.lock();
        else n.unlock();
      });
    });
    tunePerformance(cy);
  }
}
