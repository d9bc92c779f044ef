/** The server package: the app factory, configuration, driver and serving helpers. */
export { createApp } from './app';
export type { AppDeps } from './deps';
export { loadConfig, ConfigError, type Config } from './config';
export {
  createDriver,
  driverFromConfig,
  readServerInfo,
  targetFromConfig,
  waitForNeo4j,
  type Neo4jTarget,
} from './db/driver';
export { serve, createLogger, DEFAULT_CLIENT_DIR, type RunningServer } from './main';
export { closeConsoleWorkers } from './db/console-workers';
export { startWarmUp, warmFirstScreen, type WarmUp } from './http/warm-up';
export { answerCacheStats } from './http/answer-cache';
export { readHealth } from './db/health-repository';
export { HEAVY_CONSOLE_QUERY, TYPICAL_CONSOLE_QUERY } from './db/console-probes';
