/**
 * News English as it arrives: reposts with page furniture and hard-wrapped lines, wire
 * datelines, headlines, em-dash quotes, appositions and relative clauses around the speaker.
 * Each case is a short text of our own.
 */
import { isBoilerplate } from '../../scripts/src/draft/boilerplate';
import { draft, find, rows } from './helpers';

const ofType = (d: ReturnType<typeof draft>, type: string) =>
  d.relationships.filter((r) => r.type === type);

describe('page furniture', () => {
  it.each([
    'SHARE THIS ARTICLE',
    'Share on Facebook',
    'Posted by newsdesk on March 17, 2026 at 9:12 am',
    'Updated 3:45 p.m. ET',
    'By Eleanor Marsh',
    'RELATED: Pentagon says drones hit tanker in Gulf',
    'Advertisement',
    'Click here to subscribe to our newsletter.',
    'Photo: Karoline Leavitt speaks at the White House. (Reuters/Jane Roe)',
    'Copyright 2026 Thomson Reuters. All rights reserved.',
    '(Reporting by Jane Doe; Editing by John Smith)',
    '#Russia #Iran #intel',
    '@warwatch_daily · #breaking',
  ])('"%s" is furniture', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'By Friday, the Pentagon had moved two destroyers into the Gulf.',
    'More than 1000 Iranians have died in the conflict.',
    'Published reports say Russia passed the images to Iran.',
    'Karoline Leavitt holds a press briefing at the White House. Jonathan Ernst/Reuters',
    '#1 concern for the Pentagon is the fleet in the Gulf.',
  ])('"%s" is content', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('takes neither the share bar nor a RELATED headline as title or fact', () => {
    const d = draft(
      [
        'SHARE THIS ARTICLE',
        'Updated 3:45 p.m. ET',
        '',
        'PENTAGON WATCHES RUSSIAN SATELLITES',
        '',
        'Pete Hegseth said the Pentagon was watching Moscow.',
        '',
        'RELATED: Kremlin says Vladimir Putin spoke with Donald Trump',
      ].join('\n'),
    );
    expect(d.article.title).toBe('PENTAGON WATCHES RUSSIAN SATELLITES');
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin')).toEqual([]);
    expect(d.entities.map((e) => e.id)).not.toContain('kremlin');
  });

  it('cuts a wire dateline and a section label from the title', () => {
    expect(
      draft('MOSCOW, March 4 (AP) — The Kremlin said Russia shares nothing with Iran.').article
        .title,
    ).toBe('The Kremlin said Russia shares nothing with Iran.');
    expect(
      draft('Opinion | A shrug in Washington\n\nPete Hegseth said nothing.').article.title,
    ).toBe('A shrug in Washington');
  });
});

describe('hard-wrapped reposts', () => {
  it('joins a quote and its speaker across the wrap, quote verbatim in the text', () => {
    const d = draft(
      [
        '"The president raised it directly and Putin gave his word," White House',
        'press secretary Karoline Leavitt told reporters on Tuesday. "We take',
        'him at his word, for now."',
      ].join('\n'),
      '2026-03-17',
    );
    const said = find(d, 'SAID', 'karoline-leavitt');
    expect(said.map((r) => r.quote)).toEqual([
      'The president raised it directly and Putin gave his word',
      'We take\nhim at his word, for now.',
    ]);
    expect(said.every((r) => d.text!.includes(r.quote!))).toBe(true);
    expect(said[0]!.date).toBe('2026-03-17');
  });

  it('keeps a name cut by the wrap whole', () => {
    const d = draft(
      [
        'Democrats were unimpressed by the assurance from Moscow. Senator Mark',
        'Delaney, who sits on the Senate Intelligence Committee and is a member of the Senate Armed',
        'Services Committee, called the assurance from the Kremlin worthless and said that',
        'the administration was being played by Moscow.',
      ].join('\n'),
    );
    expect(d.entities.map((e) => e.name)).toContain('Senate Armed Services Committee');
    expect(d.entities.map((e) => e.name)).toContain('Mark Delaney');
  });
});

