/**
 * Real Neo4j without Docker: boots Neo4j 5.26 Community embedded in a small Java launcher
 * (scripts/neo4j, built with Maven on first use) and waits until its Bolt port is ready.
 *
 * Needs a JDK 17+ (`java`) and, to build the launcher once, Maven 3.8+ (`mvn`). The jars
 * (~125 MB) come from Maven Central into ~/.m2 and scripts/neo4j/target/lib.
 *
 * The JVM is tied to this process: it reads its stdin until EOF (this process holds the other end
 * of the pipe, which the kernel closes when we die, even on SIGKILL) and also polls that its parent
 * is alive. stop() sends SIGTERM (clean shutdown), then SIGKILL after 30 s.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { LOCAL_USER, localPassword } from './local-password';

export const NEO4J_VERSION = '5.26.30';
const APPROX_DOWNLOAD_MB = 125;
const READY_PREFIX = 'NEO4J_READY ';
const EXIT_LOCKED = 3;
const BUILD_STAMP = '.kg-build-ok';
/** The launcher's own classes as `mvn package` jars them (pom.xml's artifactId and version). */
const LAUNCHER_JAR = 'kg-neo4j-launcher-0.1.0.jar';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 = any free port. Default: env NEO4J_BOLT_PORT, else 7687. */
  port?: number;
  /** Store directory. Default: <repo>/.neo4j/data (git-ignored). */
  dataDir?: string;
  /**
   * The user Neo4j authenticates (password: 8+ characters). Default: `neo4j` with the password
   * generated into the data folder (./local-password.ts). Auth is always on.
   */
  auth?: { user: string; password: string };
  /** HTTP connector (Neo4j Browser) on 127.0.0.1; 0 = any free port, -1 = none. Default 0. */
  httpPort?: number;
  /** db.memory.transaction.max, e.g. 256m: a query needing more is refused. Default 256m. */
  txMemory?: string;
  /** db.transaction.timeout in seconds. Default 30. */
  txTimeoutSeconds?: number;
  /** How long to wait for the ready line (after the launcher is built). Default 120 000. */
  startTimeoutMs?: number;
  /** Progress and Neo4j launcher stderr lines. Default: discarded. */
  log?: (line: string) => void;
  /** JVM -Xmx. Default: env NEO4J_HEAP, else 1g. */
  heap?: string;
  /** server.memory.pagecache.size. Default: env NEO4J_PAGECACHE, else 128m. */
  pageCache?: string;
  /** Further Neo4j settings by name (neo4j.conf syntax), e.g. index population tuning. */
  settings?: Readonly<Record<string, string>>;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  edition: string;
  dataDir: string;
  /** Neo4j Browser on the HTTP connector, when it is on. */
  browserUrl?: string;
  /** The credentials Bolt accepts. */
  user: string;
  password: string;
  /** pid of the JVM */
  pid: number;
  /** Clean shutdown (SIGTERM, then SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
}

/**
 * Flags from Neo4j 5.26's own neo4j.conf (server.jvm.additional) that matter for an embedded
 * DBMS on Java 17, plus exit-on-OOM so a broken JVM never lingers.
 * -XX:+AlwaysPreTouch is left out on purpose: it slows start-up by touching the whole heap.
 */
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const INSTALL_HINT =
  'Install a JDK 17+ and Maven 3.8+ (Debian/Ubuntu: `sudo apt-get install openjdk-17-jdk-headless maven`; ' +
  'macOS: `brew install openjdk@17 maven`), or run Neo4j yourself (`docker compose up neo4j`) and set NEO4J_URI.';

let cachedRoot: string | undefined;

/** The monorepo root: the nearest ancestor whose package.json declares workspaces. */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).workspaces) return (cachedRoot = dir);
      } catch {
        /* not ours, keep walking */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`repoRoot: no package.json with "workspaces" above ${__dirname}`);
    dir = parent;
  }
}

