/**
 * The duplicates report (pure, no Neo4j): the planted duplicate in test/fixtures/seeds-dupes is
 * found with its reasons and nothing else is; dismissed pairs stay dismissed; names match
 * across diacritics, transliterations and initials, and look-alikes that are not the same do
 * not reach the threshold.
 */
import path from 'node:path';
import { findDuplicates, type DuplicateEntity } from '../../scripts/src/entities/duplicates';
import { duplicateInputFromSeeds } from '../../scripts/src/entities/from-seeds';
import { main } from '../../scripts/src/entities/cli';
import { compareNames, fold, skeleton } from '../../scripts/src/entities/name-match';
import { REAL_SEEDS, REPO } from '../ingest/fixtures';

const DUPES = path.join(REPO, 'test', 'fixtures', 'seeds-dupes');

const person = (id: string, name: string, aliases: string[] = [], role?: string) =>
  ({ id, label: 'Person', name, aliases, ...(role ? { role } : {}) }) satisfies DuplicateEntity;

describe('the duplicates report on the fixture with a planted duplicate', () => {
  it('lists the planted pair, with every reason, and no other pair', async () => {
    const report = findDuplicates(await duplicateInputFromSeeds(DUPES));
    expect(report.pairs).toHaveLength(1);
    const [pair] = report.pairs;
    expect([pair!.a.id, pair!.b.id].sort()).toEqual(['fx-a-envoy', 'fx-alice']);
    expect(pair!.keep).toBe('fx-alice');
    expect(pair!.reasons.map((r) => r.kind)).toEqual([
      'shared-form',
      'initials',
      'same-role',
      'co-mention',
    ]);
    expect(pair!.score).toBeGreaterThan(0.8);
  });

  it('does not list a dismissed pair, and counts it', async () => {
    const input = await duplicateInputFromSeeds(DUPES);
    const report = findDuplicates({ ...input, distinct: new Set(['fx-a-envoy|fx-alice']) });
    expect(report).toEqual({ pairs: [], dismissed: 1 });
  });

  it('finds no likely duplicate in the curated seeds', async () => {
    expect(findDuplicates(await duplicateInputFromSeeds(REAL_SEEDS)).pairs).toEqual([]);
  });

  it('prints the report from `npm run entities -- duplicates`', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((s: string) => lines.push(s));
    try {
      expect(await main(['duplicates', '--seeds', DUPES])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('\n')).toMatch(
      /^0\.\d\d {2}Person {2}fx-alice "Alice Envoy" {2}~ {2}fx-a-envoy "A\. Envoy" {2}\(merge fx-a-envoy into fx-alice\)/,
    );
    expect(lines.join('\n')).toContain('initials');
  });
});

describe('name matching', () => {
  it('folds diacritics, letters NFKD keeps and a leading "the"', () => {
    expect(fold('José Martínez')).toBe('jose martinez');
    expect(fold('Łukasz Straße')).toBe('lukasz strasse');
    expect(fold('The Kremlin')).toBe('kremlin');
  });

  it('sees one name in two transliterations', () => {
    expect(skeleton('Sergei')).toBe(skeleton('Sergey'));
    expect(skeleton('Mohammed')).toBe(skeleton('Muhammad'));
    expect(skeleton('Zelensky')).toBe(skeleton('Zelenskyy'));
    expect(compareNames('Sergei Lavrov', 'Sergey Lavrov').similarity).toBeGreaterThanOrEqual(0.95);
    expect(
      compareNames('Mohammed bin Salman', 'Muhammad bin Salman').similarity,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('reads an initial with the same surname', () => {
    expect(compareNames('J. Roberts', 'John Roberts').initials).toBe(true);
    expect(compareNames('J. Roberts', 'John Robertson').initials).toBe(false);
  });

  it('scores across diacritics and transliteration; a shared surname alone is not enough', () => {
    const report = findDuplicates({
      entities: [
        person('jose-a', 'José Martínez'),
        person('jose-b', 'Jose Martinez'),
        person('lavrov-a', 'Sergei Lavrov', [], 'Foreign Minister of Russia'),
        person('lavrov-b', 'Sergey Lavrov', [], 'Russian Foreign Minister'),
        person('john-roberts', 'John Roberts', [], 'Fox News anchor'),
        person('john-robertson', 'John Robertson', [], 'Fox News anchor'),
        person('alice-walker', 'Alice Walker'),
        person('bob-walker', 'Bob Walker'),
        { id: 'un', label: 'Organization', name: 'United Nations', aliases: ['UN'] },
        { id: 'unsc', label: 'Organization', name: 'United Nations Security Council', aliases: [] },
        // Same name, different label: never a pair.
        { id: 'georgia-country', label: 'Country', name: 'Georgia', aliases: [] },
        { id: 'georgia-state', label: 'Location', name: 'Georgia', aliases: [] },
      ],
      mentions: new Map([['a1', new Set(['lavrov-a', 'lavrov-b'])]]),
    });
    const found = report.pairs.map((p) => [p.a.id, p.b.id].sort().join(' ~ '));
    expect(found).toEqual(['jose-a ~ jose-b', 'lavrov-a ~ lavrov-b']);
    const lavrov = report.pairs.find((p) => p.a.id.startsWith('lavrov'))!;
    expect(lavrov.reasons.map((r) => r.kind)).toEqual([
      'name-similarity',
      'same-role',
      'co-mention',
    ]);
  });
});
