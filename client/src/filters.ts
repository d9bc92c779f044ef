/**
 * Label, type and time-range filtering: which nodes and edges fall outside the filters. Pure;
 * the canvas then fades or hides what this returns. A statement is inside a time range when its
 * own date is; an undated one as the analyst chooses (shown by default, `hideUndated` hides it).
 * The canvas splits each bundle by that (graph/elements.ts), so a drawn edge is wholly inside or
 * wholly outside. An event is inside when its date is; any other node is outside only when it
 * has edges and all of them are outside.
 */
export type FilterMode = 'fade' | 'hide';

export interface FilterState {
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** Inclusive YYYY-MM-DD bounds; absent means open. */
  from?: string;
  to?: string;
  mode: FilterMode;
  /** Undated statements: shown (the default: they cannot be placed in time) or hidden. */
  hideUndated?: boolean;
}

/** The time part of the filters: what decides whether one statement is inside. */
export type TimeWindow = Pick<FilterState, 'from' | 'to' | 'hideUndated'>;

/** Whether a statement dated `date` (or undated) is inside the window. */
export function inTimeWindow(date: string | undefined, w: TimeWindow): boolean {
  return date ? inRange(date, w.from, w.to) : !w.hideUndated;
}

export function timed(w: TimeWindow): boolean {
  return !!w.from || !!w.to || !!w.hideUndated;
}

/** What the filters read of a node (graph/elements.ts NodeData extends it). */
export interface FilterNode {
  id: string;
  /** The node label (Person, Country, ...); `label` means text in Cytoscape. */
  kind: string;
  date?: string;
}

/** What the filters read of a drawn edge (graph/elements.ts EdgeData extends it). */
export interface FilterEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  dates: string[];
  undated: boolean;
  /** Set when the edge was split by the time window already (graph/elements.ts). */
  outside?: boolean;
}

export const NO_FILTERS: FilterState = { hiddenLabels: [], hiddenTypes: [], mode: 'fade' };

export function isActive(f: FilterState): boolean {
  return f.hiddenLabels.length > 0 || f.hiddenTypes.length > 0 || timed(f);
}

function inRange(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

export function outside(
  nodes: readonly FilterNode[],
  edges: readonly FilterEdge[],
  f: FilterState,
): { nodes: Set<string>; edges: Set<string> } {
  const labels = new Set(f.hiddenLabels);
  const types = new Set(f.hiddenTypes);
  const isTimed = timed(f);
  const outNodes = new Set<string>();
  for (const n of nodes) {
    if (labels.has(n.kind)) outNodes.add(n.id);
    else if (isTimed && n.date && !inRange(n.date, f.from, f.to)) outNodes.add(n.id);
  }
  const outEdges = new Set<string>();
  const edgesOf = new Map<string, { all: number; out: number }>();
  const tally = (id: string, isOut: boolean) => {
    const t = edgesOf.get(id) ?? { all: 0, out: 0 };
    t.all += 1;
    if (isOut) t.out += 1;
    edgesOf.set(id, t);
  };
  for (const e of edges) {
    let isOut = types.has(e.type) || outNodes.has(e.source) || outNodes.has(e.target);
    const timeOut =
      e.outside ??
      (isTimed && !(e.undated && !f.hideUndated) && !e.dates.some((d) => inRange(d, f.from, f.to)));
    if (timeOut) isOut = true;
    if (isOut) outEdges.add(e.id);
    // Only time decides whether a node is stranded: hiding a type should not hide people.
    tally(e.source, timeOut);
    tally(e.target, timeOut);
  }
  if (isTimed) {
    for (const n of nodes) {
      const t = edgesOf.get(n.id);
      if (!n.date && t && t.all > 0 && t.out === t.all) outNodes.add(n.id);
    }
    for (const e of edges) if (outNodes.has(e.source) || outNodes.has(e.target)) outEdges.add(e.id);
  }
  return { nodes: outNodes, edges: outEdges };
}

/** The earliest and latest date among events and relationships: the time slider's bounds. */
export function dateDomain(
  nodes: readonly FilterNode[],
  edges: readonly FilterEdge[],
): { min: string; max: string } | null {
  let min: string | undefined;
  let max: string | undefined;
  const see = (d: string) => {
    if (!min || d < min) min = d;
    if (!max || d > max) max = d;
  };
  for (const n of nodes) if (n.date) see(n.date);
  for (const e of edges) for (const d of e.dates) see(d);
  return min && max ? { min, max } : null;
}

/** Whole days between two YYYY-MM-DD dates, and back: the range inputs work in day offsets. */
export function dayOffset(min: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${min}T00:00:00Z`)) / 86_400_000,
  );
}

export function dateAt(min: string, offset: number): string {
  return new Date(Date.parse(`${min}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}
