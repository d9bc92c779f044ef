/**
 * One relationship's evidence, on demand: the details panel lists relationships without it (a
 * hub's answer would otherwise carry the sentences of ~1,000 relationships) and the explorer
 * asks for it when an analyst opens a relationship.
 *
 * A relationship id is unique per type (a constraint, with its index, per model type), and an
 * index is only used with the type in the pattern: one UNION ALL branch per type, each an index
 * seek. One query text for every id, so its plan is cached once.
 */
import type { Relationship } from 'neo4j-driver';
import type { RelationshipEvidenceResponse } from '../contracts/api';
import { notFound } from '../contracts/errors';
import { RELATIONSHIP_TYPES } from '../contracts/model';
import { identifier, readQuery, type Db } from './read';
import { toEvidence } from './views';

export const EVIDENCE_CYPHER = `CALL () {
  ${RELATIONSHIP_TYPES.map(
    (t) => `MATCH (a)-[r:${identifier(t)} {id: $id}]->(b) RETURN r, a.id AS source, b.id AS target`,
  ).join('\n  UNION ALL\n  ')}
}
RETURN r, source, target LIMIT 1`;

export async function readRelationshipEvidence(
  db: Db,
  id: string,
): Promise<RelationshipEvidenceResponse> {
  const [rec] = await readQuery(db, EVIDENCE_CYPHER, { id });
  if (!rec) throw notFound(`No relationship with id "${id}".`);
  const r = rec.get('r') as Relationship;
  return {
    id,
    type: r.type as RelationshipEvidenceResponse['type'],
    source: String(rec.get('source')),
    target: String(rec.get('target')),
    evidence: toEvidence(r),
  };
}
