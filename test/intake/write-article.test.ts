/**
 * The seed-set writer on a temporary copy of the mini seeds: what it writes, what it keeps of
 * the curated files, and that a refused or failed save changes no file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import os from 'node:os';
import { editManifest, editRegistry } from '../../scripts/src/intake/seed-edits';
import { generateCorpus } from '../../scripts/src/generate/corpus';
import { ArticleSubmission } from '@kg/server/contracts';
import { IntakeError, writeArticle } from '../../scripts/src/intake/write-article';
import { loadSeeds, validateSeeds } from '../../scripts/src/ingest/index';
import { REAL_SEEDS } from '../ingest/fixtures';
import { removeTempSeeds, seedsWithoutArticleTwo, snapshot, submission } from './fixtures';

afterAll(removeTempSeeds);

async function refusal(dir: string, input: unknown): Promise<IntakeError> {
  const before = snapshot(dir);
  const err = await writeArticle(dir, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IntakeError);
  expect(snapshot(dir)).toEqual(before);
  return err as IntakeError;
}

describe('writeArticle', () => {
  it('writes the text, the reviewed extraction, the registry additions and the manifest entry', async () => {
    const dir = seedsWithoutArticleTwo();
    // Curators' comments, at the top and inside an entry, must survive the edit.
    const registryFile = path.join(dir, 'entities.yaml');
    fs.writeFileSync(
      registryFile,
      '# The fixture registry.\n' +
        fs
          .readFileSync(registryFile, 'utf8')
          .replace('    role: Special envoy', '    role: Special envoy # as of March'),
    );
    const registryBefore = fs.readFileSync(registryFile, 'utf8');
    const { written } = await writeArticle(dir, submission(), {
      now: new Date('2026-11-30T05:00:00Z'),
    });
    expect(written.files).toEqual([
      'articles/fx-intake-courier.txt',
      'entities.yaml',
      'articles.yaml',
      'extractions/fx-intake-courier.yaml',
    ]);
    expect(written.createdEntities).toEqual(['fx-bob-courier', 'fx-gazette']);
    expect(written.aliasesAdded).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'articles/fx-intake-courier.txt'), 'utf8')).toBe(
      submission().text,
    );

    // The registry keeps its header comment and every line it had; the alias joins the flow list.
    const registry = fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8');
    expect(registry.split('\n')[0]).toBe('# The fixture registry.');
    expect(registry).toContain('    role: Special envoy # as of March\n');
    const oldLines = registryBefore.split('\n').filter((l) => !l.includes('Fixture Summit'));
    for (const line of oldLines) expect(registry).toContain(line);
    expect(registry).toContain('    name: Fixture Summit\n    aliases: [the meeting]\n');
    const entities = (parse(registry) as { entities: { id: string }[] }).entities.map((e) => e.id);
    expect(entities.slice(-2)).toEqual(['fx-bob-courier', 'fx-gazette']);

    const manifest = parse(fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8')) as {
      articles: Record<string, unknown>[];
    };
    expect(manifest.articles.at(-1)).toEqual({
      id: 'fx-intake-courier',
      file: 'fx-intake-courier.txt',
      originalFile: 'https://example.org/fixture/courier',
      title: 'Courier: nothing was agreed',
      date: '2026-03-12',
      dateInferred: false,
      publisher: 'fx-gazette',
    });

    const extraction = fs.readFileSync(
      path.join(dir, 'extractions/fx-intake-courier.yaml'),
      'utf8',
    );
    expect(extraction).toMatch(
      /^# Courier: nothing was agreed\n# Reviewed in the explorer on 2026-11-30\./,
    );
    expect(extraction).not.toMatch(/confidence|rule:/);
    expect(parse(extraction)).toMatchObject({
      article: 'fx-intake-courier',
      mentions: ['fx-alice'],
      relationships: [{ type: 'REPORTED' }, { type: 'SAID', quote: 'Nothing was agreed' }, {}],
    });

    // What was written is a valid seed set, and no staging folder or lock is left behind.
    const { errors } = await validateSeeds(await loadSeeds(dir));
    expect(errors).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses an endpoint that is neither in the registry nor created, naming the field', async () => {
    const dir = seedsWithoutArticleTwo();
    const sub = submission();
    sub.relationships![1] = { ...sub.relationships![1]!, to: 'fx-nowhere' };
    const err = await refusal(dir, sub);
    expect(err.problems).toEqual([
      {
        path: 'relationships[1].to',
        message: 'unknown entity "fx-nowhere" (not in entities.yaml)',
      },
    ]);
  });

  it('refuses a quote that is not verbatim in the text and says what is there', async () => {
    const dir = seedsWithoutArticleTwo();
    const sub = submission();
    sub.relationships![1] = { ...sub.relationships![1]!, quote: 'Nothing was agreed!' };
    const err = await refusal(dir, sub);
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]!.path).toBe('relationships[1].quote');
    expect(err.problems[0]!.message).toMatch(/not found verbatim.*Nothing was agreed/);
  });

  it('refuses ids that are not slugs, so nothing can be written outside the seeds folder', async () => {
    const dir = seedsWithoutArticleTwo();
    const sub = submission();
    sub.article = { ...sub.article, id: '../../etc/passwd' };
    const err = await refusal(dir, sub);
    expect(err.problems[0]).toMatchObject({ path: 'article.id' });
    expect(err.problems[0]!.message).toMatch(/slug/);
  });

  it('refuses an article id or entity id that already exists', async () => {
    const dir = seedsWithoutArticleTwo();
    const sub = submission({
      entities: [{ ...submission().entities![0]!, id: 'fx-alice' }],
    });
    sub.article = { ...sub.article, id: 'fx-article-one' };
    const err = await refusal(dir, sub);
    expect(err.problems.map((p) => p.path)).toEqual(['article.id', 'entities[0].id']);
  });

  it('refuses an oversized text and an unknown field through the contract', async () => {
    const dir = seedsWithoutArticleTwo();
    const err = await refusal(dir, { ...submission(), text: 'x'.repeat(200 * 1024 + 1), extra: 1 });
    expect(err.problems.map((p) => p.path).sort()).toEqual(['', 'text']);
  });

  it('puts every file back when the step after the write fails', async () => {
    const dir = seedsWithoutArticleTwo();
    const before = snapshot(dir);
    await expect(
      writeArticle(dir, submission(), {
        afterWrite: () => Promise.reject(new Error('ingestion failed')),
      }),
    ).rejects.toThrow('ingestion failed');
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves the real seed files byte-identical when it re-renders them unedited', async () => {
    const src = fs.readFileSync(path.join(REAL_SEEDS, 'articles.yaml'), 'utf8');
    const edited = editManifest(src, submission() as never, 'x.txt');
    expect(edited.startsWith(src.trimEnd())).toBe(true);
  });

  it('edits a generated (JSON) seed set as JSON: unedited lines byte-identical, the edit valid', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-json-seeds-'));
    try {
      generateCorpus({ out: dir, articles: 3, relationshipsPerArticle: 4, seed: 7 });
      const registry = fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8');
      const manifest = fs.readFileSync(path.join(dir, 'articles.yaml'), 'utf8');
      const first = (JSON.parse(registry) as { entities: { id: string }[] }).entities[0]!.id;
      const sub = ArticleSubmission.parse({
        ...submission(),
        aliases: [{ entity: first, alias: 'A Brand New Form' }],
      });
      const problems: { path: string; message: string }[] = [];
      const edited = editRegistry(registry, sub, problems);
      expect(problems).toEqual([]);
      expect(edited.aliasesAdded).toBe(1);
      // Every line but the one entity edited and the appended ones is as the generator wrote it.
      const norm = (l: string) => l.replace(/,$/, '');
      const after = new Set(edited.text.split('\n').map(norm));
      const changed = registry.split('\n').filter((l) => !after.has(norm(l)));
      expect(changed).toHaveLength(1);
      expect(changed[0]).toContain(`"id":"${first}"`);
      expect(edited.text).toContain('"A Brand New Form"');
      const m = editManifest(manifest, sub, 'fx-intake-courier.txt', problems);
      expect(
        m.startsWith(manifest.slice(0, manifest.lastIndexOf('}', manifest.lastIndexOf(']')))),
      ).toBe(true);
      expect((JSON.parse(m) as { articles: { id: string }[] }).articles.at(-1)!.id).toBe(
        'fx-intake-courier',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
