/**
 * Entity search over the `entity_search` full-text index (names and aliases, analyzer
 * standard-folding). The index may cover `aliases` as a list or a derived `aliasText` string;
 * the query names no field, so it searches whichever the index holds.
 */
import { Neo4jError, type Node } from 'neo4j-driver';
import type { EntityLabel } from '../contracts/model';
import type { SearchResponse } from '../contracts/api';
import { HttpError } from '../http/errors';
import { bestMatch, buildLuceneQuery, fold } from './lucene';
import { readQuery, type Db } from './read';
import { toEntitySummary } from './views';

export const ENTITY_SEARCH_INDEX = 'entity_search';

/** Extra hits read beyond `limit`, among which an exact name or alias can still be found. */
const EXACT_LOOKAHEAD = 20;

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
        // A few more than asked, so that an exact name can be moved up from below the cut.
        limit: BigInt(limit + EXACT_LOOKAHEAD),
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
  const wanted = fold(q).trim();
  const ranked = records.map((r, rank) => {
    const node = r.get('node') as Node;
    const aliases = Array.isArray(node.properties.aliases)
      ? (node.properties.aliases as string[])
      : [];
    const entity = toEntitySummary(node);
    const exact = [entity.name, ...aliases].some((n) => fold(n).trim() === wanted);
    return {
      rank,
      exact,
      result: {
        entity,
        score: Number(r.get('score')),
        matched: bestMatch(q, entity.name, aliases),
      },
    };
  });
  // Lucene's BM25 favours entities that repeat a word across many aliases ("Russia" in five
  // forms of "Russia-Ukraine war"); whoever is called exactly what was typed comes first.
  ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank);
  return { query: q, results: ranked.slice(0, limit).map((r) => r.result) };
}
