/**
 * Wires config -> driver -> app -> listen, and shuts down gracefully: stop accepting, finish
 * in-flight requests, close the driver. `npm start` (scripts/src/start.ts) calls `serve` after
 * it has a Neo4j; run directly, this module serves the NEO4J_URI it is given.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { loadConfig, ConfigError, type Config } from './config';
import { driverFromConfig, type Neo4jTarget } from './db/driver';
import { closeConsoleWorkers } from './db/console-workers';
import { warmIntake } from './routes/intake';
import { startWarmUp } from './http/warm-up';
import type { AppDeps } from './deps';

export interface RunningServer {
  url: string;
  server: http.Server;
  /** Finishes in-flight requests (up to `graceMs`), then stops listening. Does not close the driver. */
  close(graceMs?: number): Promise<void>;
}

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined });
}

export const DEFAULT_CLIENT_DIR = path.resolve(__dirname, '../../client/dist');

/**
 * Requests that Node's HTTP parser refuses before Express sees them (a URL or headers over
 * 16 KB, a malformed request line) get the API's error body too, instead of a bare status line.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'request_too_large',
          'The URL and headers are too large (at most 16 KB): send fewer or shorter values.',
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request was not received in time.']
        : [400, 'bad_request', 'The request could not be parsed as HTTP.'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

export async function serve(opts: {
  config: Config;
  driver: Driver;
  logger: Logger;
  clientDir?: string;
  /** Where `driver` connects (the console workers open their own drivers there). */
  target?: Neo4jTarget;
}): Promise<RunningServer> {
  const deps: AppDeps = {
    driver: opts.driver,
    config: opts.config,
    logger: opts.logger,
    ...(opts.target ? { neo4jTarget: opts.target } : {}),
    clientDir: opts.clientDir ?? DEFAULT_CLIENT_DIR,
  };
  const app = createApp(deps);
  const server = http.createServer(app);
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.config.PORT, opts.config.HOST, () => resolve());
  });
  // npm start and `node server/dist/main.js` both come through here.
  warmIntake(opts.config, opts.driver, (line) => opts.logger.info(line));
  // The first screen in memory now and after every write (http/warm-up.ts).
  const warmUp = startWarmUp(deps);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.config.PORT;
  const shownHost = opts.config.HOST === '0.0.0.0' ? 'localhost' : opts.config.HOST;
  return {
    url: `http://${shownHost}:${port}`,
    server,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        warmUp.stop();
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(2);
  }
  if (!config.NEO4J_URI) {
    console.error('NEO4J_URI is not set. Use `npm start` to boot a local Neo4j, or set NEO4J_URI.');
    process.exit(2);
  }
  const logger = createLogger(config);
  const driver = driverFromConfig(config);
  const running = await serve({ config, driver, logger });
  logger.info(`Explorer and API on ${running.url}`);
  const stop = async () => {
    await running.close();
    await closeConsoleWorkers();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
