/**
 * npm run entities -- duplicates [--seeds DIR] [--min 0.5] [--limit 100] [--json]
 *
 * Prints the likely duplicate entities of a seed folder's registry, best first, each pair with
 * its score, its reasons and which one to merge into which. Read-only: merging and dismissing
 * are done in the explorer (or POST /api/entities/:id/merge, /api/duplicates/dismiss).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { DUPLICATE_DEFAULTS, findDuplicates, formatDuplicates } from './duplicates';
import { duplicateInputFromSeeds } from './from-seeds';

const USAGE =
  'usage: npm run entities -- duplicates [--seeds DIR] [--min 0..1] [--limit N] [--json]';

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        min: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  const [command] = args.positionals;
  if (command !== 'duplicates') {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    return 1;
  }
  const min = args.values.min === undefined ? DUPLICATE_DEFAULTS.min : Number(args.values.min);
  const limit =
    args.values.limit === undefined ? DUPLICATE_DEFAULTS.limit : Number(args.values.limit);
  if (!(min >= 0 && min <= 1) || !Number.isInteger(limit) || limit < 1) {
    console.error(`--min must be 0..1 and --limit a positive integer\n${USAGE}`);
    return 1;
  }
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
