/**
 * Entity search over the `entity_search` full-text index (names and aliases, analyzer
 * standard-folding). The index may cover `aliases` as a list or a derived `aliasText` string;
 * the query names no field, so it searches whichever the index holds.
 */
import { Neo4jError, type Node } from 'neo4j-driver';
import type { EntityLabel } from '../contracts/model';
import type { SearchResponse } from '../contracts/api';
import { DomainError } from '../contracts/errors';
import { ENTITY_SEARCH_INDEX } from '../contracts/model';
import { bestMatch, buildLuceneQuery, explainsEveryWord, fold } from './lucene';
import { readQuery, type Db } from './read';
import { toEntitySummary } from './views';

/** Extra hits read beyond `limit`, among which an exact name or alias can still be found. */
const EXACT_LOOKAHEAD = 20;

/**
 * The index's own top hits: `limit` in the procedure's options makes Lucene keep only the best
 * `$take` (a priority queue), where `ORDER BY score` in Cypher read and sorted every hit first:
 * at 1M a common first name matches thousands of people (3,658 db hits, 70 ms, for 30 rows).
 * The procedure yields its hits best first; ties are ordered by name in queryIndex.
 */
const SEARCH_CYPHER = `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $take}) YIELD node, score
  WHERE node:Entity AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  RETURN node, score
  LIMIT $limit`;

/**
 * With a label filter the index's top hits may be of other labels: it is asked for this many
 * times more, so that a filtered search still fills its page from the best matches.
 */
const LABEL_FILTER_FACTOR = 20;

async function queryIndex(
  db: Db,
  lucene: string,
  labels: readonly EntityLabel[] | undefined,
  limit: number,
): Promise<{ node: Node; score: number }[]> {
  try {
    const records = await readQuery(db, SEARCH_CYPHER, {
      index: ENTITY_SEARCH_INDEX,
      lucene,
      labels: labels?.length ? labels : null,
      take: BigInt((limit + EXACT_LOOKAHEAD) * (labels?.length ? LABEL_FILTER_FACTOR : 1)),
      // A few more than asked, so that an exact name can be moved up from below the cut.
      limit: BigInt(limit + EXACT_LOOKAHEAD),
    });
    const hits = records.map((r) => ({
      node: r.get('node') as Node,
      score: Number(r.get('score')),
    }));
    const name = (h: { node: Node }) => String(h.node.properties.name ?? '');
    // Best first, equal scores by name (the order the Cypher's ORDER BY gave before).
    return hits.sort(
      (a, b) => b.score - a.score || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
    );
  } catch (err) {
    if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
      throw new DomainError(
        'search_unavailable',
        `The full-text index ${ENTITY_SEARCH_INDEX} is not available (has the seed graph been loaded?).`,
        { cause: err },
      );
    }
    throw err;
  }
}

const aliasesOf = (node: Node): string[] =>
  Array.isArray(node.properties.aliases) ? (node.properties.aliases as string[]) : [];

export async function searchEntities(
  db: Db,
  q: string,
  labels: readonly EntityLabel[] | undefined,
  limit: number,
): Promise<SearchResponse> {
  const strict = buildLuceneQuery(q, { fuzzy: false });
  if (!strict) return { query: q, results: [] };
  // Two passes: whole words and prefixes first; only when no hit explains every word typed
  // is the query asked again with the typo-forgiving clauses ("united statse", "hegsteh").
  let hits = await queryIndex(db, strict, labels, limit);
  const forgiving = buildLuceneQuery(q)!;
  if (
    forgiving !== strict &&
    !hits.some((h) => explainsEveryWord(q, String(h.node.properties.name), aliasesOf(h.node)))
  ) {
    hits = await queryIndex(db, forgiving, labels, limit);
  }
  const wanted = fold(q).trim();
  const ranked = hits.map(({ node, score }, rank) => {
    const aliases = aliasesOf(node);
    const entity = toEntitySummary(node);
    const exact = [entity.name, ...aliases].some((n) => fold(n).trim() === wanted);
    return { rank, exact, result: { entity, score, matched: bestMatch(q, entity.name, aliases) } };
  });
  // Lucene's BM25 favours entities that repeat a word across many aliases ("Russia" in five
  // forms of "Russia-Ukraine war"); whoever is called exactly what was typed comes first.
  ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank);
  return { query: q, results: ranked.slice(0, limit).map((r) => r.result) };
}
