/**
 * The one module that reads the environment. Everything else receives a `Config`.
 */
import { EnvConfig } from './contracts/config';
import { DomainError, type FieldIssue } from './contracts/errors';

export type Config = EnvConfig;

/** A DomainError (`config_invalid`) whose details name each bad variable. */
export class ConfigError extends DomainError {
  /** One line per bad variable, as printed. */
  readonly problems: string[];

  constructor(issues: FieldIssue[]) {
    const problems = issues.map((i) =>
      i.message.startsWith(i.field) ? i.message : `${i.field}: ${i.message}`,
    );
    super(
      'config_invalid',
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      {
        details: issues,
      },
    );
    this.name = 'ConfigError';
    this.problems = problems;
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
        const field = String(i.path[0] ?? 'environment');
        const shown =
          field.includes('PASSWORD') || field.includes('TOKEN') || field.includes('KEY')
            ? ''
            : ` (got ${JSON.stringify(present[field])})`;
        return { field, message: `${i.message}${shown}` };
      }),
    );
  }
  return parsed.data;
}
