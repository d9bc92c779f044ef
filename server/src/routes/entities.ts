/**
 * GET /api/entities/:id: the details panel (relationships grouped by type and direction, articles).
 * GET /api/entities/:id/neighbors?types=&direction=&labels=&limit=&cursor=: one-hop expansion.
 * GET /api/articles/:id: the article text with every evidence span that points into it.
 */
import {
  ArticleParams,
  ArticleResponse,
  EntityDetailsResponse,
  EntityParams,
  NeighborsQuery,
  NeighborsResponse,
} from '../contracts/api';
import { readArticle } from '../db/article-repository';
import { readEntityDetails, readNeighbors } from '../db/entity-repository';
import { route } from './route';

export const entityDetails = route({
  method: 'get',
  path: '/api/entities/:id',
  summary: 'An entity with its relationships grouped by type and direction',
  params: EntityParams,
  response: EntityDetailsResponse,
  errors: ['not_found'],
  handle: ({ params }, { db }) => readEntityDetails(db, params.id),
});

export const neighbors = route({
  method: 'get',
  path: '/api/entities/:id/neighbors',
  summary: 'One-hop expansion with filters, totals and cursor paging',
  params: EntityParams,
  query: NeighborsQuery,
  response: NeighborsResponse,
  errors: ['not_found'],
  handle: ({ params, query }, { db }) => readNeighbors(db, params.id, query),
});

export const article = route({
  method: 'get',
  path: '/api/articles/:id',
  summary: 'An article with every evidence span in it',
  params: ArticleParams,
  response: ArticleResponse,
  errors: ['not_found'],
  handle: ({ params }, { db }) => readArticle(db, params.id),
});
