/**
 * Round 19 (issue 12): who the words are of when they sit inside someone else's sentence, and
 * intelligence that shows rather than is handed over. Sentences written for these tests.
 */
import { draft, find, rows } from './helpers';

describe('words quoted inside a clause of their own', () => {
  it('"noting that several lawmakers had called X “…”": the host did not say it', () => {
    const d = draft(
      'Host Dana Crane pressed Pete Hegseth on the delay, noting that several Democratic lawmakers had called the policy "a surrender."',
    );
    expect(rows(d).filter((r) => r.includes('a surrender'))).toEqual([]);
  });

  it('"Asked about a ministry statement on Monday that called X “…”": the ministry\'s words and day', () => {
    const d = draft(
      'Asked about an Iranian Foreign Ministry statement on Monday that called the accusation "a Zionist fabrication," Pete Hegseth said: "They can say what they want."',
      '2026-10-21',
    );
    const ministry = d.entities.find((e) => /Foreign Ministry/.test(e.name))!;
    const theirs = d.relationships.filter((r) => r.quote === 'a Zionist fabrication');
    expect(theirs.map((r) => r.from)).toEqual([ministry.id]);
    expect(theirs[0]!.date).toBe('2026-10-19');
    // His answer is not dated by the day of the statement he was asked about.
    const his = find(d, 'SAID', 'pete-hegseth');
    expect(his.map((r) => r.quote)).toEqual(['They can say what they want.']);
    expect(his[0]!.date).toBeUndefined();
  });

  it('"Asked about the reports on Monday, X said": the day that ends the clause still dates the answer', () => {
    const d = draft(
      'Asked about the reports on Monday, Pete Hegseth said Russia was "playing with fire."',
      '2026-10-21',
    );
    expect(find(d, 'SAID', 'pete-hegseth', 'russia').map((r) => r.date)).toEqual(['2026-10-19']);
  });

  it('"X, who called the reports “…”, told reporters": still his words', () => {
    const d = draft(
      'Kremlin spokesman Dmitry Peskov, who had called the reports "absurd" on Monday, told reporters that Russia "has nothing to hide."',
    );
    const peskov = d.entities.find((e) => e.name === 'Dmitry Peskov')!;
    expect(d.relationships.filter((r) => r.quote).every((r) => r.from === peskov.id)).toBe(true);
    expect(
      d.relationships.some((r) => r.from === peskov.id && r.quote === 'has nothing to hide.'),
    ).toBe(true);
  });

  it('"in what one of them described as “…”": an unnamed source\'s words are nobody\'s', () => {
    const d = draft(
      'Russia has sharply increased the imagery it passes to Iran, two U.S. officials told CBS News, in what one of them described as "a flood."',
    );
    expect(d.relationships.filter((r) => r.quote)).toEqual([]);
  });

  it('"A Russian diplomat in Washington, who asked not to be named, called …": not the United States', () => {
    const d = draft(
      'A Russian diplomat in Washington, who asked not to be named, called the account "recycled gossip."',
    );
    expect(d.relationships.filter((r) => r.quote)).toEqual([]);
  });

  it('", while China\'s ambassador, X, urged … “…”": the second clause has its own speaker', () => {
    const d = draft(
      'Britain\'s deputy ambassador, Ann Cole, told the meeting that London shared the concerns, while China\'s ambassador, Li Wen, urged all sides to avoid "steps that widen the conflict."',
    );
    const li = d.entities.find((e) => e.name === 'Li Wen')!;
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual([li.id]);
    // "told the meeting that London …": no talks with London.
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toEqual([]);
  });
});