describe('speakers around appositions and relative clauses', () => {
  it('skips a relative clause between the speaker and the verb', () => {
    const d = draft(
      'Sen. Laura Whitcomb, who chairs the Senate Intelligence Committee, said Russia had "crossed a line."',
    );
    expect(ofType(d, 'SAID').map((r) => r.from)).toEqual(['laura-whitcomb']);
  });

  it('an apposition after a comma is not a list of subjects', () => {
    const d = draft(
      "Iran's ambassador to the United Nations, Hossein Karimi, rejected the report that Russia passed intelligence to Iran.",
    );
    expect(ofType(d, 'DENIED').map((r) => r.from)).toEqual(['hossein-karimi']);
  });

  it('"and had asked X" after a quote does not make X the speaker', () => {
    const d = draft(
      'Khalid al-Mansouri, a spokesman for the Qatari government, said Qatar "does not allow its territory to be used" and had asked Washington for details.',
    );
    expect(ofType(d, 'SAID').map((r) => r.from)).not.toContain('united-states');
  });
});

describe('quotes in odd places', () => {
  it('gives an em-dash quote after "X\'s answer on CNBC" to X, not to the writer', () => {
    const d = draft(
      'Whitcomb also took aim at Steve Witkoff, whose answer on CNBC — "we are watching it closely" — she called naive.',
    );
    expect(find(d, 'SAID', 'steve-witkoff').map((r) => r.quote)).toEqual([
      'we are watching it closely',
    ]);
  });

  it('continues the speaker into the next quoted sentence of the paragraph', () => {
    const d = draft(
      '"I think Moscow has been patient," Pete Hegseth replied. "But patience has limits in Iran."',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.quote)).toEqual([
      'I think Moscow has been patient',
      'But patience has limits in Iran.',
    ]);
  });

  it('does not attribute a headline quote to whatever the headline names', () => {
    const d = draft(
      'Senator says Russia "crossed a line" with Iran\n\nPete Hegseth said nothing about it.',
    );
    expect(ofType(d, 'SAID')).toEqual([]);
  });

  it('aims a statement at the claim, not at the interview it was made in', () => {
    const d = draft(
      'Appearing on CNBC, Steve Witkoff said Russia was passing intelligence to Iran. "Nobody should doubt our resolve," Witkoff said.',
    );
    const said = find(d, 'SAID', 'steve-witkoff');
    expect(said.map((r) => r.to)).toEqual(['russia-iran-intelligence-sharing']);
    expect(rows(d).some((r) => r.startsWith('APPEARED_ON | steve-witkoff | cnbc'))).toBe(true);
  });
});

describe('dates in clauses', () => {
  it('a past "on Friday" stays past when the quote speaks of the future', () => {
    const d = draft(
      'Pete Hegseth, speaking at the Pentagon on Friday, warned Moscow that "there will be a price."',
      '2026-03-14',
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia').map((r) => r.date)).toEqual(['2026-03-13']);
  });

  it('"last week" dates nothing', () => {
    const d = draft('Iranian missiles struck Qatar last week.', '2026-03-14');
    expect(find(d, 'ATTACKED', 'iran', 'qatar').map((r) => r.date)).toEqual([undefined]);
  });

  it('"had spoken with X on Monday" is SPOKE_WITH on that Monday', () => {
    const d = draft(
      'Volodymyr Zelensky, the president of Ukraine, said he had spoken with President Trump on Monday.',
      '2026-03-18',
    );
    expect(
      d.relationships
        .filter((r) => r.type === 'SPOKE_WITH' && r.to === 'donald-trump')
        .map((r) => r.date),
    ).toEqual(['2026-03-16']);
  });
});

describe('claims: agent, place and negation', () => {
  it('a country after "bases in" is where, not who: the sharing is Russia\'s', () => {
    const d = draft(
      'Russia watched American aircraft at bases in Qatar for weeks and passed the images to Iran.',
    );
    expect(ofType(d, 'SHARED_INTELLIGENCE_WITH').map((r) => [r.from, r.to])).toEqual([
      ['russia', 'iran'],
    ]);
  });

  it.each([
    'Russian military intelligence has been providing Iran with satellite images of U.S. warships.',
    'Moscow was feeding Tehran the locations of American ships, officials said.',
    'Russia had given Iran the coordinates of U.S. radar sites.',
  ])('reads "%s" as Russia sharing with Iran', (text) => {
    // A body named with its country ("Russian military intelligence") shares too, and the
    // state it belongs to with it; nothing else.
    const pairs = ofType(draft(text), 'SHARED_INTELLIGENCE_WITH').map((r) => [r.from, r.to]);
    expect(pairs).toContainEqual(['russia', 'iran']);
    expect(pairs.filter((p) => p[0] !== 'russia').every((p) => /intelligence/.test(p[0]!))).toBe(
      true,
    );
  });

  it('a denied or negated transfer is no claim', () => {
    for (const text of [
      'Putin assured Trump that Moscow was not giving Iran intelligence on U.S. forces.',
      'The Kremlin has denied giving Iran any such information.',
    ])
      expect(ofType(draft(text), 'SHARED_INTELLIGENCE_WITH')).toEqual([]);
  });
});

describe('reports, citations and requests for comment', () => {
  it('"X, citing unnamed U.S. officials, reported …": REPORTED and CITED by X', () => {
    const d = draft(
      'The Wall Street Journal, citing unnamed U.S. officials, reported that Moscow had shared targeting data with Tehran.',
    );
    expect(ofType(d, 'REPORTED').map((r) => [r.from, r.to])).toEqual([
      ['wall-street-journal', 'russia-iran-intelligence-sharing'],
    ]);
    expect(ofType(d, 'CITED').map((r) => [r.from, r.to])).toEqual([
      ['wall-street-journal', 'united-states'],
    ]);
  });

  it('"the newspaper cited two officials" is the outlet named before', () => {
    const d = draft(
      'The Wall Street Journal first reported the transfers on Thursday. The newspaper cited two U.S. officials who said Russia passed the images to Iran.',
      '2026-03-14',
    );
    expect(find(d, 'CITED', 'wall-street-journal').map((r) => r.to)).toEqual(['united-states']);
  });

  it('"according to Bloomberg" proposes Bloomberg as an outlet that reported the claim', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, according to Bloomberg, which cited three people familiar with the matter.',
    );
    expect(d.entities.find((e) => e.name === 'Bloomberg')?.label).toBe('Outlet');
    expect(find(d, 'REPORTED', 'bloomberg').map((r) => r.to)).toEqual([
      'russia-iran-intelligence-sharing',
    ]);
  });

  it('"X did not respond to a request for comment": the dateline\'s agency CONTACTED X', () => {
    const d = draft(
      "KYIV, March 18 (AP) — Russia is passing satellite images to Iran, Ukrainian officials said. Russia's Defense Ministry did not respond to a request for comment.",
      '2026-03-18',
    );
    expect(find(d, 'CONTACTED', 'associated-press').map((r) => r.to)).toEqual([
      'russian-defense-ministry',
    ]);
  });
});

