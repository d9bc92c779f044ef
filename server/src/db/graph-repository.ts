/**
 * The overview subgraph and the timeline.
 *
 * Overview: a few centre entities (default Russia, Iran, United States), the relationships among
 * them, then each centre's relationships to its direct neighbours, taken in turn from each centre
 * so that no single centre crowds out the others. Every expansion is capped in Cypher (LIMIT inside
 * a per-centre subquery with the types in the pattern), so a centre with 100,000 relationships
 * costs no more than the cap. `truncated` says that more matched than were returned.
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { CURATED_RELATIONSHIP_TYPES } from '../contracts/model';
import type {
  EntitySummary,
  GraphResponse,
  RelationshipView,
  TimelineResponse,
  GraphQuery,
  TimelineQuery,
} from '../contracts/api';
import { readQuery, readTransaction, typeAlternatives, type Db } from './read';
import {
  LISTED_RELATIONSHIP,
  summaryProjection,
  toEntitySummary,
  toListedRelationship,
  toRelationshipView,
  toSummary,
} from './views';

export const DEFAULT_CENTRES = ['russia', 'iran', 'united-states'] as const;

/**
 * A relationship is in a date range when its own date is; an undated one when an article it rests
 * on is. `$from`/`$to` are "YYYY-MM-DD" or null.
 */
const IN_DATE_RANGE = `(($from IS NULL AND $to IS NULL) OR
  CASE WHEN r.date IS NOT NULL
    THEN ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
    ELSE EXISTS { MATCH (src:Article) WHERE src.id IN coalesce(r.sources, [])
                  AND ($from IS NULL OR src.date >= date($from)) AND ($to IS NULL OR src.date <= date($to)) }
  END)`;

export type GraphOptions = GraphQuery;

export async function readOverview(db: Db, opts: GraphOptions): Promise<GraphResponse> {
  const ids = opts.ids?.length ? [...new Set(opts.ids)] : [...DEFAULT_CENTRES];
  const types = opts.types?.length ? [...new Set(opts.types)] : CURATED_RELATIONSHIP_TYPES;
  const rel = `[r${typeAlternatives(types)}]`;
  const params = {
    ids,
    labels: opts.labels?.length ? opts.labels : null,
    from: opts.from ?? null,
    to: opts.to ?? null,
    cap: neo4j.int(opts.limit + 1),
  };

  return readTransaction(db, async (tx) => {
    const centres = await tx.run('MATCH (c:Entity) WHERE c.id IN $ids RETURN c', { ids });
    const between = await tx.run(
      `MATCH (c:Entity), (d:Entity) WHERE c.id IN $ids AND d.id IN $ids AND c <> d
       MATCH (c)-${rel}->(d)
       WHERE ${IN_DATE_RANGE}
       WITH r, c, d LIMIT $cap
       RETURN ${LISTED_RELATIONSHIP}, c.id AS source, d.id AS target`,
      params,
    );
    // More relationships among the centres than the limit (at 1M: thousands among Russia, Iran
    // and the United States): the answer is full and truncated already, and every neighbour the
    // next query would read is dropped. Skipping it halves the overview's time there.
    const full = between.records.length > opts.limit;
    const around = full
      ? { records: [] }
      : await tx.run(
          `MATCH (c:Entity) WHERE c.id IN $ids
       CALL (c) {
         MATCH (c)-${rel}-(m)
         WHERE NOT m.id IN $ids
           AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
           AND ${IN_DATE_RANGE}
         RETURN r, m
         LIMIT $cap
       }
       RETURN c.id AS centre, ${LISTED_RELATIONSHIP}, ${summaryProjection('m')} AS m,
         startNode(r) = c AS outgoing`,
          params,
        );

    const nodes = new Map<string, EntitySummary>();
    for (const rec of centres.records) {
      const s = toEntitySummary(rec.get('c') as Node);
      nodes.set(s.id, s);
    }
    const edges = new Map<string, RelationshipView>();
    let truncated = false;
    const add = (view: RelationshipView): boolean => {
      if (edges.has(view.id)) return true;
      if (edges.size >= opts.limit) {
        truncated = true;
        return false;
      }
      edges.set(view.id, view);
      return true;
    };
    for (const rec of between.records) {
      add(toListedRelationship(rec, rec.get('source'), rec.get('target')));
    }
    // Round-robin over the centres' neighbour lists.
    const queues = new Map<string, { view: RelationshipView; other: EntitySummary }[]>();
    for (const rec of around.records) {
      const centre = String(rec.get('centre'));
      const other = toSummary(rec.get('m'));
      const [source, target] = rec.get('outgoing') ? [centre, other.id] : [other.id, centre];
      const view = toListedRelationship(rec, source, target);
      if (!queues.has(centre)) queues.set(centre, []);
      queues.get(centre)!.push({ view, other });
    }
    const lists = [...queues.values()];
    for (let i = 0; lists.some((l) => i < l.length); i++) {
      for (const list of lists) {
        const item = list[i];
        if (!item) continue;
        if (add(item.view) && !nodes.has(item.other.id)) nodes.set(item.other.id, item.other);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  });
}

export type TimelineOptions = TimelineQuery;

/** Dated events and dated relationships, oldest first. */
export async function readTimeline(db: Db, opts: TimelineOptions): Promise<TimelineResponse> {
  const records = await readQuery(
    db,
    `CALL () {
       MATCH (e:Event) WHERE e.date IS NOT NULL
         AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
       RETURN 'event' AS kind, e.date AS date, e AS entity, null AS r, null AS s, null AS t, e.id AS key
       UNION ALL
       MATCH (s:Entity)-[r]->(t:Entity) WHERE r.date IS NOT NULL
         AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
       RETURN 'relationship' AS kind, r.date AS date, null AS entity, r, s, t, r.id AS key
     }
     RETURN kind, date, entity, r, s, t
     ORDER BY date, kind, key
     LIMIT $limit`,
    { from: opts.from ?? null, to: opts.to ?? null, limit: neo4j.int(opts.limit) },
  );
  const items: TimelineResponse['items'] = records.map((rec) => {
    const date = String(rec.get('date'));
    if (rec.get('kind') === 'event') {
      return { kind: 'event', date, entity: toEntitySummary(rec.get('entity') as Node) };
    }
    const source = toEntitySummary(rec.get('s') as Node);
    const target = toEntitySummary(rec.get('t') as Node);
    return {
      kind: 'relationship',
      date,
      relationship: toRelationshipView(rec.get('r') as Relationship, source.id, target.id),
      source,
      target,
    };
  });
  return { items };
}
