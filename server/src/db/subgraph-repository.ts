/**
 * The subgraph among given nodes: those nodes (entities or articles) and every relationship of a
 * model type between two of them. A shared link names its nodes and relationships; this is what
 * the explorer asks for to draw exactly that view again (it then keeps the relationships the
 * link names).
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { GraphResponse } from '../contracts/api';
import { ARTICLE, ENTITY, RELATIONSHIP_TYPES } from '../contracts/model';
import { readTransaction, typeAlternatives, type Db } from './read';
import { relationshipBetween, toEntitySummary } from './views';

export async function readAmong(db: Db, ids: string[], limit: number): Promise<GraphResponse> {
  const params = { ids: [...new Set(ids)], cap: neo4j.int(limit + 1) };
  return readTransaction(db, async (tx) => {
    const found = await tx.run(
      `MATCH (n) WHERE (n:${ENTITY} OR n:${ARTICLE}) AND n.id IN $ids RETURN n`,
      params,
    );
    const rels = await tx.run(
      `MATCH (a) WHERE (a:${ENTITY} OR a:${ARTICLE}) AND a.id IN $ids
       MATCH (a)-[r${typeAlternatives(RELATIONSHIP_TYPES)}]->(b)
       WHERE (b:${ENTITY} OR b:${ARTICLE}) AND b.id IN $ids
       RETURN r
       LIMIT $cap`,
      params,
    );
    const byElementId = new Map<string, Node>();
    for (const rec of found.records) {
      const n = rec.get('n') as Node;
      byElementId.set(n.elementId, n);
    }
    const edges = rels.records
      .slice(0, limit)
      .map((rec) => relationshipBetween(rec.get('r') as Relationship, byElementId));
    return {
      nodes: [...byElementId.values()].map(toEntitySummary),
      edges,
      truncated: rels.records.length > limit,
    };
  });
}
