/**
 * Relative dates against the article date (Friday 2026-03-06 here): the day a statement was
 * made or an event happened, nothing when the text names no day, never a later day for a past
 * fact, and never the article date as a stand-in.
 */
import { draft } from './helpers';

const dateOf = (text: string, date = '2026-03-06') =>
  draft(text, date).relationships.find((r) => r.type === 'SAID')?.date;

describe('dates', () => {
  it.each([
    ['said on Wednesday', '“Iran is losing,” Pete Hegseth said on Wednesday.', '2026-03-04'],
    ['said Friday (the article day)', '“Iran is losing,” Pete Hegseth said Friday.', '2026-03-06'],
    ['yesterday morning', '“Iran is losing,” Pete Hegseth said yesterday morning.', '2026-03-05'],
    ['an explicit date', '“Iran is losing,” Pete Hegseth said on March 2.', '2026-03-02'],
  ])('%s', (_name, text, want) => {
    expect(dateOf(text)).toBe(want);
  });

  it('leaves a statement undated when the text names no day ("this week", "recently")', () => {
    expect(dateOf('“Iran is losing,” Pete Hegseth said this week.')).toBeUndefined();
    expect(dateOf('“Iran is losing,” Pete Hegseth recently said.')).toBeUndefined();
    expect(dateOf('“Iran is losing,” Pete Hegseth said.')).toBeUndefined();
  });

  it('"last Thursday" in a Thursday article is a week back', () => {
    // 2026-03-05 is a Thursday.
    expect(dateOf('“Iran is losing,” Pete Hegseth said last Thursday.', '2026-03-05')).toBe(
      '2026-02-26',
    );
    expect(dateOf('“Iran is losing,” Pete Hegseth said last Thursday.', '2026-03-06')).toBe(
      '2026-03-05',
    );
  });

  it.each([
    ['the days before', 'in the days before Iranian drones struck a U.S. destroyer'],
    ['48 hours before', 'in the 48 hours before Iranian drones struck a U.S. destroyer'],
  ])('"%s" an event is no day of the article\'s count', (_name, span) => {
    const d = draft(
      `Russia gave Iran satellite images ${span} off the Omani port of Sohar, officials said.`,
      '2026-03-06',
    );
    expect(d.relationships.filter((r) => r.date)).toEqual([]);
  });

  it('a reported clause with its own subject and past verb keeps its day ("said X met Y on Monday")', () => {
    // Tuesday 2026-03-10: the meeting was Monday's; the spokeswoman's words are not.
    const d = draft(
      'Karoline Leavitt said on Tuesday that the White House had raised the matter. Speaking at the daily briefing, Leavitt said Steve Witkoff met Yuri Ushakov on Monday and "made clear that this has consequences." "We are not going to detail every piece of evidence," Leavitt said.',
      '2026-03-10',
    );
    const dates = d.relationships
      .filter((r) => r.type === 'SAID' && r.from === 'karoline-leavitt')
      .map((r) => r.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).not.toContain('2026-03-09');
  });

  it('never reads "now" as a day (chrono takes it for the article date)', () => {
    const d = draft(
      'Joanna Pratt, who now teaches at Georgetown University, told NPR that Russia "is testing us." Right now, she said, "nobody is answering."',
      '2026-10-05',
    );
    const dated = d.relationships.filter((r) => r.date);
    expect(d.relationships.some((r) => r.type === 'SAID')).toBe(true);
    expect(dated).toEqual([]);
  });

  it('dates an event by the expression next to it, "one day after" included', () => {
    const d = draft(
      'Pete Hegseth spoke on Tuesday, one day after Donald Trump held a phone call with Vladimir Putin.',
      '2026-03-10',
    );
    const call = d.relationships.find((r) => r.type === 'SPOKE_WITH');
    expect(call?.date).toBe('2026-03-09');
  });

  it('reads "Monday\'s call" as the last Monday', () => {
    const d = draft(
      "Pete Hegseth discussed Monday's Trump-Putin phone conversation.",
      '2026-03-10',
    );
    expect(d.relationships.find((r) => r.type === 'SPOKE_WITH')?.date).toBe('2026-03-09');
  });

  it('honours a leading "date YYYY-MM-DD" header when no date is given', () => {
    const { draftArticle } = jest.requireActual(
      '../../scripts/src/draft/index',
    ) as typeof import('../../scripts/src/draft/index');
    const { context } = jest.requireActual('./helpers') as typeof import('./helpers');
    const d = draftArticle(
      { text: 'date 2026-03-11\n“Iran is losing,” Pete Hegseth said on Monday.' },
      context(),
    );
    expect(d.article.date).toBe('2026-03-11');
    expect(d.text?.startsWith('“Iran')).toBe(true);
    expect(d.relationships.find((r) => r.type === 'SAID')?.date).toBe('2026-03-09');
  });
  it('does not date an interview by the day of the attack its host asked about', () => {
    const d = draft(
      'Pete Hegseth was interviewed by CBS host Lena Ortiz. Pressed by Ortiz about the Iranian missile attack on March 2, Hegseth said the navy had "changed how our ships move."',
    );
    const dated = d.relationships.filter((r) => r.date).map((r) => `${r.type} ${r.date}`);
    expect(dated).toEqual([]);
    expect(d.relationships.some((r) => r.type === 'INTERVIEWED')).toBe(true);
  });

  describe("an attack's day dates the attack, not the saying or the interview", () => {
    it.each([
      [
        'a leading "Pressed about …" clause',
        'Pressed by reporters about claims that Moscow had guided a drone strike on March 2, Pete Hegseth said Iran was "running out of launchers."',
      ],
      [
        '"the March 2 attack" inside the reported words',
        'Pete Hegseth told reporters that the March 2 attack was "a message from Tehran."',
      ],
    ])('%s', (_name, text) => {
      expect(dateOf(text)).toBeUndefined();
    });

    it('keeps the day of a verb whose object the attack is ("claimed the attack on Wednesday")', () => {
      expect(
        dateOf(
          'Iranian drones hit a depot on Sunday. Pete Hegseth condemned the attack on Wednesday, calling it "reckless."',
        ),
      ).toBe('2026-03-04');
    });

    it('still dates the statement by its own day in the same sentence', () => {
      expect(
        dateOf(
          'Pete Hegseth said on Thursday that the Iranian drone strike on March 2 was "no accident."',
        ),
      ).toBe('2026-03-05');
    });
  });
});

