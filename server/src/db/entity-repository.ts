/**
 * One entity and its surroundings: the details panel (relationships grouped by type and
 * direction, articles that mention it) and one-hop expansion with filters and paging.
 *
 * Built to stay fast on a node with 100,000+ relationships:
 * - Totals per type and direction come from `COUNT { (n)-[:T]->() }`, which Neo4j plans as
 *   `getDegree`: read from the node's relationship groups (dense nodes keep a count per type and
 *   direction), so it costs the same for 10 or 10 million relationships. One lookup per type and
 *   direction of the model, in one query.
 * - Expansion walks one (type, direction) group at a time, type and direction in the pattern so
 *   that Neo4j only touches that relationship chain, and streams it without ORDER BY: SKIP/LIMIT
 *   on a lazy expand stops reading after offset + limit + 1 relationships instead of sorting all.
 *   The order is the store's chain order, stable while the graph does not change (the API never
 *   writes).
 * - The cursor is keyset-like on the group sequence: base64url of {g: group index, o: offset in
 *   that group, f: filter fingerprint}. A page fills from group g at offset o, then the following
 *   groups; empty groups are skipped from the degree counts without a query.
 * - Small nodes (selected groups hold at most SMALL_DEGREE relationships, known from the counts
 *   before reading anything) are read in one query and paged in memory, ordered by relationship
 *   id within a group: one round trip instead of one per group. The cursor means the same.
 */
