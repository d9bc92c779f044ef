/**
 * The routing table and the OpenAPI document: every route the app mounts is in the document
 * (with its method), and the document is generated from the table and the zod contracts.
 * Builds the app in-process; no request reaches Neo4j, so this needs no database.
 */
import neo4j from 'neo4j-driver';
import pino from 'pino';
import request from 'supertest';
import { createApp, loadConfig } from '@kg/server';
import { ROUTES } from '../../server/src/routes/table';
import { openApiPath } from '../../server/src/http/openapi';

// Never connected to: creating a driver opens no connection.
const driver = neo4j.driver('bolt://127.0.0.1:1');
afterAll(() => driver.close());
const app = createApp({
  driver,
  config: loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' }),
  logger: pino({ level: 'silent' }),
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** `GET /api/…` for every route mounted on the app itself (Express 5 keeps them on app.router). */
function mounted(): string[] {
  const stack = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  return stack
    .filter((l) => l.route?.path.startsWith('/api/'))
    .flatMap((l) =>
      Object.keys(l.route!.methods).map((m) => `${m.toUpperCase()} ${openApiPath(l.route!.path)}`),
    );
}

describe('the routing table', () => {
  it('is what the app mounts, and every mounted route is in the OpenAPI document', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const table = ROUTES.map((r) => `${r.method.toUpperCase()} ${openApiPath(r.path)}`);
    expect(mounted().sort()).toEqual(table.sort());
    expect(documented.sort()).toEqual(mounted().sort());
  });

  it('documents input from the zod schemas and every error code a route may answer', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    const search = doc.paths['/api/search'].get;
    expect(search.parameters.find((p: { name: string }) => p.name === 'q')).toMatchObject({
      in: 'query',
      required: true,
      schema: { type: 'string', maxLength: 200 },
    });
    expect(search.responses['503'].description).toMatch(/search_unavailable/);
    const neighbors = doc.paths['/api/entities/{id}/neighbors'].get;
    expect(
      neighbors.parameters.map((p: { in: string; name: string }) => `${p.in}:${p.name}`),
    ).toEqual(expect.arrayContaining(['path:id', 'query:cursor', 'query:direction']));
    expect(Object.keys(neighbors.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    const console = doc.paths['/api/cypher'].post;
    expect(console.requestBody.content['application/json'].schema.properties.query.type).toBe(
      'string',
    );
    expect(Object.keys(console.responses)).toEqual(
      expect.arrayContaining(['400', '403', '408', '413', '429', '503']),
    );
    expect(doc.components.schemas.ErrorBody.properties.error.properties.code.enum).toContain(
      'cypher_timeout',
    );
  });

  it('answers an unknown API path with not_found, without touching the database', async () => {
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