describe('denials by shape', () => {
  it('"calling them "fabrications"": the body denies with that word, and said it of the claim', () => {
    const d = draft(
      'The Kremlin on Thursday rejected reports that Russia had passed satellite imagery to Iran, calling them "fabrications."',
      '2026-03-12',
    );
    expect(find(d, 'DENIED', 'kremlin').map((r) => r.quote)).toEqual(['fabrications.']);
    expect(find(d, 'SAID', 'kremlin').map((r) => [r.to, r.quote])).toEqual([
      ['russia-iran-intelligence-sharing', 'fabrications.'],
    ]);
  });

  it('"officials had assured him they were not sharing …": DENIED by their country', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Steve Witkoff said Russian officials had assured him they were not sharing intelligence with Iran.',
    );
    expect(find(d, 'DENIED', 'russia').map((r) => r.quote)).toEqual([
      'assured him they were not sharing intelligence with Iran',
    ]);
  });

  it("a spokesman's negated quote after his body's denial is about the claim", () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. The Kremlin rejected the report. "Russia does not interfere in this conflict," Kremlin spokesman Dmitry Peskov said.',
    );
    expect(find(d, 'SAID', 'dmitry-peskov').map((r) => r.to)).toEqual([
      'russia-iran-intelligence-sharing',
    ]);
  });
});

