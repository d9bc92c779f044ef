/**
 * `npm run neo4j -- [--port N] [--http-port N] [--data DIR] [--auth user:password] [--tx-timeout SECONDS]`
 * `npm run neo4j -- --build-only` builds the launcher (downloads the jars) and exits: CI uses it.
 *
 * Starts a local Neo4j 5.26 Community (no Docker; needs JDK 17+ and Maven), prints its Bolt URI
 * and the credentials (auth is always on: the password is generated into the data folder unless
 * --auth gives one), and stays up until Ctrl-C. Point the app at it with NEO4J_URI,
 * NEO4J_USER and NEO4J_PASSWORD, or open Neo4j Browser at the URL printed.
 */
import { configOrExit, readArgs, USAGE_EXIT, wholeNumber } from '../command-line';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';
import { localNeo4jOptions } from './from-config';
import { passwordFile } from './local-password';

const USAGE =
  'usage: npm run neo4j -- [--port N (default 7687, 0 = any free)] [--data DIR (default .neo4j/data)]\n' +
  '                        [--http-port N (Neo4j Browser; default 7474, 0 = any free, -1 = none)]\n' +
  '                        [--auth user:password (default: neo4j and a generated password)]\n' +
  '                        [--tx-timeout SECONDS (default 30)] [--tx-memory 256m] [--heap 1g] [--pagecache 128m]';

/** The command line as launcher options over the configured ones; a bad value throws why. */
function optionsOf(v: {
  port?: string | undefined;
  data?: string | undefined;
  auth?: string | undefined;
  'http-port'?: string | undefined;
  'tx-memory'?: string | undefined;
  'tx-timeout'?: string | undefined;
  heap?: string | undefined;
  pagecache?: string | undefined;
}): LocalNeo4jOptions {
  const opts: LocalNeo4jOptions = {};
  const port = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > 65535) throw new Error(`invalid ${name} ${raw}`);
    return n;
  };
  if (v.port !== undefined) opts.port = port('--port', v.port, 0);
  if (v['http-port'] !== undefined) opts.httpPort = port('--http-port', v['http-port'], -1);
  if (v.data !== undefined) opts.dataDir = v.data;
  if (v.auth !== undefined) {
    const colon = v.auth.indexOf(':');
    if (colon <= 0) throw new Error('--auth must be user:password');
    opts.auth = { user: v.auth.slice(0, colon), password: v.auth.slice(colon + 1) };
  }
  if (v['tx-memory'] !== undefined) opts.txMemory = v['tx-memory'];
  if (v['tx-timeout'] !== undefined)
    opts.txTimeoutSeconds = wholeNumber('--tx-timeout', v['tx-timeout'], USAGE);
  if (v.heap !== undefined) opts.heap = v.heap;
  if (v.pagecache !== undefined) opts.pageCache = v.pagecache;
  return opts;
}

async function main(): Promise<void> {
  const parsed = readArgs(
    {
      options: {
        port: { type: 'string' },
        'http-port': { type: 'string' },
        data: { type: 'string' },
        auth: { type: 'string' },
        'tx-timeout': { type: 'string' },
        'tx-memory': { type: 'string' },
        heap: { type: 'string' },
        pagecache: { type: 'string' },
        'build-only': { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (typeof parsed === 'number') process.exit(parsed);
  if (parsed.values['build-only']) {
    await ensureLauncherBuilt((line) => console.error(`[neo4j] ${line}`));
    console.log('Neo4j launcher is built.');
    return;
  }
  let opts: LocalNeo4jOptions;
  try {
    opts = optionsOf(parsed.values);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(USAGE_EXIT);
  }
  const say = (line: string) => console.error(`[neo4j] ${line}`);
  const config = configOrExit();
  const verbose = config.NEO4J_VERBOSE;
  const neo = await startLocalNeo4j({
    ...localNeo4jOptions(config),
    ...opts,
    log: (line) => {
      if (verbose || !line.startsWith('[neo4j] ')) say(line);
    },
  });
  console.log(
    `Neo4j ${neo.version} ${neo.edition} is running (pid ${neo.pid}, data ${neo.dataDir}).`,
  );
  // The user's own terminal: print the password so Neo4j Browser and cypher-shell users can log in.
  console.log(`  NEO4J_URI=${neo.uri} NEO4J_USER=${neo.user} NEO4J_PASSWORD=${neo.password}`);
  if (!opts.auth) console.log(`  (the password is kept in ${passwordFile(neo.dataDir)})`);
  if (neo.browserUrl) console.log(`  Neo4j Browser: ${neo.browserUrl}`);
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping Neo4j...`);
    neo.stop().then(
      () => {
        say('stopped.');
        process.exit(0);
      },
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // If Neo4j dies on its own, do not sit here pretending it runs.
  setInterval(() => {
    try {
      process.kill(neo.pid, 0);
    } catch {
      if (!stopping) {
        say(`Neo4j (pid ${neo.pid}) exited unexpectedly; see ${neo.dataDir}/logs/debug.log`);
        process.exit(1);
      }
    }
  }, 2000).unref();
}

main().catch((e) => {
  console.error(`[neo4j] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
