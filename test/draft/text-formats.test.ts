/**
 * Rules of issue 12's seventh session (engineer "text": datelines, sourcing, bylines, roles,
 * programmes and timelines), each on short texts of our own (not the held-out texts), with
 * the negatives that must not fire.
 */
import { draft, find } from './helpers';

const CLAIM = 'russia-iran-intelligence-sharing';

/** The id of the drafted entity named `name`. */
function idOf(d: ReturnType<typeof draft>, name: string): string {
  const e = d.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}: ${d.entities.map((x) => x.name).join(', ')}`);
  return e.id;
}

describe('wire datelines and credits', () => {
  const wire = [
    'PARIS/BERLIN, June 9 (Reuters) - Russia has been giving Iran satellite images of U.S. ships, two officials said.',
    'The CIA declined to comment on Monday.',
    '(Reporting by Ada Novak in Paris; Editing by Ben Ortiz)',
  ].join('\n\n');

  it('a two-city dateline names the agency: it reported the lead and its reporter is a member', () => {
    const d = draft(wire, '2026-06-09');
    expect(find(d, 'REPORTED', 'reuters', CLAIM)).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', idOf(d, 'Ada Novak'), 'reuters')).toHaveLength(1);
  });
  it('"declined to comment on Monday": the agency asked, that day', () => {
    const d = draft(wire, '2026-06-09');
    const r = find(d, 'CONTACTED', 'reuters', idOf(d, 'Central Intelligence Agency'));
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-06-08');
  });
  it('"did not respond to NBC News\' questions": the outlet named asked, and NBC News is NBC', () => {
    const d = draft(
      'Pete Hegseth spoke on NBC\'s "Meet the Press" on Sunday.\n\nA spokeswoman for the Kremlin did not respond to NBC News\' questions on Sunday.',
      '2026-06-08',
    );
    const nbc = idOf(d, 'NBC');
    expect(find(d, 'CONTACTED', nbc, 'kremlin')).toHaveLength(1);
    expect(d.entities.filter((e) => e.name.startsWith('NBC'))).toHaveLength(1);
  });
});

describe('sourcing', () => {
  it('"first surfaced in The Washington Post" reported the claim', () => {
    const d = draft(
      'The allegation that Russia passed satellite imagery to Iran first surfaced in The Washington Post on Monday.',
      '2026-06-09',
    );
    expect(find(d, 'REPORTED', 'washington-post', CLAIM)).toHaveLength(1);
  });
  it('"according to Western officials" makes no outlet named Western', () => {
    const d = draft(
      'Moscow has since returned the favour, according to Western officials, providing Tehran with satellite intelligence.',
      '2026-06-09',
    );
    expect(d.entities.some((e) => e.name === 'Western')).toBe(false);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
  it('"at the U.N. Security Council … over reports that Moscow …": Moscow is the sharer', () => {
    const d = draft(
      'Diplomats clashed at the U.N. Security Council on Tuesday over reports that Moscow has been passing targeting data to Iran.',
      '2026-06-09',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'un-security-council')).toHaveLength(0);
  });
});

describe('bylines of reposts', () => {
  const body =
    'Russia has been feeding Iran satellite data, officials said. The Kremlin did not respond to a request for comment.';
  it('"By X and Y | Updated …" under "originally appeared in Z": both are members of Z, which asked', () => {
    const d = draft(
      `By Ana Feld and Tom Brock | Updated 3 hours ago\n\nThis article originally appeared in the Harbor Review.\n\n${body}`,
      '2026-06-09',
    );
    const review = idOf(d, 'Harbor Review');
    expect(find(d, 'MEMBER_OF', idOf(d, 'Ana Feld'), review)).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', idOf(d, 'Tom Brock'), review)).toHaveLength(1);
    expect(find(d, 'CONTACTED', review, 'kremlin')).toHaveLength(1);
  });
  it('a byline alone says for no one; a job title is no author', () => {
    const d = draft(`By Ana Feld, Diplomatic Editor\n\n${body}`, '2026-06-09');
    expect(
      d.relationships.filter((r) => r.type === 'MEMBER_OF' && r.rule.startsWith('credit')),
    ).toHaveLength(0);
    expect(d.entities.some((e) => e.name === 'Diplomatic Editor')).toBe(false);
  });
  it('"By NAME Reuters" on one line: the name ends where the outlet begins', () => {
    const d = draft(
      `By Lena Okoro Reuters

