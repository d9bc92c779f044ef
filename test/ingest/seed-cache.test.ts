/**
 * `ingest --article` from the verdict a previous command left (scripts/src/ingest/seed-cache.ts)
 * against the whole check (`loadSeeds(dir, { only })`): for generated additions (articles and
 * entities appended, valid or not: bad fields, taken ids, a merged id reused, publishers of
 * every kind, extractions naming new, unknown and merged entities) both must report the same
 * errors (file, path, line, message) and validate to the same graph. A hand edit of an item
 * already checked, and a verdict that is corrupt, foreign or made by other code, must not be
 * trusted. No Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { generateCorpus } from '../../scripts/src/generate/corpus';
import { loadSeeds, validateSeeds, type SeedSet } from '../../scripts/src/ingest/validate';
import { loadArticleSeeds, SEED_CACHE_FILE } from '../../scripts/src/ingest/seed-cache';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Entry {
  id: string;
  file: string;
  title: string;
  date: string;
  publisher?: string;
  [k: string]: unknown;
}
interface Entity {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  description: string;
  [k: string]: unknown;
}

const dir = path.join(tmp, 'seeds');
generateCorpus({ out: dir, articles: 24, seed: 7, relationshipsPerArticle: 8 });
const manifestFile = path.join(dir, 'articles.yaml');
const registryFile = path.join(dir, 'entities.yaml');
const lines = (key: string, items: object[]) =>
  `  ${JSON.stringify(key)}: [\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;

const all = (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { articles: Entry[] }).articles;
// The last two articles are "new": their text and extraction are in place, the manifest lacks them.
const held = all.slice(-2);
const listed = all.slice(0, -2);
const entities = (JSON.parse(fs.readFileSync(registryFile, 'utf8')) as { entities: Entity[] })
  .entities;
const outlets = entities.filter((e) => e.label === 'Outlet').map((e) => e.id);
const people = entities.filter((e) => e.label === 'Person').map((e) => e.id);
// A registry with a merge in it, so that redirects are followed on both paths.
const merged = [{ id: 'old-name-of-someone', into: people[2]!, on: '2026-01-02' }];
const baseManifest = `{\n${lines('articles', listed)}\n}\n`;
const baseRegistry = `{\n${lines('entities', entities)},\n${lines('merged', merged)}\n}\n`;
const extractions = new Map(
  held.map((a) => [a.id, fs.readFileSync(path.join(dir, 'extractions', `${a.id}.yaml`), 'utf8')]),
);

function reset(): void {
  fs.writeFileSync(manifestFile, baseManifest);
  fs.writeFileSync(registryFile, baseRegistry);
  for (const [id, text] of extractions)
    fs.writeFileSync(path.join(dir, 'extractions', `${id}.yaml`), text);
}

/** Appends items to a list of a file in the generator's layout, as an analyst would. */
function append(file: string, key: string, items: object[]): void {
  if (!items.length) return;
  const src = fs.readFileSync(file, 'utf8');
  const open = src.indexOf(`\n  ${JSON.stringify(key)}: [\n`);
  const end = src.indexOf('\n  ]', open + 1);
  const more = items.map((x) => `,\n    ${JSON.stringify(x)}`).join('');
  fs.writeFileSync(file, src.slice(0, end) + more + src.slice(end));
}

/** What both paths must agree on; the verdict's set holds only the entities it names. */
async function outcome(seeds: SeedSet, only: ReadonlySet<string>) {
  const r = await validateSeeds(seeds);
  const errors = r.errors.map((e) => JSON.stringify(e)).sort();
  const g = r.graph;
  return {
    errors,
    articles: g.articles,
    relationships: g.relationships,
    mentions: g.mentions,
    published: g.published.filter((p) => only.has(p.article)),
    entities: new Map(g.entities.map((e) => [e.id, e])),
    named: new Set([
      ...g.relationships.flatMap((x) => [x.from, x.to, ...(x.at ? [x.at] : [])]),
      ...g.mentions.map((m) => m.entity),
      ...g.published.filter((p) => only.has(p.article)).map((p) => p.outlet),
    ]),
  };
}

async function compare(only: ReadonlySet<string>) {
  const fast = await loadArticleSeeds(dir, only);
  const quick = await outcome(fast, only);
  const whole = await outcome(await loadSeeds(dir, { only }), only);
  expect(quick.errors).toEqual(whole.errors);
  expect(quick.articles).toEqual(whole.articles);
  expect(quick.relationships).toEqual(whole.relationships);
  expect(quick.mentions).toEqual(whole.mentions);
  expect(quick.published).toEqual(whole.published);
  // Every entity the graph names is there, exactly as the whole read has it.
  for (const id of whole.named) expect(quick.entities.get(id)).toEqual(whole.entities.get(id));
  for (const [id, e] of quick.entities) expect(e).toEqual(whole.entities.get(id));
  return { cached: fast.cached, errors: quick.errors };
}

const verdictFile = path.join(dir, SEED_CACHE_FILE);
const verdict = () =>
  JSON.parse(fs.readFileSync(verdictFile, 'utf8')) as { manifest: { items: number } };

