/**
 * Driver nodes and relationships -> the API's views. The mapping itself is the persisted-graph
 * contract's (contracts/stored.ts), shared with the console's canvas; this only hands it the
 * record as JSON (to-json.ts), so nothing past here sees a Neo4j Integer or Date.
 */
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import type { Entity, EntitySummary, EvidenceSpan, RelationshipView } from '../contracts/api';
import {
  RELATIONSHIP_PROPERTIES,
  entitySummaryView,
  entityView,
  relationshipView,
  statementFields,
} from '../contracts/stored';
import {
  nodeToJson,
  propertiesToJson,
  relationshipToJson,
  toNumber,
  type JsonNode,
} from './to-json';

/** A node whose id property is missing keeps its element id, so it can still be drawn. */
const withId = (json: JsonNode): JsonNode =>
  json.properties.id === undefined || json.properties.id === null
    ? { ...json, properties: { ...json.properties, id: json.elementId } }
    : json;

/** An entity (or an article, when one is an endpoint) as a canvas node. */
export function toEntitySummary(node: Node): EntitySummary {
  return entitySummaryView(withId(nodeToJson(node)))!;
}

export function toEntity(node: Node, degree: number): Entity {
  return entityView(withId(nodeToJson(node)), degree)!;
}

/**
 * The stored properties a summary shows (contracts/stored.ts entitySummaryView): an entity's
 * without its aliases, end date, date provenance and former ids; an article's id, title and
 * date. Listed here so that the Cypher reads only these: an article at the end of a MENTIONS
 * otherwise crosses Bolt with its whole text, ten of them in a hub's details.
 */
const SUMMARY_KEYS = ['id', 'name', 'description', 'role', 'date', 'alleged', 'title'] as const;

/**
 * A node as a summary needs it, projected in Cypher: `summaryProjection('m')` is a map with the
 * node's element id, labels and SUMMARY_KEYS; read it back with toSummary. Same answer as
 * toEntitySummary on the whole node (test/api/summary-projection.test.ts).
 */
export const summaryProjection = (v: string): string =>
  `{elementId: elementId(${v}), labels: labels(${v}), properties: ${v} {${SUMMARY_KEYS.map((k) => `.${k}`).join(', ')}}}`;

/** A value of summaryProjection as the API's summary. */
export function toSummary(value: unknown): EntitySummary {
  const v = value as { elementId: string; labels: string[]; properties: Record<string, unknown> };
  return entitySummaryView(
    withId({
      elementId: v.elementId,
      labels: v.labels,
      properties: propertiesToJson(v.properties),
    }),
  )!;
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
  return relationshipView(relationshipToJson(rel), source, target);
}

/**
 * What a listing shows of a relationship: its stored properties without the evidence sentences
 * and the positions of evidence and quote (the bulk of a hub's relationships, fetched on demand
 * by GET /api/relationships/:id/evidence), and the number of evidence spans. The Cypher
 * projection, `r` being the relationship; read back with toListedRelationship.
 */
export const LISTED_RELATIONSHIP = `r {${Object.keys(RELATIONSHIP_PROPERTIES)
  .filter(
    (k) =>
      !/^(evidence|evidenceArticles|evidenceStarts|evidenceEnds|quoteArticles|quoteStarts|quoteEnds)$/.test(
        k,
      ),
  )
  .map((k) => `.${k}`)
  .join(', ')}} AS rp, elementId(r) AS rid, type(r) AS rt, coalesce(size(r.evidence), 0) AS ec`;

/** A record of LISTED_RELATIONSHIP as the API's view, `evidence` empty and counted. */
export function toListedRelationship(
  rec: Neo4jRecord,
  source: string,
  target: string,
): RelationshipView {
  const view = relationshipView(
    {
      elementId: String(rec.get('rid')),
      type: String(rec.get('rt')),
      properties: propertiesToJson(rec.get('rp') as Record<string, unknown>),
    },
    source,
    target,
  );
  return { ...view, evidence: [], evidenceCount: toNumber(rec.get('ec')) };
}

/** The evidence spans of a relationship (the article reader filters them by article). */
export function toEvidence(rel: Relationship): EvidenceSpan[] {
  return toRelationshipView(rel, '', '').evidence;
}

/** A statement's own fields for the story view (its venue as an id, `at`). */
export function toStatementFields(rel: Relationship): ReturnType<typeof statementFields> {
  return statementFields(relationshipToJson(rel));
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
