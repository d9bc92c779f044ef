/**
 * npm run eval -- extraction [--seeds DIR] [--held-out DIR] [--misses N] [--json] [--by-rule]
 *   [--out-of-sample] [--extractor rules|llm|hybrid]
 * npm run eval -- train-targets [--seeds DIR] [--held-out DIR]
 * npm run eval -- statement-errors [--seeds DIR] [--held-out DIR] [--list CATEGORY|all]
 *
 * `--extractor llm` drafts every article through the LLM endpoint the KG_LLM_* variables name
 * (one request per article, in turn; no drafting-time benchmark): the same scores, so the day
 * an endpoint exists its quality is measured like the rule engine's.
 *
 * Prints the leave-one-out figures over the curated seeds, the figures on the held-out texts,
 * and the drafting time of a ~2,000-word article (median of 5, after one warm-up). `--by-rule`
 * adds, for each rule, how many of its relationships were right and how many wrong or extra;
 * `--out-of-sample` the same split into held-out texts written before and after the rule (git).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArgs, USAGE_EXIT, wholeNumber } from '../command-line';
import { extractorFor } from '../draft/cli';
import { DEFAULT_SEEDS_DIR } from '../ingest/validate';
import { draftArticle, loadDraftContext } from '../draft/index';
import {
  heldOut,
  heldOutCases,
  leaveOneOut,
  leaveOneOutCases,
  runCases,
  type ArticleScore,
} from './extraction';
import { report, ruleReport, totals } from './report';
import { byRound } from './rounds';
import { outOfSampleReport, ruleOrigins, splitByOrigin } from './out-of-sample';
import { trainTargets } from './train-targets';
import { statementErrorReport } from './statement-errors';

export const DEFAULT_HELD_OUT = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'draft',
  'held-out',
);

/** Drafting time of the longest seed article, grown to at least 2,000 words. */
export function benchmark(seedsDir: string): { words: number; medianMs: number; runs: number[] } {
  const dir = path.join(seedsDir, 'articles');
  const texts = fs
    .readdirSync(dir)
    .map((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, ''),
    );
  texts.sort((a, b) => b.length - a.length);
  let text = '';
  for (const t of texts) {
    if (text.split(/\s+/).length >= 2000) break;
    text += `${t}\n\n`;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const ctx = loadDraftContext(seedsDir);
  draftArticle({ text, date: '2026-03-10' }, ctx);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    draftArticle({ text, date: '2026-03-10' }, ctx);
    runs.push(performance.now() - t0);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { words, medianMs: sorted[2]!, runs };
}

const USAGE =
  'usage: npm run eval -- extraction [--seeds DIR] [--held-out DIR] [--misses N] [--json] [--by-rule] [--out-of-sample] [--extractor rules|llm|hybrid]\n' +
  '       npm run eval -- train-targets [--seeds DIR] [--held-out DIR]\n' +
  '       npm run eval -- statement-errors [--seeds DIR] [--held-out DIR] [--list CATEGORY|all]';

async function main(argv: string[]): Promise<number> {
  const parsed = readArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string' },
        'held-out': { type: 'string' },
        misses: { type: 'string', default: '12' },
        json: { type: 'boolean', default: false },
        'by-rule': { type: 'boolean', default: false },
        'out-of-sample': { type: 'boolean', default: false },
        extractor: { type: 'string', default: 'rules' },
        list: { type: 'string' },
      },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values: v, positionals } = parsed;
  if (positionals.length === 1 && positionals[0] === 'train-targets') {
    const seeds = path.resolve(v.seeds ?? DEFAULT_SEEDS_DIR);
    console.log(trainTargets(seeds, path.resolve(v['held-out'] ?? DEFAULT_HELD_OUT)));
    return 0;
  }
  if (positionals.length === 1 && positionals[0] === 'statement-errors') {
    const seeds = path.resolve(v.seeds ?? DEFAULT_SEEDS_DIR);
    const held = path.resolve(v['held-out'] ?? DEFAULT_HELD_OUT);
    console.log(
      statementErrorReport([...leaveOneOutCases(seeds), ...heldOutCases(held, seeds)], v.list),
    );
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'extraction') {
    console.error(`unknown or missing measure ${JSON.stringify(positionals.join(' '))}\n${USAGE}`);
    return USAGE_EXIT;
  }
  const n = wholeNumber('--misses', v.misses, USAGE, 0) ?? 12;
  for (const [flag, dir] of [
    ['--seeds', v.seeds],
    ['--held-out', v['held-out']],
  ] as const) {
    if (dir !== undefined && !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      console.error(`${flag} ${dir}: no such directory\n${USAGE}`);
      return USAGE_EXIT;
    }
  }
  if (v.extractor !== 'rules' && v.extractor !== 'llm' && v.extractor !== 'hybrid') {
    console.error(`--extractor must be rules, llm or hybrid, not "${v.extractor}"\n${USAGE}`);
    return USAGE_EXIT;
  }
  const seeds = path.resolve(v.seeds ?? DEFAULT_SEEDS_DIR);
  const heldDir = path.resolve(v['held-out'] ?? DEFAULT_HELD_OUT);
  let loo: ArticleScore[];
  let held: ArticleScore[];
  let bench: ReturnType<typeof benchmark> | undefined;
  if (v.extractor === 'llm' || v.extractor === 'hybrid') {
    const extractor = extractorFor(v.extractor);
    if (typeof extractor === 'number') return USAGE_EXIT;
    loo = await runCases(leaveOneOutCases(seeds), extractor);
    held = await runCases(heldOutCases(heldDir, seeds), extractor);
  } else {
    loo = leaveOneOut(seeds);
    held = heldOut(heldDir, seeds);
    bench = benchmark(seeds);
  }
  if (v.json) {
    console.log(
      JSON.stringify(
        {
          leaveOneOut: totals(loo),
          heldOut: totals(held),
          heldOutByRound: Object.fromEntries([...byRound(held)].map(([k, r]) => [k, totals(r)])),
          extractor: v.extractor,
          benchmark: bench ?? null,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(report('Leave-one-out over the curated seeds', loo, n));
  console.log('');
  if (held.length) {
    console.log(report('Held-out texts (test/fixtures/draft/held-out)', held, n));
    console.log(
      ['', '| held-out set | texts | P | R | F1 |', '| --- | --- | --- | --- | --- |'].join('\n'),
    );
    // Texts from another directory are one set; the rounds are this repository's.
    const sets = v['held-out'] ? new Map([[path.basename(heldDir), held]]) : byRound(held);
    for (const [round, runs] of sets) {
      if (runs.length === 0) continue;
      const t = totals(runs);
      console.log(
        `| ${round} | ${runs.length} | ${t.precision.toFixed(2)} | ${t.recall.toFixed(2)} | ${t.f1.toFixed(2)} |`,
      );
    }
  }
  if (v['by-rule']) {
    console.log('');
    console.log(
      ruleReport('Drafted relationships by rule (leave-one-out and held-out)', [...loo, ...held]),
    );
  }
  if (v['out-of-sample']) {
    const rules = [...new Set([...loo, ...held].flatMap((r) => [...r.score.byRule.keys()]))];
    const root = path.resolve(__dirname, '..', '..', '..');
    const origins = ruleOrigins(
      rules,
      held.map((r) => r.id),
      root,
    );
    console.log('');
    console.log(outOfSampleReport(splitByOrigin(loo, held, origins)));
  }
  console.log('');
  if (bench)
    console.log(
      `Benchmark: a ${bench.words}-word article drafts in ${bench.medianMs.toFixed(0)} ms (median of 5; runs ${bench.runs.map((r) => r.toFixed(0)).join(', ')} ms).`,
    );
  else {
    const ms = [...loo, ...held].map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `Extractor: ${v.extractor}; median drafting time ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(0)} ms per article over ${ms.length} (the endpoint's time; no benchmark).`,
    );
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // A broken gold or seed file, or the LLM endpoint failing: say which and why, without a
      // stack trace.
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
