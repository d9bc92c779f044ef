/**
 * One ingest at a time, against the real test Neo4j: the lock itself (held, waited for, taken
 * over, fenced), then the CLI as separate processes: two ingests at once, a held lock (exit 2
 * naming the holder), stale locks taken over, and a run killed with SIGKILL mid-way then rerun.
 * Every test ends with the seed graph exactly as global setup loaded it (fingerprint).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  acquireIngestLock,
  IngestLockedError,
  IngestLockLostError,
  lockHolder,
  resetOwned,
  type IngestLock,
} from '../../scripts/src/ingest/index';
import { INTAKE_LOCK_WAIT_MS } from '../../scripts/src/intake/save-article';
import { graphChecksum } from '../support/graph-checksum';
import { queryRows, testDriver, testTarget } from '../support/neo4j';
import { appFor } from '../api/helpers';
import { removeTempSeeds, seedsWithoutArticleTwo, snapshot, submission } from '../intake/fixtures';
import { REPO } from './fixtures';

const CLI = path.join(REPO, 'scripts', 'src', 'ingest', 'cli.ts');
const database = testTarget().database;
let driver: Driver;
let initial: string;
const held: IngestLock[] = [];

beforeAll(async () => {
  driver = testDriver();
  initial = await graphChecksum(driver, database);
});
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
});
afterAll(async () => {
  await driver.close();
  removeTempSeeds();
});

const checksum = () => graphChecksum(driver, database);
const hold = async (
  owner: string,
  extra: Partial<Parameters<typeof acquireIngestLock>[2]> = {},
) => {
  const lock = await acquireIngestLock(driver, database, { owner, waitMs: 0, ...extra });
  held.push(lock);
  return lock;
};

async function duplicates(): Promise<[number, number]> {
  const [n] = await queryRows<{ n: number }>(
    driver,
    `MATCH (n) WHERE n:Entity OR n:Article WITH n.id AS id, count(*) AS c WHERE c > 1
     RETURN toFloat(count(*)) AS n`,
  );
  const [r] = await queryRows<{ n: number }>(
    driver,
    `MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS t, r.id AS id, count(*) AS c
     WHERE c > 1 RETURN toFloat(count(*)) AS n`,
  );
  return [n!.n, r!.n];
}

async function bookkeeping(): Promise<number> {
  const [n] = await queryRows<{ n: number }>(
    driver,
    'MATCH (n) WHERE n:IngestRun OR n:IngestLock RETURN toFloat(count(n)) AS n',
  );
  return n!.n;
}

/** The ingest CLI as its own process: one node process (no tsx wrapper), so SIGKILL reaches it. */
interface Cli {
  child: ChildProcess;
  out: () => string;
  done: Promise<number | null>;
}
function cli(args: string[]): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out: () => out, done };
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A pid that was alive a moment ago and is not any more. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

/** A lock node as another process would have left it. */
async function plantLock(holder: { owner: string; pid: number; host: string; ageMs: number }) {
  await driver.executeQuery(
    `CREATE (l:IngestLock {database: $database, token: 'planted', owner: $owner, pid: $pid,
       host: $host, startedAt: datetime.realtime() - duration({milliseconds: $age}),
       heartbeat: datetime.realtime() - duration({milliseconds: $age})})`,
    { database, ...holder, pid: neo4j.int(holder.pid), age: neo4j.int(holder.ageMs) },
    { database },
  );
}

