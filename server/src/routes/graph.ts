/**
 * The graph as a whole: search, the overview subgraph, the timeline and shortest paths.
 * GET /api/search?q=&labels=&limit=&text=: entities by name or alias, typo- and accent-tolerant;
 *   with `text=true` also statements (quotes, evidence) and articles (titles, texts).
 * GET /api/graph?labels=&types=&from=&to=&ids=&limit=: the overview subgraph, or with
 *   `among=true` exactly the nodes `ids` names and the relationships among them.
 * GET /api/timeline?from=&to=&limit=: dated events and relationships, oldest first.
 * GET /api/paths?from=&to=&maxHops=&types=&limit=: shortest paths between two entities.
 */
import {
  GraphQuery,
  GraphResponse,
  PathsQuery,
  PathsResponse,
  SearchQuery,
  SearchResponse,
  TimelineQuery,
  TimelineResponse,
} from '../contracts/api';
import { readOverview, readTimeline } from '../db/graph-repository';
import { readShortestPaths } from '../db/path-repository';
import { readAmong } from '../db/subgraph-repository';
import { searchEntities } from '../db/search-repository';
import { searchText } from '../db/text-search-repository';
import { route } from './route';

export const search = route({
  method: 'get',
  cache: 'graph',
  path: '/api/search',
  summary: 'Full-text entity search over names and aliases',
  query: SearchQuery,
  response: SearchResponse,
  errors: ['search_unavailable'],
  handle: async ({ query: q }, { db }) => {
    const entities = await searchEntities(db, q.q, q.labels, q.limit);
    return q.text !== 'true' ? entities : { ...entities, ...(await searchText(db, q.q, q.limit)) };
  },
});

export const overview = route({
  method: 'get',
  cache: 'graph',
  path: '/api/graph',
  summary: 'Overview subgraph',
  query: GraphQuery,
  response: GraphResponse,
  handle: ({ query }, { db }) =>
    query.among === 'true' && query.ids?.length
      ? readAmong(db, query.ids, query.limit)
      : readOverview(db, query),
});

export const timeline = route({
  method: 'get',
  cache: 'graph',
  path: '/api/timeline',
  summary: 'Dated events and relationships in date order',
  query: TimelineQuery,
  response: TimelineResponse,
  handle: ({ query }, { db }) => readTimeline(db, query),
});

export const paths = route({
  method: 'get',
  cache: 'graph',
  path: '/api/paths',
  summary: 'Shortest paths between two entities',
  query: PathsQuery,
  response: PathsResponse,
  errors: ['not_found'],
  handle: ({ query }, { db, deps }) =>
    readShortestPaths(db, { ...query, hubDegree: deps.config.PATHS_HUB_DEGREE }),
});
