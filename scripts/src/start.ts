/**
 * `npm start`: a Neo4j (the one NEO4J_URI names, or a local one booted here), the seed graph
 * when the database is empty, then the explorer and API. Ctrl-C stops the server and the Neo4j
 * this process started, in that order.
 */
import {
  loadConfig,
  ConfigError,
  createDriver,
  waitForNeo4j,
  serve,
  createLogger,
} from '@kg/server';
import type { Config } from '@kg/server';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/local-neo4j';
import { localNeo4jOptions, neo4jTarget, passwordHint } from './neo4j/from-config';
import { seedIfEmpty } from './ingest/seed-if-empty';
import { warmUp } from './warm-up';

const say = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(2);
  }
  const started = Date.now();
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  const cleanup: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping...');
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch (err) {
        console.error(err);
      }
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    if (!uri) {
      say('NEO4J_URI is not set: starting a local Neo4j 5.26 (set NEO4J_URI to use your own).');
      local = await startLocalNeo4j({ ...localNeo4jOptions(config), log: (line) => say(line) });
      const neo = local;
      cleanup.push(() => neo.stop());
      uri = local.uri;
      say(
        `local Neo4j ${local.version} ${local.edition} ready at ${uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (local.browserUrl) say(`Neo4j Browser: ${local.browserUrl} (${passwordHint(local)})`);
    } else {
      say(`using Neo4j at ${uri}`);
    }
    const driver = createDriver(neo4jTarget(config, local), {
      connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
    });
    cleanup.push(() => driver.close());
    await waitForNeo4j(
      driver,
      local ? 30_000 : Math.max(5000, config.NEO4J_CONNECT_TIMEOUT_MS * 2),
    );

    if (config.SEED_ON_START) await seedIfEmpty(driver, config.NEO4J_DATABASE, say);
    else say('SEED_ON_START=false: not loading seeds.');

    const logger = createLogger(config);
    const running = await serve({ config, driver, logger });
    cleanup.push(() => running.close());
    say(
      `explorer ready: ${running.url}  (API: ${running.url}/api/health)  [${((Date.now() - started) / 1000).toFixed(1)} s]`,
    );
    const warm = await warmUp(running.url.replace('//localhost:', '//127.0.0.1:'));
    say(`query plans warmed (${warm.ok} first-screen requests, ${(warm.ms / 1000).toFixed(1)} s)`);
  } catch (err) {
    console.error(`[start] failed: ${err instanceof Error ? err.message : String(err)}`);
    await stop(1);
  }
}

void main();