LONDON (Reuters) - ${body}`,
      '2026-06-09',
    );
    const lena = d.entities.find((e) => e.name.startsWith('Lena Okoro'));
    expect(lena?.name).toBe('Lena Okoro');
    expect(find(d, 'MEMBER_OF', lena!.id, 'reuters')).toHaveLength(1);
  });
  it('a name that merely ends like an outlet is cut only at a whole outlet name', () => {
    const d = draft(
      `By Maria Press

LONDON (Reuters) - ${body}`,
      '2026-06-09',
    );
    expect(d.entities.some((e) => e.name === 'Maria Press')).toBe(true);
  });
});

describe('roles', () => {
  it('a party tag or a home state before the seat; the top member of a party sits, a chair leads', () => {
    const d = draft(
      [
        'Sen. Carl Vance (R-Ohio), who chairs the Senate Foreign Relations Committee, said Russia "crossed a line."',
        'Rep. Mia Torres of Texas, the top Republican on the House Intelligence Committee, said she was "alarmed."',
        'Rep. Lee Parker, a Nevada Democrat on the House Armed Services Committee, said it was "a disgrace."',
      ].join(' '),
      '2026-06-09',
    );
    expect(
      find(d, 'LEADS', idOf(d, 'Carl Vance'), idOf(d, 'Senate Foreign Relations Committee')),
    ).toHaveLength(1);
    const torres = idOf(d, 'Mia Torres');
    expect(find(d, 'MEMBER_OF', torres, idOf(d, 'House Intelligence Committee'))).toHaveLength(1);
    expect(find(d, 'LEADS', torres)).toHaveLength(0);
    expect(
      find(d, 'MEMBER_OF', idOf(d, 'Lee Parker'), idOf(d, 'House Armed Services Committee')),
    ).toHaveLength(1);
  });
  it('"Treasury Secretary Helen Marchetti": the department word is part of the title', () => {
    const d = draft(
      'Treasury Secretary Helen Marchetti said sanctions were "on the table."',
      '2026-06-09',
    );
    expect(
      find(d, 'LEADS', idOf(d, 'Helen Marchetti'), idOf(d, 'Treasury Department')),
    ).toHaveLength(1);
  });
});

describe('programmes and hosts', () => {
  it('"Face the Nation with Tom Reyes": the host of the title interviewed; the title is no quote', () => {
    const d = draft(
      '"We are ready," Pete Hegseth said on CBS\'s "Face the Nation with Tom Reyes." Reyes asked him about Iran.',
      '2026-06-07',
    );
    const show = idOf(d, 'Face the Nation');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth', show)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', idOf(d, 'Tom Reyes'), 'pete-hegseth')).toHaveLength(1);
    expect(d.relationships.some((r) => r.quote?.includes('Tom Reyes'))).toBe(false);
  });
  it('Fox News Channel\'s "Special Report": a programme of the network, no person "Report", no registry interview of another guest', () => {
    const d = draft(
      'Pete Hegseth spoke on Fox News Channel\'s "Special Report" on Monday.',
      '2026-06-09',
    );
    const show = idOf(d, 'Special Report');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth', show)).toHaveLength(1);
    expect(find(d, 'PART_OF', show, 'fox-news')).toHaveLength(1);
    expect(d.entities.some((e) => e.name === 'Report')).toBe(false);
    expect(find(d, 'PARTICIPATED_IN', 'pete-hegseth', 'leavitt-fox-news-interview')).toHaveLength(
      0,
    );
  });
});

describe('lists and timelines', () => {
  it('a dash bullet under a quoted bullet is the next item, not its signature; its threat is warned', () => {
    const d = draft(
      '- Sen. Ana Ruiz wrote on Saturday that Moscow "will pay a price for this."\n- Kremlin spokesman Dmitry Peskov called the reports "absurd."',
      '2026-06-08',
    );
    const ruiz = idOf(d, 'Ana Ruiz');
    const said = d.relationships.find((r) => r.type === 'SAID' && r.quote?.includes('pay a price'));
    expect(said?.from).toBe(ruiz);
    expect(find(d, 'WARNED', ruiz, 'russia')).toHaveLength(1);
  });
  const timeline = [
    'May 20:\tThe Washington Post reports that Russia has been giving Iran satellite imagery.',
    'May 22:\tPete Hegseth tells reporters that Russia is "playing games."  The Kremlin calls the Post\'s report "anti-Russian hysteria."',
    'June 1:\tPresident Donald Trump and Russian President Vladimir Putin speak by phone.',
    'Earlier this month:\tSteve Witkoff says talks are "going nowhere."',
  ].join('\n\n');
  it('a date label dates the later sentences of its entry; a label without a day dates nothing', () => {
    const d = draft(timeline, '2026-06-10');
    const said = (q: string) =>
      d.relationships.find((r) => r.type === 'SAID' && r.quote?.includes(q));
    expect(said('anti-Russian hysteria')?.from).toBe('kremlin');
    expect(said('anti-Russian hysteria')?.date).toBe('2026-05-22');
    expect(said('going nowhere')?.date).toBeUndefined();
  });
  // "calls the report “anti-Russian hysteria”" plays the claim down (the gold of round 10 says
  // DISMISSED); a claim called untrue ("a fabrication") is the denial.
  it('the historic present of a timeline: "speak by phone" is a call, "calls the report" a dismissal', () => {
    const d = draft(timeline, '2026-06-10');
    const call = find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin');
    expect(call).toHaveLength(1);
    expect(call[0]!.date).toBe('2026-06-01');
    expect(find(d, 'DISMISSED', 'kremlin')).toHaveLength(1);
    expect(find(d, 'DENIED', 'kremlin')).toHaveLength(0);
  });
  it('"phone calls with" in the present is no saying', () => {
    const d = draft('Officials say the Kremlin calls with Tehran are routine.', '2026-06-10');
    expect(d.relationships.filter((r) => r.type === 'SAID')).toHaveLength(0);
  });
});

describe('bodies, envoys and sources', () => {
  it('"the Islamic Revolutionary Guard Corps (IRGC)" is Iran\'s, and passing data to it is passing to Iran', () => {
    const d = draft(
      'Russia has been passing satellite imagery to the Islamic Revolutionary Guard Corps (IRGC), officials said.',
      '2026-06-09',
    );
    const irgc = idOf(d, 'Islamic Revolutionary Guard Corps');
    expect(find(d, 'PART_OF', irgc, 'iran')).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
  it('"summoned the Russian ambassador in London, X": the envoy was contacted and represents Russia', () => {
    const d = draft(
      "Britain's Foreign Secretary, Eleanor Hastings, summoned the Russian ambassador in London, Andrei Volsky, on Tuesday.",
      '2026-06-10',
    );
    const volsky = idOf(d, 'Andrei Volsky');
    expect(find(d, 'CONTACTED', idOf(d, 'Eleanor Hastings'), volsky)).toHaveLength(1);
    expect(find(d, 'CONTACTED', idOf(d, 'Eleanor Hastings'))).toHaveLength(1);
    expect(find(d, 'REPRESENTS', volsky, 'russia')).toHaveLength(1);
    expect(d.entities.some((e) => e.name === 'Secretary')).toBe(false);
  });
  it('"citing U.S. and Israeli officials" cites both countries', () => {
    const d = draft(
      'The Wall Street Journal, citing U.S. and Israeli officials, reported that Russia gave Iran targeting data.',
      '2026-06-09',
    );
    const wsj = idOf(d, 'Wall Street Journal');
    expect(find(d, 'CITED', wsj, 'united-states')).toHaveLength(1);
    expect(find(d, 'CITED', wsj, 'israel')).toHaveLength(1);
  });
  it('"Foreign Affairs" is a magazine, but not inside the House Foreign Affairs Committee', () => {
    const d = draft(
      'In Foreign Affairs, Ariane Kohl argues that Russia is helping Iran. Marco Rubio testifies before the House Foreign Affairs Committee.',
      '2026-06-09',
    );
    expect(d.entities.filter((e) => e.name === 'Foreign Affairs')).toHaveLength(1);
    expect(d.entities.some((e) => e.name === 'Affairs')).toBe(false);
    const fa = d.entities.find((e) => e.name === 'Foreign Affairs')!;
    expect(fa.mentions).toHaveLength(1);
  });
  it('"warned Moscow to stop passing information about American forces to Iran": a warning and a claim', () => {
    const d = draft(
      'Steve Witkoff said the United States had warned Moscow to stop passing information about American forces to Iran.',
      '2026-06-09',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    expect(find(d, 'WARNED', 'united-states', 'russia')).toHaveLength(1);
  });
});

describe("the lead's blind-set categories (our own wording)", () => {
  it('"Republican Sen. X, who chairs …": a party before the title keeps the seat in Congress', () => {
    const d = draft(
      'Republican Sen. Dale Horvath, who chairs the Armed Services Committee, said Russia was "feeding Tehran."',
      '2026-06-12',
    );
    const horvath = idOf(d, 'Dale Horvath');
    expect(find(d, 'MEMBER_OF', horvath, 'us-congress')).toHaveLength(1);
    expect(find(d, 'LEADS', horvath, idOf(d, 'Armed Services Committee'))).toHaveLength(1);
    expect(d.entities.some((e) => /Republican/.test(e.name))).toBe(false);
  });
  it('"an interview with X that aired Wednesday on CNN\'s "State of the Union."": X appeared on both', () => {
    const d = draft(
      'The remarks came after an interview with Defense Secretary Pete Hegseth that aired Wednesday on CNN\'s "State of the Union." Hegseth said he had "seen the reports."',
      '2026-06-12',
    );
    const show = idOf(d, 'State of the Union');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth', show)[0]?.date).toBe('2026-06-10');
    expect(find(d, 'APPEARED_ON', 'pete-hegseth', 'cnn')).toHaveLength(1);
    expect(find(d, 'PART_OF', show, 'cnn')).toHaveLength(1);
  });
  it('a transcript host labelled "NAME, CNN ANCHOR:" works for CNN; the header\'s programme is CNN\'s', () => {
    const d = draft(
      [
        'The following is a transcript of an interview with Defense Secretary Pete Hegseth that aired Sunday, June 14, on CNN\'s "State of the Union."',
        'LENA MORROW, CNN ANCHOR: Mr. Secretary, is Russia helping Iran?',
        'HEGSETH: We are watching it very closely.',
        'MORROW: Will you say more?',
        'HEGSETH: Not today.',
      ].join('\n\n'),
      '2026-06-15',
    );
    const host = d.entities.find((e) => /morrow/i.test(e.name) && e.label === 'Person')!.id;
    expect(find(d, 'MEMBER_OF', host, 'cnn')).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', host, 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'PART_OF', idOf(d, 'State of the Union'), 'cnn')).toHaveLength(1);
  });
});

describe("a new user's repost footer", () => {
  it('"Originally published at …" makes no outlet named "Originally"', () => {
    const d = draft(
      'Moscow has been passing satellite images to Tehran, Axios reported.\n\nOriginally published at securitynote.example/2026/06/16.',
      '2026-06-16',
    );
    expect(d.entities.some((e) => e.name === 'Originally')).toBe(false);
    expect(find(d, 'REPORTED', idOf(d, 'Axios'))).toHaveLength(1);
  });
});

describe('quotes and evidence verbatim in the text as submitted (odd formatting)', () => {
  // Our own short wire story; each variant below is the same story as a repost might carry it.
  const story = [
    'Kremlin rebuffs intelligence report',
    '',
    'MOSCOW (AP) — Kremlin spokesman Dmitry Peskov on Thursday dismissed a report that Russia had passed radar data to Iran, calling it "a crude invention from start to finish."',
    '',
    'Defense Secretary Pete Hegseth told reporters that the United States was "watching every move" and that Moscow would "answer for it" if the report proved true.',
    '',
    '"We do not comment on intelligence matters," said White House press secretary Karoline Leavitt.',
  ].join('\n');
  /** Hard line breaks mid-sentence, at the first space after 50 characters. */
  const wrap = (s: string) =>
    s
      .split('\n')
      .map((l) => l.replace(/(.{50,64}?) /g, '$1\n'))
      .join('\n');
  const rows = (d: ReturnType<typeof draft>) =>
    d.relationships.map((r) => `${r.type} ${r.from} ${r.to} ${r.quote ? 'q' : ''}`).sort();
  const clean = draft(story, '2026-03-12');

  const variants: [string, string][] = [
    ['CRLF line endings with hard wraps', wrap(story).replace(/\n/g, '\r\n')],
    ['spaces before each hard line break', wrap(story).replace(/\n/g, '  \n')],
    [
      'a byte-order mark, a date header and CRLF',
      `\uFEFFdate 2026-03-12\r\n\r\n${wrap(story).replace(/\n/g, '\r\n')}`,
    ],
    ['runs of blank lines and indented paragraphs', story.replace(/\n\n/g, '\n\n\n\n\t')],
  ];

  it.each(variants)(
    '%s: the same relationships, each string a substring of the input',
    (_, text) => {
      const d = draft(text, '2026-03-12');
      expect(rows(d)).toEqual(expect.arrayContaining(rows(clean)));
      expect(d.relationships.length).toBeGreaterThan(5);
      for (const r of d.relationships)
        for (const s of [...r.evidence, ...(r.quote ? [r.quote] : [])]) expect(text).toContain(s);
      // Offsets point into the draft's text, which is the input after its header.
      expect(text.endsWith(d.text!)).toBe(true);
      for (const e of d.entities)
        for (const m of e.mentions) expect(d.text!.slice(m.start, m.end)).toBe(m.text);
    },
  );

  it('a quote across a CRLF hard wrap keeps the CR of the file', () => {
    const text = wrap(story).replace(/\n/g, '\r\n');
    const d = draft(text, '2026-03-12');
    const lede = find(d, 'SAID', 'dmitry-peskov')[0] ?? find(d, 'DENIED', 'dmitry-peskov')[0];
    expect(lede?.evidence[0]).toContain('\r\n');
  });

  it('HTML tags still give the cleaned text, and its note says so', () => {
    const d = draft(`<p>${story.split('\n\n').join('</p>\n<p>')}</p>`, '2026-03-12');
    expect(d.text).not.toContain('<p>');
    expect(d.notes.join(' ')).toMatch(/cleaned text/);
    expect(rows(d)).toEqual(rows(clean));
  });

  it('HTML entities are read as their characters, and quotes hold them as submitted', () => {
    const input = story.replace(/"([^"]*)"/g, '&#8220;$1&#8221;').replace(' — ', ' &mdash; ');
    const d = draft(input, '2026-03-12');
    // The draft is on the submitted text: each quote and evidence is verbatim in the file.
    expect(d.text).toContain('&#8220;a crude invention from start to finish.&#8221;');
    for (const r of d.relationships) {
      for (const e of r.evidence) expect(input).toContain(e);
      if (r.quote) expect(input).toContain(r.quote);
    }
    expect(d.notes.join(' ')).not.toMatch(/cleaned text/);
    expect(rows(d)).toEqual(rows(clean));
  });
});
