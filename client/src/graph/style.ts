/**
 * Legend data: one colour and shape per node label, one colour and line style per relationship
 * type. Pure data, read by the Cytoscape stylesheet and by the legend panel alike, so the two
 * can never disagree. DENIED and DISMISSED are red and dashed, SAID is solid; alleged is dotted.
 */
export type NodeShape =
  'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'star' | 'triangle' | 'rectangle';
export type LineStyle = 'solid' | 'dashed' | 'dotted';

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

/** Relationship families share a colour; the line style carries the stance. */
export const EDGE_STYLE: Record<string, { color: string; line: LineStyle }> = {
  SAID: { color: '#2563eb', line: 'solid' },
  REPORTED: { color: '#d97706', line: 'solid' },
  DENIED: { color: '#dc2626', line: 'dashed' },
  DISMISSED: { color: '#f87171', line: 'dashed' },
  CRITICIZED: { color: '#b91c1c', line: 'solid' },
  WARNED: { color: '#ea580c', line: 'solid' },
  RESPONDED_TO: { color: '#0284c7', line: 'solid' },
  ALLIED_WITH: { color: '#15803d', line: 'solid' },
  SHARED_INTELLIGENCE_WITH: { color: '#7c3aed', line: 'solid' },
  SUPPLIED_ARMS_TO: { color: '#9333ea', line: 'solid' },
  ATTACKED: { color: '#991b1b', line: 'solid' },
  LEADS: { color: '#475569', line: 'solid' },
  MEMBER_OF: { color: '#64748b', line: 'solid' },
  ADVISES: { color: '#64748b', line: 'solid' },
  REPRESENTS: { color: '#64748b', line: 'solid' },
  SPOKE_WITH: { color: '#0891b2', line: 'solid' },
  CONTACTED: { color: '#0891b2', line: 'solid' },
  INTERVIEWED: { color: '#0e7490', line: 'solid' },
  APPEARED_ON: { color: '#ca8a04', line: 'solid' },
  PARTICIPATED_IN: { color: '#be185d', line: 'solid' },
  CITED: { color: '#a16207', line: 'solid' },
  PART_OF: { color: '#94a3b8', line: 'solid' },
  OCCURRED_IN: { color: '#14b8a6', line: 'solid' },
  LOCATED_IN: { color: '#14b8a6', line: 'solid' },
  MENTIONS: { color: '#cbd5e1', line: 'solid' },
};

export const FALLBACK_EDGE = { color: '#94a3b8', line: 'solid' as LineStyle };

/** The line style alleged relationships take, whatever their type. */
export const ALLEGED_LINE: LineStyle = 'dotted';

export function nodeStyle(label: string): { color: string; shape: NodeShape } {
  return NODE_STYLE[label] ?? FALLBACK_NODE;
}

export function edgeStyle(type: string): { color: string; line: LineStyle } {
  return EDGE_STYLE[type] ?? FALLBACK_EDGE;
}
