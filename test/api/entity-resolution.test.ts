/**
 * Entity resolution against the real test Neo4j, on a temporary copy of the fixture with a
 * planted duplicate (test/fixtures/seeds-dupes), never the repository's seeds/:
 * POST /api/entities/:id/merge (refusals, the preview, the merge), redirects of the old id, the
 * duplicates report and its dismissal. A refusal or a preview leaves the seed files and the
 * whole database exactly as they were; a merge leaves the graph a full rebuild would make.
 * The suite ends with the database as it found it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { ingest, ingestArticle, resetOwned } from '../../scripts/src/ingest/index';
import { acquireIngestLock, IngestLockedError } from '../../scripts/src/ingest/ingest-lock';
import { mergeEntities } from '../../scripts/src/intake/merge-entities';
import { REAL_SEEDS, REPO } from '../ingest/fixtures';
import { snapshot } from '../intake/fixtures';
import { testDriver, testTarget } from '../support/neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { appFor } from './helpers';
import type { Draft } from '@kg/server/contracts';

const DUPES = path.join(REPO, 'test', 'fixtures', 'seeds-dupes');
let driver: Driver;
const database = testTarget().database;
let seeds: string;
let initial: string;
const everything = () => graphChecksum(driver, database, { scope: 'everything' });

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
  seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-resolution-'));
  fs.cpSync(DUPES, seeds, { recursive: true });
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: seeds });
});
afterAll(async () => {
  await resetOwned(driver, database);
  await ingest({ driver, database, seedsDir: REAL_SEEDS });
  expect(await graphChecksum(driver, database)).toEqual(initial);
  await driver.close();
  fs.rmSync(seeds, { recursive: true, force: true });
});

const app = (env: Record<string, string> = {}) => appFor(driver, { SEEDS_DIR: seeds, ...env });
const merge = (id: string, body: object, env: Record<string, string> = {}) =>
  request(app(env)).post(`/api/entities/${id}/merge`).send(body);

/** Sends the request and checks that neither the seeds nor the graph changed. */
async function unchanged(send: () => Promise<request.Response>): Promise<request.Response> {
  const files = snapshot(seeds);
  const graph = await everything();
  const res = await send();
  expect(snapshot(seeds)).toEqual(files);
  expect(await everything()).toEqual(graph);
  return res;
}

