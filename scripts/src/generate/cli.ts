/**
 * `npm run generate -- [--size tiny|10k|100k|1m | --articles N] [--seed S] [--out DIR]
 *                      [--relationships-per-article R] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`
 *
 * Writes a synthetic seed folder that `npm run ingest -- --seeds DIR` accepts.
 */
import path from 'node:path';
import { readArgs, wholeNumber } from '../command-line';
import { GENERATE_DEFAULTS, SIZES, generateCorpus, type SizeName } from './corpus';

const USAGE = `usage: npm run generate -- [options]
  --size NAME                     preset: ${Object.entries(SIZES)
    .map(([k, v]) => `${k} (${v.articles} articles x ${v.relationshipsPerArticle})`)
    .join(', ')}
  --articles N                    number of articles (overrides the preset's)
  --relationships-per-article R   mean curated relationships per article (default ${GENERATE_DEFAULTS.relationshipsPerArticle})
  --seed S                        PRNG seed (default ${GENERATE_DEFAULTS.seed})
  --out DIR                       output folder (default .bench/corpus-<size or N>-<seed>)
  --from DATE, --to DATE          article date range (default ${GENERATE_DEFAULTS.from} .. ${GENERATE_DEFAULTS.to})`;

const whole = (name: string, v: string | undefined, min = 1) => wholeNumber(name, v, USAGE, min);

function main(): number {
  const parsed = readArgs(
    {
      options: {
        size: { type: 'string' },
        articles: { type: 'string' },
        'relationships-per-article': { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const args = parsed.values;
  if (args.size !== undefined && !(args.size in SIZES)) {
    console.error(`unknown --size ${JSON.stringify(args.size)}\n${USAGE}`);
    return 2;
  }
  const preset = args.size ? SIZES[args.size as SizeName] : undefined;
  const articles = whole('--articles', args.articles) ?? preset?.articles;
  if (articles === undefined) {
    console.error(`give --size or --articles\n${USAGE}`);
    return 2;
  }
  const rpa =
    whole('--relationships-per-article', args['relationships-per-article']) ??
    (args.articles === undefined ? preset?.relationshipsPerArticle : undefined) ??
    GENERATE_DEFAULTS.relationshipsPerArticle;
  const seed = whole('--seed', args.seed, 0) ?? GENERATE_DEFAULTS.seed;
  const out = path.resolve(
    args.out ?? path.join('.bench', `corpus-${args.size ?? articles}-${seed}`),
  );
  const say = (line: string) => console.log(`[generate] ${line}`);
  say(
    `${articles.toLocaleString('en-US')} articles x ${rpa} relationships, seed ${seed} -> ${out}`,
  );
  const s = generateCorpus({
    out,
    articles,
    seed,
    relationshipsPerArticle: rpa,
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    log: say,
  });
  const n = (x: number) => x.toLocaleString('en-US');
  say(
    `done: ${n(s.files)} files, ${n(s.entities)} entities, ${n(s.relationships)} relationships ` +
      `(${n(s.statements)} statements), ${n(s.mentions)} mentions, ` +
      `${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(1)} s`,
  );
  say(
    `degree (relationships + mentions): median ${s.medianDegree}; top ` +
      s.top.map((t) => `${t.id} ${n(t.degree)}`).join(', '),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`[generate] failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
