/**
 * Cypher console results -> the canvas vocabulary. Pure. Nodes need an `id` property and a
 * known label; relationships need an `id` property, a known type and both ends among the
 * mapped nodes. Evidence is rebuilt from the parallel lists ingestion stores on relationships.
 */
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type CypherResponse,
  type EntitySummary,
  type EvidenceSpan,
  type RelationshipView,
} from '@kg/server/contracts';

type CypherGraph = CypherResponse['graph'];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map((x) => Number(x)) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fromCypherGraph(g: CypherGraph): {
  nodes: EntitySummary[];
  edges: RelationshipView[];
} {
  const byElement = new Map<string, string>();
  const nodes: EntitySummary[] = [];
  for (const n of g.nodes) {
    const id = str(n.properties.id);
    const label = n.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) as
      EntitySummary['label'] | undefined;
    if (!id || !label) continue;
    byElement.set(n.elementId, id);
    const name = str(n.properties.name) ?? str(n.properties.title) ?? id;
    const e: EntitySummary = { id, label, name };
    const role = str(n.properties.role);
    const description = str(n.properties.description);
    const date = str(n.properties.date);
    if (role) e.role = role;
    if (description) e.description = description;
    if (date && DATE.test(date)) e.date = date;
    if (n.properties.alleged === true) e.alleged = true;
    nodes.push(e);
  }
  const edges: RelationshipView[] = [];
  for (const r of g.edges) {
    const id = str(r.properties.id);
    const source = byElement.get(r.startElementId);
    const target = byElement.get(r.endElementId);
    if (!id || !source || !target || !(RELATIONSHIP_TYPES as readonly string[]).includes(r.type))
      continue;
    const p = r.properties;
    const texts = strs(p.evidence);
    const articles = strs(p.evidenceArticles);
    const starts = nums(p.evidenceStarts);
    const ends = nums(p.evidenceEnds);
    const evidence: EvidenceSpan[] = texts.flatMap((text, i) =>
      articles[i] !== undefined && Number.isInteger(starts[i]) && Number.isInteger(ends[i])
        ? [{ articleId: articles[i]!, text, start: starts[i]!, end: ends[i]! }]
        : [],
    );
    const rel: RelationshipView = {
      id,
      type: r.type as RelationshipView['type'],
      source,
      target,
      sources: strs(p.sources),
      evidence,
    };
    const quote = str(p.quote);
    const date = str(p.date);
    const detail = str(p.detail);
    if (quote) rel.quote = quote;
    if (date && DATE.test(date)) rel.date = date;
    if (detail) rel.detail = detail;
    if (p.alleged === true) rel.alleged = true;
    edges.push(rel);
  }
  return { nodes, edges };
}
