/**
 * `npm run neo4j -- [--port N] [--http-port N] [--data DIR] [--auth user:password] [--tx-timeout SECONDS]`
 * `npm run neo4j -- --build-only` builds the launcher (downloads the jars) and exits: CI uses it.
 *
 * Starts a local Neo4j 5.26 Community (no Docker; needs JDK 17+ and Maven), prints its Bolt URI
 * and the credentials (auth is always on: the password is generated into the data folder unless
 * --auth gives one), and stays up until Ctrl-C. Point the app at it with NEO4J_URI,
 * NEO4J_USER and NEO4J_PASSWORD, or open Neo4j Browser at the URL printed.
 */
import { loadConfig, ConfigError } from '@kg/server';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4jOptions } from './local-neo4j';
import { localNeo4jOptions } from './from-config';
import { passwordFile } from './local-password';

const USAGE =
  'usage: npm run neo4j -- [--port N (default 7687, 0 = any free)] [--data DIR (default .neo4j/data)]\n' +
  '                        [--http-port N (Neo4j Browser; default 7474, 0 = any free, -1 = none)]\n' +
  '                        [--auth user:password (default: neo4j and a generated password)]\n' +
  '                        [--tx-timeout SECONDS (default 30)] [--tx-memory 256m] [--heap 1g] [--pagecache 128m]';

function parseArgs(argv: string[]): LocalNeo4jOptions {
  const opts: LocalNeo4jOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const eq = arg.indexOf('=');
    const key = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`missing value for ${key}\n${USAGE}`);
    switch (key) {
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error(`invalid --port ${value}`);
        opts.port = port;
        break;
      }
      case '--data':
        opts.dataDir = value;
        break;
      case '--auth': {
        const colon = value.indexOf(':');
        if (colon <= 0) throw new Error('--auth must be user:password');
        opts.auth = { user: value.slice(0, colon), password: value.slice(colon + 1) };
        break;
      }
      case '--http-port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < -1 || port > 65535)
          throw new Error(`invalid --http-port ${value}`);
        opts.httpPort = port;
        break;
      }
      case '--tx-memory':
        opts.txMemory = value;
        break;
      case '--tx-timeout':
        opts.txTimeoutSeconds = Number(value);
        break;
      case '--heap':
        opts.heap = value;
        break;
      case '--pagecache':
        opts.pageCache = value;
        break;
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return opts;
}

async function main(): Promise<void> {
  if (process.argv.includes('--build-only')) {
    await ensureLauncherBuilt((line) => console.error(`[neo4j] ${line}`));
    console.log('Neo4j launcher is built.');
    return;
  }
  let opts: LocalNeo4jOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const say = (line: string) => console.error(`[neo4j] ${line}`);
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : String(e));
    process.exit(2);
  }
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
