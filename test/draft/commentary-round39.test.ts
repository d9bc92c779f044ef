/**
 * Commentary and stance rules of issue 12's round 39 (engineer "commentary2"; written as round 37): editorials signed
 * by a board, verdicts in a paper's own voice, unquoted downplaying and denials in indirect
 * speech, a headquarters that plays a report down, and relative days ("a day earlier"). Each
 * tested on sentences of our own wording, with negatives that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'U.S. officials said this month that Russia had been passing Iran satellite images of American ships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const CLAIM = 'russia-iran-intelligence-sharing';

describe('an editorial signed by its board', () => {
  it('"By the X Editorial Board": the board is PART_OF the paper and the author of verdicts', () => {
    const d = draft(
      [
        'Opinion',
        '',
        'The Gulf deserves a clearer answer',
        '',
        'By the Brookfield Sentinel Editorial Board',
        '',
        LEAD,
        '',
        "The administration's answer has been to change the subject.",
      ].join('\n'),
      '2026-10-05',
    );
    const board = idOf(d, 'Brookfield Sentinel Editorial Board');
    const paper = idOf(d, 'Brookfield Sentinel');
    expect(board).toBeDefined();
    expect(paper).toBeDefined();
    expect(d.entities.find((e) => e.id === board)?.label).toBe('Organization');
    expect(d.entities.find((e) => e.id === paper)?.label).toBe('Outlet');
    expect(find(d, 'PART_OF', board!, paper)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', board!).map((r) => r.to)).toEqual(['trump-administration']);
    // The board is no person.
    expect(d.entities.some((e) => e.label === 'Person' && /editorial/i.test(e.name))).toBe(false);
  });

  it('"The Editorial Board" under a masthead line: the paper is the masthead', () => {
    const d = draft(
      [
        'THE CARLTON HERALD',
        'Opinion | Editorial',
        '',
        'Wishful thinking on Moscow',
        '',
        'The Editorial Board',
        '',
        LEAD,
        '',
        'That is not caution. It is wishful thinking, and it has been the White House’s habit for months.',
      ].join('\n'),
      '2026-10-05',
    );
    const board = idOf(d, 'Carlton Herald Editorial Board');
    expect(board).toBeDefined();
    const part = find(d, 'PART_OF', board!);
    expect(part).toHaveLength(1);
    expect(d.entities.find((e) => e.id === part[0]!.to)?.name).toMatch(/Carlton Herald/);
    expect(find(d, 'CRITICIZED', board!).map((r) => r.to)).toEqual(['white-house']);
  });

  it('"This page faulted the White House …": the paper judging in its own voice', () => {
    const d = draft(
      [
        'By the Dover Ledger Editorial Board',
        '',
        LEAD,
        '',
        'This page faulted the White House in October for its slow response. Congress should act.',
      ].join('\n'),
      '2026-11-05',
    );
    const board = idOf(d, 'Dover Ledger Editorial Board');
    expect(find(d, 'CRITICIZED', board!).map((r) => r.to)).toContain('white-house');
  });

  it('negative: a news story with a board of directors has no editorial author', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The company said its board of directors would meet on Friday. The White House did not comment.',
      ].join('\n'),
      '2026-11-05',
    );
    expect(d.entities.some((e) => /editorial board/i.test(e.name))).toBe(false);
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('unquoted downplaying and denials in indirect speech', () => {
  it('"the Pentagon played down …": the building is the department that plays it down', () => {
    const d = draft(
      [
        LEAD,
        '',
        'On Friday the Pentagon played down a new report that Russian imagery had helped Iran find a U.S. cruiser.',
      ].join('\n'),
      '2026-10-12',
    );
    expect(find(d, 'DISMISSED', 'department-of-war', CLAIM)).toHaveLength(1);
    expect(find(d, 'DISMISSED', 'pentagon')).toHaveLength(0);
  });

  it('"faulted the Pentagon for …": the department is the one criticised', () => {
    const d = draft(
      [LEAD, '', 'Sen. Hollis Grade faulted the Pentagon on Monday for its silence.'].join('\n'),
      '2026-10-12',
    );
    const who = idOf(d, 'Hollis Grade');
    expect(find(d, 'CRITICIZED', who!).map((r) => r.to)).toEqual(['department-of-war']);
  });

  it('negative: "at the Pentagon" stays the building', () => {
    const d = draft(
      [LEAD, '', 'Reporters waited at the Pentagon on Monday for a briefing.'].join('\n'),
      '2026-10-12',
    );
    expect(d.relationships.some((r) => r.from === 'department-of-war')).toBe(false);
  });

  it('"said it did not matter where …" is a dismissal without a quote', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The State Department said it did not matter where Iran obtained its imagery.',
      ].join('\n'),
      '2026-10-12',
    );
    const dept = idOf(d, 'State Department');
    expect(find(d, 'DISMISSED', dept!, CLAIM)).toHaveLength(1);
  });

  it('quoted "not a game changer", "does not change our approach", "does not deserve a comment" play it down', () => {
    const d = draft(
      [
        LEAD,
        '',
        'White House spokeswoman Tessa Morland said the findings were "not a game changer."',
        '',
        'Kremlin spokesman Dmitry Peskov said the story "does not deserve a comment."',
        '',
        'A Pentagon spokesman, Gil Arden, said the reports "do not change our approach."',
      ].join('\n'),
      '2026-10-12',
    );
    expect(find(d, 'DISMISSED', idOf(d, 'Tessa Morland')!, CLAIM)).toHaveLength(1);
    expect(find(d, 'DISMISSED', idOf(d, 'Dmitry Peskov')!, CLAIM)).toHaveLength(1);
    expect(find(d, 'DISMISSED', idOf(d, 'Gil Arden')!, CLAIM)).toHaveLength(1);
  });

  it('negative: "a game changer" and "this changes the picture" are no downplaying', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Ruth Calloway said the findings were "a game changer for the Navy."',
        '',
        'Rep. Omar Lisle said the report "changes the picture entirely."',
      ].join('\n'),
      '2026-10-12',
    );
    expect(d.relationships.filter((r) => r.type === 'DISMISSED')).toHaveLength(0);
  });

  it('negative: "a phone call that changes nothing" is criticism, not downplaying', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Milo Brandt said the White House was "waiting for a phone call that changes nothing."',
      ].join('\n'),
      '2026-10-12',
    );
    expect(d.relationships.filter((r) => r.type === 'DISMISSED')).toHaveLength(0);
  });

  it('"repeated the denial" is a denial without a quote', () => {
    const d = draft(
      [
        LEAD,
        '',
        "Russia's foreign ministry denied the report on Tuesday. Russia's ambassador in Washington, Pavel Ostrin, repeated the denial to reporters on Wednesday.",
      ].join('\n'),
      '2026-10-15',
    );
    const who = idOf(d, 'Pavel Ostrin');
    const denied = find(d, 'DENIED', who!, CLAIM);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.date).toBe('2026-10-14');
  });

  it('negative: "never bothered to deny it" denies nothing', () => {
    const d = draft(
      [LEAD, '', 'Moscow never bothered to deny it with much energy.'].join('\n'),
      '2026-10-15',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('"In Tehran, the foreign ministry denied …": the ministry of the capital named', () => {
    const d = draft(
      [
        LEAD,
        '',
        'In Tehran, the foreign ministry denied that Iran had received any data from Moscow.',
      ].join('\n'),
      '2026-10-15',
    );
    const ministry = d.entities.find((e) => e.name === 'Iranian Foreign Ministry');
    expect(ministry).toBeDefined();
    expect(find(d, 'DENIED', ministry!.id, CLAIM)).toHaveLength(1);
  });
});

describe('relative days', () => {
  it('"A day earlier" is the day before the one told last, not before the article date', () => {
    const d = draft(
      [
        LEAD,
        '',
        'On Tuesday the Pentagon said it had no comment. A day earlier, the State Department brushed off questions about the reports.',
      ].join('\n'),
      '2026-12-10',
    );
    const dept = idOf(d, 'State Department');
    const r = find(d, 'DISMISSED', dept!, CLAIM);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-12-07');
  });

  it('"a day earlier" with no day told in its paragraph is not chained to a reported clause', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Peskov said the two presidents had spoken by phone on Thursday.',
        '',
        'The State Department had brushed off the reports a day earlier.',
      ].join('\n'),
      '2026-12-11',
    );
    const dept = idOf(d, 'State Department');
    const r = find(d, 'DISMISSED', dept!, CLAIM);
    expect(r).toHaveLength(1);
    // Thursday is 12-10: the day before it (12-09) is not what "a day earlier" tells here.
    expect(r[0]!.date).not.toBe('2026-12-09');
  });
});

describe('quoted words inside a verdict or a denial', () => {
  it('"faulted the White House for treating Russia\'s role “…”": her words, about the White House', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Mina Okoro faulted the White House last week for treating Russia\'s role "as a footnote rather than a threat."',
      ].join('\n'),
      '2026-10-20',
    );
    const who = idOf(d, 'Mina Okoro');
    expect(find(d, 'SAID', who!).map((r) => r.to)).toEqual(['white-house']);
    expect(find(d, 'CRITICIZED', who!).map((r) => r.to)).toEqual(['white-house']);
  });

  it('"denied that Moscow had provided “…” to Tehran": the words are about the claim', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The Russian Embassy in Washington denied that Moscow had provided "any information of a military character" to Tehran.',
      ].join('\n'),
      '2026-10-20',
    );
    expect(find(d, 'SAID', 'russian-embassy-washington').map((r) => r.to)).toEqual([CLAIM]);
  });
});

describe('indirect speech: the reported clause', () => {
  it('"said on Wednesday that President Donald Trump “takes Vladimir Putin at his word”" is about Trump', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Press secretary Karoline Leavitt said on Wednesday that President Donald Trump "takes Vladimir Putin at his word" on the matter.',
      ].join('\n'),
      '2026-10-22',
    );
    expect(find(d, 'SAID', 'karoline-leavitt').map((r) => r.to)).toEqual(['donald-trump']);
  });

  it('negative: a quote after a country as subject keeps the existing reading', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Press secretary Karoline Leavitt said on Wednesday that the United States "will not be lectured by Vladimir Putin."',
      ].join('\n'),
      '2026-10-22',
    );
    expect(find(d, 'SAID', 'karoline-leavitt').map((r) => r.to)).not.toContain('united-states');
  });

  it('"denied that it had ever asked Moscow for such help": nobody contacted anybody', () => {
    const d = draft(
      [LEAD, '', "Iran's government denied that it had ever asked Moscow for such help."].join(
        '\n',
      ),
      '2026-10-22',
    );
    expect(d.relationships.filter((r) => r.type === 'CONTACTED')).toHaveLength(0);
    expect(find(d, 'DENIED', 'iran', CLAIM)).toHaveLength(1);
  });
});
