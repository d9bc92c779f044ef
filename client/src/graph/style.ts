/**
 * Legend data: one colour and shape per node label; one colour, line pattern and arrow shape per
 * relationship type. Pure data, read by the Cytoscape stylesheet, the legend, the tooltips and
 * the PNG export alike, so they can never disagree.
 *
 * Colour is never the only cue: every type has its own (line, arrow) pair, so a reader who
 * cannot tell two hues apart (or prints in grey) still can tell the types apart; the test in
 * test/client/style.test.ts holds both properties (unique pairs, no two hues closer than a
 * CIELAB distance of 20). Alleged relationships are dotted whatever their type, which is why no
 * type uses the dotted pattern.
 */
export type NodeShape =
  'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'star' | 'triangle' | 'rectangle';

/** Line patterns; `dotted` is kept for alleged relationships. */
export type LinePattern = 'solid' | 'dashed' | 'short-dash' | 'dash-dot';

export type ArrowShape =
  | 'triangle'
  | 'vee'
  | 'tee'
  | 'triangle-tee'
  | 'triangle-cross'
  | 'triangle-backcurve'
  | 'circle-triangle'
  | 'circle'
  | 'diamond'
  | 'square'
  | 'chevron';

export interface EdgeLook {
  color: string;
  line: LinePattern;
  arrow: ArrowShape;
}

export const NODE_STYLE: Record<string, { color: string; shape: NodeShape }> = {
  Person: { color: '#3b82f6', shape: 'ellipse' },
  Organization: { color: '#8b5cf6', shape: 'round-rectangle' },
  Country: { color: '#16a34a', shape: 'hexagon' },
  Outlet: { color: '#f59e0b', shape: 'diamond' },
  Event: { color: '#e11d48', shape: 'star' },
  Location: { color: '#0d9488', shape: 'triangle' },
  Article: { color: '#64748b', shape: 'rectangle' },
};

export const FALLBACK_NODE = { color: '#94a3b8', shape: 'ellipse' as NodeShape };

/**
 * Statements first (their stance in the line: denials and dismissals dashed), then conflict,
 * alliances, structure, contact, events and places, and the derived article links. The hues
 * were chosen greedily for the largest smallest CIELAB distance among colours with at least 3:1
 * contrast on white (WCAG's figure for graphics), starting from blue SAID, red DENIED, green
 * ALLIED_WITH, amber REPORTED and grey MENTIONS.
 */
export const EDGE_STYLE: Record<string, EdgeLook> = {
  SAID: { color: '#1d4ed8', line: 'solid', arrow: 'triangle' },
  REPORTED: { color: '#b45309', line: 'solid', arrow: 'vee' },
  DENIED: { color: '#dc2626', line: 'dashed', arrow: 'tee' },
  DISMISSED: { color: '#1b437e', line: 'dashed', arrow: 'triangle-tee' },
  CRITICIZED: { color: '#5d1431', line: 'solid', arrow: 'triangle-cross' },
  WARNED: { color: '#a09322', line: 'short-dash', arrow: 'triangle' },
  RESPONDED_TO: { color: '#51471f', line: 'short-dash', arrow: 'vee' },
  ATTACKED: { color: '#ed26b2', line: 'solid', arrow: 'chevron' },
  SUPPLIED_ARMS_TO: { color: '#741b7e', line: 'solid', arrow: 'square' },
  SHARED_INTELLIGENCE_WITH: { color: '#b226ed', line: 'solid', arrow: 'diamond' },
  ALLIED_WITH: { color: '#15803d', line: 'solid', arrow: 'circle' },
  LEADS: { color: '#d63d6b', line: 'solid', arrow: 'triangle-backcurve' },
  MEMBER_OF: { color: '#145d5d', line: 'short-dash', arrow: 'circle-triangle' },
  ADVISES: { color: '#268aed', line: 'short-dash', arrow: 'triangle-backcurve' },
  REPRESENTS: { color: '#1212d9', line: 'dash-dot', arrow: 'triangle' },
  SPOKE_WITH: { color: '#682508', line: 'dash-dot', arrow: 'vee' },
  CONTACTED: { color: '#be8a55', line: 'dash-dot', arrow: 'tee' },
  INTERVIEWED: { color: '#61a022', line: 'dash-dot', arrow: 'diamond' },
  APPEARED_ON: { color: '#0fa3b3', line: 'dash-dot', arrow: 'square' },
  PARTICIPATED_IN: { color: '#081268', line: 'short-dash', arrow: 'chevron' },
  CITED: { color: '#be5f55', line: 'short-dash', arrow: 'diamond' },
  PART_OF: { color: '#be559f', line: 'dashed', arrow: 'circle-triangle' },
  OCCURRED_IN: { color: '#129dd9', line: 'dashed', arrow: 'circle' },
  LOCATED_IN: { color: '#4b6808', line: 'dashed', arrow: 'square' },
  MENTIONS: { color: '#94a3b8', line: 'solid', arrow: 'tee' },
  PUBLISHED: { color: '#1f5129', line: 'dash-dot', arrow: 'circle' },
};

export const FALLBACK_EDGE: EdgeLook = { color: '#94a3b8', line: 'solid', arrow: 'triangle' };

/** Dash pattern (in px of line) for each pattern; solid has none. */
export const DASHES: Record<LinePattern, number[] | null> = {
  solid: null,
  dashed: [9, 4],
  'short-dash': [4, 3],
  'dash-dot': [10, 3, 2, 3],
};

/** Alleged relationships: dotted whatever their type. */
export const ALLEGED_DASH = [1.5, 3];

export function nodeStyle(label: string): { color: string; shape: NodeShape } {
  return NODE_STYLE[label] ?? FALLBACK_NODE;
}

export function edgeStyle(type: string): EdgeLook {
  return EDGE_STYLE[type] ?? FALLBACK_EDGE;
}
