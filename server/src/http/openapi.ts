/**
 * The OpenAPI 3.1 document, generated from the routing table (routes/table.ts) and the zod
 * contracts (z.toJSONSchema, JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Request
 * schemas are rendered as input (query strings before coercion), response schemas as output; a
 * schema exported by the contracts becomes a named component, referenced where it is used.
 */
import { z } from 'zod';
import type { OpenApiDocument } from '../contracts/api';
import * as contracts from '../contracts/index';
import { ERROR_STATUS, ErrorBody, type ErrorCode } from '../contracts/errors';
import type { Route } from '../routes/route';

type JsonSchema = Record<string, unknown>;

const render = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const s = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  delete s.$schema;
  return s;
};

/** Contract schemas by identity, so a route's answer can be referenced by its exported name. */
const NAMES = new Map<unknown, string>(
  Object.entries(contracts)
    .filter(([, v]) => v instanceof z.ZodType)
    .map(([k, v]) => [v, k]),
);

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const whole = render(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
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

/** Codes every endpoint may answer (the database's refusals among them); bad_request only when it takes input. */
const COMMON_CODES: readonly ErrorCode[] = [
  'query_too_big',
  'neo4j_timeout',
  'neo4j_unavailable',
  'internal',
];
function errorCodes(r: Route): ErrorCode[] {
  const input = r.params || r.query || r.body ? (['bad_request'] as const) : [];
  return [...new Set<ErrorCode>([...input, ...r.errors, ...COMMON_CODES])];
}

function operation(r: Route, schemaOf: (s: z.ZodType) => JsonSchema): JsonSchema {
  const json = (s: z.ZodType) => ({ content: { 'application/json': { schema: schemaOf(s) } } });
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodes(r)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, JsonSchema> = {
    [String(r.status)]: { description: 'OK', ...json(r.response) },
  };
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: `Error: ${codes.join(', ')}`, ...json(ErrorBody) };
  }
  for (const other of r.otherAnswers) {
    responses[String(other.status)] = { description: other.description, ...json(other.schema) };
  }
  return {
    summary: r.summary,
    parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
    ...(r.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: render(r.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** `/api/entities/:id` as OpenAPI writes it: `/api/entities/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function buildOpenApiDocument(routes: readonly Route[], version: string): OpenApiDocument {
  const components: Record<string, JsonSchema> = {};
  const schemaOf = (s: z.ZodType): JsonSchema => {
    const name = NAMES.get(s);
    if (!name) return render(s, 'output');
    components[name] ??= render(s, 'output');
    return { $ref: `#/components/schemas/${name}` };
  };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) {
    (paths[openApiPath(r.path)] ??= {})[r.method] = operation(r, schemaOf);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Knowledge-graph explorer API',
      version,
      description:
        'The news knowledge graph: read access, plus the intake writes (drafts, saving an article) when the server allows them. Errors are `{ error: { code, message, details? } }`, `code` from a closed list with one HTTP status each.',
    },
    paths,
    components: { schemas: components },
  };
}
