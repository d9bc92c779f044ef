/**
 * Shortest paths between two entities. Uses Cypher 5's `SHORTEST k` over a quantified path
 * pattern `{1,maxHops}`: a bounded, bidirectional breadth-first search (the StatefulShortestPath
 * operator) that never falls back to enumerating all paths. Neither k nor the hop bound can be a
 * parameter there, so both are inlined from integers the request schema has already clamped
 * (1..25 and 1..8), re-checked here. Relationship types come from the model enum; by default every
 * curated type, which leaves out MENTIONS and therefore never walks through an Article.
 *
 * Hubs are not passed through: every node after the first must be the target or have at most
 * `hubDegree` relationships of the searched types (a degree count, read from the node's
 * relationship groups without expanding them). Without this, at 1M relationships a search whose
 * answer is 3 hops long walked through a country with 170,000 relationships and took 5 - 20 s,
 * and Neo4j did not stop it at the transaction timeout (docs/benchmarks.md).
 */
import neo4j, { type Node, type Path } from 'neo4j-driver';
import { CURATED_RELATIONSHIP_TYPES } from '../contracts/model';
import {
  BOUNDS,
  type EntitySummary,
  type PathsQuery,
  type PathsResponse,
  type RelationshipView,
} from '../contracts/api';
import { notFound } from '../contracts/errors';
import { readTransaction, typeAlternatives, type Db } from './read';
import { toEntitySummary, toRelationshipView } from './views';

function boundedInt(value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not an integer: ${value}`);
  return Math.min(max, Math.max(min, value));
}

export type PathsOptions = PathsQuery & {
  /** Most relationships an entity in the middle of a path may have. */
  hubDegree: number;
};

export async function readShortestPaths(db: Db, opts: PathsOptions): Promise<PathsResponse> {
  const hops = boundedInt(opts.maxHops, 1, BOUNDS.pathHops.max);
  const k = boundedInt(opts.limit, 1, BOUNDS.paths.max);
  const types = opts.types?.length ? [...new Set(opts.types)] : CURATED_RELATIONSHIP_TYPES;
  const hubDegree = boundedInt(opts.hubDegree, 1, Number.MAX_SAFE_INTEGER);
  const rel = typeAlternatives(types);

  return readTransaction(db, async (tx) => {
    const ends = await tx.run(
      `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo`,
      { from: opts.from, to: opts.to },
    );
    const row = ends.records[0];
    if (!row?.get('hasFrom')) throw notFound(`No entity with id "${opts.from}".`);
    if (!row.get('hasTo')) throw notFound(`No entity with id "${opts.to}".`);
    if (opts.from === opts.to) return { nodes: [], edges: [], paths: [], hubDegree };

    const res = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = SHORTEST ${k} (a)(()-[${rel}]-(x) WHERE x = b OR COUNT { (x)-[${rel}]-() } <= $hubDegree){1,${hops}}(b)
       RETURN p ORDER BY length(p)`,
      { from: opts.from, to: opts.to, hubDegree: neo4j.int(hubDegree) },
    );

    const nodes = new Map<string, EntitySummary>();
    const edges = new Map<string, RelationshipView>();
    const paths: PathsResponse['paths'] = [];
    for (const rec of res.records) {
      const p = rec.get('p') as Path;
      const pathNodes: Node[] = [p.start, ...p.segments.map((s) => s.end)];
      const ids = pathNodes.map((n) => String(n.properties.id));
      for (const n of pathNodes) {
        const s = toEntitySummary(n);
        if (!nodes.has(s.id)) nodes.set(s.id, s);
      }
      const edgeIds = p.segments.map((s) => {
        const rel = s.relationship;
        // A segment may run against the relationship's direction: map by element id.
        const startId = rel.startNodeElementId === s.start.elementId ? s.start : s.end;
        const endId = startId === s.start ? s.end : s.start;
        const view = toRelationshipView(
          rel,
          String(startId.properties.id),
          String(endId.properties.id),
        );
        if (!edges.has(view.id)) edges.set(view.id, view);
        return view.id;
      });
      paths.push({ nodes: ids, edges: edgeIds, length: p.segments.length });
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], paths, hubDegree };
  });
}
