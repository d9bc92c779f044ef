/**
 * Congress rules of issue 12's round 41 (engineer "congress2"): committee seats told before the
 * name ("the panel's top Democrat, Sen. X"), the speaker of a participle after such a seat ("The
 * committee's chairman, Sen. X, opened the hearing by saying …"), a chair or member of a Senate or
 * House committee as a member of Congress, a bare "Chairman X" in a story of one committee, and
 * a double surname before a home state ("Rep. X Brooks-Harmon of Maryland"). Sentences of our
 * own, with negatives that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const text = (...paragraphs: string[]) =>
  ['Senators weigh sanctions', '', ...paragraphs].join('\n\n');

describe('committee seats and members of Congress', () => {
  it('"the panel\'s top Democrat, Sen. X" sits on the one committee the article names', () => {
    const d = draft(
      text(
        'WASHINGTON — The Senate Foreign Relations Committee held a hearing on Tuesday on Russia and Iran.',
        'The panel\'s top Democrat, Sen. Rosa Ilves of Oregon, said the White House was "asleep at the wheel."',
      ),
      '2026-07-15',
    );
    const ilves = idOf(d, 'Rosa Ilves')!;
    const committee = idOf(d, 'Senate Foreign Relations Committee')!;
    expect(find(d, 'MEMBER_OF', ilves, committee)).toHaveLength(1);
    expect(find(d, 'LEADS', ilves, committee)).toHaveLength(0);
    expect(find(d, 'MEMBER_OF', ilves, 'us-congress')).toHaveLength(1);
  });

  it('a seat before the name gives the speaker of a participle, not the committee', () => {
    const d = draft(
      text(
        'WASHINGTON — The Senate Foreign Relations Committee held a hearing on Tuesday on Russia and Iran.',
        'The committee\'s chairman, Sen. Arthur Bellamy, opened the session by saying the administration had been "far too slow."',
      ),
      '2026-07-15',
    );
    const bellamy = idOf(d, 'Arthur Bellamy')!;
    const committee = idOf(d, 'Senate Foreign Relations Committee')!;
    expect(find(d, 'SAID', bellamy).map((r) => r.quote)).toEqual(['far too slow.']);
    expect(find(d, 'SAID', committee)).toHaveLength(0);
  });

  it('the chair of a House or Senate committee is a member of Congress; a staff director is not', () => {
    const d = draft(
      text(
        'WASHINGTON — House Intelligence Committee Chairman Rick Osterhout said Thursday that Russia had "crossed a line."',
        'House Intelligence Committee staff director Mona Pike said the report would be out in December.',
      ),
      '2026-11-19',
    );
    const osterhout = idOf(d, 'Rick Osterhout')!;
    expect(find(d, 'LEADS', osterhout, idOf(d, 'House Intelligence Committee'))).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', osterhout, 'us-congress')).toHaveLength(1);
    const pike = idOf(d, 'Mona Pike');
    if (pike) expect(find(d, 'MEMBER_OF', pike, 'us-congress')).toHaveLength(0);
  });

  it('a bare "Chairman X" in a story of one committee leads it; with two committees, nothing', () => {
    const one = draft(
      text(
        'WASHINGTON — A State Department official declined on Thursday to answer questions at a House Foreign Affairs Committee hearing.',
        'Chairman Wade Pettibone, R-Fla., opened by asking whether the department had any doubt.',
      ),
      '2026-12-04',
    );
    const pettibone = idOf(one, 'Wade Pettibone')!;
    const committee = idOf(one, 'House Foreign Affairs Committee')!;
    expect(find(one, 'LEADS', pettibone, committee)).toHaveLength(1);
    expect(find(one, 'MEMBER_OF', pettibone, 'us-congress')).toHaveLength(1);
    const two = draft(
      text(
        'WASHINGTON — Members of the House Foreign Affairs Committee and the House Armed Services Committee met on Thursday.',
        'Chairman Wade Pettibone, R-Fla., opened by asking whether the department had any doubt.',
      ),
      '2026-12-04',
    );
    expect(find(two, 'LEADS', idOf(two, 'Wade Pettibone')!)).toHaveLength(0);
  });

  it('a double surname before a home state is the name ("Rep. Janelle Brooks-Harmon of Maryland")', () => {
    const d = draft(
      text(
        'WASHINGTON — Rep. Janelle Brooks-Harmon of Maryland said on Thursday that Russia was "playing with fire."',
      ),
      '2026-11-19',
    );
    const id = idOf(d, 'Janelle Brooks-Harmon');
    expect(id).toBeDefined();
    expect(find(d, 'SAID', id!).map((r) => r.quote)).toEqual(['playing with fire.']);
  });
});

describe('replies about "the senator"', () => {
  it('"the senator" in a reply is the one senator the article named ("Sen. X"), and the words are about her', () => {
    const d = draft(
      text(
        'WASHINGTON — Sen. Claire Ashworth said on Monday that the administration had known for weeks that Russia was feeding Iran targeting data. "This administration sat on it," she said.',
        '"The senator knows better than to discuss intelligence matters on the Senate floor," White House spokesman Kendrick Hale said in a statement.',
      ),
      '2026-11-02',
    );
    const ashworth = idOf(d, 'Claire Ashworth')!;
    const hale = idOf(d, 'Kendrick Hale')!;
    expect(find(d, 'SAID', hale).map((r) => r.to)).toEqual([ashworth]);
    expect(find(d, 'RESPONDED_TO', hale, ashworth)).toHaveLength(1);
  });

  it('"the congressman" is never a woman the article titles "Rep."; two lawmakers leave "the lawmaker" to nobody', () => {
    const d = draft(
      text(
        'WASHINGTON — House Intelligence Committee Chairman Rick Osterhout said on Thursday that Russia had "crossed a line."',
        'Rep. Janelle Brooks-Harmon of Maryland said the administration had been "far too quiet."',
        'The Russian Embassy said the lawmaker was "repeating slander."',
        'Osterhout\'s spokeswoman said the congressman "has seen the evidence."',
      ),
      '2026-11-19',
    );
    const woman = idOf(d, 'Janelle Brooks-Harmon')!;
    expect(d.relationships.filter((r) => r.to === woman && r.type === 'SAID')).toHaveLength(0);
    expect(find(d, 'RESPONDED_TO', 'russian-embassy-washington', woman)).toHaveLength(0);
  });

  it('quoted words whose subject is "the president" are about him, not a name after the verb', () => {
    const d = draft(
      text(
        'WASHINGTON — President Donald Trump spoke about Russia on Friday.',
        '"The president keeps calling Putin a friend," Sen. Howard Pruitt said on the Senate floor.',
      ),
      '2026-10-23',
    );
    const pruitt = idOf(d, 'Howard Pruitt')!;
    expect(find(d, 'SAID', pruitt).map((r) => r.to)).toEqual(['donald-trump']);
  });
});

describe("accusations and warnings in lawmakers' statements", () => {
  it('"accused X of “…” after Y said …": the accuser said the words, not the one in the clause after', () => {
    const d = draft(
      text(
        'WASHINGTON — The White House on Monday accused Sen. Claire Ashworth of "playing politics with classified information" after the Connecticut Democrat said on the Senate floor that Russia was feeding Iran targeting data.',
      ),
      '2026-11-02',
    );
    const ashworth = idOf(d, 'Claire Ashworth')!;
    expect(find(d, 'SAID', 'white-house', ashworth).map((r) => r.quote)).toEqual([
      'playing politics with classified information',
    ]);
    expect(find(d, 'SAID', ashworth)).toHaveLength(0);
  });

  it('"“…,” X said on Monday" still attributes the quote to X (guard for the clause rule)', () => {
    const d = draft(
      text('WASHINGTON — "Moscow is playing with fire," Sen. Claire Ashworth said on Monday.'),
      '2026-11-02',
    );
    expect(find(d, 'SAID', idOf(d, 'Claire Ashworth')!)).toHaveLength(1);
  });

  it('"There has to be a price for that." warns the one the quoted sentence before names', () => {
    const d = draft(
      text(
        'WASHINGTON — "Vladimir Putin is helping a regime that chants \'Death to America\' take aim at American sailors," Sen. Thomas Redding, a Republican of Indiana, said in a statement on Friday. "There has to be a price for that."',
      ),
      '2026-10-23',
    );
    const redding = idOf(d, 'Thomas Redding')!;
    expect(find(d, 'WARNED', redding, 'vladimir-putin')).toHaveLength(1);
  });

  it('"there has to be a price" asked, or with nobody named before, warns nobody', () => {
    const d = draft(
      text(
        'WASHINGTON — Sen. Thomas Redding said on Friday that the vote was close. "There has to be a price for that."',
        'Asked whether there has to be a price for Russia, Sen. Alma Quintero said: "Does there have to be a price?"',
      ),
      '2026-10-23',
    );
    expect(d.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(0);
  });
});

describe('who took part in a hearing', () => {
  const HEARING = [
    'WASHINGTON — A senior State Department official refused on Thursday to tell lawmakers whether Russia is giving Iran satellite images, at a House Foreign Affairs Committee hearing.',
    'Assistant Secretary of State Hugo Van Tongeren appeared alongside Treasury official Corinne Abara.',
    '"I\'m not in a position to characterize intelligence in this setting," Van Tongeren said.',
    'Rep. Luis Arreola, D-Ariz., told him that answer was "not good enough for the families of the sailors."',
  ];

  it('the subject who "appeared alongside" a second witness took part, and so did the second', () => {
    const d = draft(text(...HEARING), '2026-12-04');
    const hearing = d.entities.find((e) => e.label === 'Event' && /hearing/i.test(e.name))!;
    for (const name of ['Hugo Van Tongeren', 'Corinne Abara'])
      expect(find(d, 'PARTICIPATED_IN', idOf(d, name)!, hearing.id)).toHaveLength(1);
  });

  it('a lawmaker who "told him" right after a witness\'s words took part and sits on the committee', () => {
    const d = draft(text(...HEARING), '2026-12-04');
    const hearing = d.entities.find((e) => e.label === 'Event' && /hearing/i.test(e.name))!;
    const arreola = idOf(d, 'Luis Arreola')!;
    expect(find(d, 'PARTICIPATED_IN', arreola, hearing.id)).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', arreola, idOf(d, 'House Foreign Affairs Committee'))).toHaveLength(
      1,
    );
  });

  it('"appeared alongside" with no hearing held, or a lawmaker telling a reporter, takes part in nothing', () => {
    const d = draft(
      text(
        'WASHINGTON — Assistant Secretary of State Hugo Van Tongeren appeared alongside Treasury official Corinne Abara at a news conference on Thursday.',
        'Rep. Luis Arreola, D-Ariz., told reporters that the answer was "not good enough."',
      ),
      '2026-12-04',
    );
    expect(
      d.relationships.filter(
        (r) =>
          r.type === 'PARTICIPATED_IN' &&
          /hearing/i.test(r.to) &&
          r.from === idOf(d, 'Luis Arreola'),
      ),
    ).toHaveLength(0);
    expect(d.entities.some((e) => e.label === 'Event' && /hearing/i.test(e.name))).toBe(false);
  });
});

describe('an embassy named by its country alone', () => {
  it('"Russian embassy" in a headline is the Russian Embassy in Washington the body names', () => {
    const d = draft(
      [
        'House chief says Russia crossed a line; Russian embassy calls it slander',
        '',
        'WASHINGTON — Rep. Rick Osterhout said Thursday that Russia had "crossed a line." Hours later, the Russian Embassy in Washington said the claim was "slander."',
      ].join('\n'),
      '2026-11-19',
    );
    const embassies = d.entities.filter((e) => /embassy/i.test(e.name));
    expect(embassies.map((e) => e.id)).toEqual(['russian-embassy-washington']);
  });

  it('with no embassy named in full, "the Russian embassy" stays a body of its own (no guess)', () => {
    const d = draft(
      text('MOSCOW — The Russian embassy said on Thursday that the report was "slander."'),
      '2026-11-19',
    );
    expect(d.entities.some((e) => e.id === 'russian-embassy-washington')).toBe(false);
  });
});
