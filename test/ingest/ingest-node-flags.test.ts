/**
 * The benchmarks run the ingestion CLI as `npm run ingest` does, Node's flags included: the
 * figures they print are only the command's if the two agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { INGEST_NODE_FLAGS } from '../../scripts/src/bench/ingest-bench';

const root = path.resolve(__dirname, '..', '..');

describe("the ingestion command's Node flags", () => {
  it('are the same in package.json, the benchmarks and docker compose', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const script = pkg.scripts.ingest!.split(/\s+/);
    expect(script.slice(1, 1 + INGEST_NODE_FLAGS.length)).toEqual(INGEST_NODE_FLAGS);
    expect(script.at(-2)).toBe('scripts/bin/run-built.cjs');
    const compose = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    const command = /ingest:[\s\S]*?command: \[(.*)\]/.exec(compose)?.[1] ?? '';
    for (const flag of INGEST_NODE_FLAGS) expect(command).toContain(`'${flag}'`);
  });
});
