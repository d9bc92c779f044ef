/**
 * The seeds fingerprint (seeds-fingerprint.ts): stable for the same files, different when any
 * file's content or name changes or a file is added. Runs without Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { groupCountQuery } from '../../scripts/src/ingest/ingest';
import { seedsFingerprint } from '../../scripts/src/ingest/seeds-fingerprint';
import { MINI_SEEDS, removeVariants, variant } from './fixtures';

afterAll(removeVariants);

describe('seeds fingerprint', () => {
  it('is the same for the same files and changes with any content, name or added file', () => {
    const a = seedsFingerprint(MINI_SEEDS);
    expect(seedsFingerprint(MINI_SEEDS)).toBe(a);
    const copy = variant('fingerprint-copy', {});
    expect(seedsFingerprint(copy)).toBe(a);

    const edited = variant('fingerprint-edit', {
      'entities.yaml': (t) => t.replace('Alice', 'Alicia'),
    });
    expect(seedsFingerprint(edited)).not.toBe(a);

    const added = variant('fingerprint-add', {});
    fs.writeFileSync(path.join(added, 'articles', 'extra.txt'), 'One more text.');
    expect(seedsFingerprint(added)).not.toBe(a);

    const renamed = variant('fingerprint-rename', {});
    const dir = path.join(renamed, 'articles');
    const [first] = fs.readdirSync(dir);
    fs.renameSync(path.join(dir, first!), path.join(dir, `z-${first}`));
    expect(seedsFingerprint(renamed)).not.toBe(a);
  });
});

describe('the rerun count check (groupCountQuery)', () => {
  it('counts every recorded group in one query, a branch per label or type', () => {
    const q = groupCountQuery([
      ['node', 'Person', 3],
      ['node', 'Article', 2],
      ['relationship', 'SAID', 5],
      ['relationship', 'MENTIONS', 4],
    ])!;
    const branches = q.split('\nUNION ALL\n');
    expect(branches).toEqual([
      "MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS name, count(n) AS c",
      "MATCH (n:Article) RETURN 'node' AS kind, 'Article' AS name, count(n) AS c",
      "MATCH ()-[r:SAID]->() RETURN 'relationship' AS kind, 'SAID' AS name, count(r) AS c",
      "MATCH ()-[r:MENTIONS]->() RETURN 'relationship' AS kind, 'MENTIONS' AS name, count(r) AS c",
    ]);
  });

  it('refuses a name outside the model (labels and types reach Cypher only from its enums)', () => {
    expect(groupCountQuery([['node', 'Person) DETACH DELETE (n', 1]])).toBeUndefined();
    expect(groupCountQuery([['relationship', 'Person', 1]])).toBeUndefined();
    expect(groupCountQuery([['node', 'SAID', 1]])).toBeUndefined();
    expect(groupCountQuery([])).toBeUndefined();
  });
});
