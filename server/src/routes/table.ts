/**
 * The routing table: every API endpoint, in one list. The app mounts exactly these
 * (app.ts), and the OpenAPI document is generated from them (http/openapi.ts); a test fails
 * when a mounted route is missing from the document.
 *
 * Adding an endpoint: describe it with `route({...})` in the module of its resource (or a new
 * one) — method, path, summary, the zod schemas of its input and answer from contracts/api.ts,
 * the error codes it may answer, a handler calling the data layer — and add it to ROUTES.
 */
import serverPackage from '../../package.json';
import { OpenApiDocument } from '../contracts/api';
import { buildOpenApiDocument } from '../http/openapi';
import { cypher } from './cypher';
import {
  article,
  articleRefs,
  entityDetails,
  entityStatements,
  neighbors,
  relationshipEvidence,
} from './entities';
import { overview, paths, search, timeline } from './graph';
import { health, schema } from './health';
import { drafts, saveArticleRoute } from './intake';
import { route, type Route } from './route';
import { topicStatements, topics } from './topics';

const openApi = route({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This document',
  response: OpenApiDocument,
  handle: () => document(),
});

export const ROUTES: readonly Route[] = [
  health,
  schema,
  search,
  entityDetails,
  neighbors,
  entityStatements,
  relationshipEvidence,
  paths,
  overview,
  timeline,
  articleRefs,
  article,
  topics,
  topicStatements,
  drafts,
  saveArticleRoute,
  cypher,
  openApi,
];

let built: OpenApiDocument | undefined;
/** Built on first request: it depends only on the table, which does not change. */
function document(): OpenApiDocument {
  built ??= buildOpenApiDocument(ROUTES, serverPackage.version);
  return built;
}