describe('roles, hosts and talks', () => {
  it.each([
    [
      'Rep. Ted Lieu, a California Democrat, said the White House was wrong.',
      'ted-lieu',
      'us-congress',
    ],
    ['Senator Mark Delaney called it worthless.', 'mark-delaney', 'us-congress'],
    ['Russian Foreign Minister Sergei Lavrov said nothing.', 'sergei-lavrov', 'russia'],
    ['Russian official Ivan Sorokin said nothing.', 'ivan-sorokin', 'russia'],
    ['Kremlin aide Yuri Ushakov said the talks were useful.', 'yuri-ushakov', 'kremlin'],
  ])('"%s" -> MEMBER_OF', (text, from, to) => {
    expect(find(draft(text), 'MEMBER_OF', from, to)).toHaveLength(1);
  });

  it('a host belongs to the network and interviews each guest he questions', () => {
    const d = draft(
      'Appearing on CBS\'s "Face the Nation," Laura Whitcomb, a senator, was pressed by host Daniel Ortiz on Iran.\n\nLater in the program, Iran\'s ambassador to the United Nations, Hossein Karimi, rejected the accusations, telling Ortiz that his country "needs no help."',
    );
    expect(find(d, 'MEMBER_OF', 'daniel-ortiz', 'cbs')).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', 'daniel-ortiz').map((r) => r.to)).toEqual([
      'laura-whitcomb',
      'hossein-karimi',
    ]);
    // Sixth session: the host named in the sentence interviewed; the programme did not (the
    // golds of rounds 4-8 so; only the round-2 TV gold has both).
    expect(find(d, 'INTERVIEWED', 'face-the-nation', 'laura-whitcomb')).toHaveLength(0);
    expect(find(d, 'APPEARED_ON', 'laura-whitcomb', 'face-the-nation')).toHaveLength(1);
  });

  it('"CBS News" is the registry\'s CBS', () => {
    const d = draft('Pete Hegseth said on CBS News\' "Face the Nation" that Russia was warned.');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth').map((r) => r.to)).toEqual([
      'cbs',
      'face-the-nation',
    ]);
  });

  it('"the two leaders spoke by phone last Monday" links the registry\'s call of that day', () => {
    const d = draft(
      'Donald Trump and Vladimir Putin are at odds over Iran.\n\nThe two leaders spoke by phone last Monday, the Kremlin said.',
      '2026-03-10',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin').map((r) => r.date)).toEqual([
      '2026-03-09',
    ]);
    expect(find(d, 'PARTICIPATED_IN', 'vladimir-putin').map((r) => r.to)).toEqual([
      'trump-putin-call-2026-03-09',
    ]);
  });

  it('"said he had spoken with X on Monday": Monday dates the talk, not the saying', () => {
    const d = draft(
      'Volodymyr Zelensky said he had spoken with President Trump on Monday and "laid out everything we know."',
      '2026-03-18',
    );
    expect(find(d, 'SAID', 'volodymyr-zelensky').map((r) => r.date)).toEqual([undefined]);
  });
});

describe('what a quote that names nothing is about', () => {
  it('the event the article is about (talks, a summit), never the previous speaker', () => {
    const d = draft(
      'Steve Witkoff said the Russia-Ukraine talks ended without a deal. "Nothing was agreed," Witkoff said on Thursday.\n\nPete Hegseth told reporters: "We will talk again."',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.to)).toEqual(['russia-ukraine-war']);
  });

  it('with no topic, still not the person who spoke just before', () => {
    const d = draft(
      '"Nothing was agreed," Steve Witkoff said on Thursday.\n\nPete Hegseth told reporters: "We will talk again."',
    );
    expect(find(d, 'SAID', 'pete-hegseth', 'steve-witkoff')).toEqual([]);
  });
});

describe('lead review follow-ups', () => {
  it('"X said the two leaders spoke" pairs the leaders named before, not the reporter', () => {
    const d = draft(
      'Donald Trump and Vladimir Putin are at odds over Iran.\n\nKaroline Leavitt said the two leaders spoke by phone last Monday.',
      '2026-03-10',
    );
    expect(ofType(d, 'SPOKE_WITH').map((r) => [r.from, r.to].sort())).toEqual([
      ['donald-trump', 'vladimir-putin'],
    ]);
  });

  it('a scare-quote of a denial is DENIED by the person, and SAID about the claim', () => {
    // Printed words are a statement too (fifth session: the held-out golds of rounds 3-6,
    // written apart, record the SAID beside the DENIED).
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Kremlin spokesman Dmitry Peskov called the report "nonsense."',
    );
    expect(find(d, 'DENIED', 'dmitry-peskov').map((r) => r.quote)).toEqual(['nonsense.']);
    expect(ofType(d, 'SAID').map((r) => [r.from, r.to, r.quote])).toEqual([
      ['dmitry-peskov', 'russia-iran-intelligence-sharing', 'nonsense.'],
    ]);
  });
});