describe('the ingest lock', () => {
  it('refuses a second holder, naming the first, and lets it in once released', async () => {
    const first = await hold('test holder A');
    const error = await acquireIngestLock(driver, database, { owner: 'B', waitMs: 0 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestLockedError);
    const holder = (error as IngestLockedError).holder;
    expect(holder).toMatchObject({ owner: 'test holder A', pid: process.pid, host: os.hostname() });
    expect((error as Error).message).toMatch(/test holder A \(pid \d+ on /);
    await first.release();
    await hold('B');
    expect((await lockHolder(driver, database))?.owner).toBe('B');
  });

  it('a waiting holder says whom it waits for and gets the lock when the first lets go', async () => {
    const first = await hold('test holder A');
    const lines: string[] = [];
    const second = acquireIngestLock(driver, database, {
      owner: 'B',
      waitMs: 30_000,
      log: (l) => lines.push(l),
    });
    await until('B says it waits', () => lines.length > 0);
    expect(lines[0]).toMatch(/^waiting for another ingest to finish: test holder A/);
    await first.release();
    held.push(await second);
    expect((await lockHolder(driver, database))?.owner).toBe('B');
  });

  it('a holder that was taken over cannot commit: its fenced transaction rolls back', async () => {
    const first = await hold('slow holder');
    await new Promise((r) => setTimeout(r, 50));
    // staleAfterMs 10: the first holder's heartbeat (≥ 50 ms old) counts as stale.
    const lines: string[] = [];
    await hold('impatient', { staleAfterMs: 10, log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/took over a stale ingest lock: slow holder/);
    const session = driver.session({ database });
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await tx.run("CREATE (:Entity:Person {id: 'fx-must-not-exist'})");
          await first.fence(tx);
        }),
      ).rejects.toBeInstanceOf(IngestLockLostError);
    } finally {
      await session.close();
    }
    expect(await queryRows(driver, "MATCH (n {id: 'fx-must-not-exist'}) RETURN n")).toEqual([]);
    expect(() => first.assertHeld()).toThrow(IngestLockLostError);
    expect((await lockHolder(driver, database))?.owner).toBe('impatient');
  });

  it('is invisible: not in the fingerprint, the schema or the health counts, nothing left after', async () => {
    const everything = await graphChecksum(driver, database, { scope: 'everything' });
    const app = appFor(driver);
    const healthBefore = (await request(app).get('/api/health').expect(200)).body;
    await hold('test holder');
    expect(await checksum()).toBe(initial);
    const schema = (await request(app).get('/api/schema').expect(200)).body as {
      labels: { label: string }[];
      propertyKeys: string[];
    };
    expect(schema.labels.map((l) => l.label)).not.toContain('IngestLock');
    expect(schema.propertyKeys).not.toEqual(expect.arrayContaining(['heartbeat']));
    expect(schema.propertyKeys).not.toContain('token');
    const health = (await request(app).get('/api/health').expect(200)).body;
    expect(health.counts).toEqual(healthBefore.counts);
    await held.pop()!.release();
    expect(await graphChecksum(driver, database, { scope: 'everything' })).toBe(everything);
  });
});

