/**
 * The API under benchmark, in its own process (so the load generator does not share its event
 * loop): `serve()` from @kg/server on a free port, against NEO4J_URI. Prints `LISTENING <url>`.
 * The Cypher console's rate limit is lifted by the parent (CYPHER_RATE_LIMIT), nothing else.
 * Answers "stats" on stdin with its event-loop delay since the last ask (`STATS {json}`).
 */
import readline from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { closeConsoleWorkers, createDriver, loadConfig, serve } from '@kg/server';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const driver = createDriver({
    uri: config.NEO4J_URI!,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  // Errors only, to stderr (the benchmark shows it): a 5xx in a benchmark names its cause.
  const logger = pino({ level: 'error', base: undefined }, pino.destination(2));
  const running = await serve({ config, driver, logger });
  console.log(`LISTENING ${running.url}`);
  const stop = async () => {
    await running.close(1000);
    await closeConsoleWorkers();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  // The load benchmark asks for the event-loop delay since its last ask ("stats" on stdin).
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'stats') return;
    const eventLoop = {
      p50: ms(delay.percentile(50)),
      p95: ms(delay.percentile(95)),
      max: ms(delay.max),
    };
    delay.reset();
    console.log(`STATS ${JSON.stringify({ eventLoop })}`);
  });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
