/**
 * Malformed input on every endpoint: a 400 naming the field (or a 404 for an unknown id), never
 * a 500 and never a stack trace.
 */
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../support/neo4j';
import { appFor } from './helpers';

const long = 'x'.repeat(300);

describe('malformed input', () => {
  let driver: Driver;
  let app: ReturnType<typeof appFor>;
  beforeAll(() => {
    driver = testDriver();
    app = appFor(driver, { CYPHER_RATE_LIMIT: '10000' });
  });
  afterAll(async () => {
    await driver.close();
  });

  const bad: [string, string, string][] = [
    // [url, expected field, why]
    ['/api/search', 'query.q', 'q missing'],
    ['/api/search?q=', 'query.q', 'q empty'],
    ['/api/search?q=%20%20', 'query.q', 'q blank'],
    [`/api/search?q=${'a'.repeat(201)}`, 'query.q', 'q too long'],
    ['/api/search?q=a&q=b', 'query.q', 'q repeated'],
    ['/api/search?q=putin&limit=0', 'query.limit', 'limit 0'],
    ['/api/search?q=putin&limit=51', 'query.limit', 'limit too large'],
    ['/api/search?q=putin&limit=abc', 'query.limit', 'limit not a number'],
    ['/api/search?q=putin&limit=2.5', 'query.limit', 'limit not whole'],
    ['/api/search?q=putin&labels=Alien', 'query.labels', 'unknown label'],
    ['/api/search?q=putin&labels=Article', 'query.labels', 'Article is not an entity label'],
    [`/api/entities/${long}`, 'params.id', 'id too long'],
    ['/api/entities/russia/neighbors?direction=up', 'query.direction', 'bad direction'],
    ['/api/entities/russia/neighbors?types=LIKES', 'query.types', 'unknown type'],
    ['/api/entities/russia/neighbors?types=SAID%60%20DELETE', 'query.types', 'injection in type'],
    [
      '/api/entities/russia/neighbors?labels=Person)%20DETACH',
      'query.labels',
      'injection in label',
    ],
    ['/api/entities/russia/neighbors?limit=501', 'query.limit', 'limit too large'],
    ['/api/entities/russia/neighbors?limit=-1', 'query.limit', 'negative limit'],
    ['/api/entities/russia/neighbors?cursor=%%%', 'query.cursor', 'cursor not base64 JSON'],
    ['/api/entities/russia/neighbors?cursor=e30', 'query.cursor', 'cursor {}'],
    [`/api/entities/russia/neighbors?cursor=${'A'.repeat(501)}`, 'query.cursor', 'cursor too long'],
    ['/api/paths', 'query.from', 'from missing'],
    ['/api/paths?from=russia', 'query.to', 'to missing'],
    ['/api/paths?from=russia&to=iran&maxHops=0', 'query.maxHops', 'maxHops 0'],
    ['/api/paths?from=russia&to=iran&maxHops=9', 'query.maxHops', 'maxHops too large'],
    ['/api/paths?from=russia&to=iran&maxHops=3;MATCH', 'query.maxHops', 'maxHops injection'],
    ['/api/paths?from=russia&to=iran&maxHops=1e9', 'query.maxHops', 'maxHops huge'],
    ['/api/paths?from=russia&to=iran&types=NOPE', 'query.types', 'unknown type'],
    ['/api/paths?from=russia&to=iran&limit=26', 'query.limit', 'limit too large'],
    ['/api/graph?from=2026-02-30', 'query.from', 'impossible date'],
    ['/api/graph?to=yesterday', 'query.to', 'not a date'],
    ['/api/graph?from=2026-03-10&to=2026-03-01', 'query.from', 'from after to'],
    ['/api/graph?ids=Russia', 'query.ids', 'id not a slug'],
    ['/api/graph?labels=Alien', 'query.labels', 'unknown label'],
    ['/api/graph?types=SAID,NOPE', 'query.types', 'unknown type in list'],
    ['/api/graph?limit=2001', 'query.limit', 'limit too large'],
    ['/api/timeline?from=03/10/2026', 'query.from', 'wrong date format'],
    ['/api/timeline?from=2026-03-10&to=2026-03-01', 'query.from', 'from after to'],
    ['/api/timeline?limit=1001', 'query.limit', 'limit too large'],
    [`/api/articles/${long}`, 'params.id', 'id too long'],
  ];

  it.each(bad)('GET %s -> 400 naming %s (%s)', async (url, field) => {
    const res = await request(app).get(url);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    // The field, or an item of it for lists ("query.types[1]").
    const fields: string[] = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields.some((f) => f === field || f.startsWith(`${field}[`))).toBe(true);
    expect(res.body.error.message).toContain(field);
    expect(JSON.stringify(res.body)).not.toMatch(/\.ts:\d+|at [\w.]+ \(/);
  });

  const badBodies: [string, unknown, string][] = [
    ['no body', undefined, 'body.query'],
    ['query not a string', { query: 42 }, 'body.query'],
    ['params not an object', { query: 'RETURN 1', params: [1] }, 'body.params'],
    ['unknown key', { query: 'RETURN 1', write: true }, 'body'],
    ['query too long', { query: `RETURN ${'1+'.repeat(10_001)}1` }, 'body.query'],
  ];

  it.each(badBodies)('POST /api/cypher with %s -> 400', async (_why, body, field) => {
    const req = request(app).post('/api/cypher');
    const res = body === undefined ? await req : await req.send(body as object);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).join(' ')).toContain(
      field,
    );
  });

  it('answers 413 for a body over the limit and 400 for broken JSON', async () => {
    const big = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN 1', params: { blob: 'x'.repeat(200_000) } });
    expect(big.status).toBe(413);
    const broken = await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(broken.status).toBe(400);
  });

  it.each([
    '/api/entities/unknown-entity',
    '/api/entities/unknown-entity/neighbors',
    '/api/articles/unknown-article',
    '/api/paths?from=unknown-entity&to=russia',
    '/api/paths?from=russia&to=unknown-entity',
    '/api/entities/%27%29%20DETACH%20DELETE%20n%20//',
  ])('GET %s -> 404', async (url) => {
    const res = await request(app).get(url);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
