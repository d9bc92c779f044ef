/**
 * Search beyond names: what statements quote and the evidence they rest on (the
 * `statement_text` full-text index over relationship properties) and article titles and texts
 * (`article_text`). Each hit comes with an excerpt and the matched words as ranges.
 */
import { Neo4jError, type Node, type Relationship } from 'neo4j-driver';
import type { SearchResponse } from '../contracts/api';
import { ARTICLE, ARTICLE_TEXT_INDEX, STATEMENT_TEXT_INDEX } from '../contracts/model';
import { DomainError } from '../contracts/errors';
import { buildLuceneQuery } from './lucene';
import { readQuery, type Db } from './read';
import { excerpt, markMatches } from './text-marks';
import { dateToJson } from './to-json';
import { toEntitySummary, toRelationshipView } from './views';

const STATEMENTS_CYPHER = `CALL db.index.fulltext.queryRelationships($index, $lucene) YIELD relationship AS r, score
  WITH r, score ORDER BY score DESC LIMIT $limit
  RETURN r, startNode(r) AS s, endNode(r) AS t, score`;

const ARTICLES_CYPHER = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS a, score
  WHERE a:${ARTICLE}
  RETURN a, score ORDER BY score DESC LIMIT $limit`;

async function run(db: Db, cypher: string, index: string, lucene: string, limit: number) {
  try {
    return await readQuery(db, cypher, { index, lucene, limit: BigInt(limit) });
  } catch (err) {
    if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Procedure.ProcedureCallFailed')
      throw new DomainError(
        'search_unavailable',
        `The full-text index ${index} is not available (start the app once to create it).`,
        { cause: err },
      );
    throw err;
  }
}

type TextHits = Required<Pick<SearchResponse, 'statements' | 'articles'>>;

export async function searchText(db: Db, q: string, limit: number): Promise<TextHits> {
  const lucene = buildLuceneQuery(q, { fuzzy: false });
  if (!lucene) return { statements: [], articles: [] };
  const [rels, arts] = await Promise.all([
    run(db, STATEMENTS_CYPHER, STATEMENT_TEXT_INDEX, lucene, limit),
    run(db, ARTICLES_CYPHER, ARTICLE_TEXT_INDEX, lucene, limit),
  ]);
  const statements = rels.map((rec) => {
    const source = toEntitySummary(rec.get('s') as Node);
    const target = toEntitySummary(rec.get('t') as Node);
    const relationship = toRelationshipView(rec.get('r') as Relationship, source.id, target.id);
    // The quote when it holds a matched word, else the first evidence sentence that does.
    const texts = [relationship.quote, ...relationship.evidence.map((e) => e.text)];
    const snippet =
      texts
        .filter((t): t is string => !!t)
        .map((t) => markMatches(t, q))
        .find((m) => m.marks.length > 0) ?? markMatches(texts.find(Boolean) ?? '', q);
    return { relationship, source, target, score: Number(rec.get('score')), snippet };
  });
  const articles = arts.map((rec) => {
    const p = (rec.get('a') as Node).properties as Record<string, unknown>;
    const title = String(p.title ?? p.id);
    const text = String(p.text ?? '');
    const inTitle = markMatches(title, q);
    return {
      id: String(p.id),
      title,
      date: dateToJson(p.date) ?? '',
      score: Number(rec.get('score')),
      titleMarks: inTitle.marks,
      snippet: excerpt(text, q),
    };
  });
  return { statements, articles };
}