const launcherDir = () => path.join(repoRoot(), 'scripts', 'neo4j');
const targetDir = () => path.join(launcherDir(), 'target');
/**
 * The launcher's jar, then Neo4j's. The jar rather than target/classes: the JVM archives
 * classes (classDataSharing) only when no directory on the classpath holds any.
 */
const launcherClasspath = () =>
  `${path.join(targetDir(), LAUNCHER_JAR)}${path.delimiter}${path.join(targetDir(), 'lib', '*')}`;
const cdsDir = () => path.join(targetDir(), 'cds');

/**
 * Class-data sharing for the launcher's JVM. Neo4j loads ~22,000 classes while it starts, and
 * reading and verifying them is most of the start: 6.9 s wall and 12.4 s CPU here on an idle
 * machine, against 4.8 s and 8.7 s with the archive (docs/benchmarks.md §1). The first start
 * without an archive records the classes it loaded at exit (-XX:ArchiveClassesAtExit); later
 * starts map them (-XX:SharedArchiveFile). The archive is kept only from a JVM that got as far
 * as the ready line (an aborted start loads a fraction of the classes), under a temporary name
 * renamed at exit, so a JVM starting meanwhile never maps half a file. It is keyed on the Java
 * build and removed when the launcher is rebuilt; a JVM that finds it stale (the jars it
 * records changed) simply runs without it.
 */
export function classDataSharing(name: string): {
  flags: string[];
  /** Call once the JVM has exited; `complete`: it reached the ready line. */
  exited: (complete: boolean) => void;
} {
  const key = crypto
    .createHash('sha256')
    .update(javaVersion ?? '')
    .digest('hex')
    .slice(0, 12);
  const archive = path.join(cdsDir(), `${name}-${key}.jsa`);
  // What CDS reports (classes it cannot archive, an archive it refuses) is no failure, and it
  // would go to stdout, which carries the ready line.
  const quiet = '-Xlog:cds*=off';
  if (fs.existsSync(archive)) {
    return { flags: [`-XX:SharedArchiveFile=${archive}`, quiet], exited: () => {} };
  }
  fs.mkdirSync(cdsDir(), { recursive: true });
  // A JVM whose parent died writes its archive with nobody left to rename or remove it.
  for (const f of fs.readdirSync(cdsDir())) {
    const p = path.join(cdsDir(), f);
    if (f.endsWith('.tmp') && Date.now() - mtime(p) > 10 * 60_000) fs.rmSync(p, { force: true });
  }
  const tmp = `${archive}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${tmp}`, quiet],
    exited: (complete) => {
      try {
        if (complete && fs.statSync(tmp).size > 0 && !fs.existsSync(archive)) {
          fs.renameSync(tmp, archive);
        }
      } catch {
        // no archive this time (the JVM was killed, or could not write it)
      }
      fs.rmSync(tmp, { force: true });
    },
  };
}

function commandWorks(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: 15_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error || r.status !== 0) return { ok: false, output: String(r.error ?? r.stderr ?? '') };
  return { ok: true, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

let javaVersion: string | undefined;
function checkJava(): void {
  if (javaVersion !== undefined) return;
  const r = commandWorks('java', ['-version']);
  if (!r.ok) {
    throw new Error(
      `Cannot start a local Neo4j: \`java\` was not found or does not run. ${INSTALL_HINT}`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.output);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major && major < 17) {
    throw new Error(
      `Cannot start a local Neo4j: Neo4j 5.26 needs Java 17+, found Java ${major}. ${INSTALL_HINT}`,
    );
  }
  javaVersion = r.output;
}

let mvnChecked = false;
function checkMaven(): void {
  if (mvnChecked) return;
  if (!commandWorks('mvn', ['-v']).ok) {
    throw new Error(
      `Cannot build the local Neo4j launcher: \`mvn\` (Maven 3.8+) was not found or does not run. ${INSTALL_HINT}`,
    );
  }
  mvnChecked = true;
}

const mtime = (p: string): number => {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};

function newestSource(): number {
  let newest = mtime(path.join(launcherDir(), 'pom.xml'));
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, mtime(p));
    }
  };
  const src = path.join(launcherDir(), 'src');
  if (fs.existsSync(src)) walk(src);
  return newest;
}

