/**
 * Maps entity and article nodes and curated relationships to the API's views (EntitySummary,
 * Entity, RelationshipView, EvidenceSpan). Input is what the driver returns; output is plain JSON.
 */
import type { Node, Relationship } from 'neo4j-driver';
import { ARTICLE, NODE_LABELS, type NodeLabel, type RelationshipType } from '../contracts/model';
import type { Entity, EntitySummary, EvidenceSpan, RelationshipView } from '../contracts/api';
import { dateToJson, toNumber } from './to-json';

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The model label of a node: its first label that the model knows (never the shared `Entity`). */
export function modelLabel(node: Node): NodeLabel {
  const found = node.labels.find((l): l is NodeLabel =>
    (NODE_LABELS as readonly string[]).includes(l),
  );
  return found ?? ARTICLE;
}

/** An entity (or an article, when one is an endpoint) as a canvas node. */
export function toEntitySummary(node: Node): EntitySummary {
  const p = node.properties as Record<string, unknown>;
  const label = modelLabel(node);
  const summary: EntitySummary = {
    id: String(p.id),
    label,
    name: str(p.name) ?? str(p.title) ?? String(p.id),
  };
  const role = str(p.role);
  if (role) summary.role = role;
  const description = str(p.description);
  if (description) summary.description = description;
  const date = dateToJson(p.date);
  if (date) summary.date = date;
  if (typeof p.alleged === 'boolean') summary.alleged = p.alleged;
  return summary;
}

export function toEntity(node: Node, degree: number): Entity {
  const p = node.properties as Record<string, unknown>;
  const entity: Entity = { ...toEntitySummary(node), aliases: strings(p.aliases), degree };
  const endDate = dateToJson(p.endDate);
  if (endDate) entity.endDate = endDate;
  return entity;
}

/** The evidence spans of a relationship, from its parallel evidence lists. */
export function toEvidence(rel: Relationship): EvidenceSpan[] {
  const p = rel.properties as Record<string, unknown>;
  const texts = strings(p.evidence);
  const articles = strings(p.evidenceArticles);
  const starts = Array.isArray(p.evidenceStarts) ? p.evidenceStarts : [];
  const ends = Array.isArray(p.evidenceEnds) ? p.evidenceEnds : [];
  const spans: EvidenceSpan[] = [];
  texts.forEach((text, i) => {
    const articleId = articles[i];
    if (articleId === undefined || starts[i] == null || ends[i] == null) return;
    spans.push({ articleId, text, start: toNumber(starts[i]), end: toNumber(ends[i]) });
  });
  return spans;
}

/**
 * A relationship with its provenance. `source` and `target` are the ids of its start and end
 * nodes, passed in because a driver Relationship only knows their element ids.
 */
export function toRelationshipView(
  rel: Relationship,
  source: string,
  target: string,
): RelationshipView {
  const p = rel.properties as Record<string, unknown>;
  const view: RelationshipView = {
    id: str(p.id) ?? rel.elementId,
    type: rel.type as RelationshipType,
    source,
    target,
    sources: strings(p.sources),
    evidence: toEvidence(rel),
  };
  const quote = str(p.quote);
  if (quote) view.quote = quote;
  const date = dateToJson(p.date);
  if (date) view.date = date;
  if (typeof p.alleged === 'boolean') view.alleged = p.alleged;
  const detail = str(p.detail);
  if (detail) view.detail = detail;
  return view;
}

/** Maps a relationship whose endpoints are among `nodes` (keyed by element id). */
export function relationshipBetween(
  rel: Relationship,
  nodesByElementId: Map<string, Node>,
): RelationshipView {
  const start = nodesByElementId.get(rel.startNodeElementId);
  const end = nodesByElementId.get(rel.endNodeElementId);
  return toRelationshipView(
    rel,
    start ? String(start.properties.id) : rel.startNodeElementId,
    end ? String(end.properties.id) : rel.endNodeElementId,
  );
}
