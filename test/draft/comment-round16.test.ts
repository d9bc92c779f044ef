/**
 * Commentary rules of issue 12's ninth session (engineer "comment"), found on held-out round 16
 * (op-eds, editorials, explainers, analysis, newsletters, think-tank commentary) and tested
 * here on sentences of our own wording, each with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const TOPIC = 'russia-iran-intelligence-sharing';

describe('what a claim is called decides whether it is denied', () => {
  it('"called the reports “a smear”" denies them', () => {
    const d = draft(
      [LEAD, '', 'Deputy Foreign Minister Ivan Roshchin called the reports "a cheap smear."'].join(
        '\n',
      ),
    );
    const who = idOf(d, 'Ivan Roshchin');
    expect(find(d, 'DENIED', who!, TOPIC)).toHaveLength(1);
  });

  it('"called the reports “scaremongering”" plays them down, and denies nothing', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Deputy Foreign Minister Ivan Roshchin called the reports "Western scaremongering."',
      ].join('\n'),
    );
    const who = idOf(d, 'Ivan Roshchin');
    expect(find(d, 'DISMISSED', who!, TOPIC)).toHaveLength(1);
    expect(find(d, 'DENIED', who!)).toHaveLength(0);
  });

  it('"called the story “a spy-film plot”" calls it fiction: a denial', () => {
    const d = draft(
      [LEAD, '', 'Ambassador Oleg Varentsov called the story "a bad spy movie plot."'].join('\n'),
    );
    const who = idOf(d, 'Oleg Varentsov');
    expect(find(d, 'DENIED', who!, TOPIC)).toHaveLength(1);
  });

  it('negative: "called the reports “deeply troubling”" takes them seriously: no denial', () => {
    const d = draft(
      [LEAD, '', 'Senator Alma Reyes called the reports "deeply troubling" on Monday.'].join('\n'),
    );
    const who = idOf(d, 'Alma Reyes');
    expect(find(d, 'DENIED', who!)).toHaveLength(0);
    expect(find(d, 'DISMISSED', who!)).toHaveLength(0);
  });

  it('negative: "described the allegations as “unverified”" denies nothing', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The president described the allegations as "unverified" when asked on Friday.',
      ].join('\n'),
    );
    expect(find(d, 'DENIED', 'donald-trump')).toHaveLength(0);
  });
});

describe('claim-taking verbs: their object and their negation', () => {
  it('"dismissed the reports as “…” at his news conference": the claim, not the occasion', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Foreign ministry spokesman Nasser Kazemi dismissed the reports as "pure theatre" at his weekly news conference on Monday.',
      ].join('\n'),
      '2026-06-10',
    );
    const who = idOf(d, 'Nasser Kazemi')!;
    expect(find(d, 'DISMISSED', who).map((r) => r.to)).toEqual([TOPIC]);
  });

  it('"Moscow denies it." after the claim: the claim of the sentence before', () => {
    const d = draft(
      [
        'Russia launched an Iranian satellite in 2022. U.S. officials say Russia has been giving Iran satellite imagery of American ships since May. Moscow denies it.',
      ].join('\n'),
      '2026-09-01',
    );
    expect(find(d, 'DENIED', 'russia').map((r) => r.to)).toEqual([TOPIC]);
  });

  it('negative: "has neither confirmed nor denied it" denies nothing', () => {
    const d = draft(
      [
        'U.S. officials say Russia has been giving Iran satellite imagery of American ships. Tehran has neither confirmed nor denied it.',
      ].join('\n'),
      '2026-09-01',
    );
    expect(find(d, 'DENIED', 'iran')).toHaveLength(0);
  });

  it('negative: "did not confirm, nor deny, the report" denies nothing', () => {
    const d = draft(
      [LEAD, '', 'The Iranian embassy in London would not confirm nor deny the report.'].join('\n'),
      '2026-09-01',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
});

describe('a call the sentence does not tell as held', () => {
  it('"no call between Trump and Putin was planned": no call, no talk', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The White House said on Sunday that no call between Trump and Putin was planned.',
      ].join('\n'),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump')).toHaveLength(0);
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin')).toHaveLength(0);
  });

  it('"a Trump-Putin call is scheduled for next week": not yet held', () => {
    const d = draft(
      [LEAD, '', 'Aides said a Trump-Putin call is scheduled for next week.'].join('\n'),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump')).toHaveLength(0);
  });

  it('positive: "Sunday\'s call between Trump and Putin lasted an hour" is a call held', () => {
    const d = draft(
      [LEAD, '', "Sunday's call between Trump and Putin lasted an hour, the Kremlin said."].join(
        '\n',
      ),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin')).toHaveLength(1);
  });
});

describe('posts at think tanks and universities', () => {
  const memberOf = (d: D, name: string) =>
    find(d, 'MEMBER_OF', idOf(d, name) ?? '?').map(
      (r) => d.entities.find((e) => e.id === r.to)?.name,
    );

  it('", a senior fellow at X who studies …" and ", an associate professor of … at X"', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"This is a pattern," said Marta Villanueva, a senior fellow at the Kestrel Foundation who follows the Caucasus.',
        '',
        'Ibrahim Osei, an assistant professor of history at Lakeside University, said the record was mixed.',
      ].join('\n'),
    );
    expect(memberOf(d, 'Marta Villanueva')).toEqual(['Kestrel Foundation']);
    expect(memberOf(d, 'Ibrahim Osei')).toEqual(['Lakeside University']);
  });

  it('"X directs the … program at Y", "is a senior fellow for … at Y", "is now a fellow at Y"', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Petra Lindahl directs the arms control program at the Norrby Institute.',
        '',
        'Colm Fennessy is a senior fellow for maritime security at the Harcourt Council.',
        '',
        'Dana Whitcombe, a former Navy analyst, spoke on Monday. Whitcombe is now a fellow at the Ellery Center.',
      ].join('\n'),
    );
    expect(memberOf(d, 'Petra Lindahl')).toEqual(['Norrby Institute']);
    expect(memberOf(d, 'Colm Fennessy')).toEqual(['Harcourt Council']);
    expect(memberOf(d, 'Dana Whitcombe')).toEqual(['Ellery Center']);
  });

  it('negative: a former post or one held until a year gives nothing', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Gen. Roland Pike, who ran the arms control program at the Norrby Institute until 2021, declined to comment.',
        '',
        'Greta Moll was a senior fellow at the Harcourt Council from 2015 to 2020.',
      ].join('\n'),
    );
    expect(memberOf(d, 'Roland Pike')).toEqual([]);
    expect(memberOf(d, 'Greta Moll')).toEqual([]);
  });

  it('a body whose name holds a region or an outlet is one body', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Omar Haddad, director of the Gulf program at the Middle East Strategy Council, said little had changed.',
        '',
        'Lena Brook is a senior fellow at the Ashford Council on Foreign Affairs.',
      ].join('\n'),
    );
    expect(memberOf(d, 'Omar Haddad')).toEqual(['Middle East Strategy Council']);
    expect(memberOf(d, 'Lena Brook')).toEqual(['Ashford Council on Foreign Affairs']);
    expect(d.relationships.filter((r) => r.type === 'APPEARED_ON')).toHaveLength(0);
  });
});

describe('words about someone’s answers', () => {
  it('"called his answers “evasive”": about the man the sentence before is about, and criticism', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Navy Secretary Paul Granger testified for two hours on Tuesday. He declined to discuss the imagery. Sen. Ellen Cowley called his answers "evasive and thin."',
      ].join('\n'),
      '2026-07-22',
    );
    const marsh = idOf(d, 'Ellen Cowley')!;
    const granger = idOf(d, 'Paul Granger')!;
    expect(find(d, 'SAID', marsh).map((r) => r.to)).toEqual([granger]);
    expect(find(d, 'CRITICIZED', marsh, granger)).toHaveLength(1);
  });

  it('"said the White House\'s response so far had been “…”": about the White House', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Ruth Oyelaran said on Monday that the White House\'s response so far had been "a collection of shrugs."',
      ].join('\n'),
      '2026-07-22',
    );
    const who = idOf(d, 'Ruth Oyelaran')!;
    expect(find(d, 'SAID', who).map((r) => r.to)).toEqual(['white-house']);
  });

  it('negative: "called the reports “evasive”" is no verdict on a person', () => {
    const d = draft(
      [LEAD, '', 'Sen. Ellen Cowley called the briefing materials "evasive."'].join('\n'),
      '2026-07-22',
    );
    const who = idOf(d, 'Ellen Cowley')!;
    expect(find(d, 'CRITICIZED', who)).toHaveLength(0);
  });
});

describe('a source who told a news agency', () => {
  it('"told the Interfax news agency": an appearance on it, no interview by it', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Deputy Foreign Minister Sergei Ryabkov told the Interfax news agency on Friday that the story was "absurd."',
      ].join('\n'),
      '2026-07-27',
    );
    const on = find(d, 'APPEARED_ON', idOf(d, 'Sergei Ryabkov')!);
    expect(on.map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual(['Interfax']);
    expect(d.relationships.filter((r) => r.type === 'INTERVIEWED')).toHaveLength(0);
  });

  it('negative: "told Reuters" stays a source quoted by a wire, not an appearance', () => {
    const d = draft(
      [LEAD, '', 'A senior Iranian official told Reuters on Friday that talks were "frozen."'].join(
        '\n',
      ),
      '2026-07-27',
    );
    expect(d.relationships.filter((r) => r.type === 'APPEARED_ON')).toHaveLength(0);
  });
});

describe('a country name as a first name', () => {
  it('"Pentagon spokesman Jordan Petrie said": a person, not Jordan', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Pentagon spokesman Jordan Ellery said the department was "aware of the reporting."',
      ].join('\n'),
      '2026-07-27',
    );
    const who = idOf(d, 'Jordan Ellery');
    expect(who).toBeDefined();
    expect(find(d, 'SAID', who!)).toHaveLength(1);
  });

  it('negative: "the ambassador to Jordan said" keeps the country', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The U.S. ambassador to Jordan, Mark Tully, said the matter was "under review."',
      ].join('\n'),
      '2026-07-27',
    );
    expect(d.entities.some((e) => e.name === 'Jordan')).toBe(true);
  });
});

describe('the author of a column or an unsigned editorial', () => {
  const EDITORIAL = [
    'THE HARROWGATE COURIER | EDITORIAL',
    '',
    'The public deserves to see the evidence',
    '',
    LEAD,
    '',
    'In public, the administration has said remarkably little about any of it.',
  ];
  it('an editorial under its paper’s masthead: the paper criticised the administration', () => {
    const d = draft(EDITORIAL.join('\n'), '2026-07-09');
    const paper = d.entities.find((e) => e.name === 'The Harrowgate Courier');
    expect(paper?.label).toBe('Outlet');
    expect(find(d, 'CRITICIZED', paper!.id, 'trump-administration')).toHaveLength(1);
  });

  it('negative: a news page under a masthead has no author', () => {
    const d = draft(
      ['THE HARROWGATE COURIER | WORLD NEWS', ...EDITORIAL.slice(1)].join('\n'),
      '2026-07-09',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });

  it('"X was no more forthcoming" in a column is the author’s criticism of X', () => {
    const d = draft(
      [
        'OPINION',
        '',
        'By Hanna Reyes',
        '',
        LEAD,
        '',
        'Defense Secretary Pete Hegseth was no more forthcoming when reporters asked on Friday.',
      ].join('\n'),
      '2026-07-22',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Hanna Reyes')!, 'pete-hegseth')).toHaveLength(1);
  });

  it('negative: the same sentence in a news story criticises nobody', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Defense Secretary Pete Hegseth was no more forthcoming when reporters asked on Friday.',
      ].join('\n'),
      '2026-07-22',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('a counterpart named before the role', () => {
  it('"Sergei Lavrov, his Russian counterpart," holds a post in Russia', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Rubio has not said whether he raised it with Sergei Lavrov, his Russian counterpart.',
      ].join('\n'),
      '2026-07-22',
    );
    expect(find(d, 'MEMBER_OF', idOf(d, 'Sergei Lavrov')!, 'russia')).toHaveLength(1);
  });

  it('negative: "Lavrov, his counterpart" with no country gives nothing', () => {
    const d = draft(
      [LEAD, '', 'Rubio met Sergei Lavrov, his counterpart, on Monday.'].join('\n'),
      '2026-07-22',
    );
    expect(find(d, 'MEMBER_OF', idOf(d, 'Sergei Lavrov')!)).toHaveLength(0);
  });
});

describe('the agent of an attack named as a noun', () => {
  it('negative: "the Guards claimed the attack, saying the depot served “American ships”"', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Iranian drones hit a fuel depot near the port of Sohar in Oman on Sunday. Iran\'s Revolutionary Guards claimed the attack on Monday, saying the depot served "American ships."',
      ].join('\n'),
      '2026-06-30',
    );
    expect(find(d, 'ATTACKED', 'united-states')).toHaveLength(0);
    expect(
      d.relationships.filter((r) => r.type === 'ATTACKED' && r.to === 'united-states'),
    ).toHaveLength(0);
  });

  it('positive: "Iran\'s latest attack on U.S. forces" keeps its agent', () => {
    const d = draft(
      [LEAD, '', "Iran's latest attack on U.S. forces came on Sunday."].join('\n'),
      '2026-06-30',
    );
    expect(find(d, 'ATTACKED', 'iran', 'us-military')).toHaveLength(1);
  });
});
