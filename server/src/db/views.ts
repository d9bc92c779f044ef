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
import { nodeToJson, propertiesToJson, relationshipToJson, toNumber } from './to-json';

/** A node whose id property is missing keeps its element id, so it can still be drawn. */
const withId = (node: Node) => {
  const json = nodeToJson(node);
  return json.properties.id === undefined || json.properties.id === null
    ? { ...json, properties: { ...json.properties, id: node.elementId } }
    : json;
};

/** An entity (or an article, when one is an endpoint) as a canvas node. */
export function toEntitySummary(node: Node): EntitySummary {
  return entitySummaryView(withId(node))!;
}

export function toEntity(node: Node, degree: number): Entity {
  return entityView(withId(node), degree)!;
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
