/**
 * A fingerprint of everything ingestion owns: every Entity/Article/IngestRun node and every
 * relationship from one, with all properties but `ingestRun`, sorted and hashed. Two loads of
 * the same seeds must have the same fingerprint whichever way they were written.
 */
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface ChecksumOptions {
  /**
   * Leave out properties whose value is an empty list: neo4j-admin import stores an empty
   * list as no property, the Cypher writer as `[]`, and readers treat both alike.
   */
  emptyListsAsAbsent?: boolean;
}

export async function graphChecksum(
  driver: Driver,
  database: string,
  options: ChecksumOptions = {},
): Promise<string> {
  const keep = (props: Record<string, unknown>, k: string) =>
    k !== 'ingestRun' &&
    !(options.emptyListsAsAbsent && Array.isArray(props[k]) && props[k].length === 0);
  const stable = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(props)
        .filter((k) => keep(props, k))
        .sort()
        .map((k) => [k, props[k]]),
    );
  const run = async <T>(cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject() as T);
  const nodes = await run<{ ls: string[]; p: Record<string, unknown> }>(
    `MATCH (n) WHERE n:Entity OR n:Article OR n:IngestRun RETURN labels(n) AS ls, properties(n) AS p`,
  );
  const rels = await run<{ k: string; p: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE a:Entity OR a:Article
     RETURN type(r) + '|' + a.id + '|' + b.id AS k, properties(r) AS p`,
  );
  const lines = [
    ...nodes.map((n) => `${[...n.ls].sort().join(':')}|${stable(n.p)}`).sort(),
    '--',
    ...rels.map((r) => `${r.k}|${stable(r.p)}`).sort(),
  ];
  const hash = crypto.createHash('sha1').update(lines.join('\n')).digest('hex');
  return `${nodes.length} nodes, ${rels.length} relationships, ${hash}`;
}
