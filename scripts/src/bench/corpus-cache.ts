/** Generated corpora the benchmarks share: .bench/corpus-<size>-<seed>, made once and reused. */
import fs from 'node:fs';
import path from 'node:path';
import { SIZES, generateCorpus, type SizeName } from '../generate/corpus';
import { BENCH_DIR } from './bench-neo4j';

/** The benchmark sizes: the generator's presets plus a 2,000-relationship sample. */
export const BENCH_SIZES = {
  ...SIZES,
  '2k': { articles: 80, relationshipsPerArticle: 25 },
} as const;
export type BenchSize = SizeName | '2k';

export const BENCH_SEED = 42;

export function isBenchSize(s: string): s is BenchSize {
  return s in BENCH_SIZES;
}

export interface Corpus {
  size: BenchSize;
  dir: string;
  articles: number;
  relationshipsPerArticle: number;
  seed: number;
}

export function ensureCorpus(size: BenchSize, log: (line: string) => void): Corpus {
  const { articles, relationshipsPerArticle } = BENCH_SIZES[size];
  const dir = path.join(BENCH_DIR, `corpus-${size}-${BENCH_SEED}`);
  const marker = path.join(dir, '.kg-generated.json');
  const wanted = { seed: BENCH_SEED, articles, relationshipsPerArticle };
  const have = fs.existsSync(marker)
    ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as object)
    : null;
  if (JSON.stringify(have) !== JSON.stringify(wanted)) {
    log(
      `generating the ${size} corpus: npm run generate -- --size ${size} --seed ${BENCH_SEED} --out ${path.relative(process.cwd(), dir)}`,
    );
    const s = generateCorpus({ out: dir, articles, relationshipsPerArticle, seed: BENCH_SEED });
    log(
      `  ${s.relationships.toLocaleString('en-US')} relationships, ${s.mentions.toLocaleString('en-US')} mentions, ${(s.bytes / 1e6).toFixed(0)} MB in ${s.seconds.toFixed(1)} s`,
    );
  }
  return { size, dir, articles, relationshipsPerArticle, seed: BENCH_SEED };
}
