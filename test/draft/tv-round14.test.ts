/**
 * Rules of issue 12's ninth session (engineer "tv"), found on held-out round 14 (TV and radio
 * interview write-ups, transcripts, podcasts) and written as general rules of news English.
 * Each on sentences of our own (not the round-14 texts), with the negatives that must not fire.
 */
import { draft, find } from './helpers';

const said = (d: ReturnType<typeof draft>, quote: string) =>
  d.relationships.filter((r) => r.type === 'SAID' && r.quote?.includes(quote));

describe('"the day before": the day before the one told last', () => {
  it('dates a past-perfect statement the day before the day of the sentence before', () => {
    const d = draft(
      'Senator Paul Ridley told reporters on Thursday that Russia was "feeding Iran targeting data." The day before, Kremlin aide Oleg Marin had called the reports "a fairy tale."',
      '2026-05-22',
    );
    expect(said(d, 'feeding Iran')[0]?.date).toBe('2026-05-21');
    expect(said(d, 'a fairy tale')[0]?.date).toBe('2026-05-20');
  });
  it('"the day before the vote" is a preposition, not a day of its own', () => {
    const d = draft(
      'Senator Paul Ridley told reporters on Thursday that Russia was "feeding Iran targeting data." Kremlin aide Oleg Marin said the day before the vote that the reports were "a fairy tale."',
      '2026-05-22',
    );
    expect(said(d, 'a fairy tale')).toHaveLength(1);
    expect(said(d, 'a fairy tale')[0]?.date).not.toBe('2026-05-20');
  });
});

describe('"would not say whether …, but said …"', () => {
  it('the speaker of "but said" is the subject of the clause before, not the one in "whether"', () => {
    const d = draft(
      'Deputy press secretary Liam Ortega would not say whether Donald Trump had raised the matter with Vladimir Putin, but said the two men "talk often."',
      '2026-05-22',
    );
    const r = said(d, 'talk often');
    expect(r).toHaveLength(1);
    expect(r[0]!.from).not.toBe('donald-trump');
    expect(d.entities.find((e) => e.id === r[0]!.from)?.name).toBe('Liam Ortega');
  });
});

