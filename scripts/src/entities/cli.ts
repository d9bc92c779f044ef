/**
 * npm run entities -- duplicates [--seeds DIR] [--min 0.5] [--limit 100] [--json]
 *
 * Prints the likely duplicate entities of a seed folder's registry, best first, each pair with
 * its score, its reasons and which one to merge into which. Read-only: merging and dismissing
 * are done in the explorer (or POST /api/entities/:id/merge, /api/duplicates/dismiss).
 */
import path from 'node:path';
import { readArgs, USAGE_EXIT, wholeNumber } from '../command-line';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { DUPLICATE_DEFAULTS, findDuplicates, formatDuplicates } from './duplicates';
import { duplicateInputFromSeeds } from './from-seeds';

const USAGE =
  'usage: npm run entities -- duplicates [--seeds DIR] [--min 0..1] [--limit N] [--json]';

export async function main(argv: string[]): Promise<number> {
  const args = readArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        min: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const [command] = args.positionals;
  if (command !== 'duplicates') {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    return USAGE_EXIT;
  }
  const min = args.values.min === undefined ? DUPLICATE_DEFAULTS.min : Number(args.values.min);
  if (!(min >= 0 && min <= 1)) {
    console.error(`--min must be a number from 0 to 1\n${USAGE}`);
    return USAGE_EXIT;
  }
  const limit = wholeNumber('--limit', args.values.limit, USAGE) ?? DUPLICATE_DEFAULTS.limit;
  const seedsDir = args.values.seeds ? path.resolve(args.values.seeds) : DEFAULT_SEEDS_DIR;
  const input = await duplicateInputFromSeeds(seedsDir);
  if (input.problems) {
    console.error(
      `warning: the seeds have ${input.problems} problem(s) (npm run ingest -- --dry-run lists them); their files are left out`,
    );
  }
  const report = findDuplicates(input, { min, limit });
  console.log(args.values.json ? JSON.stringify(report, null, 2) : formatDuplicates(report));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
