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

describe('bodies named by acronym or by a fixed name', () => {
  it('"CIA Director Ross Keller" leads the CIA; "U.S. Ambassador to NATO Carla Jennings" is Carla Jennings', () => {
    const d = draft(
      'CIA Director Ross Keller met U.S. Ambassador to NATO Carla Jennings on Monday.',
    );
    expect(find(d, 'LEADS', 'ross-keller', 'central-intelligence-agency')).toHaveLength(1);
    expect(d.entities.map((e) => e.id)).toContain('carla-jennings');
    expect(d.entities.find((e) => e.id === 'nato')?.label).toBe('Organization');
  });
  it('a known name inside a longer name is not that body', () => {
    const d = draft("Iran's Supreme National Security Council met on Monday.");
    expect(d.entities.map((e) => e.id)).not.toContain('national-security-council');
    expect(d.entities.map((e) => e.id)).not.toContain('un-security-council');
  });
});

describe('roles', () => {
  const member = (text: string, who: string) =>
    draft(text)
      .relationships.filter((r) => r.from === who && r.rule.startsWith('role:'))
      .map((r) => `${r.type} ${r.to}`);

  it('an apposition without an article: ", commander of the U.S. Fifth Fleet,"', () => {
    expect(
      member(
        'Vice Admiral Ruth Calloway, commander of the U.S. Fifth Fleet, said Iran was watched.',
        'ruth-calloway',
      ),
    ).toEqual(['LEADS fifth-fleet']);
  });
  it('"a former … now at the Atlantic Council" belongs to it; a former post alone gives nothing', () => {
    expect(
      member(
        'Evelyn Marsh, a former deputy national security adviser now at the Atlantic Council, said so.',
        'evelyn-marsh',
      ),
    ).toEqual(['MEMBER_OF atlantic-council']);
    expect(
      member('Walter Dunne, a former Pentagon official, said so on Monday.', 'walter-dunne'),
    ).toEqual([]);
  });
  it('the chief of a field or a unit, and a deputy, work in the body but do not lead it', () => {
    expect(
      member(
        "Kaja Lindqvist, the European Union's foreign policy chief, said the bloc was watching.",
        'kaja-lindqvist',
      ),
    ).toEqual(['MEMBER_OF european-union']);
    expect(
      member(
        'Kenji Alvarez, director of the Middle East program at the Center for Strategic and International Studies, said so.',
        'kenji-alvarez',
      ),
    ).toEqual(['MEMBER_OF center-for-strategic-and-international-studies']);
    expect(member('Deputy CIA Director Anne Holt said so on Monday.', 'anne-holt')).toEqual([
      'MEMBER_OF central-intelligence-agency',
    ]);
  });
  it('"an adviser to Senate Majority Leader X": X is in Congress, the adviser advises X', () => {
    const d = draft(
      'Naomi Feld, a senior adviser to Senate Majority Leader Carl Ridley, said lawmakers wanted the files.',
    );
    expect(find(d, 'ADVISES', 'naomi-feld', 'carl-ridley')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', 'carl-ridley', 'us-congress')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', 'naomi-feld')).toHaveLength(0);
  });
  it('a Pentagon spokesman represents the defence department', () => {
    expect(
      member(
        'Pentagon press secretary Kingsley Marsh said the military was ready.',
        'kingsley-marsh',
      ),
    ).toEqual(['REPRESENTS department-of-war']);
  });
  it('a seat after an apposition ("a Michigan Democrat who sits on …"); a past seat gives nothing', () => {
    const d = draft(
      'Sen. Elena Voss, a Michigan Democrat who sits on the Senate Intelligence Committee, said so. Marsh, who served on the National Security Council, agreed.',
    );
    expect(
      find(d, 'MEMBER_OF', 'elena-voss')
        .map((r) => r.to)
        .sort(),
    ).toEqual(['senate-intelligence-committee', 'us-congress']);
    expect(find(d, 'MEMBER_OF', 'national-security-council')).toHaveLength(0);
    expect(d.relationships.filter((r) => r.to === 'national-security-council')).toHaveLength(0);
  });
});
