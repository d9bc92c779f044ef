/**
 * `npm start`: a Neo4j (the one NEO4J_URI names, or a local one booted here), the seed graph
 * when the database is empty, then the explorer and API. Ctrl-C stops the server and the Neo4j
 * this process started, in that order.
 */
import { serve, createLogger, closeConsoleWorkers } from '@kg/server';
import { configOrExit } from './command-line';
import { openNeo4j } from './neo4j/from-config';
import { seedIfEmpty } from './ingest/seed-if-empty';
import { warmUp } from './warm-up';

const say = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<void> {
  const config = configOrExit();
  const started = Date.now();
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
    const neo = await openNeo4j(config, say);
    cleanup.push(() => neo.close());
    const { driver } = neo;

    if (config.SEED_ON_START) await seedIfEmpty(driver, config.NEO4J_DATABASE, say);
    else say('SEED_ON_START=false: not loading seeds.');

    const logger = createLogger(config);
    const running = await serve({ config, driver, logger, target: neo.target });
    cleanup.push(() => closeConsoleWorkers());
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
