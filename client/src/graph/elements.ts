/**
 * API JSON -> Cytoscape element definitions. Pure: no DOM, no Cytoscape import, so it runs in
 * jest. Parallel relationships of one type from one node to another are bundled into one drawn
 * edge that keeps every relationship id, so the details panel can list each statement.
 */
import type { Core } from 'cytoscape';
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';
import { inTimeWindow, type FilterEdge, type FilterNode, type TimeWindow } from '../filters';
import type { LayoutJob } from './layout-job';

/** A drawn node: what the filters read (id, `kind` = the node label, date) and more. */
export interface NodeData extends FilterNode {
  /** Display name (Cytoscape draws it as canvas text: safe for untrusted names). */
  name: string;
  role?: string;
  alleged?: boolean;
}

/**
 * A drawn edge: what the filters read (the bundle id `source|TYPE|target`, endpoints, type,
 * the bundled relationships' dates, sorted and unique, whether one is undated, and whether this
 * is the bundle outside the time window, id ending in `|out`) and more.
 */
export interface EdgeData extends FilterEdge {
  /** How many relationships this drawn edge stands for. */
  count: number;
  /** Ids of those relationships, in a stable order. */
  relIds: string[];
  /** The text drawn on the edge: the type, with ×n when bundled. */
  caption: string;
  /** True when any bundled relationship is alleged. */
  alleged: boolean;
}

export interface ElementDefs {
  nodes: { group: 'nodes'; data: NodeData }[];
  edges: { group: 'edges'; data: EdgeData }[];
}

export function bundleId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

export function parseBundleId(id: string): { source: string; type: string; target: string } | null {
  const m = /^([^|]+)\|([A-Z_]+)\|([^|]+)(?:\|out)?$/.exec(id);
  return m ? { source: m[1]!, type: m[2]!, target: m[3]! } : null;
}

export function nodeData(e: EntitySummary): NodeData {
  const d: NodeData = { id: e.id, name: e.name, kind: e.label };
  if (e.role) d.role = e.role;
  if (e.date) d.date = e.date;
  if (e.alleged) d.alleged = true;
  return d;
}

/**
 * Builds the elements for a scene. Relationships whose endpoints are not among `nodes` are
 * dropped (the canvas never draws a dangling edge). With a time window, each bundle splits by
 * the statements' own dates: those inside keep the bundle id and are counted alone, those
 * outside go to a second bundle (`…|out`, marked `outside`) that the filters fade or hide.
 */
export function toElements(
  nodes: Iterable<EntitySummary>,
  relationships: Iterable<RelationshipView>,
  window?: TimeWindow,
): ElementDefs {
  const out: ElementDefs = { nodes: [], edges: [] };
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    out.nodes.push({ group: 'nodes', data: nodeData(n) });
  }
  const bundles = new Map<string, RelationshipView[]>();
  const seen = new Set<string>();
  for (const r of relationships) {
    if (seen.has(r.id) || !ids.has(r.source) || !ids.has(r.target)) continue;
    seen.add(r.id);
    const key =
      bundleId(r.source, r.type, r.target) +
      (window && !inTimeWindow(r.date, window) ? '|out' : '');
    const list = bundles.get(key);
    if (list) list.push(r);
    else bundles.set(key, [r]);
  }
  for (const [id, rels] of bundles) {
    rels.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
    const first = rels[0]!;
    const dates = [...new Set(rels.flatMap((r) => (r.date ? [r.date] : [])))].sort();
    out.edges.push({
      group: 'edges',
      data: {
        id,
        source: first.source,
        target: first.target,
        type: first.type,
        count: rels.length,
        relIds: rels.map((r) => r.id),
        caption: rels.length > 1 ? `${first.type} ×${rels.length}` : first.type,
        alleged: rels.some((r) => r.alleged === true),
        dates,
        undated: rels.some((r) => !r.date),
        ...(id.endsWith('|out') ? { outside: true } : {}),
      },
    });
  }
  return out;
}

/**
 * The elements as a layout job (graph/layout-job.ts): node ids and edge endpoints in the order
 * they are added to an empty canvas, so a layout computed elsewhere (the worker) matches one
 * run there. The scene and the first painter (first-screen.ts) both build it here.
 */
export function layoutJobOf(defs: ElementDefs): LayoutJob {
  return {
    nodes: defs.nodes.map((d) => d.data.id),
    edges: defs.edges.map((d) => ({ id: d.data.id, source: d.data.source, target: d.data.target })),
  };
}

/** The drawn elements as the filters read them (filters.ts): one place for both callers. */
export function elementsForFilter(cy: Core): { nodes: FilterNode[]; edges: FilterEdge[] } {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), date: n.data('date') })),
    edges: cy.edges().map((e) => ({
      id: e.id(),
      source: e.data('source'),
      target: e.data('target'),
      type: e.data('type'),
      dates: e.data('dates'),
      undated: e.data('undated'),
      outside: e.data('outside') === true,
    })),
  };
}
