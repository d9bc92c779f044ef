/**
 * The synthetic corpus generator (scripts/src/generate): deterministic for a seed, valid under
 * the seed schemas and the ingestion's own checks, every evidence sentence and quote verbatim in
 * its article, endpoint labels allowed by the model, and a skewed (hub + long tail) degree
 * distribution. Runs without Neo4j.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  ArticleManifest,
  EntityRegistry,
  ExtractionFile,
  isAllowedEndpoint,
  type EntitySeed,
} from '@kg/server/contracts';
import { generateCorpus, type GenerateSummary } from '../../scripts/src/generate/corpus';
import { loadSeeds, validateSeeds } from '../../scripts/src/ingest/validate';
import { articleText } from '../../scripts/src/ingest/text';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-generate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** sha256 of every file of a folder, by relative path. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else
        out.set(
          path.relative(dir, abs),
          crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex'),
        );
    }
  };
  walk(dir);
  return out;
}

const yamlOf = (file: string): unknown => parse(fs.readFileSync(file, 'utf8'));

describe('generateCorpus', () => {
  let small: GenerateSummary;
  const smallDir = path.join(tmp, 'small');

  beforeAll(() => {
    small = generateCorpus({ out: smallDir, articles: 120, seed: 7, relationshipsPerArticle: 25 });
  });

  it('writes byte-identical files for the same seed, and different files for another seed', () => {
    const again = path.join(tmp, 'again');
    const other = path.join(tmp, 'other');
    generateCorpus({ out: again, articles: 120, seed: 7, relationshipsPerArticle: 25 });
    generateCorpus({ out: other, articles: 120, seed: 8, relationshipsPerArticle: 25 });
    const a = digest(smallDir);
    expect(a.size).toBe(small.files + 1); // + the generator's marker file
    expect(digest(again)).toEqual(a);
    expect(digest(other)).not.toEqual(a);
  });

  it('writes exactly articles x relationships-per-article distinct relationships', () => {
    expect(small.articles).toBe(120);
    expect(small.relationships).toBe(3000);
    expect(small.statements).toBeGreaterThanOrEqual(3000);
  });

  it('passes the seed schemas, with verbatim evidence and quotes and allowed endpoint labels', () => {
    const manifest = ArticleManifest.parse(yamlOf(path.join(smallDir, 'articles.yaml')));
    const registry = EntityRegistry.parse(yamlOf(path.join(smallDir, 'entities.yaml')));
    const entities = new Map<string, EntitySeed>(registry.entities.map((e) => [e.id, e]));
    expect(entities.size).toBe(registry.entities.length);
    const dates = new Set(manifest.articles.map((a) => a.date.slice(0, 4)));
    expect(dates.size).toBeGreaterThanOrEqual(5); // spread over years
    expect(registry.entities.some((e) => e.aliases.length > 0)).toBe(true);

    let quotes = 0;
    for (const a of manifest.articles) {
      const { text, headerDate } = articleText(
        fs.readFileSync(path.join(smallDir, 'articles', a.file), 'utf8'),
      );
      if (headerDate) expect(headerDate).toBe(a.date);
      const x = ExtractionFile.parse(yamlOf(path.join(smallDir, 'extractions', `${a.id}.yaml`)));
      expect(x.article).toBe(a.id);
      for (const r of x.relationships) {
        const from = entities.get(r.from)!;
        const to = entities.get(r.to)!;
        expect([
          r.type,
          from.label,
          to.label,
          isAllowedEndpoint(r.type, from.label, to.label),
        ]).toEqual([r.type, from.label, to.label, true]);
        for (const ev of typeof r.evidence === 'string' ? [r.evidence] : r.evidence) {
          expect(text.includes(ev)).toBe(true);
        }
        if (r.type === 'SAID' || r.type === 'DENIED') {
          expect(r.quote).toBeDefined();
          expect(text.includes(r.quote!)).toBe(true);
          quotes++;
        }
      }
    }
    expect(quotes).toBeGreaterThan(100);
  });

  it("passes the ingestion's own validation with no errors or warnings", async () => {
    const { errors, warnings, graph } = await validateSeeds(await loadSeeds(smallDir));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(graph.relationships).toHaveLength(small.relationships);
    // Some facts are restated by a later article: one relationship, several sources.
    expect(graph.relationships.some((r) => r.sources.length > 1)).toBe(true);
  });

  it('has hubs and a long tail: the top entity has far more relationships than the median', () => {
    const [top] = small.top;
    expect(top!.label).toBe('Country');
    expect(top!.degree).toBeGreaterThan(30 * small.medianDegree);
    expect(small.medianDegree).toBeLessThanOrEqual(10);
  });
});