/** True when target/ holds the compiled launcher and every jar of the classpath, newer than the sources. */
export function isLauncherBuilt(): boolean {
  const target = targetDir();
  const cpFile = path.join(target, 'classpath.txt');
  const launcherClass = path.join(target, 'classes', 'kg', 'neo4j', 'Launcher.class');
  const launcherJar = path.join(target, LAUNCHER_JAR);
  // The stamp is written after a successful `mvn package` (Maven leaves unchanged outputs alone,
  // so their own mtimes cannot tell whether the build is newer than pom.xml).
  const built = mtime(path.join(target, BUILD_STAMP));
  if (
    built < 0 ||
    built < newestSource() ||
    mtime(cpFile) < 0 ||
    mtime(launcherClass) < 0 ||
    mtime(launcherJar) < 0
  )
    return false;
  const jars = fs.readFileSync(cpFile, 'utf8').trim().split(':').filter(Boolean);
  if (jars.length < 50) return false;
  return jars.every((rel) => {
    try {
      return fs.statSync(path.join(target, rel)).size > 0;
    } catch {
      return false;
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a process with this pid runs (EPERM: it does, under another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Cross-process build lock (target/.build.lock holding the owner's pid); stale locks are taken over. */
async function withBuildLock<T>(log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(targetDir(), { recursive: true });
  const lock = path.join(targetDir(), '.build.lock');
  const deadline = Date.now() + 20 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner: number;
      try {
        owner = Number(fs.readFileSync(lock, 'utf8').trim() || '0');
      } catch {
        continue; // released meanwhile: try again
      }
      const ageMs = Date.now() - mtime(lock);
      // an empty file is a lock being written right now, unless it has stayed empty for a while
      const stale = owner ? !pidAlive(owner) || ageMs > 20 * 60_000 : ageMs > 5_000;
      if (stale) {
        fs.rmSync(lock, { force: true }); // stale: its owner is gone
        continue;
      }
      if (!told) {
        log(`waiting for another process (pid ${owner}) that is building the Neo4j launcher...`);
        told = true;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for the build lock ${lock} (pid ${owner})`, {
          cause: e,
        });
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Builds scripts/neo4j (mvn package) unless target/ is complete and newer than pom.xml and the
 * Java source. Safe to call from several processes at once (lock file; the waiters then skip).
 */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<void> {
  checkJava();
  if (isLauncherBuilt()) return;
  checkMaven();
  await withBuildLock(log, async () => {
    if (isLauncherBuilt()) return; // someone else built it while we waited
    const m2Jar = path.join(
      os.homedir(),
      '.m2',
      'repository',
      'org',
      'neo4j',
      'neo4j',
      NEO4J_VERSION,
    );
    if (fs.existsSync(m2Jar))
      log(`Building the Neo4j ${NEO4J_VERSION} launcher (jars already in ~/.m2)...`);
    else
      log(
        `Downloading Neo4j ${NEO4J_VERSION} jars from Maven Central (first run only, ~${APPROX_DOWNLOAD_MB} MB)...`,
      );
    const buildStarted = Date.now();
    await runMaven(log);
    // Archived classes are only valid for the jars they were taken from.
    fs.rmSync(cdsDir(), { recursive: true, force: true });
    const stamp = path.join(targetDir(), BUILD_STAMP);
    fs.writeFileSync(stamp, `${NEO4J_VERSION}\n`);
    // sources edited during the build stay newer than the stamp, so the next call rebuilds
    fs.utimesSync(stamp, new Date(buildStarted), new Date(buildStarted));
    if (!isLauncherBuilt())
      throw new Error('mvn package succeeded but scripts/neo4j/target is incomplete');
    log('Neo4j launcher built.');
  });
}

function runMaven(log: (line: string) => void): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-Dstyle.color=never', '-f', path.join(launcherDir(), 'pom.xml'), 'package'],
      {
        cwd: launcherDir(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const tail: string[] = [];
    let downloads = 0;
    let bytes = 0;
    let lastReport = 0;
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const dl = /^\[INFO\] Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (dl) {
        downloads++;
        const unit = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[dl[2] as 'B' | 'kB' | 'MB' | 'GB'];
        bytes += Number(dl[1]) * unit;
        if (Date.now() - lastReport > 2000) {
          lastReport = Date.now();
          log(`  ...${downloads} files, ${(bytes / 1e6).toFixed(0)} MB downloaded`);
        }
      } else if (/^\[(ERROR|WARNING)\]|BUILD (SUCCESS|FAILURE)/.test(line)) {
        log(`  mvn: ${line}`);
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    child.on('error', (e) => reject(new Error(`could not run mvn: ${e.message}. ${INSTALL_HINT}`)));
    child.on('close', (code) => {
      if (code === 0) {
        if (downloads) log(`  ${downloads} files, ${(bytes / 1e6).toFixed(0)} MB downloaded`);
        log(`  mvn package took ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        reject(
          new Error(
            `building the Neo4j launcher failed (mvn exit ${code}; is Maven Central reachable?):\n${tail.join('\n')}`,
          ),
        );
      }
    });
  });
}

/** Where the local Neo4j keeps its files unless told otherwise (git-ignored). */
export const defaultDataDir = (): string => path.join(repoRoot(), '.neo4j', 'data');

/**
 * Whether a running Neo4j holds `dataDir` (its store lock is taken). Starts no database: the
 * launcher's --check-lock only tries the lock. Builds the launcher first if needed.
 */
export async function isDataDirLocked(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<boolean> {
  await ensureLauncherBuilt(log);
  const r = spawnSync(
    'java',
    [
      '-cp',
      launcherClasspath(),
      'kg.neo4j.Launcher',
      '--check-lock',
      '--no-stdin-watch',
      '--data',
      path.resolve(dataDir),
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status === 0) return false;
  if (r.status === EXIT_LOCKED) return true;
  throw new Error(`could not check the lock of ${dataDir}: ${String(r.error ?? r.stderr).trim()}`);
}

/**
 * The java command line of Neo4j's own admin tool (`neo4j-admin`), from the same Maven
 * artifacts as the launcher: `adminToolCommand('2g', 'database', 'import', 'full', ...)`.
 * It reads NEO4J_HOME and NEO4J_CONF from its environment.
 */
export function adminToolCommand(heap: string, ...args: string[]): string[] {
  return [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    path.join(targetDir(), 'lib', '*'),
    'org.neo4j.cli.AdminTool',
    ...args,
  ];
}

/** The java command line for the launcher (without the spawn options). */
export function launcherCommand(
  opts: LocalNeo4jOptions,
  port: number,
  dataDir: string,
  extraJvmFlags: readonly string[] = [],
): string[] {
  const heap = opts.heap ?? '1g';
  return [
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    ...extraJvmFlags,
    '-cp',
    launcherClasspath(),
    'kg.neo4j.Launcher',
    '--port',
    String(port),
    '--data',
    dataDir,
    '--tx-timeout',
    `${opts.txTimeoutSeconds ?? 30}s`,
    ...Object.entries(opts.settings ?? {}).flatMap(([name, value]) => [
      '--setting',
      `${name}=${value}`,
    ]),
  ];
}

/** Starts Neo4j (building the launcher first if needed) and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  await ensureLauncherBuilt(log);

  // Settings come from the caller (which read them through server/src/config.ts), never from
  // this process's environment; the JVM gets explicit values too.
  const port = opts.port ?? 7687;
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  fs.mkdirSync(dataDir, { recursive: true });
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Credentials travel in the environment, not argv (argv is visible in `ps`).
  const auth = opts.auth ?? { user: LOCAL_USER, password: localPassword(dataDir) };
  env.NEO4J_AUTH = `${auth.user}:${auth.password}`;
  env.NEO4J_PAGECACHE = opts.pageCache ?? '128m';
  env.NEO4J_TX_MEMORY = opts.txMemory ?? '256m';
  env.NEO4J_HTTP_PORT = String(opts.httpPort ?? 0);
  delete env.NEO4J_DATA_DIR;
  delete env.NEO4J_BOLT_PORT;

  const spawnedAt = Date.now();
  const cds = classDataSharing('neo4j-server');
  let reachedReady = false;
  const child = spawn('java', launcherCommand(opts, port, dataDir, cds.flags), {
    cwd: repoRoot(),
    env,
    stdio: ['pipe', 'pipe', 'pipe'], // stdin stays open: its EOF tells the JVM we are gone
  });
  const pid = child.pid;
  if (pid === undefined) {
    await new Promise((r) => child.once('error', r));
    throw new Error(`could not spawn java. ${INSTALL_HINT}`);
  }
  child.stdin!.on('error', () => {}); // EPIPE once the JVM has exited

  let exited = false;
  const exitPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      cds.exited(reachedReady);
      resolve();
    }),
  );
  // Last resort if this process exits without stop(): SIGTERM lets the JVM shut down cleanly
  // (stdin EOF would also do it). Signal deaths skip 'exit'; stdin EOF covers those.
  const onExit = () => {
    if (!exited) child.kill('SIGTERM');
  };
  process.on('exit', onExit);
  void exitPromise.then(() => process.removeListener('exit', onExit));

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
    // Java stack frames stay in the tail for the error message but do not flood the log.
    if (!/^\s+at |^\s*\.\.\. \d+ more|^Caused by: /.test(line)) log(`[neo4j] ${line}`);
  });

  let stopPromise: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => {
        if (!exited) {
          log(`Neo4j (pid ${pid}) did not stop within 30 s: SIGKILL`);
          child.kill('SIGKILL');
        }
      }, 30_000);
      await exitPromise;
      clearTimeout(killTimer);
      child.stdin!.destroy();
    })();
    return stopPromise;
  };

  type Ready = {
    uri: string;
    browser?: string;
    version: string;
    edition: string;
    dataDir: string;
  };
  const ready = await new Promise<Ready>((resolve, reject) => {
    let settled = false;
    const fail = (msg: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(msg));
    };
    const timer = setTimeout(() => {
      fail(
        `Neo4j did not become ready within ${startTimeoutMs} ms (pid ${pid}, data ${dataDir}); ` +
          `last output:\n${stderrTail.join('\n')}`,
      );
      void stop();
    }, startTimeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (settled || !line.startsWith(READY_PREFIX)) return;
      try {
        const info = JSON.parse(line.slice(READY_PREFIX.length)) as Ready;
        settled = true;
        reachedReady = true;
        clearTimeout(timer);
        resolve(info);
      } catch (e) {
        fail(`unreadable ready line from the Neo4j launcher: ${line} (${String(e)})`);
        void stop();
      }
    });
    child.once('exit', (code, signal) => {
      // give stderr a moment to drain so the message carries the real cause
      setTimeout(() => {
        if (code === EXIT_LOCKED) {
          fail(
            `Neo4j data directory ${dataDir} is locked by another running Neo4j instance. ` +
              `Stop that instance, or use another data dir (dataDir option / --data).`,
          );
        } else {
          // The launcher names the cause on one NEO4J_ERROR line; the stack is for debug.log.
          const named = stderrTail.find((l) => l.startsWith('NEO4J_ERROR '));
          fail(
            named
              ? `Neo4j could not start: ${named.slice('NEO4J_ERROR '.length)}`
              : `Neo4j exited before it was ready (code ${code ?? signal}); last output:\n${stderrTail.join('\n')}`,
          );
        }
      }, 50);
    });
  });

  log(
    `Neo4j ${ready.version} ${ready.edition} ready at ${ready.uri} in ${((Date.now() - spawnedAt) / 1000).toFixed(1)} s`,
  );
  return {
    uri: ready.uri,
    version: ready.version,
    edition: ready.edition,
    dataDir: ready.dataDir,
    ...(ready.browser ? { browserUrl: ready.browser } : {}),
    user: auth.user,
    password: auth.password,
    pid,
    stop,
  };
}
