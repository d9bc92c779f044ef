/** `npm start` fails fast and clearly on bad configuration or an unreachable NEO4J_URI. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function start(env: Record<string, string>) {
  const started = Date.now();
  const out = spawnSync(tsx, ['scripts/src/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { ...out, ms: Date.now() - started };
}

describe('npm start with bad configuration', () => {
  it('exits non-zero at once, naming NEO4J_URI, when it is nonsense', () => {
    const out = start({ NEO4J_URI: 'nonsense' });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/NEO4J_URI must look like bolt:\/\//);
    expect(out.ms).toBeLessThan(10_000);
  });

  it('gives a clear error within seconds when NEO4J_URI points nowhere', () => {
    const out = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/Neo4j did not answer within \d+ s/);
    expect(out.ms).toBeLessThan(15_000);
  });
});
