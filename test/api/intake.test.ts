/**
 * POST /api/articles against the real test Neo4j, writing into a temporary copy of the mini
 * seeds (SEEDS_DIR), never the repository's seeds/. Every refusal leaves the seed files and the
 * graph exactly as they were; the suite ends with the database as it found it.
 */
import request from 'supertest';
import { Draft } from '@kg/server/contracts';
import type { Driver } from 'neo4j-driver';
import { ingest, resetOwned } from '../../scripts/src/ingest/index';
import { REAL_SEEDS } from '../ingest/fixtures';
import { removeTempSeeds, seedsWithoutArticleTwo, snapshot, submission } from '../intake/fixtures';
import { testDriver, testTarget } from '../support/neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { appFor } from './helpers';

let driver: Driver;
const database = testTarget().database;
let seeds: string;
let initial: string;
/** Everything, schema included: equal before and after a refusal means nothing was written. */
const everything = () => graphChecksum(driver, database, { scope: 'everything' });

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
  seeds = seedsWithoutArticleTwo();
  await ingest({ driver, database, seedsDir: seeds });
});
afterAll(async () => {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(driver, database)).toEqual(initial);
  await driver.close();
  removeTempSeeds();
});

const TOKEN = 'a-long-enough-intake-token';

/** Sends `body` with `setup` applied and checks that neither the seeds nor the graph changed. */
async function refused(
  env: Record<string, string>,
  body: unknown,
  setup: (r: request.Test) => request.Test = (r) => r,
) {
  const files = snapshot(seeds);
  const graph = await everything();
  const res = await setup(
    request(appFor(driver, { SEEDS_DIR: seeds, ...env })).post('/api/articles'),
  ).send(body as object);
  expect(snapshot(seeds)).toEqual(files);
  expect(await everything()).toEqual(graph);
  return res;
}

describe('POST /api/articles refusals (nothing written)', () => {
  it('403 when writes are off', async () => {
    const res = await refused({ INTAKE_WRITES: 'off' }, submission());
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('writes_disabled');
  });

  it('403 on a server bound beyond loopback without INTAKE_TOKEN', async () => {
    const res = await refused({ HOST: '0.0.0.0' }, submission());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/set INTAKE_TOKEN/);
  });

  it('401 without the bearer token, or with a wrong one, when INTAKE_TOKEN is set', async () => {
    const env = { HOST: '0.0.0.0', INTAKE_TOKEN: TOKEN };
    const none = await refused(env, submission());
    expect(none.status).toBe(401);
    const wrong = await refused(env, submission(), (r) =>
      r.set('Authorization', 'Bearer not-the-token'),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
  });

  it('421 for a Host the server does not serve; 403 for a tokenless write to a non-loopback Host', async () => {
    // The server-wide allowlist (http/host-allowlist.ts) refuses unknown hosts first ...
    const unknown = await refused({}, submission(), (r) => r.set('Host', 'rebound.example:8080'));
    expect(unknown.status).toBe(421);
    expect(unknown.body.error.code).toBe('host_not_allowed');
    // ... and where the operator allows any host, a write without a token still needs loopback.
    const anyHost = await refused({ ALLOWED_HOSTS: '*' }, submission(), (r) =>
      r.set('Host', 'rebound.example:8080'),
    );
    expect(anyHost.status).toBe(403);
    expect(anyHost.body.error.code).toBe('bad_host');
  });

  it('400 naming body.text for a text over 200 KB, 413 for a body over 1 MB', async () => {
    const big = await refused({}, { ...submission(), text: 'é'.repeat(102_401) });
    expect(big.status).toBe(400);
    expect(big.body.error.details).toContainEqual({
      field: 'body.text',
      message: 'is longer than 200 KB',
    });
    const huge = await refused({}, { ...submission(), text: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
  });

  it('400 with field paths for an invalid extraction (token accepted, validation still applies)', async () => {
    const sub = submission();
    sub.relationships![1] = { ...sub.relationships![1]!, to: 'fx-nowhere' };
    sub.relationships![2] = { ...sub.relationships![2]!, type: 'DENIED', quote: 'left early' };
    const res = await refused({ HOST: '0.0.0.0', INTAKE_TOKEN: TOKEN }, sub, (r) =>
      r.set('Authorization', `Bearer ${TOKEN}`),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_article');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'body.relationships[1].to',
      'body.relationships[2].type',
    ]);
  });

  it('400 from the contract for an id that is not a slug', async () => {
    const sub = submission();
    sub.article = { ...sub.article, id: '../outside' };
    const res = await refused({}, sub);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('body.article.id');
  });
});

describe('POST /api/drafts', () => {
  it('drafts pasted text against the registry of SEEDS_DIR: existing and new entities, statements', async () => {
    const res = await request(appFor(driver, { SEEDS_DIR: seeds }))
      .post('/api/drafts')
      .send({ text: submission().text, date: '2026-03-12', title: 'Courier' });
    expect(res.status).toBe(200);
    const draft = Draft.parse(res.body);
    const status = Object.fromEntries(draft.entities.map((e) => [e.name, e.status]));
    expect(status).toMatchObject({ 'The Daily Fixture': 'existing', 'Bob Courier': 'new' });
    expect(draft.relationships.some((r) => r.quote === 'Nothing was agreed')).toBe(true);
  });

  it('400 naming body.text for an empty text', async () => {
    const res = await request(appFor(driver)).post('/api/drafts').send({ text: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('body.text');
  });
});

describe('POST /api/articles', () => {
  it('writes the files, ingests only that article and answers what the graph gained', async () => {
    const app = appFor(driver, { SEEDS_DIR: seeds });
    const res = await request(app).post('/api/articles').send(submission());
    expect(res.status).toBe(201);
    expect(res.body.files).toEqual([
      'articles/fx-intake-courier.txt',
      'entities.yaml',
      'articles.yaml',
      'extractions/fx-intake-courier.yaml',
    ]);
    expect(res.body.created).toEqual({ entities: ['fx-bob-courier', 'fx-gazette'], aliases: 1 });
    expect(res.body.relationships.map((r: { type: string }) => r.type).sort()).toEqual([
      'MEMBER_OF',
      'REPORTED',
      'SAID',
    ]);
    // Ten nodes and relationships, and the PUBLISHED link from the article's publisher.
    expect(res.body.ingest.created).toBe(11);

    // The explorer can read it at once, with its evidence highlighted.
    const article = await request(app).get('/api/articles/fx-intake-courier');
    expect(article.status).toBe(200);
    expect(article.body.article.title).toBe('Courier: nothing was agreed');
    expect(article.body.spans.length).toBeGreaterThanOrEqual(3);
    const entity = await request(app).get('/api/entities/fx-bob-courier');
    expect(entity.status).toBe(200);

    // Saving the same article again is refused: the id is taken.
    const again = await request(app).post('/api/articles').send(submission());
    expect(again.status).toBe(400);
    expect(again.body.error.details[0].field).toBe('body.article.id');
  });
});

describe('the OpenAPI document', () => {
  it('lists the intake endpoints with their request schemas', async () => {
    const res = await request(appFor(driver)).get('/api/openapi.json').expect(200);
    const articles = res.body.paths['/api/articles'].post;
    expect(articles.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['article', 'text']),
    );
    expect(Object.keys(articles.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413']),
    );
    expect(res.body.paths['/api/drafts'].post.responses['200']).toBeDefined();
    expect(res.body.components.schemas.ArticleSaved.type).toBe('object');
  });
});
