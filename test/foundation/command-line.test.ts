/**
 * The scripts' commands read their options one way (scripts/src/command-line.ts): an unknown or
 * malformed option prints why and the usage and exits 2 before anything runs, --help prints the
 * usage and exits 0. Run as the user runs them; none of these reach a database.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(script: string, args: string[]) {
  return spawnSync(tsx, [script, ...args], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the commands of the scripts package', () => {
  it.each([
    ['scripts/src/ingest/cli.ts', ['--bogus'], /Unknown option '--bogus'/],
    ['scripts/src/ingest/cli.ts', ['--wait=-1'], /--wait must be a whole number ≥ 0/],
    [
      'scripts/src/generate/cli.ts',
      ['--articles', 'many'],
      /--articles must be a whole number ≥ 1/,
    ],
    ['scripts/src/neo4j/cli.ts', ['--port', '99999'], /invalid --port 99999/],
  ])('%s %j: exit 2, saying why, with the usage', (script, args, why) => {
    const out = run(script, args);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(why);
    expect(out.stderr).toMatch(/usage: npm run/);
  });

  it.each(['scripts/src/ingest/cli.ts', 'scripts/src/generate/cli.ts', 'scripts/src/neo4j/cli.ts'])(
    '%s --help: the usage, exit 0',
    (script) => {
      const out = run(script, ['--help']);
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/usage: npm run/);
    },
  );
});
