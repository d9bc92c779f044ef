/**
 * Constraints and indexes ingestion relies on (MERGE by id) and the API reads through (search,
 * article text, dates). Created IF NOT EXISTS before any write, then awaited online.
 */
import type { Driver } from 'neo4j-driver';
import {
  ARTICLE,
  ARTICLE_TEXT_INDEX,
  CURATED_RELATIONSHIP_TYPES,
  ENTITY,
  ENTITY_SEARCH_INDEX,
  RELATIONSHIP_TYPES,
  STATEMENT_TEXT_INDEX,
} from '@kg/server/contracts';

const folding = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }";

/**
 * Neo4j 5.26 full-text indexes accept LIST<STRING> properties, so `aliases` is indexed as is
 * (no derived alias string). Relationship ids are unique per type: Community Edition supports
 * relationship uniqueness constraints, whose backing index also serves lookups by id.
 * No per-type relationship date indexes: the API filters dates across all types at once, which
 * a per-type index cannot serve, and each extra index slows every write.
 */
export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:${ARTICLE}) REQUIRE n.id IS UNIQUE`,
    `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY}) ON EACH [n.name, n.aliases] ${folding}`,
    `CREATE FULLTEXT INDEX ${ARTICLE_TEXT_INDEX} IF NOT EXISTS FOR (n:${ARTICLE}) ON EACH [n.title, n.text] ${folding}`,
    `CREATE FULLTEXT INDEX ${STATEMENT_TEXT_INDEX} IF NOT EXISTS FOR ()-[r:${CURATED_RELATIONSHIP_TYPES.join('|')}]-() ON EACH [r.quote, r.evidence] ${folding}`,
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
    `CREATE INDEX article_date IF NOT EXISTS FOR (n:${ARTICLE}) ON (n.date)`,
  ];
  for (const type of RELATIONSHIP_TYPES) {
    statements.push(
      `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
    );
  }
  return statements;
}

/** The name a schema statement creates (`CREATE CONSTRAINT <name> IF NOT EXISTS ...`). */
export const schemaName = (statement: string): string =>
  /^CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+) /.exec(statement)![1]!;

/**
 * Creates what is missing and waits (up to `timeoutSeconds`) until every index is online.
 * One `SHOW INDEXES` first: when every index (a constraint's backing index has the
 * constraint's name) is there and online, nothing else runs. Running the ~30 statements
 * IF NOT EXISTS cost 1–2 s on every `ingest --article` against a big graph.
 */
export async function ensureSchema(
  driver: Driver,
  database: string,
  timeoutSeconds = 300,
): Promise<{ created: number }> {
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name, state RETURN name, state',
    {},
    { database },
  );
  const state = new Map(records.map((r) => [String(r.get('name')), String(r.get('state'))]));
  const missing = schemaStatements().filter((q) => !state.has(schemaName(q)));
  if (!missing.length && [...state.values()].every((s) => s === 'ONLINE')) return { created: 0 };
  let created = 0;
  for (const q of missing) {
    const { summary } = await driver.executeQuery(q, {}, { database });
    const u = summary.counters.updates();
    created += u.indexesAdded + u.constraintsAdded;
  }
  await driver.executeQuery('CALL db.awaitIndexes($t)', { t: timeoutSeconds }, { database });
  return { created };
}