describe('a partial quote in reported speech is about its clause subject', () => {
  it('"said the agency was “…”": the subject of the reported clause, not the topic', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Sen. Mary Quinlan said on Friday that the Kremlin was "playing both sides" in the war.',
      '2026-03-07',
    );
    expect(find(d, 'SAID', 'mary-quinlan').map((r) => [r.to, r.quote])).toEqual([
      ['kremlin', 'playing both sides'],
    ]);
  });

  it('a country as that subject: a complement after the quote wins', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Pete Hegseth said Washington had "delivered a firm warning" to Beijing.',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.to)).toEqual(['china']);
  });

  it('the speaker\'s own country ("said Washington was “…”") is not what the words are about', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Pete Hegseth said Washington was "watching very carefully."',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.to)).toEqual([
      'russia-iran-intelligence-sharing',
    ]);
  });

  it('another country as subject is the target; "told X that" never makes X the subject', () => {
    const d = draft(
      'Russia is passing satellite images to Iran, reports say. Pete Hegseth told Steve Witkoff that China "should stay out of it."',
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.to)).toEqual(['china']);
  });
});

describe('descriptors', () => {
  it('"the administration" is the registry\'s one administration even with no leader named', () => {
    const d = draft('Sen. Mary Quinlan said the administration was "asleep at the wheel."');
    expect(find(d, 'SAID', 'mary-quinlan').map((r) => r.to)).toEqual(['trump-administration']);
  });

  it('"the president" is never the person named as the object in the same sentence', () => {
    const d = draft(
      'Mary Quinlan spoke on Sunday. "The president has been tough on Vladimir Putin," Quinlan said.',
    );
    const president = d.entities.find((e) => e.id === 'vladimir-putin');
    expect(president?.mentions.map((m) => m.text)).toEqual(['Vladimir Putin']);
  });
});

describe('bodies written in lower case', () => {
  it('"Iran\'s foreign ministry" is a body of its own that denies, not Iran', () => {
    const d = draft(
      "Iran's foreign ministry on Monday rejected reports that Russia was helping Iran find targets.",
    );
    const body = d.entities.find((e) => e.name === 'Iranian Foreign Ministry');
    expect(body).toMatchObject({ status: 'new', label: 'Organization' });
    expect(body?.aliases).toContain("Iran's foreign ministry");
    expect(ofType(d, 'DENIED').map((r) => r.from)).toEqual([body?.id]);
  });

  it('"ministry spokesman X" represents that ministry; "Foreign Minister Y" leads it', () => {
    const d = draft(
      'The Russian foreign ministry said nothing. "We have no comment," ministry spokeswoman Anna Belova told reporters. Foreign Minister Pavel Orlov was travelling.',
    );
    const body = d.entities.find((e) => e.name === 'Russian Foreign Ministry')!;
    expect(find(d, 'REPRESENTS', 'anna-belova').map((r) => r.to)).toEqual([body.id]);
    expect(find(d, 'LEADS', 'pavel-orlov').map((r) => r.to)).toEqual([body.id]);
  });

  it('a minister whose ministry the article does not name holds a post in the country', () => {
    const d = draft('Pete Hegseth met Russian Foreign Minister Pavel Orlov on Monday.');
    expect(find(d, 'MEMBER_OF', 'pavel-orlov').map((r) => r.to)).toEqual(['russia']);
    expect(find(d, 'SPOKE_WITH', 'pete-hegseth').map((r) => r.to)).toEqual(['pavel-orlov']);
  });

  it('an American cabinet title names its department ("Secretary of State X")', () => {
    const d = draft('Secretary of State Paul Hanley met Russian Foreign Minister Pavel Orlov.');
    const dept = d.entities.find((e) => e.name === 'State Department');
    expect(find(d, 'LEADS', 'paul-hanley').map((r) => r.to)).toEqual([dept?.id]);
    expect(find(d, 'MEMBER_OF', 'paul-hanley')).toEqual([]);
  });

  it('"raised the issue with" is a conversation', () => {
    const d = draft(
      'Pete Hegseth said he had raised the issue with Russian Defense Minister Pavel Orlov.',
    );
    expect(find(d, 'SPOKE_WITH', 'pete-hegseth').map((r) => r.to)).toEqual(['pavel-orlov']);
  });

  it('a wire agency the registry does not know asks for comment under its dateline name', () => {
    const d = draft(
      "TEHRAN, March 4 (AFP) - Iran's interior ministry did not respond to a request for comment.",
    );
    const afp = d.entities.find((e) => e.name === 'AFP');
    expect(afp?.label).toBe('Outlet');
    expect(ofType(d, 'CONTACTED').map((r) => [r.from, r.to])).toEqual([
      [afp?.id, 'iranian-interior-ministry'],
    ]);
  });
});