describe('days that belong to what was reported, not to the saying', () => {
  // Wednesday 2026-11-25; Sunday = 2026-11-22.
  const text = [
    'The Elysee Palace said Wednesday that a phone call between U.S. President Donald Trump and Russian President Vladimir Putin over the weekend had been "long and frank."',
    'Kremlin aide Yuri Ushakov told reporters the question of prisoner swaps "was raised" during Sunday\'s call. "Nothing was agreed," Ushakov said.',
  ].join('\n\n');

  it('a saying\'s day does not date a call told inside its "that" clause', () => {
    const d = draft(text, '2026-11-25');
    const talks = d.relationships.filter((r) => r.type === 'SPOKE_WITH');
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.map((r) => r.date)).not.toContain('2026-11-25');
  });

  it('a call told without its day takes the day the next sentences name it by ("Sunday\'s call")', () => {
    const d = draft(text, '2026-11-25');
    const talks = d.relationships.filter(
      (r) => r.type === 'SPOKE_WITH' && (r.from === 'donald-trump' || r.to === 'donald-trump'),
    );
    expect(talks.map((r) => r.date)).toEqual(['2026-11-22']);
    const held = draft(
      'The Elysee Palace said Wednesday that a phone call between U.S. President Donald Trump and Russian President Vladimir Putin over the weekend had been "long and frank." Separately, Ushakov said Monday\'s meeting with the Chinese envoy went well.',
      '2026-11-25',
    );
    expect(held.relationships.filter((r) => r.type === 'SPOKE_WITH').map((r) => r.date)).toEqual([
      undefined,
    ]);
  });

  it('a passive reported clause ("was raised during Sunday\'s call") keeps its day from the statement and the next quote', () => {
    const d = draft(text, '2026-11-25');
    const said = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'yuri-ushakov');
    expect(said.length).toBe(2);
    expect(said.map((r) => r.date)).not.toContain('2026-11-22');
  });

  it('whoever tells what came up during a call is not on that call', () => {
    const d = draft(text, '2026-11-25');
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.from === 'yuri-ushakov'),
    ).toEqual([]);
  });

  it('"told X during Sunday\'s call that …" still dates the telling and its teller took part', () => {
    const d = draft(
      'Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Sunday. Yuri Ushakov told Steve Witkoff during Sunday\'s call that "the door is open."',
      '2026-11-25',
    );
    const said = d.relationships.find((r) => r.type === 'SAID' && r.from === 'yuri-ushakov');
    expect(said?.date).toBe('2026-11-22');
    expect(
      d.relationships.some((r) => r.type === 'PARTICIPATED_IN' && r.from === 'yuri-ushakov'),
    ).toBe(true);
  });
});
