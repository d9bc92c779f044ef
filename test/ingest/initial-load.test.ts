/**
 * The initial load through neo4j-admin import, on throw-away data folders with their own
 * Neo4j (the importer writes store files; it cannot load into the shared test database).
 * Compared with the shared database, which global setup loaded with the Cypher writer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver, waitForNeo4j } from '@kg/server';
import { DomainError } from '@kg/server/contracts';
import { initialLoad, type InitialLoadSummary } from '../../scripts/src/ingest/initial-load';
import { ingest, SeedValidationError } from '../../scripts/src/ingest/index';
import { schemaStatements } from '../../scripts/src/ingest/schema';
import { startLocalNeo4j, type LocalNeo4j } from '../../scripts/src/neo4j/local-neo4j';
import { graphChecksum } from '../support/graph-checksum';
import { testDriver, testTarget } from '../support/neo4j';
import { BAD, MINI_SEEDS, REAL_SEEDS, removeVariants } from './fixtures';

const temps: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kg-initial-${name}-`));
  temps.push(dir);
  return path.join(dir, 'data');
};
/** Every file under `dir` with its size and mtime: "untouched" means this is unchanged. */
const listing = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((e) => e.isFile())
        .map((e) => {
          const p = path.join(e.parentPath, e.name);
          const st = fs.statSync(p);
          return `${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`;
        })
        .sort()
    : [];
/** Work folders an initial load left beside `dataDir` (there must be none). */
const leftovers = (dataDir: string) =>
  fs
    .readdirSync(path.dirname(dataDir))
    .filter((n) => n.startsWith(`${path.basename(dataDir)}.initial-load`));

async function withNeo4j<T>(dataDir: string, f: (driver: Driver) => Promise<T>): Promise<T> {
  const neo: LocalNeo4j = await startLocalNeo4j({ port: 0, dataDir });
  const driver = createDriver({
    uri: neo.uri,
    user: neo.user,
    password: neo.password,
    database: 'neo4j',
  });
  try {
    await waitForNeo4j(driver, 60_000);
    return await f(driver);
  } finally {
    await driver.close();
    await neo.stop();
  }
}

afterAll(() => {
  removeVariants();
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

describe('initial load with neo4j-admin import', () => {
  let dataDir: string;
  let summary: InitialLoadSummary;
  let sharedChecksum: string;

  beforeAll(async () => {
    const shared = testDriver();
    try {
      sharedChecksum = await graphChecksum(shared, testTarget().database, {
        emptyListsAsAbsent: true,
      });
    } finally {
      await shared.close();
    }
    dataDir = tempDir('real');
    summary = await initialLoad({ dataDir, seedsDir: REAL_SEEDS });
  });

  it('writes what the Cypher writer writes, builds the schema, and a MERGE rerun changes nothing', async () => {
    expect(summary.replaced).toBe(false);
    expect(leftovers(dataDir)).toEqual([]);
    await withNeo4j(dataDir, async (driver) => {
      expect(await graphChecksum(driver, 'neo4j', { emptyListsAsAbsent: true })).toBe(
        sharedChecksum,
      );
      const { records } = await driver.executeQuery(
        'SHOW INDEXES YIELD name, state WHERE name IS NOT NULL RETURN name, state',
      );
      const online = new Map(records.map((r) => [r.get('name') as string, r.get('state')]));
      for (const statement of schemaStatements()) {
        const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)![1]!;
        expect([name, online.get(name)]).toEqual([name, 'ONLINE']);
      }
      const hit = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_search', 'witkoff') YIELD node RETURN node.id AS id LIMIT 1",
      );
      expect(hit.records[0]?.get('id')).toBe('steve-witkoff');
      // Every node and relationship the import wrote has its content hash and no run id.
      const marks = await driver.executeQuery(
        `MATCH (n) WHERE n:Entity OR n:Article
         WITH count(n) AS nodes, count(n.hash) AS hashed, count(n.ingestRun) AS runs
         MATCH ()-[r]->()
         RETURN nodes, hashed, runs, count(r) AS rels, count(r.hash) AS relsHashed,
                count(r.ingestRun) AS relRuns`,
      );
      const m = marks.records[0]!.toObject() as Record<string, unknown>;
      expect(Number(m.nodes)).toBeGreaterThan(0);
      expect(Number(m.rels)).toBeGreaterThan(0);
      expect(m.hashed).toEqual(m.nodes);
      expect(m.relsHashed).toEqual(m.rels);
      expect([Number(m.runs), Number(m.relRuns)]).toEqual([0, 0]);
      // Same content hashes as the Cypher writer: its rerun finds nothing to change.
      const rerun = await ingest({ driver, database: 'neo4j', seedsDir: REAL_SEEDS });
      expect(rerun.firstLoad).toBe(false);
      expect(rerun.totals.unchanged).toBe(rerun.totals.rows);
    });
  });

  it('refuses bad seeds before writing anything', async () => {
    const fresh = tempDir('bad');
    await expect(initialLoad({ dataDir: fresh, seedsDir: BAD.unknownEntity() })).rejects.toThrow(
      SeedValidationError,
    );
    expect(fs.existsSync(fresh)).toBe(false);
    expect(leftovers(fresh)).toEqual([]);
  });

  it('refuses a folder that holds a database unless asked to replace it, touching nothing', async () => {
    const before = listing(dataDir);
    await expect(initialLoad({ dataDir, seedsDir: MINI_SEEDS })).rejects.toThrow(
      /already holds a database; an initial load replaces it only with --reset/,
    );
    expect(listing(dataDir)).toEqual(before);
    expect(leftovers(dataDir)).toEqual([]);
  });

  it('refuses while a Neo4j runs on the folder, even when asked to replace', async () => {
    await withNeo4j(dataDir, async () => {
      const err = await initialLoad({ dataDir, seedsDir: MINI_SEEDS, replace: true }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('import_failed');
      expect((err as Error).message).toMatch(/a running Neo4j holds .*; stop it/);
      expect(leftovers(dataDir)).toEqual([]);
    });
    await withNeo4j(dataDir, async (driver) => {
      expect(await graphChecksum(driver, 'neo4j', { emptyListsAsAbsent: true })).toBe(
        sharedChecksum,
      );
    });
  });

  it('replaces the database when asked', async () => {
    const replaced = await initialLoad({ dataDir, seedsDir: MINI_SEEDS, replace: true });
    expect(replaced.replaced).toBe(true);
    expect(leftovers(dataDir)).toEqual([]);
    await withNeo4j(dataDir, async (driver) => {
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity) RETURN count(n) AS entities, count { MATCH (:Entity {id: "steve-witkoff"}) } AS witkoff',
      );
      expect(Number(records[0]!.get('entities'))).toBe(replaced.graph.nodes.Entity);
      expect(Number(records[0]!.get('witkoff'))).toBe(0);
    });
  });
});