describe('transcripts: lead-ins, broken-off turns, the page after a rule, answers to a relayed critic', () => {
  const text = [
    'MORNING DESK',
    'Fox News | Transcript | May 3, 2026',
    '',
    'JOHN AVERY, HOST: Welcome. With me is Senator Clara Voss of Ohio. Senator, Governor Dale Hutton told this program last week that the Pentagon is, quote, "asleep" on Russia. Is he wrong?',
    '',
    "SEN. CLARA VOSS (R-Ohio): He's wrong, and he knows it. What I'd say is this. Russia is feeding Iran satellite data, and we have to answer it.",
    '',
    'AVERY: The Kremlin spokesman, Dmitry Peskov, called that, quote, "a fantasy" on Friday.',
    '',
    'VOSS: Well, he would say that. Let me finish --',
    '',
    'AVERY: Go ahead.',
    '',
    'VOSS: Nobody in Moscow believes it either.',
    '',
    '* * *',
    'Morning Desk airs weekdays at 7 a.m. on Fox News.',
  ].join('\n');
  const d = draft(text, '2026-05-03');
  const voss = d.entities.find((e) => e.name === 'Clara Voss')!.id;
  const turns = d.relationships.filter((r) => r.type === 'SAID' && r.from === voss);
  it('a lead-in ("What I\'d say is this.") and a turn cut off ("Let me finish --") say nothing', () => {
    expect(turns.map((r) => r.quote)).toContain(
      'Russia is feeding Iran satellite data, and we have to answer it.',
    );
    expect(turns.some((r) => /What I'd say|Let me finish/.test(r.quote ?? ''))).toBe(false);
  });
  it('the line after "* * *" is the page\'s, not the last speaker\'s', () => {
    expect(turns.some((r) => /airs weekdays/.test(r.quote ?? ''))).toBe(false);
    expect(turns.some((r) => /Nobody in Moscow/.test(r.quote ?? ''))).toBe(true);
  });
  it('an answer opening on he/she responds to the person the question relays', () => {
    const hutton = d.entities.find((e) => e.name === 'Dale Hutton')!.id;
    const peskov = d.entities.find((e) => e.name === 'Dmitry Peskov')!.id;
    expect(find(d, 'RESPONDED_TO', voss, hutton)).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', voss, peskov)).toHaveLength(1);
  });
  it('a pronoun of the other gender does not turn to the relayed person', () => {
    const d2 = draft(
      [
        'JOHN AVERY, HOST: Senator, Governor Dale Hutton told this program that the Pentagon is asleep. Is that fair?',
        '',
        "SEN. CLARA VOSS (R-Ohio): She's been briefed, and the answer is no. Russia is feeding Iran satellite data.",
        '',
        'AVERY: Thank you, Senator.',
        '',
        'VOSS: Thank you.',
      ].join('\n'),
      '2026-05-03',
    );
    const v = d2.entities.find((e) => /^clara voss$/i.test(e.name))!.id;
    expect(d2.relationships.some((r) => r.type === 'SAID' && r.from === v)).toBe(true);
    expect(d2.relationships.filter((r) => r.type === 'RESPONDED_TO' && r.from === v)).toHaveLength(
      0,
    );
  });
});

describe('reported clauses whose subject is someone', () => {
  const lead = 'Russia has been feeding Iran targeting data, U.S. officials say. ';
  it('", quote," spoken before a partial quote leaves the clause\'s subject its target', () => {
    const d = draft(
      `${lead}Senator Alicia Brenn told this program last week that the administration is, quote, "sleepwalking" on Russia.`,
      '2026-05-22',
    );
    expect(said(d, 'sleepwalking')[0]?.to).toBe('trump-administration');
  });
  it('"that the administration\'s answers had been “…”": about the administration', () => {
    const d = draft(
      `${lead}Sen. Ruth Calder told CNN on Tuesday that the administration's answers so far had been "a masterclass in evasion."`,
      '2026-05-22',
    );
    expect(said(d, 'masterclass')[0]?.to).toBe('trump-administration');
  });
  it('"said the president\'s response was “…”": the senator\'s words about the response', () => {
    const d = draft(
      `${lead}Sen. Ruth Calder said the president's response was "far too timid."`,
      '2026-05-22',
    );
    const r = said(d, 'far too timid');
    expect(r).toHaveLength(1);
    expect(r[0]!.from).not.toBe('donald-trump');
    expect(r[0]!.to).toBe('donald-trump');
  });
  it('"The president\'s response was “…”" alone is still the president\'s words', () => {
    const d = draft(`${lead}The president's response was "we will see."`, '2026-05-22');
    expect(said(d, 'we will see')[0]?.from).toBe('donald-trump');
  });
});

describe('appearances', () => {
  const ent = (d: ReturnType<typeof draft>, name: string) =>
    d.entities.find((e) => e.name === name)?.id;
  it('"told the state broadcaster Rossiya-1": an outlet named by its kind, with its number', () => {
    const d = draft(
      'Kremlin aide Oleg Marin told the state broadcaster Rossiya-1 on Tuesday that the reports were "a fairy tale."',
      '2026-05-22',
    );
    const outlet = d.entities.find((e) => e.name === 'Rossiya-1');
    expect(outlet?.label).toBe('Outlet');
    const marin = ent(d, 'Oleg Marin')!;
    expect(find(d, 'APPEARED_ON', marin, outlet!.id)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', outlet!.id, marin)).toHaveLength(1);
    // "the reports were": a noun, so nobody REPORTED anything here.
    expect(d.relationships.filter((r) => r.type === 'REPORTED')).toHaveLength(0);
  });
  it('"…, he said Monday in an interview with Fox News": the person "he" stands for', () => {
    const d = draft(
      'Senator Mark Odell would not rule out new sanctions on Russian banks if Moscow helped Iran, he said Monday in an interview with Fox News.',
      '2026-05-20',
    );
    const odell = ent(d, 'Mark Odell')!;
    expect(find(d, 'APPEARED_ON', odell, 'fox-news')).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', odell, 'fox-news')[0]!.date).toBe('2026-05-18');
  });
  it('"she said" never goes to a man named before', () => {
    const d = draft(
      'Senator Robert Odell would not rule out new sanctions, she said Monday in an interview with Fox News.',
      '2026-05-20',
    );
    expect(find(d, 'APPEARED_ON', ent(d, 'Robert Odell')!, 'fox-news')).toHaveLength(0);
  });
  it('the programme and its network interviewed the guest, unless a host named nearby did', () => {
    const d = draft(
      'Senator Mark Odell said on CBS\'s "Face the Nation" on Sunday that Russia was "feeding Iran targeting data."',
      '2026-05-17',
    );
    const odell = ent(d, 'Mark Odell')!;
    const ftn = ent(d, 'Face the Nation')!;
    expect(find(d, 'APPEARED_ON', odell, 'cbs')).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', odell, ftn)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', ftn, odell)).toHaveLength(1);
    const d2 = draft(
      'Senator Mark Odell said on CBS\'s "Face the Nation" on Sunday that Russia was "feeding Iran targeting data."\n\nModerator Elena Vance pressed him on whether the president had been too soft.',
      '2026-05-17',
    );
    const o2 = ent(d2, 'Mark Odell')!;
    expect(find(d2, 'APPEARED_ON', o2, 'cbs')).toHaveLength(1);
    expect(
      d2.relationships.filter((r) => r.type === 'INTERVIEWED' && r.to === o2).map((r) => r.from),
    ).toEqual([ent(d2, 'Elena Vance')]);
  });
});

describe('warnings and dismissals in their own words', () => {
  const lead = 'Russia has been feeding Iran targeting data, officials say. ';
  it('"would not rule out new sanctions on X if …" warns X; ruling them out warns nobody', () => {
    const d = draft(
      `${lead}Senator Mark Odell would not rule out new sanctions on Russian banks if Moscow kept helping Tehran.`,
      '2026-05-20',
    );
    const odell = d.entities.find((e) => e.name === 'Mark Odell')!.id;
    expect(find(d, 'WARNED', odell, 'russia')).toHaveLength(1);
    const d2 = draft(`${lead}Senator Mark Odell ruled out new sanctions on Russia.`, '2026-05-20');
    expect(d2.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(0);
  });
  it('\'told CBS that Russia was "playing with fire"\' warns Russia; "not playing with fire" does not', () => {
    const d = draft(
      `${lead}Senator Mark Odell told CBS last week that Russia was "playing with fire."`,
      '2026-05-20',
    );
    const odell = d.entities.find((e) => e.name === 'Mark Odell')!.id;
    expect(find(d, 'WARNED', odell, 'russia')).toHaveLength(1);
    const d2 = draft(
      `${lead}Senator Mark Odell said Russia was not playing with fire.`,
      '2026-05-20',
    );
    expect(d2.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(0);
  });
  it('"argued that the sharing had been overstated" plays the claim down; "not exaggerated" does not', () => {
    const d = draft(
      `${lead}Retired Gen. Carl Mott argued that the intelligence sharing had been overstated.`,
      '2026-05-20',
    );
    const mott = d.entities.find((e) => e.name === 'Carl Mott')!.id;
    expect(find(d, 'DISMISSED', mott, 'russia-iran-intelligence-sharing')).toHaveLength(1);
    const d2 = draft(
      `${lead}Retired Gen. Carl Mott said the reports had not been exaggerated.`,
      '2026-05-20',
    );
    expect(d2.relationships.filter((r) => r.type === 'DISMISSED')).toHaveLength(0);
  });
});
