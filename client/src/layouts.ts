/**
 * Layout options for the four layouts, and the time-ordered placement itself. Pure: the canvas
 * module hands these to `cy.layout`. Time-ordered puts each dated node in the column of its
 * date, left to right; a node's date is its own (events) or the earliest of its dated edges.
 * Undated nodes sit in a column to the left of the earliest date.
 */

export interface TimeNode {
  id: string;
  date?: string;
}

export interface TimeEdge {
  source: string;
  target: string;
  dates: string[];
}

export interface TimeLayout {
  positions: Record<string, { x: number; y: number }>;
  /** Column dates and their x, for an axis; `null` is the undated column. */
  columns: { date: string | null; x: number }[];
}

export const TIME_DEFAULTS = {
  /** Horizontal distance between two date columns. */
  columnWidth: 180,
  /** Vertical distance between two nodes of one column. */
  rowHeight: 70,
};

export function timeOrdered(
  nodes: readonly TimeNode[],
  edges: readonly TimeEdge[],
  opts = TIME_DEFAULTS,
): TimeLayout {
  const dateOf = new Map<string, string>();
  for (const n of nodes) if (n.date) dateOf.set(n.id, n.date);
  for (const e of edges) {
    const d = [...e.dates].sort()[0];
    if (!d) continue;
    for (const id of [e.source, e.target]) {
      const had = dateOf.get(id);
      const own = nodes.find((n) => n.id === id)?.date;
      if (!own && (!had || d < had)) dateOf.set(id, d);
    }
  }
  const dates = [...new Set(dateOf.values())].sort();
  const byColumn = new Map<string | null, string[]>();
  for (const n of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = dateOf.get(n.id) ?? null;
    const col = byColumn.get(key);
    if (col) col.push(n.id);
    else byColumn.set(key, [n.id]);
  }
  const columns: TimeLayout['columns'] = [];
  const positions: TimeLayout['positions'] = {};
  const keys: (string | null)[] = byColumn.has(null) ? [null, ...dates] : dates;
  keys.forEach((key, i) => {
    const x = i * opts.columnWidth;
    columns.push({ date: key, x });
    const ids = byColumn.get(key) ?? [];
    ids.forEach((id, j) => {
      positions[id] = { x, y: (j - (ids.length - 1) / 2) * opts.rowHeight };
    });
  });
  return { positions, columns };
}

/** The configured fcose quality, or 'draft' for graphs too large for it (defaults.ts). */
export function fcoseQualityFor(nodes: number, configured: string, draftAbove: number): string {
  return nodes > draftAbove ? 'draft' : configured;
}

/** fcose for the whole graph; `randomize: false` keeps the current positions as the start. */
export function fcoseOptions(opts: { animate: boolean; quality: string; randomize: boolean }) {
  return {
    name: 'fcose',
    quality: opts.quality,
    randomize: opts.randomize,
    animate: opts.animate,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeSeparation: 100,
    idealEdgeLength: 170,
    nodeRepulsion: 40000,
    packComponents: true,
  };
}

export function concentricOptions(animate: boolean) {
  return {
    name: 'concentric',
    animate,
    fit: true,
    padding: 40,
    minNodeSpacing: 30,
    // Higher degree, nearer the centre.
    concentric: (n: { degree: (includeLoops: boolean) => number }) => n.degree(false),
    levelWidth: () => 2,
  };
}

export function hierarchicalOptions(animate: boolean, roots?: string[]) {
  return {
    name: 'breadthfirst',
    directed: true,
    animate,
    fit: true,
    padding: 40,
    spacingFactor: 1.1,
    ...(roots && roots.length
      ? { roots: roots.map((id) => `[id = "${id.replace(/["\\]/g, '')}"]`).join(',') }
      : {}),
  };
}
