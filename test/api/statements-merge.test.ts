/**
 * Statements by date: one statement written as several relationships (one per target, one per
 * article) is one row; dated rows come newest or oldest first and undated ones last.
 */
import type { RelationshipView } from '../../server/src/contracts/api';
import { mergeStatements, type StatementInput } from '../../server/src/db/statements-repository';

const person = { id: 'pete-hegseth', name: 'Pete Hegseth', label: 'Person' as const };
const country = (id: string, name: string) => ({ id, name, label: 'Country' as const });

function input(
  id: string,
  target: ReturnType<typeof country>,
  extra: Partial<RelationshipView>,
  article = 'a1',
): StatementInput {
  return {
    role: 'by',
    speaker: person,
    target,
    rel: {
      id,
      type: 'SAID',
      source: person.id,
      target: target.id,
      sources: [article],
      evidence: [],
      ...extra,
    },
    articles: [{ id: article, title: `Title ${article}`, date: '2026-03-07' }],
  };
}

describe('mergeStatements', () => {
  const russia = country('russia', 'Russia');
  const china = country('china', 'China');

  it('merges the same words on the same day into one row with every target and article', () => {
    const out = mergeStatements(
      [
        input('r1', russia, { quote: 'They have no relevance.', date: '2026-03-04' }, 'a1'),
        input('r2', china, { quote: 'they have NO relevance', date: '2026-03-04' }, 'a2'),
        input('r3', russia, { quote: 'We are tracking everything.', date: '2026-03-04' }),
      ],
      'newest',
    );
    expect(out.by).toHaveLength(2);
    const merged = out.by.find((r) => r.relationshipIds.length === 2)!;
    expect(merged.relationshipIds).toEqual(['r1', 'r2']);
    expect(merged.targets.map((t) => t.id)).toEqual(['china', 'russia']);
    expect(merged.articles.map((a) => [a.id, a.relationshipId])).toEqual([
      ['a1', 'r1'],
      ['a2', 'r2'],
    ]);
  });

  it('keeps the same words on different days, or of another type, apart', () => {
    const out = mergeStatements(
      [
        input('r1', russia, { quote: 'No.', date: '2026-03-04' }),
        input('r2', russia, { quote: 'No.', date: '2026-03-05' }),
        input('r3', russia, { quote: 'No.', date: '2026-03-04', type: 'DENIED' }),
      ],
      'oldest',
    );
    expect(out.by).toHaveLength(3);
  });

  it('orders dated rows newest or oldest first and puts undated ones last', () => {
    const rows = [
      input('r1', russia, { quote: 'one', date: '2026-03-04' }),
      input('r2', russia, { quote: 'two' }),
      input('r3', russia, { quote: 'three', date: '2026-03-10' }),
    ];
    const dates = (o: 'newest' | 'oldest') =>
      mergeStatements(rows, o).by.map((r) => r.date ?? 'undated');
    expect(dates('newest')).toEqual(['2026-03-10', '2026-03-04', 'undated']);
    expect(dates('oldest')).toEqual(['2026-03-04', '2026-03-10', 'undated']);
  });
});
