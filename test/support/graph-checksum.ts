/**
 * A fingerprint of the graph: every node's labels and properties and every relationship's type,
 * endpoints and properties, sorted and hashed (plus, for the whole database, its indexes and
 * constraints). Equal fingerprints mean equal graphs, whichever order or way they were written.
 *
 * - scope `ingested`: what ingestion owns (Entity, Article and IngestRun nodes and the
 *   relationships from an Entity or Article), without `ingestRun`, which differs between two
 *   loads of the same seeds;
 * - scope `everything`: every node, relationship, property, index and constraint, so "equal
 *   before and after" means nothing at all was written.
 */
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface ChecksumOptions {
  scope?: 'ingested' | 'everything';
  /**
   * Leave out properties whose value is an empty list: neo4j-admin import stores an empty
   * list as no property, the Cypher writer as `[]`, and readers treat both alike.
   */
  emptyListsAsAbsent?: boolean;
}

export async function graphChecksum(
  driver: Driver,
  database: string,
  { scope = 'ingested', emptyListsAsAbsent = false }: ChecksumOptions = {},
): Promise<string> {
  const ingested = scope === 'ingested';
  const keep = (props: Record<string, unknown>, k: string) =>
    !(ingested && k === 'ingestRun') &&
    !(emptyListsAsAbsent && Array.isArray(props[k]) && props[k].length === 0);
  const stable = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(props)
        .filter((k) => keep(props, k))
        .sort()
        .map((k) => [k, props[k]]),
      (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    );
  const run = async <T>(cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject() as T);
  const nodes = await run<{ ls: string[]; p: Record<string, unknown> }>(
    `MATCH (n) ${ingested ? 'WHERE n:Entity OR n:Article OR n:IngestRun' : ''}
     RETURN labels(n) AS ls, properties(n) AS p`,
  );
  const rels = await run<{ k: string; p: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) ${ingested ? 'WHERE a:Entity OR a:Article' : ''}
     RETURN type(r) + '|' + coalesce(a.id, elementId(a)) + '|' + coalesce(b.id, elementId(b)) AS k,
            properties(r) AS p`,
  );
  // SHOW commands cannot sit in a subquery or a UNION: the schema is read on its own.
  const schema = ingested
    ? []
    : await run<Record<string, unknown>>(
        `SHOW INDEXES YIELD name, type, labelsOrTypes, properties
         RETURN name, type, labelsOrTypes, properties ORDER BY name`,
      ).then(async (indexes) => [
        ...indexes.map((i) => JSON.stringify(i)),
        ...(
          await run<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')
        ).map((c) => c.name),
      ]);
  const lines = [
    ...nodes.map((n) => `${[...n.ls].sort().join(':')}|${stable(n.p)}`).sort(),
    '--',
    ...rels.map((r) => `${r.k}|${stable(r.p)}`).sort(),
    '--',
    ...schema,
  ];
  const hash = crypto.createHash('sha1').update(lines.join('\n')).digest('hex');
  return `${nodes.length} nodes, ${rels.length} relationships, ${hash}`;
}
