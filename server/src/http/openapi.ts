/**
 * The OpenAPI 3.1 document, generated from the zod contracts (z.toJSONSchema, JSON Schema
 * 2020-12, which OpenAPI 3.1 uses as is). Request schemas are rendered as input (query strings
 * before coercion), response schemas as output.
 */
import { z } from 'zod';
import * as api from '../contracts/api';
import { Draft, DraftRequest } from '../contracts/draft';
import { ArticleSaved, ArticleSubmission } from '../contracts/intake';
import * as resolution from '../contracts/entity-resolution';

type JsonSchema = Record<string, unknown>;

const input = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
const output = (schema: z.ZodType): JsonSchema => {
  const s = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  delete s.$schema;
  return s;
};

function parameters(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  const whole = input(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(whole.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s as JsonSchema & { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || (whole.required ?? []).includes(name),
      schema: rest,
      ...(description ? { description } : {}),
    };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('ErrorBody') });

const COMMON_ERRORS = {
  '400': error('Invalid input: the message and details name the field.'),
  '503': error('Neo4j is not reachable; retry in a few seconds.'),
};

export function buildOpenApiDocument(version: string): JsonSchema {
  const components: Record<string, z.ZodType> = {
    ErrorBody: api.ErrorBody,
    HealthResponse: api.HealthResponse,
    SchemaResponse: api.SchemaResponse,
    SearchResponse: api.SearchResponse,
    EntityDetailsResponse: api.EntityDetailsResponse,
    EntityStatementsResponse: api.EntityStatementsResponse,
    ArticleRefsResponse: api.ArticleRefsResponse,
    NeighborsResponse: api.NeighborsResponse,
    PathsResponse: api.PathsResponse,
    GraphResponse: api.GraphResponse,
    TimelineResponse: api.TimelineResponse,
    ArticleResponse: api.ArticleResponse,
    TopicsResponse: api.TopicsResponse,
    TopicStatementsResponse: api.TopicStatementsResponse,
    CypherResponse: api.CypherResponse,
    Draft,
    ArticleSaved,
    MergeResult: resolution.MergeResult,
    DuplicatesResponse: resolution.DuplicatesResponse,
    DismissResult: resolution.DismissResult,
  };
  const post = (
    summary: string,
    request: z.ZodType,
    status: string,
    response: string,
    errors: Record<string, unknown>,
  ) => ({
    post: {
      summary,
      requestBody: { required: true, content: { 'application/json': { schema: input(request) } } },
      responses: { [status]: { description: 'OK', ...json(response) }, ...errors },
    },
  });
  const get = (
    summary: string,
    response: string,
    params: JsonSchema[],
    extra: Record<string, unknown> = {},
  ) => ({
    get: {
      summary,
      parameters: params,
      responses: { '200': { description: 'OK', ...json(response) }, ...COMMON_ERRORS, ...extra },
    },
  });
  const notFound = { '404': error('Unknown id.') };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Knowledge-graph explorer API',
      version,
      description:
        'The news knowledge graph: read access, plus the intake writes (drafts, saving an article) when the server allows them. Errors are `{ error: { code, message, details? } }`.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Database status, version and counts',
          responses: {
            '200': { description: 'OK', ...json('HealthResponse') },
            '503': { description: 'Neo4j is not reachable', ...json('HealthResponse') },
          },
        },
      },
      '/api/schema': get(
        'Labels, relationship types and property keys with counts',
        'SchemaResponse',
        [],
      ),
      '/api/search': get(
        'Full-text entity search over names and aliases',
        'SearchResponse',
        parameters(api.SearchQuery, 'query'),
      ),
      '/api/entities/{id}': get(
        'An entity with its relationships grouped by type and direction',
        'EntityDetailsResponse',
        parameters(api.EntityParams, 'path'),
        notFound,
      ),
      '/api/entities/{id}/neighbors': get(
        'One-hop expansion with filters, totals and cursor paging',
        'NeighborsResponse',
        [...parameters(api.EntityParams, 'path'), ...parameters(api.NeighborsQuery, 'query')],
        notFound,
      ),
      '/api/entities/{id}/statements': get(
        "An entity's statements (by it and about it) by date, duplicates merged, with their articles",
        'EntityStatementsResponse',
        [
          ...parameters(api.EntityParams, 'path'),
          ...parameters(api.EntityStatementsQuery, 'query'),
        ],
        notFound,
      ),
      '/api/paths': get(
        'Shortest paths between two entities',
        'PathsResponse',
        parameters(api.PathsQuery, 'query'),
        notFound,
      ),
      '/api/graph': get('Overview subgraph', 'GraphResponse', parameters(api.GraphQuery, 'query')),
      '/api/timeline': get(
        'Dated events and relationships in date order',
        'TimelineResponse',
        parameters(api.TimelineQuery, 'query'),
      ),
      '/api/articles/{id}': get(
        'An article with every evidence span in it',
        'ArticleResponse',
        parameters(api.ArticleParams, 'path'),
        notFound,
      ),
      '/api/topics': get(
        'Topics that statements are about, most discussed first',
        'TopicsResponse',
        [],
      ),
      '/api/topics/{id}/statements': get(
        `Every statement (reported, said, denied, dismissed, ...) about a topic, dated ones by statement date, undated ones apart; default topic in the explorer: ${api.DEFAULT_TOPIC}`,
        'TopicStatementsResponse',
        parameters(api.TopicParams, 'path'),
        notFound,
      ),
      '/api/drafts': post(
        'Draft an extraction from pasted article text (entities, statements, candidates)',
        DraftRequest,
        '200',
        'Draft',
        { '400': error('Invalid body: the details name the field (body.text, ...).') },
      ),
      '/api/articles': {
        ...get(
          'Titles and dates of articles by id (what source links say)',
          'ArticleRefsResponse',
          parameters(api.ArticleRefsQuery, 'query'),
        ),
        ...post(
          'Save a reviewed article: seed files written atomically, only that article ingested',
          ArticleSubmission,
          '201',
          'ArticleSaved',
          {
            '400': error(
              'invalid_article (details name each field, e.g. body.relationships.1.quote) or invalid_seeds; nothing written.',
            ),
            '401': error('INTAKE_TOKEN is set and the bearer token is missing or wrong.'),
            '403': error(
              'writes_disabled (INTAKE_WRITES=off, or not loopback without a token) or bad_host.',
            ),
            '409': error('Another save is writing to the seeds folder; try again.'),
            '413': error('The body is over 1 MB.'),
            '503': error('Neo4j is not reachable; nothing written.'),
          },
        ),
      },
      '/api/entities/{id}/merge': {
        post: {
          ...post(
            'Merge the entity into another: relationships re-pointed, aliases merged, the old id kept as a redirect (dryRun: the preview, nothing written)',
            resolution.MergeRequest,
            '201',
            'MergeResult',
            {
              '200': { description: 'The preview (dryRun)', ...json('MergeResult') },
              '400': error(
                'invalid_merge: into itself, already merged, or the seeds would not validate (a relationship joining the entity to itself, a label its relationships do not allow); nothing written.',
              ),
              '401': error('INTAKE_TOKEN is set and the bearer token is missing or wrong.'),
              '403': error('writes_disabled or bad_host.'),
              '404': error('Unknown entity (the one merged or the one merged into).'),
              '409': error('Another write holds the seeds folder; try again.'),
              '503': error('Neo4j is not reachable; nothing written.'),
            },
          ).post,
          parameters: parameters(api.EntityParams, 'path'),
        },
      },
      '/api/duplicates': get(
        'Likely duplicate entities of the registry, best first, with the reasons (dismissed pairs left out)',
        'DuplicatesResponse',
        parameters(resolution.DuplicatesQuery, 'query'),
      ),
      '/api/duplicates/dismiss': post(
        'Dismiss a pair from the duplicates report ("not a duplicate"), remembered in seeds/entities.yaml',
        resolution.DismissRequest,
        '200',
        'DismissResult',
        {
          '400': error('Invalid body.'),
          '401': error('INTAKE_TOKEN is set and the bearer token is missing or wrong.'),
          '403': error('writes_disabled or bad_host.'),
          '404': error('Unknown entity.'),
        },
      ),
      '/api/cypher': {
        post: {
          summary: 'Run a read-only Cypher query (analyst console)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: input(api.CypherRequest) } },
          },
          responses: {
            '200': { description: 'OK', ...json('CypherResponse') },
            '400': error(
              'Invalid body, Cypher syntax error (cypher_syntax) or several statements.',
            ),
            '403': error(
              'Refused: read_only, forbidden_procedure, forbidden_clause or admin_command.',
            ),
            '408': error('The query exceeded CYPHER_TIMEOUT_MS and was stopped (cypher_timeout).'),
            '429': error('Rate limit (CYPHER_RATE_LIMIT per minute) reached.'),
            '503': error('Neo4j is not reachable; retry in a few seconds.'),
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document' } },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([k, v]) => [k, output(v)])),
    },
  };
}
