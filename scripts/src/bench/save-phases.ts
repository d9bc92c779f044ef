/**
 * `npx tsx scripts/src/bench/save-phases.ts [--size 100k]`: the seed-side phases of saving one
 * article, without Neo4j, on a generated corpus: editing the registry and the manifest (yaml
 * Document API, as before, against the JSON edit the intake now uses for generated files) and
 * validating the staged seed set (whole, as before, against manifest + registry + the one new
 * extraction). Medians of 3; prints figures only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { ArticleSubmission } from '@kg/server/contracts';
import { loadSeeds, validateSeeds } from '../ingest/validate';
import { editManifest, editRegistry } from '../intake/seed-edits';
import { ensureCorpus, isBenchSize } from './corpus-cache';
import { median } from './machine';

const { values } = parseArgs({ options: { size: { type: 'string', default: '100k' } } });
const size = values.size!;
if (!isBenchSize(size)) throw new Error(`unknown size ${size}`);
const corpus = ensureCorpus(size, (l) => console.log(l));
const manifest = fs.readFileSync(path.join(corpus.dir, 'articles.yaml'), 'utf8');
const registry = fs.readFileSync(path.join(corpus.dir, 'entities.yaml'), 'utf8');
const last = (
  JSON.parse(manifest) as { articles: { id: string; title: string; date: string }[] }
).articles.at(-1)!;
const sub = ArticleSubmission.parse({
  article: { id: 'bench-new-article', title: last.title, date: last.date },
  text: 'A new article.',
});

const time = (fn: () => unknown) => {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(median(runs));
};
const timeAsync = async (fn: () => Promise<unknown>) => {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(median(runs));
};

async function main(): Promise<void> {
  const documentApi = time(() => {
    parseDocument(registry).toString({ lineWidth: 0 });
    parseDocument(manifest).toString({ lineWidth: 0 });
  });
  const jsonEdit = time(() => {
    editRegistry(registry, sub, []);
    editManifest(manifest, sub, 'bench-new-article.txt', []);
  });
  const whole = await timeAsync(async () => validateSeeds(await loadSeeds(corpus.dir)));
  const one = await timeAsync(async () =>
    validateSeeds(await loadSeeds(corpus.dir, { only: new Set([last.id]) })),
  );
  console.log(
    `${size} (${corpus.articles} articles): registry+manifest edit: Document API ${documentApi} ms, JSON ${jsonEdit} ms; ` +
      `staged validation: whole seed set ${whole} ms, manifest+registry+one extraction ${one} ms`,
  );
}
void main();
