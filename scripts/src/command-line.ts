/**
 * What every command of the scripts package does alike, written once: read its options with
 * node:util parseArgs (strict, its default: an unknown or malformed option prints why and the usage, exit 2;
 * `--help` prints the usage, exit 0), check a whole-number option, and load the configuration
 * (a ConfigError names each bad variable, exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from '@kg/server/config';

/** Exit code of a command line (or an environment) the command cannot use. */
export const USAGE_EXIT = 2;

/**
 * The parsed command line, or the exit code when the command stops here: USAGE_EXIT after a
 * malformed option, 0 after `--help` / `-h` (every command has it).
 */
export function readArgs<const T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    const withHelp = {
      ...config,
      options: { ...config.options, help: { type: 'boolean', short: 'h' } },
    } as const;
    // Strict unless a command says otherwise; `help` is in no command's own list of options.
    parsed = parseArgs(withHelp) as unknown as ReturnType<typeof parseArgs<T>>;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return USAGE_EXIT;
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/**
 * A whole-number option: undefined when it was not given; anything but a whole number of at
 * least `min` prints why with the usage and exits USAGE_EXIT.
 */
export function wholeNumber(
  name: string,
  raw: string | undefined,
  usage: string,
  min = 1,
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number ≥ ${min} (got ${JSON.stringify(raw)})\n${usage}`);
    process.exit(USAGE_EXIT);
  }
  return n;
}

/** The configuration, or (printed, exit USAGE_EXIT) what is wrong with the environment. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(USAGE_EXIT);
  }
}
