/**
 * Round 34 (issue 12, session 2026-12-05 evening, engineer "bodies"): institutions. Who put a
 * report out, the posts of officials towards bodies, criticism in a columnist's own voice. Each
 * rule on sentences of our own wording (not the round's texts), with negatives that must not
 * fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const CLAIM = 'russia-iran-intelligence-sharing';

describe('a role set before the name, with an honorific between', () => {
  it('"The panel\'s chairman, Sen. X," leads the one committee named before', () => {
    const d = draft(
      'The Senate Foreign Relations Committee met behind closed doors on Thursday. The panel\'s chairman, Sen. Walter Brisco, R-Ohio, said the briefing was "sobering."',
      '2026-09-18',
    );
    const c = idOf(d, 'Senate Foreign Relations Committee');
    const p = idOf(d, 'Walter Brisco');
    expect(find(d, 'LEADS', p!, c)).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', p!, 'us-congress')).toHaveLength(1);
  });

  it('"the chairman of the X Committee, Rep. Y," leads X', () => {
    const d = draft(
      'The chairman of the House Armed Services Committee, Rep. Lena Ortiz, said on Friday that she would call new witnesses.',
      '2026-09-18',
    );
    const c = idOf(d, 'House Armed Services Committee');
    expect(find(d, 'LEADS', idOf(d, 'Lena Ortiz')!, c)).toHaveLength(1);
  });

  it('"The committee\'s ranking member, Rep. Z," sits on it (MEMBER_OF, not LEADS)', () => {
    const d = draft(
      'The House Homeland Security Committee released its findings. The committee\'s ranking member, Rep. Omar Lind, called them "overdue."',
      '2026-09-18',
    );
    const c = idOf(d, 'House Homeland Security Committee');
    const p = idOf(d, 'Omar Lind')!;
    expect(find(d, 'MEMBER_OF', p, c)).toHaveLength(1);
    expect(find(d, 'LEADS', p, c)).toHaveLength(0);
  });

  it('two committees named before: "the committee\'s chairman" leads neither', () => {
    const d = draft(
      "The House Judiciary Committee and the Senate Banking Committee both held hearings. The committee's chairman, Sen. Dale Prior, declined to comment.",
      '2026-09-18',
    );
    const p = idOf(d, 'Dale Prior')!;
    expect(find(d, 'LEADS', p)).toHaveLength(0);
  });
});

describe('the director of national intelligence', () => {
  it("leads the registry's intelligence community; a deputy belongs to it", () => {
    const d = draft(
      'Director of National Intelligence Carla Benn did not comment. Hugh Oakes, the deputy director of national intelligence, told reporters nothing.',
      '2026-09-18',
    );
    expect(find(d, 'LEADS', idOf(d, 'Carla Benn')!, 'us-intelligence-community')).toHaveLength(1);
    const h = idOf(d, 'Hugh Oakes')!;
    expect(find(d, 'LEADS', h)).toHaveLength(0);
    expect(find(d, 'MEMBER_OF', h, 'us-intelligence-community')).toHaveLength(1);
  });
});

describe('a spokesperson whose title names no body speaks for the body of the sentence', () => {
  it('"The Pentagon is “…,” press secretary X said": the defence department', () => {
    const d = draft(
      'The Pentagon is "watching the situation hour by hour," press secretary Neil Varga said on Tuesday.',
      '2026-09-18',
    );
    expect(find(d, 'REPRESENTS', idOf(d, 'Neil Varga')!, 'department-of-war')).toHaveLength(1);
  });

  it('"At the Treasury Department, spokeswoman X said …": that department', () => {
    const d = draft(
      'At the Treasury Department, spokeswoman Irene Solt said new sanctions were being drafted.',
      '2026-09-18',
    );
    const t = idOf(d, 'Treasury Department');
    expect(find(d, 'REPRESENTS', idOf(d, 'Irene Solt')!, t)).toHaveLength(1);
  });

  it('a sentence that opens with the quote: the body the sentence before opens with', () => {
    const d = draft(
      'In Washington, the State Department said it had seen the report. "We are studying it carefully," spokesman Reid Amos told reporters.',
      '2026-09-18',
    );
    const sd = idOf(d, 'State Department');
    expect(find(d, 'REPRESENTS', idOf(d, 'Reid Amos')!, sd)).toHaveLength(1);
  });

  it("a body that is only what the sentence is asked about is not the spokesman's", () => {
    const d = draft(
      'Asked about the White House statement, spokesman Oleg Burov said it was "baseless."',
      '2026-09-18',
    );
    expect(find(d, 'REPRESENTS', idOf(d, 'Oleg Burov')!, 'white-house')).toHaveLength(0);
  });
});

describe('the author of a report REPORTED the claim', () => {
  it('"The report, released Monday by the X Committee, said Russia had …" (dated)', () => {
    const d = draft(
      'The report, released Monday by the Senate Intelligence Committee, said Russia had given Iran images of two U.S. air bases.',
      '2026-09-16',
    );
    const c = idOf(d, 'Senate Intelligence Committee')!;
    const r = find(d, 'REPORTED', c, CLAIM);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-09-14');
  });

  it('"The report" ties back to a report told with the claim before; its day too', () => {
    const d = draft(
      'Russia handed Iran radar data on U.S. warships, a House panel said in a report published Tuesday.\n\nThe report, compiled by the House Oversight Committee over six months, found that the transfers began in May.',
      '2026-09-17',
    );
    const r = find(d, 'REPORTED', idOf(d, 'House Oversight Committee')!, CLAIM);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-09-15');
  });

  it('"Its report sets out how Russia has fed Iran …": the body the sentence before opens with', () => {
    const d = draft(
      'The Senate Armed Services Committee finished its review on Monday. Its report sets out how Russia has fed Iran satellite images of American ships.',
      '2026-09-16',
    );
    expect(find(d, 'REPORTED', idOf(d, 'Senate Armed Services Committee')!, CLAIM)).toHaveLength(1);
  });

  it('a report that says nothing was shared, or a report of a side of the claim, gives nothing', () => {
    const d = draft(
      'The report, released by the Senate Armed Services Committee, said Russia had not given Iran any images of U.S. bases.',
      '2026-09-16',
    );
    expect(d.relationships.filter((r) => r.type === 'REPORTED')).toHaveLength(0);
    const ru = draft(
      'The report, published by the Russian Defence Ministry, said Russia had given Iran images of U.S. bases.',
      '2026-09-16',
    );
    expect(
      ru.relationships.filter((r) => r.type === 'REPORTED' && r.rule === 'body:report-author'),
    ).toHaveLength(0);
  });

  it('"a day after a Senate report accused Moscow of …": the report is no critic', () => {
    const d = draft(
      'Moscow rejected the charge on Tuesday, a day after a Senate report accused Moscow of handing Tehran drone targeting data.',
      '2026-09-16',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });

  it('"…, Britain\'s Ministry of Defence said on Monday": a possessive country before the body', () => {
    const d = draft(
      "Russia has passed Iran satellite imagery of ships in the Red Sea, Britain's Ministry of Defence said on Monday.",
      '2026-11-03',
    );
    const m = idOf(d, 'British Ministry of Defence')!;
    const r = find(d, 'REPORTED', m, CLAIM);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-11-02');
  });
});

describe('a British defence secretary', () => {
  it('leads the Ministry of Defence the article names (not a member of the United States)', () => {
    const d = draft(
      "Britain's Ministry of Defence said the drones were Iranian. Defence Secretary Fiona Hale told parliament the findings were grave.",
      '2026-11-03',
    );
    const f = idOf(d, 'Fiona Hale')!;
    expect(find(d, 'LEADS', f, idOf(d, 'British Ministry of Defence'))).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', f, 'united-states')).toHaveLength(0);
  });

  it('never the Russian "Defence Ministry"', () => {
    const d = draft(
      "Defence Secretary Fiona Hale said Russia's Defence Ministry had misled the public.",
      '2026-11-03',
    );
    expect(find(d, 'LEADS', idOf(d, 'Fiona Hale')!)).toHaveLength(0);
  });
});

describe('"the Guards" after the Revolutionary Guards', () => {
  it('is the IRGC, not a body of its own', () => {
    const d = draft(
      'Iran\'s Revolutionary Guards said on Sunday they had downed a drone. The Guards said the drone was "an American spy plane."',
      '2026-09-14',
    );
    expect(d.entities.some((e) => /^Guards$/i.test(e.name))).toBe(false);
    const irgc = idOf(d, 'Islamic Revolutionary Guard Corps')!;
    expect(find(d, 'SAID', irgc)).toHaveLength(1);
  });

  it('two bodies ending in "Guards" named before: "the Guards" is neither', () => {
    const d = draft(
      'Iran\'s Revolutionary Guards and the Caspian Border Guards held drills. The Guards said the drills were "routine."',
      '2026-09-14',
    );
    const irgc = idOf(d, 'Islamic Revolutionary Guard Corps')!;
    expect(find(d, 'SAID', irgc)).toHaveLength(0);
  });
});

describe('a denial of getting outside help', () => {
  it('"denied receiving Russian satellite data before a drone strike on …" denies the claim', () => {
    const d = draft(
      "Iran's Revolutionary Guards on Monday denied receiving Russian satellite data before a drone strike on a U.S. base in Kuwait, saying Russia had shared intelligence with no one.",
      '2026-09-15',
    );
    const irgc = idOf(d, 'Islamic Revolutionary Guard Corps')!;
    const denied = find(d, 'DENIED', irgc);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r.to === CLAIM)).toBe(true);
  });
});

describe('a columnist who calls a country a party to the war', () => {
  const op = (body: string) =>
    draft(`OPINION\n\nMoscow's war\n\nBy Nadia Perrin\n\n${body}`, '2026-09-15');

  it('"Russia is not a bystander in this war; it is a co-belligerent" criticises Russia', () => {
    const d = op(
      'The evidence keeps coming. Russia is not a bystander in this war; it is a co-belligerent, and we should say so.',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Nadia Perrin')!, 'russia')).toHaveLength(1);
  });

  it('a verdict on a condition ("If the reporting is right, then Moscow is not a bystander") gives nothing', () => {
    const d = op('If the reporting is right, then Moscow is not a bystander to these attacks.');
    const a = idOf(d, 'Nadia Perrin');
    expect(a === undefined || find(d, 'CRITICIZED', a, 'russia').length === 0).toBe(true);
  });
});

describe('"slow to say" is a verdict of failure', () => {
  it('a senator who said the administration had been "slow to act" criticised it', () => {
    const d = draft(
      'Sen. Ruth Alder said the administration had been "slow to act on what its own analysts were telling it."',
      '2026-09-15',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Ruth Alder')!, 'trump-administration')).toHaveLength(1);
  });
});
