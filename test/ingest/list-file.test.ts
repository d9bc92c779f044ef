/**
 * readListFile (yaml-file.ts), which reads the big seed files of a generated corpus item by
 * item: the same data as readYamlFile on the generator's layout, and exactly readYamlFile's
 * result (data and errors) whenever an item is bad or the file is laid out otherwise. Runs
 * without Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleManifest, ArticleSeed, EntityRegistry, EntitySeed } from '@kg/server/contracts';
import { generateCorpus } from '../../scripts/src/generate/corpus';
import { readListFile, readYamlFile } from '../../scripts/src/ingest/yaml-file';
import { MINI_SEEDS } from './fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-list-file-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  generateCorpus({ out: corpus, articles: 40, seed: 5, relationshipsPerArticle: 5 });
});

const registry = (file: string) => ({
  list: readListFile(file, EntityRegistry, 'entities', EntitySeed),
  whole: readYamlFile(file, EntityRegistry, { itemsKey: 'entities' }),
});

/** A copy of the generated registry, edited as text. */
function edited(name: string, edit: (text: string) => string): string {
  const file = path.join(tmp, `${name}.yaml`);
  fs.writeFileSync(file, edit(fs.readFileSync(path.join(corpus, 'entities.yaml'), 'utf8')));
  return file;
}

describe('readListFile', () => {
  it('reads a generated registry and manifest as readYamlFile does', () => {
    const { list, whole } = registry(path.join(corpus, 'entities.yaml'));
    expect(list.errors).toEqual([]);
    expect(list.data!.entities.length).toBeGreaterThan(10);
    expect(list.data).toEqual(whole.data);
    const manifest = path.join(corpus, 'articles.yaml');
    const articles = readListFile(manifest, ArticleManifest, 'articles', ArticleSeed);
    expect(articles.data!.articles).toHaveLength(40);
    expect(articles.data).toEqual(
      readYamlFile(manifest, ArticleManifest, { itemsKey: 'articles' }).data,
    );
  });

  it('gives readYamlFile’s errors and data when an item is bad', () => {
    const file = edited('bad-label', (t) => t.replace('"label":"Person"', '"label":"Persona"'));
    const { list, whole } = registry(file);
    expect(whole.errors.length).toBe(1);
    expect(list.errors).toEqual(whole.errors);
    expect(list.data).toEqual(whole.data);
    expect(list.items(5)).toBe(whole.items(5));
  });

  it('gives readYamlFile’s result for a bad line, a bad top level or a second list', () => {
    const broken = edited('broken-line', (t) => t.replace('"label":"Person"', '"label":"Person'));
    const extraKey = edited('extra-key', (t) => t.replace(/\n}\n$/, ',\n  "extra": 1\n}\n'));
    // A second list of one item: the first item of the first list, under another id.
    const twice = edited('twice', (t) => {
      const item = /\n {4}(\{"id":"[^"]+"[^\n]*?\}),?\n/
        .exec(t)![1]!
        .replace(/"id":"[^"]+"/, '"id":"x"');
      return t.replace(/\n}\n$/, `,\n  "entities": [\n    ${item}\n  ]\n}\n`);
    });
    for (const file of [broken, extraKey, twice]) {
      const { list, whole } = registry(file);
      expect(list.errors).toEqual(whole.errors);
      expect(list.data).toEqual(whole.data);
    }
    expect(registry(extraKey).list.errors.length).toBeGreaterThan(0);
    // The second list wins, as in any JSON reader.
    expect(registry(twice).list.data!.entities.map((e) => e.id)).toEqual(['x']);
  });

  it('reads a hand-written YAML registry as readYamlFile does', () => {
    const { list, whole } = registry(path.join(MINI_SEEDS, 'entities.yaml'));
    expect(list.data).toBeDefined();
    expect(list.data).toEqual(whole.data);
    const missing = registry(path.join(tmp, 'none.yaml'));
    expect(missing.list.errors).toEqual(missing.whole.errors);
  });
});