describe('saving an article from the explorer while another ingest runs', () => {
  it('waits, then answers 409 naming the ingest; seed files and graph untouched', async () => {
    const seeds = seedsWithoutArticleTwo();
    const files = snapshot(seeds);
    const graph = await graphChecksum(driver, database, { scope: 'everything' });
    await hold('npm run ingest (test)');
    const t0 = Date.now();
    const res = await request(appFor(driver, { SEEDS_DIR: seeds }))
      .post('/api/articles')
      .send(submission());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ingest_running');
    expect(res.body.error.message).toMatch(/Nothing was saved: .*npm run ingest \(test\)/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(INTAKE_LOCK_WAIT_MS);
    expect(snapshot(seeds)).toEqual(files);
    await held.pop()!.release();
    expect(await graphChecksum(driver, database, { scope: 'everything' })).toBe(graph);
  }, 60_000);
});

describe('npm run ingest, one at a time', () => {
  afterEach(async () => {
    // Whatever a test did, the database ends holding the seed graph and no bookkeeping.
    expect(await bookkeeping()).toBe(0);
    expect(await checksum()).toBe(initial);
  });

  it('a held lock makes a second ingest exit 2 naming the holder, having written nothing', async () => {
    // (The held lock's heartbeat changes its node: compare with the lock released.)
    const before = await graphChecksum(driver, database, { scope: 'everything' });
    await hold('test holder (a long ingest)');
    const run = cli(['--wait', '0']);
    expect(await run.done).toBe(2);
    expect(run.out()).toMatch(
      new RegExp(
        `another ingest is writing to database "neo4j": test holder \\(a long ingest\\) \\(pid ${process.pid} on ${os.hostname()}`,
      ),
    );
    await held.pop()!.release();
    expect(await graphChecksum(driver, database, { scope: 'everything' })).toBe(before);
  });

  it('two ingests at once into an empty database: one loads, the other waits then finds it all unchanged', async () => {
    await resetOwned(driver, database);
    // Both start while a third party holds the lock, so they race for it at the same moment.
    await hold('test gate');
    const a = cli(['--wait', '600']);
    const b = cli(['--wait', '600']);
    await until(
      'both ingests wait',
      () => /waiting for/.test(a.out()) && /waiting for/.test(b.out()),
      120_000,
    );
    await held.pop()!.release();
    expect([await a.done, await b.done]).toEqual([0, 0]);
    const outs = [a.out(), b.out()];
    expect(outs.filter((o) => /first load \(CREATE\)/.test(o))).toHaveLength(1);
    expect(outs.filter((o) => /total\s+[\d,]+\s+0\s+0\s+[\d,]+/.test(o))).toHaveLength(1);
    expect(await duplicates()).toEqual([0, 0]);
  }, 240_000);

  it('a stale lock is taken over: heartbeat too old (another host), or its pid gone (this host)', async () => {
    await plantLock({ owner: 'crashed elsewhere', pid: 1, host: 'another-host', ageMs: 600_000 });
    const old = cli(['--wait', '0']);
    expect(await old.done).toBe(0);
    expect(old.out()).toMatch(
      /took over a stale ingest lock: crashed elsewhere .*stopped sending heartbeats/,
    );
    expect(await bookkeeping()).toBe(0);

    await plantLock({ owner: 'killed here', pid: deadPid(), host: os.hostname(), ageMs: 0 });
    const dead = cli(['--wait', '0']);
    expect(await dead.done).toBe(0);
    expect(dead.out()).toMatch(/took over a stale ingest lock: killed here .*is no longer running/);
  }, 120_000);

  it('kill -9 mid-run, then a rerun: the killed run is undone and the graph is as one ingest makes it', async () => {
    // Batched mode, one row per transaction: hundreds of commits, so the kill lands mid-run.
    const run = cli(['--reset', '--single-tx-rows', '1', '--batch-size', '1', '--wait', '0']);
    let runId = '';
    await until(
      'the run has committed part of the graph',
      async () => {
        const rows = await queryRows<{ id: string; n: number }>(
          driver,
          `MATCH (m:IngestRun {status: 'running'})
           OPTIONAL MATCH (n:Entity {ingestRun: m.id})
           RETURN m.id AS id, toFloat(count(n)) AS n`,
        );
        runId = rows[0]?.id ?? '';
        return (rows[0]?.n ?? 0) >= 20;
      },
      120_000,
    );
    run.child.kill('SIGKILL');
    expect(await run.done).toBeNull();
    // Left behind: the marker, the lock of a dead pid, part of the graph.
    expect((await lockHolder(driver, database))?.pid).toBe(run.child.pid);
    expect(await checksum()).not.toBe(initial);

    const rerun = cli(['--wait', '0']);
    expect(await rerun.done).toBe(0);
    expect(rerun.out()).toMatch(
      /took over a stale ingest lock: npm run ingest .*is no longer running/,
    );
    expect(rerun.out()).toContain(`found interrupted ingestion run ${runId}: undoing it first`);
    expect(await duplicates()).toEqual([0, 0]);
  }, 240_000);
});
