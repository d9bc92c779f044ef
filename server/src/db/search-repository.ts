/**
 * Entity search over the `entity_search` full-text index (names and aliases, analyzer
 * standard-folding). The index may cover `aliases` as a list or a derived `aliasText` string;
 * the query names no field, so it searches whichever the index holds.
 */
import { Neo4jError, type Node } from 'neo4j-driver';
import type { EntityLabel } from '../contracts/model';
import type { SearchResponse } from '../contracts/api';
import { HttpError } from '../http/errors';
import { bestMatch, buildLuceneQuery } from './lucene';
import { readQuery, type Db } from './read';
import { toEntitySummary } from './views';

export const ENTITY_SEARCH_INDEX = 'entity_search';

export async function searchEntities(
  db: Db,
  q: string,
  labels: readonly EntityLabel[] | undefined,
  limit: number,
): Promise<SearchResponse> {
  const lucene = buildLuceneQuery(q);
  if (!lucene) return { query: q, results: [] };
  let records;
  try {
    // The label filter runs on the index's ranked stream, so LIMIT stops reading early.
    records = await readQuery(
      db,
      `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
       WHERE node:Entity AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
       RETURN node, score
       ORDER BY score DESC, node.name
       LIMIT $limit`,
      {
        index: ENTITY_SEARCH_INDEX,
        lucene,
        labels: labels?.length ? labels : null,
        limit: BigInt(limit),
      },
    );
  } catch (err) {
    if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
      throw new HttpError(
        503,
        'search_unavailable',
        `The full-text index ${ENTITY_SEARCH_INDEX} is not available (has the seed graph been loaded?).`,
      );
    }
    throw err;
  }
  return {
    query: q,
    results: records.map((r) => {
      const node = r.get('node') as Node;
      const aliases = Array.isArray(node.properties.aliases)
        ? (node.properties.aliases as string[])
        : [];
      const entity = toEntitySummary(node);
      return { entity, score: Number(r.get('score')), matched: bestMatch(q, entity.name, aliases) };
    }),
  };
}
