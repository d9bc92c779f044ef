/**
 * Cypher console results -> the canvas vocabulary. Pure. Nodes need an `id` property and a
 * known label; relationships need an `id` property, a known type and both ends among the
 * mapped nodes. The mapping is the persisted-graph contract's (contracts/stored.ts), the same
 * the API's views use, evidence rebuilt from the lists ingestion stores on relationships.
 */
import {
  RELATIONSHIP_TYPES,
  entitySummaryView,
  modelLabelOf,
  relationshipView,
  type CypherResponse,
  type EntitySummary,
  type RelationshipView,
} from '@kg/server/contracts';

type CypherGraph = CypherResponse['graph'];

const hasId = (p: Record<string, unknown>) => typeof p.id === 'string' && p.id !== '';

export function fromCypherGraph(g: CypherGraph): {
  nodes: EntitySummary[];
  edges: RelationshipView[];
} {
  const byElement = new Map<string, string>();
  const nodes: EntitySummary[] = [];
  for (const n of g.nodes) {
    if (!hasId(n.properties) || !modelLabelOf(n.labels)) continue;
    const e = entitySummaryView(n);
    if (!e) continue;
    byElement.set(n.elementId, e.id);
    nodes.push(e);
  }
  const edges: RelationshipView[] = [];
  for (const r of g.edges) {
    const source = byElement.get(r.startElementId);
    const target = byElement.get(r.endElementId);
    if (!hasId(r.properties) || !source || !target) continue;
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(r.type)) continue;
    edges.push(relationshipView(r, source, target));
  }
  return { nodes, edges };
}
