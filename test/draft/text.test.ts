/**
 * Rules of issue 12's sixth session (engineer "text": entities, roles, sourcing, events,
 * dates, reposts), each on short texts of our own (not the held-out texts), with the negatives
 * that must not fire.
 */
import { draft, find } from './helpers';

/** The date of the statement quoting `quote`; the statement itself must be drafted. */
function saidDate(text: string, date: string, quote: string): string | undefined {
  const r = draft(text, date).relationships.find(
    (x) => x.type === 'SAID' && x.quote?.includes(quote),
  );
  if (!r) throw new Error(`no statement quoting ${quote}`);
  return r.date;
}

describe('days told relative to the day told before', () => {
  const text = [
    'The dispute began on May 7, when the report appeared.',
    'Two days later, Pete Hegseth said that "Iran will pay for this."',
    'On Thursday, Karoline Leavitt said the White House had "nothing to add."',
    'Dmitry Peskov called the report "a fairy tale" the same day.',
    'Earlier in the day, Steve Witkoff had said talks were "going well."',
    'The next day, Donald Trump said he was "not happy."',
  ].join(' ');

  it('"Two days later" counts from the day told last, not from the article date', () => {
    expect(saidDate(text, '2026-05-19', 'Iran will pay')).toBe('2026-05-09');
  });
  it('"the same day" and "Earlier in the day" are the day told last', () => {
    expect(saidDate(text, '2026-05-19', 'a fairy tale')).toBe('2026-05-14');
    expect(saidDate(text, '2026-05-19', 'going well')).toBe('2026-05-14');
  });
  it('"The next day" is the day after it', () => {
    expect(saidDate(text, '2026-05-19', 'not happy')).toBe('2026-05-15');
  });
  it('dates nothing when no day was told before, and never after the article date', () => {
    expect(
      saidDate(
        'Pete Hegseth said the same day that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
    expect(
      saidDate(
        'On Tuesday, Iran fired. The next day, Pete Hegseth said that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
  });
  it('"since that day" is a bound, not a day', () => {
    expect(
      saidDate(
        'Iran fired on May 2. Pete Hegseth has said since that day that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
  });
});

describe('credit lines', () => {
  const wire = [
    'MOSCOW, May 5 (Reuters) - Dmitry Peskov said Russia was "not a party to this conflict."',
    '',
    '(Reporting by Olga Brandt and Tom Hale in Moscow; additional reporting by Ivan Petrov; Editing by Mark Lowe)',
  ].join('\n');

  it('"(Reporting by …; additional reporting by …)": each reporter is a member of the dateline agency', () => {
    const d = draft(wire, '2026-05-05');
    for (const id of ['olga-brandt', 'tom-hale', 'ivan-petrov'])
      expect(find(d, 'MEMBER_OF', id, 'reuters')).toHaveLength(1);
    const ev = find(d, 'MEMBER_OF', 'olga-brandt', 'reuters')[0]!.evidence[0]!;
    expect(d.text).toContain(ev);
  });
  it('leaves the editor out, and credits nobody without an agency', () => {
    expect(find(draft(wire, '2026-05-05'), 'MEMBER_OF', 'mark-lowe')).toHaveLength(0);
    const bare = wire.replace('MOSCOW, May 5 (Reuters) - ', '');
    expect(find(draft(bare, '2026-05-05'), 'MEMBER_OF', 'olga-brandt')).toHaveLength(0);
  });
  it('"Associated Press writers X in Y and Z contributed": the agency the line names', () => {
    const d = draft(
      'Dmitry Peskov said Russia was "not a party to this conflict."\n\nAssociated Press writers Ines Moll in Brussels and Karl Berg contributed to this report.',
      '2026-05-05',
    );
    expect(find(d, 'MEMBER_OF', 'ines-moll', 'associated-press')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', 'karl-berg', 'associated-press')).toHaveLength(1);
  });
  it('a photo credit "Name/Agency" ends a caption; a fraction or a route does not', () => {
    const d = draft(
      'Pete Hegseth speaks at the Pentagon, May 4, 2026. Anna Weiss/Reuters\n\nIran fired missiles on the Tehran/Isfahan road.',
      '2026-05-05',
    );
    expect(find(d, 'MEMBER_OF', 'anna-weiss', 'reuters')).toHaveLength(1);
    expect(d.relationships.filter((r) => r.rule.startsWith('credit:'))).toHaveLength(1);
  });
});