import neo4j, {
  type ManagedTransaction,
  type Node,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import { createHash } from 'node:crypto';
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../contracts/model';
import type {
  Direction,
  EntityDetailsQuery,
  EntityDetailsResponse,
  EntitySummary,
  NeighborsResponse,
  RelationshipView,
  NeighborsQuery,
} from '../contracts/api';
import { invalidInput, notFound } from '../contracts/errors';
import { identifier, readTransaction, typeAlternatives, type Db } from './read';
import { dateToJson, toNumber } from './to-json';
import {
  LISTED_RELATIONSHIP,
  toEntity,
  summaryProjection,
  toEntitySummary,
  toListedRelationship,
  toSummary,
  toRelationshipView,
} from './views';

type Way = 'out' | 'in';
export interface Group {
  type: RelationshipType;
  direction: Way;
  count: number;
}

/**
 * Relationships listed per group in the details panel; the group's `count` is the full total
 * and the panel's "Show more" pages through the rest with the neighbours endpoint. 10: a hub has
 * ~30 groups; at 100 each its details answer carried 4,000 relationships with their evidence
 * (200 ms at 100k), at 25 still ~775 (300 KB, most of a hub's cold answer time at 1M).
 */
export const DETAILS_ITEMS_PER_GROUP = 10;
/** Articles listed in the details panel (newest first). */
export const DETAILS_ARTICLES = 100;

const DEGREE_LIST = RELATIONSHIP_TYPES.flatMap((t) => [
  `{type: '${t}', direction: 'out', count: COUNT { (n)-[:${identifier(t)}]->() }}`,
  `{type: '${t}', direction: 'in', count: COUNT { (n)<-[:${identifier(t)}]-() }}`,
]).join(',\n  ');

/** The entity node, its total degree and its degree per type and direction (getDegree only). */
export const DEGREES_CYPHER = `MATCH (n:Entity {id: $id})
RETURN n, COUNT { (n)--() } AS degree, [
  ${DEGREE_LIST}
] AS groups`;

async function readDegrees(
  tx: ManagedTransaction,
  id: string,
): Promise<{ node: Node; degree: number; groups: Group[] } | null> {
  const res = await tx.run(DEGREES_CYPHER, { id });
  const rec = res.records[0];
  if (!rec) return null;
  const groups = (rec.get('groups') as { type: RelationshipType; direction: Way; count: unknown }[])
    .map((g) => ({ type: g.type, direction: g.direction, count: toNumber(g.count) }))
    .filter((g) => g.count > 0);
  return { node: rec.get('n') as Node, degree: toNumber(rec.get('degree')), groups };
}

/**
 * readDegrees, following a merge: an id that is no entity's but is in one's `formerIds` (it
 * was merged into it, see seeds/entities.yaml `merged:`) reads that entity, so shared links
 * and bookmarks keep working. The fallback scans Entity nodes; it runs only for unknown ids.
 */
async function readDegreesOrMerged(
  tx: ManagedTransaction,
  asked: string,
): Promise<{
  id: string;
  redirectedFrom?: string;
  found: NonNullable<Awaited<ReturnType<typeof readDegrees>>>;
} | null> {
  const found = await readDegrees(tx, asked);
  if (found) return { id: asked, found };
  const res = await tx.run(`MATCH (n:Entity) WHERE $id IN n.formerIds RETURN n.id AS id LIMIT 1`, {
    id: asked,
  });
  const to = res.records[0]?.get('id') as string | undefined;
  const merged = to === undefined ? null : await readDegrees(tx, to);
  return merged ? { id: to!, redirectedFrom: asked, found: merged } : null;
}

/** Cypher for one page of one group; type and direction are inlined from the model enum. */
export function groupCypher(type: RelationshipType, direction: Way, listed = false): string {
  const rel = `[r:${identifier(type)}]`;
  const pattern = direction === 'out' ? `(n)-${rel}->(m)` : `(n)<-${rel}-(m)`;
  return `MATCH (n:Entity {id: $id})
MATCH ${pattern}
WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
RETURN ${relationshipColumns(listed)}, ${summaryProjection('m')} AS m
SKIP $skip LIMIT $take`;
}

/**
 * `listed`: the relationship as a listing shows it (views.ts LISTED_RELATIONSHIP: no evidence
 * sentences cross Bolt); else the whole relationship as `r`.
 */
const relationshipColumns = (listed: boolean) => (listed ? LISTED_RELATIONSHIP : 'r');

/** The relationship of a record read with relationshipColumns(listed). */
function recordRelationship(
  rec: Neo4jRecord,
  listed: boolean,
  source: string,
  target: string,
): RelationshipView {
  return listed
    ? toListedRelationship(rec, source, target)
    : toRelationshipView(rec.get('r') as Relationship, source, target);
}

interface Item {
  group: Group;
  relationship: RelationshipView;
  other: EntitySummary;
}

async function readGroupPage(
  tx: ManagedTransaction,
  id: string,
  group: Group,
  labels: readonly NodeLabel[] | null,
  skip: number,
  take: number,
  listed: boolean,
): Promise<Item[]> {
  const res = await tx.run(groupCypher(group.type, group.direction, listed), {
    id,
    labels,
    skip: neo4j.int(skip),
    take: neo4j.int(take),
  });
  return res.records.map((rec) => {
    const other = toSummary(rec.get('m'));
    const [source, target] = group.direction === 'out' ? [id, other.id] : [other.id, id];
    return { group, other, relationship: recordRelationship(rec, listed, source, target) };
  });
}

/**
 * Below this many relationships (from the degree counts) all selected groups are read in one
 * query and paged in memory: one round trip instead of one per group. Above it, group by group.
 */
export const SMALL_DEGREE = 1000;

type GroupReader = (groupIndex: number, skip: number, take: number) => Promise<Item[]>;

/**
 * Every relationship of a small node, with ONE query text whatever the types: the type filter is
 * a parameter, so the plan is cached once. (Inlining `:A|B|C` made a new query text for each
 * combination of types, and planning it cost more than running it: 30 ms per ordinary entity.)
 * Only for nodes whose whole degree is small, since it walks every relationship of the node.
 */
export const smallNodeCypher = (listed = false) => `MATCH (n:Entity {id: $id})-[r]-(m)
WHERE type(r) IN $types AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
RETURN ${relationshipColumns(listed)}, ${summaryProjection('m')} AS m, startNode(r) = n AS outgoing`;

function groupReader(
  tx: ManagedTransaction,
  id: string,
  groups: Group[],
  labels: readonly NodeLabel[] | null,
  degree: number,
  listed = false,
): GroupReader {
  const size = groups.reduce((n, g) => n + g.count, 0);
  if (size > SMALL_DEGREE || groups.length <= 1) {
    return (i, skip, take) => readGroupPage(tx, id, groups[i]!, labels, skip, take, listed);
  }
  let all: Promise<Map<string, Item[]>> | undefined;
  const key = (type: string, direction: Way) => `${type}:${direction}`;
  const load = async () => {
    const types = [...new Set(groups.map((g) => g.type))];
    const res =
      degree <= SMALL_DEGREE
        ? await tx.run(smallNodeCypher(listed), { id, labels, types })
        : await tx.run(
            `MATCH (n:Entity {id: $id})
             MATCH (n)-[r${typeAlternatives(types)}]-(m)
             WHERE $labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)
             RETURN ${relationshipColumns(listed)}, ${summaryProjection('m')} AS m, startNode(r) = n AS outgoing`,
            { id, labels },
          );
    const byGroup = new Map<string, Item[]>(groups.map((g) => [key(g.type, g.direction), []]));
    const seen = new Set<string>();
    for (const rec of res.records) {
      const r = listed
        ? { type: String(rec.get('rt')), elementId: String(rec.get('rid')) }
        : (rec.get('r') as Relationship);
      const direction: Way = rec.get('outgoing') ? 'out' : 'in';
      const list = byGroup.get(key(r.type, direction));
      if (!list || seen.has(`${direction}:${r.elementId}`)) continue;
      seen.add(`${direction}:${r.elementId}`);
      const group = groups.find((g) => g.type === r.type && g.direction === direction)!;
      const other = toSummary(rec.get('m'));
      const [source, target] = direction === 'out' ? [id, other.id] : [other.id, id];
      list.push({ group, other, relationship: recordRelationship(rec, listed, source, target) });
    }
    // Chain order is not defined across types: sort by relationship id for a stable listing.
    for (const list of byGroup.values())
      list.sort((a, b) => a.relationship.id.localeCompare(b.relationship.id));
    return byGroup;
  };
  return async (i, skip, take) => {
    all ??= load();
    const g = groups[i]!;
    return ((await all).get(key(g.type, g.direction)) ?? []).slice(skip, skip + take);
  };
}

/**
 * The first `$take` relationships of every group in ONE query: a UNION ALL of per-group
 * branches, each with its static type and direction (so each walks only its own chain) and its
 * own LIMIT. For hubs, where the details panel would otherwise cost one round trip per group
 * (up to 2 x the number of types).
 */
export function firstPagesCypher(groups: readonly Group[], listed = false): string {
  const branches = groups.map((g, i) => {
    const rel = `[r:${identifier(g.type)}]`;
    const pattern = g.direction === 'out' ? `(n)-${rel}->(m)` : `(n)<-${rel}-(m)`;
    return `MATCH ${pattern} RETURN ${i} AS g, r, m LIMIT $take`;
  });
  // The projection after the union: each branch stays a plain LIMITed expand.
  return `MATCH (n:Entity {id: $id})
CALL (n) {
  ${branches.join('\n  UNION ALL\n  ')}
}
RETURN g, ${relationshipColumns(listed)}, ${summaryProjection('m')} AS m`;
}

async function readFirstPages(
  tx: ManagedTransaction,
  id: string,
  groups: readonly Group[],
  take: number,
  listed: boolean,
): Promise<Item[][]> {
  const res = await tx.run(firstPagesCypher(groups, listed), { id, take: neo4j.int(take) });
  const pages: Item[][] = groups.map(() => []);
  for (const rec of res.records) {
    const i = toNumber(rec.get('g'));
    const group = groups[i]!;
    const other = toSummary(rec.get('m'));
    const [source, target] = group.direction === 'out' ? [id, other.id] : [other.id, id];
    pages[i]!.push({ group, other, relationship: recordRelationship(rec, listed, source, target) });
  }
  return pages;
}

/**
 * Above this many articles mentioning an entity, its newest articles are found by walking the
 * article date index newest first and keeping those that mention it, instead of reading every
 * MENTIONS and sorting. At 1M the hub is mentioned by ~45,000 of 40,000+ articles: the sort read
 * 91,000 db hits, the walk ~3,300 (it stops after DETAILS_ARTICLES matches). Below it the walk
 * could pass thousands of articles for few matches, so an ordinary entity expands its own.
 */
export const BUSY_MENTIONS = 2000;

/** The newest DETAILS_ARTICLES articles that mention `$id`, by the cheaper route for `mentions`. */
export const articlesCypher = (mentions: number): string =>
  mentions > BUSY_MENTIONS
    ? `MATCH (a:Article) USING INDEX a:Article(date)
       WHERE a.date IS NOT NULL AND EXISTS { (a)-[:MENTIONS]->(:Entity {id: $id}) }
       RETURN a.id AS id, a.title AS title, a.date AS date
       ORDER BY a.date DESC, a.id LIMIT $limit`
    : `MATCH (a:Article)-[:MENTIONS]->(n:Entity {id: $id})
       RETURN a.id AS id, a.title AS title, a.date AS date
       ORDER BY a.date DESC, a.id LIMIT $limit`;

export async function readEntityDetails(
  db: Db,
  asked: string,
  { evidence }: EntityDetailsQuery = { evidence: 'none' },
): Promise<EntityDetailsResponse> {
  return readTransaction(db, async (tx) => {
    const resolved = await readDegreesOrMerged(tx, asked);
    if (!resolved) throw notFound(`No entity with id "${asked}".`);
    const { id, found } = resolved;
    const groups: EntityDetailsResponse['groups'] = [];
    const listed = found.groups.filter((g) => g.type !== 'MENTIONS'); // MENTIONS: `articles` below
    const size = listed.reduce((n, g) => n + g.count, 0);
    // Small nodes: one query for everything (groupReader). Hubs: one query for the first page
    // of every group, each branch reading at most DETAILS_ITEMS_PER_GROUP relationships.
    // By default evidence is counted, not sent (GET /api/relationships/:id/evidence has it).
    const light = evidence !== 'all';
    const hubPages =
      size > SMALL_DEGREE && listed.length > 1
        ? await readFirstPages(tx, id, listed, DETAILS_ITEMS_PER_GROUP, light)
        : undefined;
    const read = groupReader(tx, id, listed, null, found.degree, light);
    for (const [i, g] of listed.entries()) {
      const items = hubPages ? hubPages[i]! : await read(i, 0, DETAILS_ITEMS_PER_GROUP);
      groups.push({
        type: g.type,
        direction: g.direction,
        count: g.count,
        items: items.map(({ relationship, other }) => ({ relationship, other })),
      });
    }
    const mentions = found.groups.find((g) => g.type === 'MENTIONS' && g.direction === 'in');
    const arts = await tx.run(articlesCypher(mentions?.count ?? 0), {
      id,
      limit: neo4j.int(DETAILS_ARTICLES),
    });
    return {
      entity: toEntity(found.node, found.degree),
      ...(resolved.redirectedFrom ? { redirectedFrom: resolved.redirectedFrom } : {}),
      groups,
      articles: arts.records.map((r) => ({
        id: String(r.get('id')),
        title: String(r.get('title') ?? r.get('id')),
        date: dateToJson(r.get('date')) ?? '',
      })),
    };
  });
}

interface Cursor {
  g: number;
  o: number;
  f: string;
}

function fingerprint(
  types: readonly string[],
  direction: Direction,
  labels: readonly string[] | null,
): string {
  return createHash('sha1')
    .update(JSON.stringify([types, direction, labels]))
    .digest('base64url')
    .slice(0, 10);
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string, f: string): Cursor {
  const invalid = () =>
    invalidInput([
      {
        field: 'query.cursor',
        message:
          'not a cursor from this listing (pass the nextCursor of the previous page, with the same filters)',
      },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const c = parsed as Partial<Cursor>;
  if (
    typeof c !== 'object' ||
    c === null ||
    !Number.isSafeInteger(c.g) ||
    !Number.isSafeInteger(c.o) ||
    (c.g as number) < 0 ||
    (c.o as number) < 0 ||
    c.f !== f
  ) {
    throw invalid();
  }
  return c as Cursor;
}

export type NeighborsOptions = NeighborsQuery;

export async function readNeighbors(
  db: Db,
  asked: string,
  opts: NeighborsOptions,
): Promise<NeighborsResponse> {
  const types = opts.types?.length ? [...new Set(opts.types)] : [...RELATIONSHIP_TYPES];
  const labels = opts.labels?.length ? [...new Set(opts.labels)] : null;
  const f = fingerprint(types, opts.direction, labels);
  const start = opts.cursor ? decodeCursor(opts.cursor, f) : { g: 0, o: 0, f };

  return readTransaction(db, async (tx) => {
    const resolved = await readDegreesOrMerged(tx, asked);
    if (!resolved) throw notFound(`No entity with id "${asked}".`);
    const { id, found } = resolved;
    const wanted = (g: Group) =>
      types.includes(g.type) && (opts.direction === 'both' || opts.direction === g.direction);
    // The group sequence: model type order, out before in; only groups that have relationships.
    const groups = found.groups.filter(wanted);

    let total = groups.reduce((sum, g) => sum + g.count, 0);
    if (labels && groups.length > 0) {
      // With a label filter the degree is only an upper bound: count the matching ones. This reads
      // the selected groups' relationships only (types and direction in the pattern).
      const rel = `[r${typeAlternatives([...new Set(groups.map((x) => x.type))])}]`;
      const pattern =
        opts.direction === 'out'
          ? `(n)-${rel}->(m)`
          : opts.direction === 'in'
            ? `(n)<-${rel}-(m)`
            : `(n)-${rel}-(m)`;
      const counted = await tx.run(
        `MATCH (n:Entity {id: $id})
         RETURN COUNT { MATCH ${pattern} WHERE any(l IN labels(m) WHERE l IN $labels) } AS total`,
        { id, labels },
      );
      total = toNumber(counted.records[0]?.get('total') ?? 0);
    }

    const read = groupReader(tx, id, groups, labels, found.degree);
    const items: Item[] = [];
    let next: Cursor | null = null;
    let g = start.g;
    let offset = start.o;
    while (g < groups.length && items.length < opts.limit) {
      const need = opts.limit - items.length;
      const page = await read(g, offset, need + 1);
      items.push(...page.slice(0, need));
      if (page.length > need) {
        next = { g, o: offset + need, f };
        break;
      }
      g += 1;
      offset = 0;
    }
    if (!next && g < groups.length && items.length >= opts.limit) next = { g, o: offset, f };

    const center = toEntitySummary(found.node);
    const nodes = new Map<string, EntitySummary>([[center.id, center]]);
    for (const it of items) if (!nodes.has(it.other.id)) nodes.set(it.other.id, it.other);
    return {
      entity: id,
      nodes: [...nodes.values()],
      edges: items.map((it) => it.relationship),
      counts: groups.map(({ type, direction, count }) => ({ type, direction, count })),
      total,
      returned: items.length,
      nextCursor: next ? encodeCursor(next) : null,
    };
  });
}
