/**
 * Rules of issue 12's fourth session, each on a short text of our own (not the held-out texts):
 * Q&A turns, broken lines of a repost, sentence ends compromise misses, mixed quote styles,
 * accusations, claims called untrue with a copula, and the scoring of symmetric relationships.
 */
import { draft, find } from './helpers';
import { quotesOverlap, scoreDraft } from '../../scripts/src/eval/score';

const said = (d: ReturnType<typeof draft>, from: string) =>
  d.relationships.filter((r) => r.type === 'SAID' && r.from === from);
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name === name)?.id;

describe('Q&A turns', () => {
  const text = [
    'Interview: a senator on the Gulf',
    '',
    'Laura Benning, the chairwoman of a Senate panel, talked to The Plains Courier on Tuesday. The interview was condensed.',
    '',
    'Q: Does Tehran get help from Moscow?',
    '',
    'BENNING: I think it does. The evidence keeps growing.',
    '',
    'And it will not stop by itself.',
    '',
    'Q: What about the president?',
    '',
    'BENNING: He has been patient with Putin.',
  ].join('\n');
  const d = draft(text, '2026-03-25');
  const laura = idOf(d, 'Laura Benning')!;

  it('an answer turn is the labelled person’s statement, dated by the introduction', () => {
    const r = said(d, laura);
    const quotes = r.map((x) => x.quote);
    // Neighbouring sentences about the same thing stay one statement, as in any quote.
    expect(quotes).toContain('I think it does. The evidence keeps growing.');
    // An unlabelled paragraph after an answer continues it.
    expect(quotes).toContain('And it will not stop by itself.');
    expect(r.every((x) => x.date === '2026-03-24')).toBe(true);
    // An answer that names nothing is about what the question names (the president).
    expect(find(d, 'SAID', laura, 'donald-trump')).toHaveLength(0);
    expect(find(d, 'SAID', laura, 'vladimir-putin')).toHaveLength(1);
  });

  it('a question is nobody’s statement, and the outlet of the introduction interviewed her', () => {
    expect(d.relationships.some((r) => r.quote?.startsWith('Does Tehran'))).toBe(false);
    const courier = idOf(d, 'Plains Courier');
    expect(courier).toBeDefined();
    expect(find(d, 'APPEARED_ON', laura, courier)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', courier!, laura)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', laura, courier)).toHaveLength(0);
  });

  it('"A:" answers are the interviewee’s; a colon label in plain prose is not a turn', () => {
    const qa = draft(
      'Tom Ruark, a spokesman for the Pentagon, spoke on Monday.\n\nQ: Is Russia involved?\n\nA: We are looking at it closely.',
      '2026-03-25',
    );
    const tom = idOf(qa, 'Tom Ruark')!;
    expect(said(qa, tom).map((r) => r.quote)).toContain('We are looking at it closely.');
    const prose = draft(
      'Tom Ruark, a spokesman for the Pentagon, spoke on Monday.\n\nRuark: the view from Washington is unchanged.',
    );
    expect(prose.relationships.filter((r) => r.type === 'SAID')).toHaveLength(0);
  });
});