describe('calls named by their participants', () => {
  it('"A and B had spoken by phone on Thursday": SPOKE_WITH and a dated call event', () => {
    const d = draft(
      'Pete Hegseth said Vladimir Putin and Turkish President Kemal Arslan had spoken by phone on Thursday and discussed "energy and security."',
      '2026-03-07',
    );
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin').map((r) => [r.to, r.date])).toEqual([
      ['kemal-arslan', '2026-03-05'],
    ]);
    const call = d.entities.find((e) => e.label === 'Event' && /Arslan/.test(e.name))!;
    expect(call.name).toBe('Putin-Arslan phone call of 5 March 2026');
    expect(call.aliases).toContain('Putin-Arslan phone call');
    expect(find(d, 'PARTICIPATED_IN', 'kemal-arslan').map((r) => r.to)).toEqual([call.id]);
    // What they discussed is the call's content.
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.to)).toEqual([call.id]);
  });

  it('"Defense Department" is the registry\'s "Department of Defense"', () => {
    const d = draft('The Defense Department said it had no comment.');
    expect(d.entities.map((e) => e.id)).toContain('department-of-war');
  });
});

describe('seats on committees', () => {
  // Sixth session: the seat no longer replaces "Sen." (a senator on a committee is in Congress
  // too; the golds of rounds 6-8 record both).
  it('"X, who sits on the … Committee" is a member of it, and "Sen." still of Congress', () => {
    const d = draft(
      'Sen. Mary Quinlan spoke on Sunday. Quinlan, who sits on the Senate Foreign Relations Committee, said she was briefed.',
    );
    const rows = find(d, 'MEMBER_OF', 'mary-quinlan').map(
      (r) => d.entities.find((e) => e.id === r.to)?.name,
    );
    expect(rows.sort()).toEqual(['Senate Foreign Relations Committee', 'U.S. Congress']);
  });

  it('"who chairs the … Committee" leads it', () => {
    const d = draft('Tom Baird, who chairs the House Intelligence Committee, said nothing.');
    expect(find(d, 'LEADS', 'tom-baird')).toHaveLength(1);
  });
});

describe('the author of a commentary', () => {
  const piece = (body: string) =>
    ['Opinion | The quiet response to Moscow', '', 'By Hannah Ellis', '', body].join('\n');

  it('criticises the administration the piece names when it gives a verdict of its own', () => {
    const d = draft(
      piece('The Trump administration has met the reports with silence. That is not good enough.'),
    );
    expect(find(d, 'CRITICIZED', 'hannah-ellis').map((r) => r.to)).toEqual([
      'trump-administration',
    ]);
  });

  it('gives nothing for an analysis that only describes, or a verdict that is quoted', () => {
    expect(
      find(
        draft(piece('The Trump administration has met the reports with silence.')),
        'CRITICIZED',
        'hannah-ellis',
      ),
    ).toEqual([]);
    expect(
      find(
        draft(
          piece('The Trump administration was silent. "That is not good enough," Ted Lieu said.'),
        ),
        'CRITICIZED',
        'hannah-ellis',
      ),
    ).toEqual([]);
  });
});

describe('where bodies are, and pacts', () => {
  it('"Iran\'s embassy in Moscow" is an embassy located in Russia; "the regime in Syria" is in Syria', () => {
    const d = draft(
      "The files went through Iran's embassy in Moscow.\nThe Kremlin armed the Assad regime in Syria.",
    );
    const embassy = d.entities.find((e) => e.name === 'Iranian Embassy in Moscow');
    expect(embassy?.label).toBe('Organization');
    expect(ofType(d, 'LOCATED_IN').map((r) => [r.from, r.to])).toEqual(
      expect.arrayContaining([
        [embassy?.id, 'russia'],
        ['assad-regime', 'syria'],
      ]),
    );
  });

  it('"A and B signed a strategic partnership treaty" is an alliance', () => {
    const d = draft('China and Russia signed a strategic partnership treaty in 2024.');
    expect(ofType(d, 'ALLIED_WITH').map((r) => [r.from, r.to])).toEqual([['china', 'russia']]);
  });
});

describe('sources cited', () => {
  it('"citing U.S. intelligence officials" cites the registry\'s U.S. intelligence community; "U.S. officials" the country', () => {
    const d = draft(
      'The Washington Post reported the transfers, citing U.S. intelligence officials.\nCNN, citing unnamed U.S. officials, reported the same.',
    );
    expect(ofType(d, 'CITED').map((r) => [r.from, r.to])).toEqual([
      ['washington-post', 'us-intelligence-community'],
      ['cnn', 'united-states'],
    ]);
  });
});
