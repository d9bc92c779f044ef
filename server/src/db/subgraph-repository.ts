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

export async function readAmong(db: Db, asked: string[], limit: number): Promise<GraphResponse> {
  return readTransaction(db, async (tx) => {
    const ids = [...new Set(asked)];
    const found = await tx.run(
      `MATCH (n) WHERE (n:${ENTITY} OR n:${ARTICLE}) AND n.id IN $ids RETURN n`,
      { ids },
    );
    // Ids of merged entities (a link shared before the merge) name the entity they are part of.
    const known = new Set(found.records.map((r) => (r.get('n') as Node).properties.id as string));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      const merged = await tx.run(
        `MATCH (n:${ENTITY}) WHERE any(f IN n.formerIds WHERE f IN $missing) RETURN n`,
        { missing },
      );
      for (const r of merged.records) {
        const n = r.get('n') as Node;
        if (!known.has(n.properties.id as string)) {
          found.records.push(r);
          known.add(n.properties.id as string);
          ids.push(n.properties.id as string);
        }
      }
    }
    const params = { ids, cap: neo4j.int(limit + 1) };
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