describe('reposts and quotes', () => {
  it('a title-case line continued in lower case is a broken line, not a heading', () => {
    const d = draft(
      'Russia is said to pass satellite images to Iran.\n\nKremlin spokesman Dmitry Peskov told reporters\nthe reports were "pure fiction from start to end."',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(find(d, 'REPRESENTS', peskov, 'kremlin')).toHaveLength(1);
    // A claim called untrue with a copula is denied, and the statement is about the claim.
    expect(find(d, 'DENIED', peskov, 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(find(d, 'SAID', peskov, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"the reports were “alarming”" is no denial', () => {
    const d = draft('Sen. Ana Whitlow said the reports were “deeply alarming.”');
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('a sentence end after a closing quote that compromise misses is cut', () => {
    const d = draft(
      'Pentagon spokesman Tom Ruark called the\nstory “a fabrication.” He said Moscow\n“knows better” than that.',
    );
    const tom = idOf(d, 'Tom Ruark')!;
    const r = said(d, tom).find((x) => x.quote === 'knows better');
    expect(r?.evidence.some((e) => e.startsWith('He said Moscow'))).toBe(true);
  });

  it('single quotes count in a paragraph that has double ones; accused X of “…” is about X', () => {
    const d = draft(
      'Rep. Joan Parrish accused the White House of “hiding” the findings. ‘We learned it from the papers,’ she wrote on X.',
    );
    const joan = idOf(d, 'Joan Parrish')!;
    expect(find(d, 'SAID', joan, 'white-house').map((r) => r.quote)).toContain('hiding');
    expect(said(d, joan).map((r) => r.quote)).toContain('We learned it from the papers');
  });

  it('a quote that opens the sentence after an attribution to an outlet continues the speaker', () => {
    const d = draft(
      'Russia is said to pass satellite images to Iran.\n\n"We are watching closely," Sen. Bill Arno told CNN\'s "Inside Politics." "Nobody is fooled."',
    );
    const bill = idOf(d, 'Bill Arno')!;
    expect(said(d, bill).map((r) => r.quote)).toContain('Nobody is fooled.');
  });

  it('an apposition with an initialism ("the U.S. envoy to NATO") gives the role', () => {
    const d = draft('Grace Holm, the U.S. envoy to NATO, met allies on Friday.');
    expect(find(d, 'REPRESENTS', idOf(d, 'Grace Holm')!, 'united-states')).toHaveLength(1);
  });
});

describe('scoring', () => {
  it('ALLIED_WITH and SPOKE_WITH match either way round; other types do not', () => {
    const d = draft('Russia is an ally of Iran. Iran supplied drones to Russia.');
    const allied = find(d, 'ALLIED_WITH', 'russia', 'iran').length
      ? { from: 'iran', to: 'russia' }
      : { from: 'russia', to: 'iran' };
    const gold = (facts: { type: string; from: string; to: string }[]) => ({
      entities: ['russia', 'iran'],
      facts,
      unknown: new Set<string>(),
      names: new Map<string, string[]>(),
    });
    const s = scoreDraft(d, gold([{ type: 'ALLIED_WITH', ...allied }]), d.text ?? '');
    expect(s.relationships.tp).toBe(1);
    const arms = scoreDraft(
      d,
      gold([{ type: 'SUPPLIED_ARMS_TO', from: 'russia', to: 'iran' }]),
      d.text ?? '',
    );
    expect(arms.relationships.tp).toBe(0);
    expect(quotesOverlap([0, 10], [5, 30])).toBe(true);
  });
});

describe('strikes as events', () => {
  const text = [
    'DOHA, April 2 (AP) — Three Iranian missiles hit a gas terminal at Qatar’s Mesaieed port on Tuesday, the Qatari interior ministry said, in the worst attack since the war began.',
    '',
    'Iran’s Revolutionary Guards claimed responsibility for the attack, saying it hit “an enemy supply line.”',
    '',
    'Hours later a drone struck a depot near the Saudi city of Jubail.',
  ].join('\n');
  const d = draft(text, '2026-04-02');
  const ev = d.entities.find(
    (e) => e.label === 'Event' && /Mesaieed port missile strike/.test(e.name),
  );
  const port = idOf(d, 'Mesaieed port');
  // The lexicon names the body "Islamic Revolutionary Guard Corps" (alias "Revolutionary Guards").
  const guards = d.entities.find((e) => /Revolutionary Guard/.test(e.name))?.id;

  it('a weapon that hit a place is a strike event where it happened, by whom, reported by whom', () => {
    expect(ev?.id).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)[0]?.date).toBe('2026-03-31');
    expect(find(d, 'OCCURRED_IN', ev!.id, port)).toHaveLength(1);
    expect(find(d, 'LOCATED_IN', port!, 'qatar')).toHaveLength(1);
    const ministry = d.entities.find((e) => /Interior Ministry/i.test(e.name))?.id;
    expect(find(d, 'REPORTED', ministry!, ev!.id)).toHaveLength(1);
  });

  it('a body that claims the attack took part in it; its words are about it; it belongs to its country', () => {
    expect(find(d, 'PARTICIPATED_IN', guards!, ev!.id)).toHaveLength(1);
    expect(find(d, 'SAID', guards!, ev!.id).map((r) => r.quote)).toContain('an enemy supply line.');
    expect(find(d, 'PART_OF', guards!, 'iran')).toHaveLength(1);
  });

  it('"the Saudi city of Jubail" is a place in Saudi Arabia; no attacker is invented', () => {
    const jubail = idOf(d, 'Jubail');
    const strike = d.entities.find((e) => /Jubail drone strike/.test(e.name))!;
    expect(find(d, 'OCCURRED_IN', strike.id, jubail)).toHaveLength(1);
    expect(find(d, 'LOCATED_IN', jubail!, 'saudi-arabia')).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike.id)).toHaveLength(0);
  });

  it('"strikes on shipping in the Gulf" is a kind of act, not a strike event', () => {
    const d = draft('The Guards used the data to plan strikes on shipping in the Gulf.');
    expect(d.entities.filter((e) => e.label === 'Event')).toHaveLength(0);
  });

  it('a strike is no claim: the topic of a statement stays the alleged sharing', () => {
    const t = draft(
      'Russia is accused of passing satellite images to Iran. Iranian drones hit a depot at Kuwait’s Shuaiba port on Monday. A Kremlin aide, Ivan Pol, said the reports were “absurd.”',
      '2026-03-04',
    );
    const ivan = idOf(t, 'Ivan Pol')!;
    expect(find(t, 'DENIED', ivan, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });
});

describe('calls and titles', () => {
  it('a duration is no date: "spoke for an hour and a half on Thursday" is Thursday', () => {
    const d = draft(
      'U.S. President Donald Trump and Russian President Vladimir Putin spoke by telephone for an hour and a half on Thursday.',
      '2026-03-20',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin')[0]?.date).toBe('2026-03-19');
    // The first title's country does not leak to the second person.
    expect(find(d, 'LEADS', 'vladimir-putin', 'united-states')).toHaveLength(0);
    expect(find(d, 'LEADS', 'vladimir-putin', 'russia')).toHaveLength(1);
  });

  it('"spoke by phone with" an official whose title has a demonym', () => {
    const d = draft(
      'Envoy Mara Lind spoke by phone with Iranian diplomat Omid Sarvi on Wednesday, the State Department said.',
      '2026-03-20',
    );
    const r = find(d, 'SPOKE_WITH', idOf(d, 'Mara Lind')!, idOf(d, 'Omid Sarvi'));
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-03-18');
  });
});

describe('precision: audiences, unnamed sources, Capitol Hill', () => {
  it('"spoke to reporters before a flight to Brussels" is no talks with Belgium', () => {
    const d = draft('Envoy Mara Lind spoke to reporters before boarding a flight to Brussels.');
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
  });

  it('"citing two European diplomats" cites no country named later', () => {
    const d = draft(
      'The Financial Times, citing two European diplomats, reported that Russia had shared intelligence with Iran.',
    );
    expect(d.relationships.filter((r) => r.type === 'CITED')).toHaveLength(0);
  });

  it('"come to the Hill" is Congress, not the outlet The Hill; "Congress" is the registry’s', () => {
    const d = draft('Sen. Ana Pell told officials to come to the Hill. Congress wants answers.');
    expect(d.entities.some((e) => e.label === 'Outlet')).toBe(false);
    expect(d.entities.find((e) => e.id === 'us-congress')?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Hill', 'Congress']),
    );
  });

  it('a Q&A answer naming nothing is about the question’s person', () => {
    const d = draft(
      'Ruth Vale, an analyst, spoke to The Harbor Review.\n\nQ: Secretary Pete Hegseth says it does not matter. Does it?\n\nVALE: That view is dangerously complacent.',
    );
    const ruth = idOf(d, 'Ruth Vale')!;
    expect(find(d, 'SAID', ruth, 'pete-hegseth').map((r) => r.quote)).toContain(
      'That view is dangerously complacent.',
    );
  });
});

describe('stances, pronoun roles and statement targets', () => {
  it('"Its spokeswoman, X," represents the body named before; a passive accusation criticises nobody', () => {
    const d = draft(
      'Russia is accused of passing satellite images to Iran. Iran’s Foreign Ministry rejected the accusation on Thursday. Its spokeswoman, Laleh Danesh, spoke later.',
      '2026-03-20',
    );
    const ministry = d.entities.find((e) => /Foreign Ministry/.test(e.name))!.id;
    expect(find(d, 'REPRESENTS', idOf(d, 'Laleh Danesh')!, ministry)).toHaveLength(1);
    expect(find(d, 'DENIED', ministry, 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(find(d, 'DENIED', 'iran')).toHaveLength(0);
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });

  it('"the call was “…”" is about the call; "that Trump was “…”" is about Trump', () => {
    const d = draft(
      'Putin and Trump spoke by phone on Tuesday. Kremlin aide Yuri Ushakov told reporters the call was "businesslike and calm." Rep. Ted Lieu said on X that Trump was "again taking Putin at his word."',
      '2026-03-20',
    );
    const call = d.entities.find((e) => /phone call/.test(e.name))!.id;
    expect(find(d, 'SAID', 'yuri-ushakov', call)).toHaveLength(1);
    expect(find(d, 'SAID', 'ted-lieu', 'donald-trump')).toHaveLength(1);
  });

  it('someone who "had given his word" that it was not so denied the claim', () => {
    const d = draft(
      'Russia is accused of passing satellite images to Iran. An aide said Putin had "given his word" that Russia was not helping Tehran.',
    );
    expect(find(d, 'DENIED', 'vladimir-putin', 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });
});

describe('hosts, taglines and partners', () => {
  it('"told moderator X" makes X the host who interviewed the guest', () => {
    const d = draft(
      'Sen. Ana Pell appeared on CBS’s “Face the Nation” on Sunday. Pell told moderator Lena Ortiz that the threat was real.',
      '2026-03-29',
    );
    expect(find(d, 'INTERVIEWED', idOf(d, 'Lena Ortiz')!, idOf(d, 'Ana Pell'))).toHaveLength(1);
  });

  it('a column’s closing tagline: the author belongs to the body and criticises in her own voice', () => {
    const d = draft(
      'Russia and Iran have been partners of necessity since 2022. The administration’s answer has been too quiet.\n\nJane Roe is a senior fellow at the Atlantic Council.',
    );
    const jane = idOf(d, 'Jane Roe')!;
    const council = idOf(d, 'Atlantic Council');
    expect(find(d, 'MEMBER_OF', jane, council)).toHaveLength(1);
    expect(find(d, 'CRITICIZED', jane, 'trump-administration')).toHaveLength(1);
    expect(find(d, 'ALLIED_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});

describe('speakers after an opening clause', () => {
  it('"Pressed on whether Russia …, X would not confirm it, saying …": X speaks, not Russia', () => {
    const d = draft(
      'Pressed on whether Russia had sent the data, Sen. Ana Pell would not confirm it, saying only that her staff was "reading every page."',
    );
    expect(said(d, idOf(d, 'Ana Pell')!).map((r) => r.quote)).toContain('reading every page.');
    expect(said(d, 'russia')).toHaveLength(0);
  });
});
