/**
 * What the graph already holds around one article, for incremental ingestion: the
 * relationships and mentions it contributed last time, the sources of relationships it shares
 * with other articles, and the names and aliases of the entities it names. Every lookup is an
 * index seek by id (relationship ids through the per-type uniqueness constraints).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ARTICLE, CURATED_RELATIONSHIP_TYPES, ENTITY } from '@kg/server/contracts';

export interface StoredRelationship {
  id: string;
  type: string;
  sources: string[];
}

const READ = (database: string) => ({ database, routing: neo4j.routing.READ });

const BY_ENDPOINTS = `UNWIND $rows AS row
MATCH (:${ENTITY} {id: row.from})-[r:$(row.type)]->(:${ENTITY} {id: row.to})
WHERE r.id = row.id
RETURN r.id AS id, type(r) AS type, r.sources AS sources`;

const FOOTPRINT = `OPTIONAL MATCH (a:${ARTICLE} {id: $article})
     CALL (a) {
       OPTIONAL MATCH (a)-[m:MENTIONS]->(:${ENTITY})
       RETURN collect(m.id) AS mentions
     }
     CALL (a) {
       OPTIONAL MATCH (a)-[:MENTIONS]->(e:${ENTITY})-[r]->(:${ENTITY})
       WHERE $article IN r.sources
       // collect() skips nulls: an article with no relationship gives an empty list.
       RETURN collect(DISTINCT CASE WHEN r IS NOT NULL THEN {id: r.id, type: type(r), sources: r.sources} END) AS rels
     }
     RETURN a IS NOT NULL AS exists, mentions, rels`;

const STORED_FORMS = `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id})
     RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS forms`;

/** The read queries of adding one article (warm-plans.ts plans them ahead). */
export const ARTICLE_READ_QUERIES = [BY_ENDPOINTS, FOOTPRINT, STORED_FORMS];

/**
 * The curated relationships (with their sources) of the given rows, found from their endpoints
 * (an id is derived from type, endpoints and quote, so a stored relationship with that id has
 * those endpoints). One query for every type (`$(row.type)`): one plan to make on a cold
 * server instead of one per type, and an expand between two nodes found by index seeks.
 */
export async function relationshipsById(
  driver: Driver,
  database: string,
  rows: readonly { id: string; type: string; from: string; to: string }[],
): Promise<StoredRelationship[]> {
  // Types are checked against the model's enum before they reach the query.
  const known = rows.filter((r) =>
    (CURATED_RELATIONSHIP_TYPES as readonly string[]).includes(r.type),
  );
  if (!known.length) return [];
  const { records } = await driver.executeQuery(
    BY_ENDPOINTS,
    { rows: known.map(({ id, type, from, to }) => ({ id, type, from, to })) },
    READ(database),
  );
  return records.map((r) => ({
    id: String(r.get('id')),
    type: String(r.get('type')),
    sources: (r.get('sources') as string[]) ?? [],
  }));
}

/**
 * What an article already in the graph contributed: its MENTIONS ids and the curated
 * relationships that list it as a source. Every such relationship starts at an entity the
 * article names (endpoints are always mentions), so the walk starts there.
 */
export async function articleFootprint(
  driver: Driver,
  database: string,
  article: string,
): Promise<{ exists: boolean; mentions: string[]; relationships: StoredRelationship[] }> {
  const { records } = await driver.executeQuery(FOOTPRINT, { article }, READ(database));
  const rec = records[0];
  return {
    exists: rec?.get('exists') === true,
    mentions: (rec?.get('mentions') as string[] | undefined) ?? [],
    relationships: (rec?.get('rels') as StoredRelationship[] | undefined) ?? [],
  };
}

/** Name and aliases of the given entities as stored (missing ids are absent from the map). */
export async function storedForms(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  const { records } = await driver.executeQuery(STORED_FORMS, { ids }, READ(database));
  return new Map(records.map((r) => [String(r.get('id')), r.get('forms') as string[]]));
}

/** Ids of the articles that mention any of `entities`, except `except`. */
export async function articlesMentioning(
  driver: Driver,
  database: string,
  entities: string[],
  except: string,
): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (a:${ARTICLE})-[:MENTIONS]->(:${ENTITY} {id: id})
     WHERE a.id <> $except RETURN DISTINCT a.id AS id`,
    { ids: entities, except },
    READ(database),
  );
  return records.map((r) => String(r.get('id')));
}

/** Deletes relationships by id, per type (MENTIONS included); returns how many went. */
export async function deleteRelationships(
  driver: Driver,
  database: string,
  byType: Map<string, string[]>,
): Promise<number> {
  let deleted = 0;
  for (const [type, ids] of byType) {
    if (type !== 'MENTIONS' && !(CURATED_RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      continue;
    }
    const { summary } = await driver.executeQuery(
      `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`,
      { ids },
      { database },
    );
    deleted += summary.counters.updates().relationshipsDeleted;
  }
  return deleted;
}
