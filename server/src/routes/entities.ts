/**
 * GET /api/entities/:id: the details panel (relationships grouped by type and direction, articles).
 * GET /api/relationships/:id/evidence: one relationship's evidence (the panel asks when opened).
 * GET /api/entities/:id/neighbors?types=&direction=&labels=&limit=&cursor=: one-hop expansion.
 * GET /api/entities/:id/statements?order=newest|oldest: its statements by date, duplicates merged.
 * GET /api/articles/:id: the article text with every evidence span that points into it.
 * GET /api/articles?ids=a,b: titles and dates only (what source links say).
 */
import {
  ArticleParams,
  ArticleRefsQuery,
  ArticleRefsResponse,
  ArticleResponse,
  EntityDetailsQuery,
  EntityDetailsResponse,
  EntityParams,
  EntityStatementsQuery,
  EntityStatementsResponse,
  NeighborsQuery,
  NeighborsResponse,
  RelationshipEvidenceResponse,
  RelationshipParams,
} from '../contracts/api';
import { readRelationshipEvidence } from '../db/evidence-repository';
import { readArticle } from '../db/article-repository';
import { readEntityDetails, readNeighbors } from '../db/entity-repository';
import { readArticleRefs, readEntityStatements } from '../db/statements-repository';
import { route } from './route';

export const entityDetails = route({
  method: 'get',
  cache: 'graph',
  path: '/api/entities/:id',
  summary:
    'An entity with its relationships grouped by type and direction (evidence on demand unless evidence=all)',
  params: EntityParams,
  query: EntityDetailsQuery,
  response: EntityDetailsResponse,
  errors: ['not_found'],
  handle: ({ params, query }, { db }) => readEntityDetails(db, params.id, query),
});

export const relationshipEvidence = route({
  method: 'get',
  cache: 'graph',
  path: '/api/relationships/:id/evidence',
  summary: "One relationship's evidence spans (what the details panel leaves out)",
  params: RelationshipParams,
  response: RelationshipEvidenceResponse,
  errors: ['not_found'],
  handle: ({ params }, { db }) => readRelationshipEvidence(db, params.id),
});

export const neighbors = route({
  method: 'get',
  cache: 'graph',
  path: '/api/entities/:id/neighbors',
  summary: 'One-hop expansion with filters, totals and cursor paging',
  params: EntityParams,
  query: NeighborsQuery,
  response: NeighborsResponse,
  errors: ['not_found'],
  handle: ({ params, query }, { db }) => readNeighbors(db, params.id, query),
});

export const entityStatements = route({
  method: 'get',
  cache: 'graph',
  path: '/api/entities/:id/statements',
  summary:
    "An entity's statements (by it and about it) by date, duplicates merged, with their articles",
  params: EntityParams,
  query: EntityStatementsQuery,
  response: EntityStatementsResponse,
  errors: ['not_found'],
  handle: ({ params, query }, { db }) => readEntityStatements(db, params.id, query.order),
});

export const articleRefs = route({
  method: 'get',
  cache: 'graph',
  path: '/api/articles',
  summary: 'Titles and dates of articles by id (what source links say)',
  query: ArticleRefsQuery,
  response: ArticleRefsResponse,
  handle: async ({ query }, { db }) => ({ articles: await readArticleRefs(db, query.ids) }),
});

export const article = route({
  method: 'get',
  cache: 'graph',
  path: '/api/articles/:id',
  summary: 'An article with every evidence span in it',
  params: ArticleParams,
  response: ArticleResponse,
  errors: ['not_found'],
  handle: ({ params }, { db }) => readArticle(db, params.id),
});