describe('ingest --article from the verdict of an earlier check', () => {
  beforeEach(() => {
    reset();
    fs.rmSync(path.join(dir, '.cache'), { recursive: true, force: true });
  });

  it('checks whole the first time, then from the verdict, with the same outcome', async () => {
    const only = new Set([listed[3]!.id]);
    expect(await compare(only)).toEqual({ cached: false, errors: [] });
    expect(fs.existsSync(verdictFile)).toBe(true);
    expect(await compare(only)).toEqual({ cached: true, errors: [] });
  });

  it('checks only what was appended, and then starts from there', async () => {
    await loadArticleSeeds(dir, new Set());
    expect(verdict().manifest.items).toBe(listed.length);
    append(manifestFile, 'articles', [held[0]!]);
    expect(await compare(new Set([held[0]!.id]))).toEqual({ cached: true, errors: [] });
    expect(verdict().manifest.items).toBe(listed.length + 1);
  });

  it('does not trust a verdict after a hand edit of a checked item, and says the same', async () => {
    await loadArticleSeeds(dir, new Set());
    // An outlet turned into a person: every article it publishes is now in error.
    const outlet = outlets[0]!;
    const src = fs.readFileSync(registryFile, 'utf8');
    const line = `{"id":${JSON.stringify(outlet)},"label":"Outlet"`;
    expect(src.includes(line)).toBe(true);
    fs.writeFileSync(registryFile, src.replace(line, line.replace('Outlet', 'Person')));
    const publishedBy = listed.find((a) => a.publisher === outlet)!;
    const r = await compare(new Set([publishedBy.id]));
    expect(r.cached).toBe(false);
    expect(r.errors.join('\n')).toContain('a publisher is an Outlet');
    // The verdict is not rewritten while the files have errors; fixing them trusts it again.
    fs.writeFileSync(registryFile, src);
    expect((await compare(new Set([publishedBy.id]))).cached).toBe(true);
  });

  it.each([
    ['garbage', () => fs.writeFileSync(verdictFile, '{"version":1,')],
    ['another format', () => fs.writeFileSync(verdictFile, JSON.stringify({ version: 2 }))],
    [
      'other code',
      () => fs.writeFileSync(verdictFile, JSON.stringify({ ...verdict(), code: 'older' })),
    ],
    [
      'another folder',
      () => fs.writeFileSync(verdictFile, JSON.stringify({ ...verdict(), root: tmp })),
    ],
    [
      'hashes of other bytes',
      () => {
        const v = verdict() as unknown as { registry: { head: string } };
        v.registry.head = '0'.repeat(40);
        fs.writeFileSync(verdictFile, JSON.stringify(v));
      },
    ],
  ])('ignores a verdict with %s', async (_name, spoil) => {
    await loadArticleSeeds(dir, new Set());
    spoil();
    append(manifestFile, 'articles', [held[0]!]);
    expect(await compare(new Set([held[0]!.id]))).toEqual({ cached: false, errors: [] });
    // And writes a sound one in its place.
    expect((await loadArticleSeeds(dir, new Set([held[0]!.id]))).cached).toBe(true);
  });

  const variation = fc.record({
    publisher: fc.constantFrom('keep', 'none', 'person', 'unknown', 'merged-old-id'),
    badEntry: fc.constantFrom(undefined, 'no-title', 'bad-date', 'taken-id'),
    both: fc.boolean(),
    newEntities: fc.array(
      fc.constantFrom('fresh', 'fresh-again', 'taken-id', 'no-description', 'merged-id', 'ends'),
      { maxLength: 3 },
    ),
    extraction: fc.constantFrom('as-is', 'names-new', 'names-unknown', 'names-merged'),
    alsoOld: fc.boolean(),
  });

  it('reports and validates exactly what the whole check does, for generated additions', async () => {
    let compared = 0;
    let cachedRuns = 0;
    await fc.assert(
      fc.asyncProperty(variation, async (v) => {
        reset();
        await loadArticleSeeds(dir, new Set());
        const a: Entry = { ...held[0]! };
        if (v.publisher === 'none') delete a.publisher;
        if (v.publisher === 'person') a.publisher = people[0]!;
        if (v.publisher === 'unknown') a.publisher = 'no-such-outlet';
        if (v.publisher === 'merged-old-id') a.publisher = 'old-name-of-someone';
        const entries: object[] = [a];
        if (v.both) entries.push(held[1]!);
        if (v.badEntry === 'no-title') entries.push({ ...held[1]!, id: 'x-no-title', title: '' });
        if (v.badEntry === 'bad-date')
          entries.push({ ...held[1]!, id: 'x-bad-date', date: '2026-13-40' });
        if (v.badEntry === 'taken-id') entries.push({ ...held[1]!, id: listed[0]!.id });
        const fresh = (id: string): Entity => ({
          id,
          label: 'Person',
          name: `Person ${id}`,
          aliases: [],
          description: 'Made by the test.',
        });
        const made: object[] = v.newEntities.map((kind) => {
          if (kind === 'taken-id') return { ...fresh('x'), id: entities[4]!.id };
          if (kind === 'no-description') return { ...fresh('x-nodesc'), description: undefined };
          if (kind === 'merged-id') return fresh('old-name-of-someone');
          if (kind === 'ends')
            return {
              ...fresh('x-event'),
              label: 'Event',
              date: '2026-02-02',
              endDate: '2026-01-01',
            };
          return fresh(kind);
        });
        append(registryFile, 'entities', made);
        append(manifestFile, 'articles', entries);
        const xFile = path.join(dir, 'extractions', `${a.id}.yaml`);
        const x = JSON.parse(extractions.get(a.id)!) as { mentions: string[] };
        if (v.extraction === 'names-new') x.mentions = [...x.mentions, 'fresh'];
        if (v.extraction === 'names-unknown') x.mentions = [...x.mentions, 'nobody-at-all'];
        if (v.extraction === 'names-merged') x.mentions = [...x.mentions, 'old-name-of-someone'];
        fs.writeFileSync(xFile, JSON.stringify(x));
        const only = new Set([a.id, ...(v.alsoOld ? [listed[5]!.id] : [])]);
        const r = await compare(only);
        expect(r.cached).toBe(true);
        if (r.cached) cachedRuns++;
        compared++;
      }),
      { numRuns: 40, seed: 1203 },
    );
    expect(compared).toBe(40);
    expect(cachedRuns).toBe(40);
  });
});
