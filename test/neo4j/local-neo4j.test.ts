/**
 * The "real Neo4j without Docker" launcher: boots Neo4j 5.26 Community on a free port, answers
 * over Bolt, stops cleanly, and never outlives the process that started it.
 * Needs JDK 17+ and Maven (the first run downloads ~125 MB of jars from Maven Central).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ensureLauncherBuilt,
  repoRoot,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../scripts/src/neo4j/local-neo4j';
import { passwordFile } from '../../scripts/src/neo4j/local-password';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');

/** Alive and not a zombie (an orphan reparented to a non-reaping PID 1 can linger as one). */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !pidAlive(pid);
}

const tmpDirs: string[] = [];
const tmpDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
};

beforeAll(async () => {
  // First run only: mvn package + ~125 MB from Maven Central.
  await ensureLauncherBuilt((line) => process.stderr.write(`[neo4j build] ${line}\n`));
}, 15 * 60_000);

afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('local Neo4j launcher', () => {
  it('starts Neo4j 5.26 Community on a free port, answers over Bolt, and stops cleanly', async () => {
    const neo: LocalNeo4j = await startLocalNeo4j({ port: 0, dataDir: tmpDir('kg-neo4j-test-') });
    let stopped = false;
    try {
      expect(neo.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(neo.uri).not.toMatch(/:0$/);
      expect(neo.version).toMatch(/^5\.26\./);
      expect(neo.edition).toBe('community');
      expect(pidAlive(neo.pid)).toBe(true);

      const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
      try {
        const { records } = await driver.executeQuery(
          'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
        );
        expect(records).toHaveLength(1);
        expect(records[0]!.get('version')).toMatch(/^5\.26/);
        expect(records[0]!.get('edition')).toBe('community');
        const { records: dbs } = await driver.executeQuery(
          'SHOW DATABASES YIELD name RETURN name ORDER BY name',
          {},
          {
            database: 'system',
          },
        );
        expect(dbs.map((r) => r.get('name'))).toEqual(['neo4j', 'system']);
      } finally {
        await driver.close();
      }

      await neo.stop();
      stopped = true;
      await neo.stop(); // idempotent
      expect(await waitUntilGone(neo.pid, 5_000)).toBe(true);
    } finally {
      if (!stopped) await neo.stop();
    }
  }, 120_000);

  it('refuses Bolt without the generated password, keeps that password private, serves Neo4j Browser on 127.0.0.1 and caps transaction memory', async () => {
    const dataDir = tmpDir('kg-neo4j-auth-');
    const neo: LocalNeo4j = await startLocalNeo4j({ port: 0, dataDir, txMemory: '64m' });
    try {
      // Any web page can open ws://127.0.0.1:<bolt>: without auth it could run Cypher.
      for (const auth of [
        undefined, // no credentials at all
        neo4j.auth.basic('neo4j', 'neo4j'),
        neo4j.auth.basic(neo.user, `${neo.password}x`),
      ]) {
        const stranger = neo4j.driver(neo.uri, auth);
        try {
          await expect(stranger.executeQuery('RETURN 1')).rejects.toMatchObject({
            code: 'Neo.ClientError.Security.Unauthorized',
          });
        } finally {
          await stranger.close();
        }
      }

      const file = passwordFile(dataDir);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(neo.password);
      expect(neo.password).toMatch(/^[\w-]{24}$/);

      expect(neo.browserUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
      const page = await fetch(neo.browserUrl!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Neo4j Browser');

      const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
      try {
        // db.memory.transaction.max: a query that holds more than the cap is refused.
        await expect(
          driver.executeQuery('UNWIND range(1, 20000000) AS i RETURN collect(i) AS all'),
        ).rejects.toMatchObject({ code: expect.stringMatching(/MemoryPoolOutOfMemoryError$/) });
        const { records } = await driver.executeQuery('RETURN 1 AS one');
        expect(records[0]!.get('one').toNumber()).toBe(1);
      } finally {
        await driver.close();
      }
    } finally {
      await neo.stop();
    }

    // A restart on the same data keeps the password (and can run without the HTTP connector).
    const again = await startLocalNeo4j({ port: 0, dataDir, httpPort: -1 });
    try {
      expect(again.password).toBe(neo.password);
      expect(again.browserUrl).toBeUndefined();
      const driver = neo4j.driver(again.uri, neo4j.auth.basic(again.user, again.password));
      try {
        await driver.executeQuery('RETURN 1');
      } finally {
        await driver.close();
      }
    } finally {
      await again.stop();
    }
  }, 400_000);

  it('takes further Neo4j settings by name, refuses an unknown one, and maps the class archive of an earlier start', async () => {
    const cds = path.join(repoRoot(), 'scripts', 'neo4j', 'target', 'cds');
    const archives = () =>
      fs.existsSync(cds)
        ? fs.readdirSync(cds).filter((f) => /^neo4j-server-\w+\.jsa$/.test(f))
        : [];
    if (!archives().length) {
      // A start that reaches its ready line writes the archive when it stops.
      const first = await startLocalNeo4j({ port: 0, httpPort: -1, dataDir: tmpDir('kg-neo4j-') });
      await first.stop();
    }
    expect(archives()).toHaveLength(1);
    const neo = await startLocalNeo4j({
      port: 0,
      httpPort: -1,
      dataDir: tmpDir('kg-neo4j-settings-'),
      settings: { 'db.lock.acquisition.timeout': '17s' },
    });
    try {
      const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password));
      try {
        const { records } = await driver.executeQuery(
          "SHOW SETTINGS YIELD name, value WHERE name = 'db.lock.acquisition.timeout' RETURN value",
        );
        expect(records.map((r) => r.get('value'))).toEqual(['17s']);
      } finally {
        await driver.close();
      }
      // This JVM reads the classes from the archive: it has the file mapped.
      if (process.platform === 'linux') {
        const maps = fs.readFileSync(`/proc/${neo.pid}/maps`, 'utf8');
        expect(maps).toContain(path.join(cds, archives()[0]!));
      }
    } finally {
      await neo.stop();
    }

    await expect(
      startLocalNeo4j({
        port: 0,
        httpPort: -1,
        dataDir: tmpDir('kg-neo4j-bad-setting-'),
        settings: { 'db.no_such_setting': '1' },
      }),
    ).rejects.toThrow(/db\.no_such_setting/);
  }, 300_000);

  it('does not leave an orphan JVM when the process that started it is SIGKILLed', async () => {
    const dataDir = tmpDir('kg-neo4j-orphan-');
    const script = path.join(tmpDir('kg-neo4j-parent-'), 'parent.ts');
    const wrapper = path.join(repoRoot(), 'scripts', 'src', 'neo4j', 'local-neo4j');
    fs.writeFileSync(
      script,
      `const { startLocalNeo4j } = require(${JSON.stringify(wrapper)});
startLocalNeo4j({ port: 0, dataDir: ${JSON.stringify(dataDir)} }).then(
  (neo: { pid: number; uri: string }) => console.log('CHILD_READY ' + JSON.stringify({ pid: neo.pid, uri: neo.uri })),
  (err: Error) => { console.error(err.message); process.exit(1); },
);
`,
    );
    // node --import tsx keeps it one process, so SIGKILL hits the JVM's real parent.
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    parent.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const info = await new Promise<{ pid: number; uri: string }>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`parent not ready in 90 s: ${stderr}`)),
        90_000,
      );
      parent.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /CHILD_READY (\{.*\})/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(JSON.parse(m[1]!));
        }
      });
      parent.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`parent exited early (${code}): ${stderr}`));
      });
    });
    expect(pidAlive(info.pid)).toBe(true);

    const killedAt = Date.now();
    parent.kill('SIGKILL');
    try {
      expect(await waitUntilGone(info.pid, 20_000)).toBe(true);
      process.stderr.write(
        `[neo4j test] orphaned JVM exited ${Date.now() - killedAt} ms after its parent died\n`,
      );
    } finally {
      if (pidAlive(info.pid)) process.kill(info.pid, 'SIGKILL');
    }
  }, 120_000);
});
