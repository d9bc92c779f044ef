/** The time-ordered layout places events and dated relationships' ends left to right by date. */
import { fcoseQualityFor, timeOrdered } from '../../client/src/layouts';

describe('timeOrdered', () => {
  it('orders columns by date; a node takes its own date or its earliest edge date; undated go first', () => {
    const t = timeOrdered(
      [
        { id: 'talks', date: '2026-03-11' },
        { id: 'war', date: '2026-02-28' },
        { id: 'hegseth' },
        { id: 'russia' },
        { id: 'lonely' },
      ],
      [
        { source: 'hegseth', target: 'russia', dates: ['2026-03-10', '2026-03-07'] },
        { source: 'russia', target: 'talks', dates: ['2026-03-11'] },
        { source: 'war', target: 'russia', dates: ['2026-03-12'] },
      ],
      { columnWidth: 100, rowHeight: 10 },
    );
    expect(t.columns.map((c) => c.date)).toEqual([null, '2026-02-28', '2026-03-07', '2026-03-11']);
    const x = (id: string) => t.positions[id]!.x;
    expect(x('lonely')).toBe(0);
    expect(x('war')).toBe(100);
    expect(x('hegseth')).toBe(200);
    expect(x('russia')).toBe(200);
    expect(x('talks')).toBe(300);
    // Two nodes in one column are stacked symmetrically.
    expect([t.positions.hegseth!.y, t.positions.russia!.y].sort((a, b) => a - b)).toEqual([-5, 5]);
  });

  it('lays out nothing for no nodes', () => {
    expect(timeOrdered([], [])).toEqual({ positions: {}, columns: [] });
  });
});

describe('fcoseQualityFor', () => {
  it('keeps the configured quality up to the threshold and drafts above it', () => {
    expect(fcoseQualityFor(300, 'default', 300)).toBe('default');
    expect(fcoseQualityFor(301, 'default', 300)).toBe('draft');
    expect(fcoseQualityFor(10, 'proof', 300)).toBe('proof');
  });
});