describe('intelligence that shows is not handed over', () => {
  it('"U.S. intelligence showed Russian satellites …": no American sharing with Russia', () => {
    const d = draft(
      'The adviser said U.S. intelligence showed Russian satellites passing over the Gulf before Iranian launches.',
    );
    expect(d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')).toEqual([]);
  });

  it('"American intercepts have shown …" reveals; "fed Iran satellite images" and "gave Iranian crews data" still give', () => {
    expect(
      draft(
        'American intercepts have shown Iran satellite pictures came from Russia.',
      ).relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH'),
    ).toEqual([]);
    expect(
      find(
        draft('Officials said Moscow fed Iran satellite images of the base.'),
        'SHARED_INTELLIGENCE_WITH',
        'russia',
        'iran',
      ),
    ).toHaveLength(1);
    expect(
      find(
        draft('Officials said Moscow gave Iranian crews satellite data on the convoy.'),
        'SHARED_INTELLIGENCE_WITH',
        'russia',
        'iran',
      ),
    ).toHaveLength(1);
  });
});

describe('envoys who address the Security Council took part in its session', () => {
  const session = (d: ReturnType<typeof draft>) =>
    d.relationships.filter(
      (r) => r.type === 'PARTICIPATED_IN' && /security-council-session/.test(r.to),
    );

  it('"told the council", "told the meeting": each speaker took part', () => {
    const d = draft(
      "The U.N. Security Council met on Friday. Norway's ambassador, Ida Berg, told the 15-member council that the strikes must stop. Brazil's envoy, Paulo Reis, told the meeting his country wanted talks.",
    );
    const names = session(d).map((r) => d.entities.find((e) => e.id === r.from)?.name);
    expect(names.sort()).toEqual(['Ida Berg', 'Paulo Reis']);
  });

  it('no council named, or a session to come: no session', () => {
    expect(
      session(
        draft(
          "Norway's foreign minister, Ida Berg, told the meeting in Oslo that talks must resume.",
        ),
      ),
    ).toEqual([]);
    expect(
      session(
        draft(
          "The Security Council will meet on Friday. Norway's ambassador, Ida Berg, is expected to tell the council that the strikes must stop.",
        ),
      ),
    ).toEqual([]);
  });
});

describe('the agency whose copy it is', () => {
  it('"Copied from the AP story" before an "(AP) —" dateline: the registry agency reports', () => {
    const d = draft(
      'Copied from the AP story for those without a subscription:\n\nKYIV (AP) — Ukrainian officials said Monday that Russia has been giving Iran satellite images of U.S. warships.',
      '2026-10-26',
    );
    expect(find(d, 'REPORTED', 'associated-press')).toHaveLength(1);
    expect(
      d.relationships.filter((r) => r.type === 'REPORTED' && r.from !== 'associated-press'),
    ).toEqual([]);
  });

  it('a digest whose items end "— Reuters" is Reuters copy; items credited to two agencies are not', () => {
    const body = (a: string, b: string) =>
      `• LONDON — British officials said on Friday that Russia had passed satellite data to Iran. — ${a}\n\n• PARIS — France called for calm. — ${b}\n\n• BERLIN — Germany summoned Iran's ambassador. — ${a}`;
    expect(
      find(draft(body('Reuters', 'Reuters'), '2026-11-02'), 'REPORTED', 'reuters'),
    ).toHaveLength(1);
    expect(find(draft(body('Reuters', 'AFP'), '2026-11-02'), 'REPORTED', 'reuters')).toEqual([]);
  });
});

describe('a strike on American forces', () => {
  it('"struck the destroyer USS X in the Gulf of Oman": the strike ATTACKED the U.S. military', () => {
    const d = draft(
      'An Iranian drone struck the destroyer USS Halden in the Gulf of Oman on Friday, wounding two sailors.',
      '2026-10-13',
    );
    const strike = d.entities.find((e) => e.label === 'Event' && /Halden/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', strike.id, 'us-military')).toHaveLength(1);
    expect(find(d, 'ATTACKED', 'iran', 'us-military')).toEqual([]);
  });

  it('"struck a fuel depot near the Saudi port of X": the country the place lies in, as before', () => {
    const d = draft(
      'Iranian drones struck a fuel depot near the Saudi port of Duba on Friday.',
      '2026-10-13',
    );
    expect(find(d, 'ATTACKED', 'iran', 'us-military')).toEqual([]);
    const strike = d.entities.find((e) => e.label === 'Event' && /Duba/.test(e.name))!;
    expect(find(d, 'ATTACKED', strike.id, 'saudi-arabia')).toHaveLength(1);
  });
});

describe('an outlet named by a common word', () => {
  it('"Time for sanctions, not talks." names no magazine; "told Time magazine" does', () => {
    const quote = draft(
      'Sen. Ben Castile wrote on X: "Putin lies to presidents. Time for sanctions, not talks."',
    );
    expect(quote.entities.filter((e) => e.name === 'Time')).toEqual([]);
    const cited = draft(
      'Pete Hegseth told Time magazine on Monday that Russia was "playing with fire."',
    );
    expect(cited.entities.filter((e) => e.name === 'Time' && e.label === 'Outlet')).toHaveLength(1);
  });
});

describe('"According to the readout, X “…”"', () => {
  it('the words are those of the body that issued the readout', () => {
    const d = draft(
      'Donald Trump spoke with Qatar\'s emir, Tamim bin Hamad, on Tuesday, the White House said in a readout. According to the readout, Trump "reaffirmed America\'s commitment to the defense of Qatar."',
    );
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual(['white-house']);
  });

  it('a readout nobody is said to have issued: no speaker', () => {
    const d = draft(
      'According to the readout, Trump "reaffirmed America\'s commitment to the defense of Qatar."',
    );
    expect(d.relationships.filter((r) => r.type === 'SAID')).toEqual([]);
  });
});
