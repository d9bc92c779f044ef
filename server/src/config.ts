/**
 * The one module that reads the environment. Everything else receives a `Config`.
 */
import { EnvConfig } from './contracts/config';

export type Config = EnvConfig;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as they do in a .env file with `NAME=`.
  const present = Object.fromEntries(
    Object.keys(EnvConfig.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = EnvConfig.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        const value = present[name];
        const shown =
          name.includes('PASSWORD') || name.includes('TOKEN')
            ? ''
            : ` (got ${JSON.stringify(value)})`;
        return i.message.startsWith(name)
          ? `${i.message}${shown}`
          : `${name}: ${i.message}${shown}`;
      }),
    );
  }
  return parsed.data;
}
