/**
 * A byline whose role makes the piece a column ("By Theo Marchetti, Foreign Affairs
 * Columnist") gives the column an author for its verdicts, with no "Opinion" label; and words
 * that describe an event the speaker names with a possessive and a complement ("described his
 * call with Vladimir Putin as “…”") are about that event, not the person in the complement.
 * Short texts of our own.
 */
import { draft } from './helpers';

describe('a columnist’s byline', () => {
  it('makes the byline’s person the author of the column’s verdicts', () => {
    const d = draft(
      [
        "The quiet partnership Washington won't name",
        'By Theo Marchetti, Foreign Affairs Columnist',
        'Nobody in this administration wants to say it, but Russia is helping Iran. The White House has failed to say so in public.',
      ].join('\n\n'),
      '2026-12-05',
    );
    expect(d.relationships).toContainEqual(
      expect.objectContaining({ type: 'CRITICIZED', from: 'theo-marchetti' }),
    );
  });

  it('but a reporter’s byline makes no column', () => {
    const d = draft(
      [
        'Senators press the White House on Russia',
        'By Theo Marchetti, Washington Correspondent',
        'The White House has failed to say in public whether Russia is helping Iran, senators said on Tuesday.',
      ].join('\n\n'),
      '2026-12-05',
    );
    expect(
      d.relationships.filter((r) => r.from === 'theo-marchetti' && r.type === 'CRITICIZED'),
    ).toEqual([]);
  });
});

describe('"described his call with X as “…”"', () => {
  it('is about the call', () => {
    const d = draft(
      'President Trump described his call with Vladimir Putin as "very productive" and said nothing about Iran.',
      '2026-12-05',
    );
    const said = d.relationships.find((r) => r.quote === 'very productive');
    expect(d.entities.find((e) => e.id === said?.to)?.label).toBe('Event');
  });
});
