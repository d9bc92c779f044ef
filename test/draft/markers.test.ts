/**
 * A drafted extraction file is refused by ingestion until a person has reviewed it: the
 * validation names the draft markers it still holds. No database involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatSeedError, loadSeeds, validateSeeds } from '../../scripts/src/ingest/index';
import { toExtractionYaml } from '../../scripts/src/draft/index';
import { removeVariants, variant } from '../ingest/fixtures';
import { draft } from './helpers';

afterAll(removeVariants);

describe('ingestion and draft markers', () => {
  const text = fs.readFileSync(
    path.join(__dirname, '..', 'fixtures', 'seeds-mini', 'articles', 'fx-article-one.txt'),
    'utf8',
  );

  it('refuses an extraction file written by the draft engine, saying it is an unreviewed draft', async () => {
    const d = draft(text);
    const yaml = toExtractionYaml({ ...d, article: { ...d.article, id: 'fx-article-one' } });
    expect(yaml).toContain('draft:');
    const dir = variant('draft-markers', { 'extractions/fx-article-one.yaml': () => yaml });
    const { errors } = await validateSeeds(await loadSeeds(dir));
    const lines = errors.map(formatSeedError);
    expect(
      lines.some((l) => l.includes('fx-article-one.yaml') && l.includes('unreviewed draft')),
    ).toBe(true);
  });

  it('refuses a reviewed file that still holds one relationship marker', async () => {
    const dir = variant('one-marker', {
      'extractions/fx-article-one.yaml': (t) =>
        t.replace(/(\n\s+- type: \w+\n)/, '$1    draft: { confidence: 0.5, rule: test }\n'),
    });
    const { errors } = await validateSeeds(await loadSeeds(dir));
    expect(errors.map(formatSeedError).join('\n')).toMatch(/1 relationship with a draft marker/);
  });
});