describe('POST /api/entities/:id/merge refusals (nothing changes)', () => {
  it('403 with writes off, 401 without the token when one is set', async () => {
    const off = await unchanged(() =>
      merge('fx-a-envoy', { into: 'fx-alice' }, { INTAKE_WRITES: 'off' }),
    );
    expect(off.status).toBe(403);
    const token = await unchanged(() =>
      merge('fx-a-envoy', { into: 'fx-alice' }, { INTAKE_TOKEN: 'a-long-enough-intake-token' }),
    );
    expect(token.status).toBe(401);
  });

  it('404 for an unknown entity on either side, 400 into itself or with a bad body', async () => {
    expect((await unchanged(() => merge('fx-nobody', { into: 'fx-alice' }))).status).toBe(404);
    const into = await unchanged(() => merge('fx-a-envoy', { into: 'fx-nobody' }));
    expect(into.status).toBe(404);
    expect(into.body.error.message).toContain('fx-nobody');
    const self = await unchanged(() => merge('fx-alice', { into: 'fx-alice' }));
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe('invalid_merge');
    const bad = await unchanged(() => merge('fx-alice', { into: '../etc' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('body.into');
  });

  it('400 naming the relationship when the merge would join an entity to itself', async () => {
    const res = await unchanged(() => merge('fx-sergei', { into: 'fx-ruritania' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_merge');
    expect(res.body.error.message).toMatch(
      /fx-dupe-two\.yaml: relationships\[2\]\.to: .*now one entity/,
    );
  });
});

describe('a merge while another ingest runs', () => {
  it('is refused before the seed files change, and leaves the graph alone', async () => {
    const graph = await graphChecksum(driver, database);
    const other = await acquireIngestLock(driver, database, { owner: 'a test ingest' });
    try {
      const files = snapshot(seeds);
      const merging = mergeEntities(
        { driver, database, seedsDir: seeds },
        { from: 'fx-a-envoy', into: 'fx-alice', lockWaitMs: 0 },
      );
      await expect(merging).rejects.toBeInstanceOf(IngestLockedError);
      await expect(merging).rejects.toThrow(/a test ingest/);
      expect(snapshot(seeds)).toEqual(files);
    } finally {
      await other.release();
    }
    // Entities, articles and their relationships are as they were (the lock node is the
    // lock's own business).
    expect(await graphChecksum(driver, database)).toEqual(graph);
  });
});

describe('the duplicates report', () => {
  it('lists the planted pair; a dismissal is written to entities.yaml and remembered', async () => {
    const before = await request(app()).get('/api/duplicates').expect(200);
    expect(before.body.pairs).toHaveLength(1);
    expect(before.body.pairs[0].keep).toBe('fx-alice');
    expect(before.body.pairs[0].reasons.map((r: { kind: string }) => r.kind)).toContain('initials');

    const registry = fs.readFileSync(path.join(seeds, 'entities.yaml'), 'utf8');
    const off = await unchanged(() =>
      request(app({ INTAKE_WRITES: 'off' }))
        .post('/api/duplicates/dismiss')
        .send({ a: 'fx-alice', b: 'fx-a-envoy' }),
    );
    expect(off.status).toBe(403);
    const dismissed = await request(app())
      .post('/api/duplicates/dismiss')
      .send({ a: 'fx-alice', b: 'fx-a-envoy' })
      .expect(200);
    expect(dismissed.body).toEqual({
      ids: ['fx-a-envoy', 'fx-alice'],
      added: true,
      files: ['entities.yaml'],
    });
    // A new app (a restart) reads it back from the seeds.
    const after = await request(app()).get('/api/duplicates').expect(200);
    expect(after.body).toEqual({ pairs: [], dismissed: 1 });

    // Put the registry back for the merge below.
    fs.writeFileSync(path.join(seeds, 'entities.yaml'), registry);
  });
});

describe('POST /api/entities/:id/merge', () => {
  it('previews without writing anything (undo before save is simply not saving)', async () => {
    const res = await unchanged(() => merge('fx-a-envoy', { into: 'fx-alice', dryRun: true }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      from: { id: 'fx-a-envoy', name: 'A. Envoy' },
      into: { id: 'fx-alice', name: 'Alice Envoy' },
      aliasesAdded: ['A. Envoy', 'Envoy'],
      relationships: { moved: 2, combined: 1 },
      articles: ['fx-dupe-two'],
      files: ['entities.yaml'],
    });
    expect(res.body.graph).toBeUndefined();
    expect(res.body.relationships.items.map((r: { type: string }) => r.type).sort()).toEqual([
      'PARTICIPATED_IN',
      'WARNED',
    ]);
  });

  it('merges: registry, graph and redirects; the graph is what a full rebuild makes', async () => {
    // One server throughout: its draft context must follow the merge, not keep the old entity.
    const server = app();
    const draftIds = async () => {
      const res = await request(server)
        .post('/api/drafts')
        .send({ text: 'A. Envoy said the summit would go ahead.', date: '2026-03-12' });
      expect(res.status).toBe(200);
      return (res.body as Draft).entities.filter((e) => e.status === 'existing').map((e) => e.id);
    };
    expect(await draftIds()).toContain('fx-a-envoy');
    const res = await request(server)
      .post('/api/entities/fx-a-envoy/merge')
      .send({ into: 'fx-alice' });
    expect(res.status).toBe(200);
    const after = await draftIds();
    expect(after).not.toContain('fx-a-envoy');
    expect(after).toContain('fx-alice');
    expect(res.body.graph.deletedNodes).toBe(1);

    const registry = parse(fs.readFileSync(path.join(seeds, 'entities.yaml'), 'utf8')) as {
      entities: { id: string; aliases?: string[] }[];
      merged: { id: string; into: string }[];
    };
    expect(registry.entities.map((e) => e.id)).not.toContain('fx-a-envoy');
    expect(registry.merged).toEqual([
      expect.objectContaining({ id: 'fx-a-envoy', into: 'fx-alice' }),
    ]);
    // The extraction file still names the old id: it resolves through the redirect.
    expect(fs.readFileSync(path.join(seeds, 'extractions', 'fx-dupe-two.yaml'), 'utf8')).toContain(
      'from: fx-a-envoy',
    );

    // The old id still answers, with the entity it became.
    const old = await request(app()).get('/api/entities/fx-a-envoy').expect(200);
    expect(old.body.entity.id).toBe('fx-alice');
    expect(old.body.redirectedFrom).toBe('fx-a-envoy');
    expect(old.body.entity.aliases).toEqual(expect.arrayContaining(['A. Envoy', 'Envoy']));
    const types = old.body.groups.map((g: { type: string }) => g.type).sort();
    expect(types).toEqual(['PARTICIPATED_IN', 'SAID', 'WARNED']);
    const part = old.body.groups.find((g: { type: string }) => g.type === 'PARTICIPATED_IN');
    expect(part.count).toBe(1);
    const shared = await request(app()).get('/api/graph?ids=fx-a-envoy,fx-summit&among=true');
    expect(shared.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'fx-alice',
      'fx-summit',
    ]);
    expect(shared.body.edges).toHaveLength(1);

    // Ingesting the article that names the old id changes nothing: it follows the redirect.
    const merged = await graphChecksum(driver, database);
    const again = await ingestArticle({
      driver,
      database,
      seedsDir: seeds,
      article: 'fx-dupe-two',
    });
    expect(again.created + again.updated + again.deleted).toBe(0);
    // And a rebuild from the seeds gives the same graph.
    await resetOwned(driver, database);
    await ingest({ driver, database, seedsDir: seeds });
    expect(await graphChecksum(driver, database)).toEqual(merged);

    // Merging it again is refused and changes nothing.
    const twice = await unchanged(() => merge('fx-a-envoy', { into: 'fx-alice' }));
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('already merged into "fx-alice"');
  });
});

describe('the OpenAPI document', () => {
  it('lists the merge and duplicates endpoints', async () => {
    const res = await request(app()).get('/api/openapi.json').expect(200);
    const m = res.body.paths['/api/entities/{id}/merge'].post;
    expect(m.requestBody.content['application/json'].schema.required).toEqual(['into']);
    expect(Object.keys(m.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '409']));
    expect(res.body.paths['/api/duplicates'].get).toBeDefined();
    expect(res.body.paths['/api/duplicates/dismiss'].post).toBeDefined();
  });
});
