/**
 * Statements (issue 12, fifth session), each rule on short sentences of our own, not the
 * held-out texts: denials carried by the words rather than the verb, downplayings, collective
 * voices (ministries, embassies, missions), responses ("Asked about X's remark, Y …"),
 * criticism of someone's words, and the speakers of quotes that run on into another clause.
 * Every rule has negatives that must not fire.
 */
import { stanceOf } from '../../scripts/src/draft/stance';
import { draft, find } from './helpers';

const CLAIM = 'russia-iran-intelligence-sharing';
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name === name)?.id;
const LEAD =
  'Reports this week said Russia had been passing satellite imagery to Iran to help it target American ships.';

describe('the stance of attributed words (lexicons of cues)', () => {
  it.each([
    'There is no such cooperation.',
    'Nothing of the sort.',
    'That is simply not true.',
    'The story is untrue from start to finish.',
    'We categorically reject these insinuations.',
    'Moscow firmly denies the allegations.',
    'Russia does not supply anyone with targeting data.',
    'We have never passed any intelligence to Tehran.',
    'a crude fabrication',
    'These reports are lies spread by enemies of peace.',
    'There is no evidence of any such exchange.',
  ])('"%s" denies', (words) => {
    expect(stanceOf(words)).toBe('denies');
  });

  it.each([
    "It's not a big deal.",
    'It makes no difference to the mission.',
    'Frankly, it does not matter.',
    'This is old news.',
  ])('"%s" plays it down', (words) => {
    expect(stanceOf(words)).toBe('downplays');
  });

  it.each([
    // Questions and conditions assert nothing.
    'Old news to whom?',
    'If it made no difference, why do they keep leaking it?',
    // A relayed assurance is the other side's denial, not the speaker's.
    'The Russians assure us they are not passing intelligence to Iran.',
    // Negation that is not a denial of a claim.
    'There is no doubt that the pattern is clear.',
    'We cannot deny that the threat is growing.',
    'Our sailors deserve to know who is helping the people shooting at them.',
    'It is not old news to the Navy.',
    'We will not stand by while our ships are targeted.',
    'I have not seen the intelligence myself.',
    // A long sentence that merely contains a dismissive word.
    'The president has said many times that he will not accept a false choice between security and diplomacy.',
  ])('"%s" has no stance', (words) => {
    expect(stanceOf(words)).toBeUndefined();
  });
});

describe('denials with no denial verb', () => {
  it('a flat quote that denies: the speaker DENIED the claim, and the SAID is about the claim', () => {
    const d = draft(
      `${LEAD}\n\n“There is no such cooperation and there has never been,” ministry spokeswoman Anna Petrova told reporters in Moscow on Wednesday.`,
      '2026-04-09',
    );
    const anna = idOf(d, 'Anna Petrova')!;
    const denied = find(d, 'DENIED', anna, CLAIM);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.quote).toBe('There is no such cooperation and there has never been');
    expect(denied[0]!.date).toBe('2026-04-08');
    // Moscow is where she spoke, not what she spoke about.
    expect(find(d, 'SAID', anna, 'russia')).toHaveLength(0);
    expect(find(d, 'SAID', anna, CLAIM)).toHaveLength(1);
  });

  it('a short dismissive label and an answer turn that denies', () => {
    const d = draft(
      [
        'Q&A: Iran’s envoy on the reports',
        '',
        'Omid Farahani, Iran’s ambassador to Oman, spoke with The Coastal Ledger on Monday.',
        '',
        'Q: U.S. officials say Russia has been passing satellite imagery to Iran. Is that so?',
        '',
        'FARAHANI: Nothing of the sort. We watch our own waters.',
      ].join('\n'),
      '2026-04-14',
    );
    const omid = idOf(d, 'Omid Farahani')!;
    expect(omid).toBeDefined();
    const denied = find(d, 'DENIED', omid, CLAIM);
    expect(denied.map((r) => r.quote)).toEqual(['Nothing of the sort.']);
  });

  it('reported speech that calls the claim untrue, without quotes', () => {
    const d = draft(
      `${LEAD} Kremlin spokesman Dmitry Peskov said the reports were false.`,
      '2026-04-09',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(find(d, 'DENIED', peskov, CLAIM)).toHaveLength(1);
  });

  it.each([
    'Kremlin spokesman Dmitry Peskov called the report fabricated.',
    'Kremlin spokesman Dmitry Peskov dismissed the claims as baseless.',
    'Kremlin spokesman Dmitry Peskov rejected the story, calling it pure fiction.',
  ])('"%s": a denial without quote marks', (sentence) => {
    const d = draft(`${LEAD} ${sentence}`, '2026-04-09');
    expect(find(d, 'DENIED', idOf(d, 'Dmitry Peskov')!, CLAIM)).toHaveLength(1);
  });

  it('no denial when what is called untrue is someone’s remark, or the call is taken back', () => {
    const d = draft(
      `${LEAD} Asked about Hegseth's remark, Sen. Maria Lund called it nonsense. Rep. Carl Jensen would not call the report false.`,
      '2026-04-09',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('does not fire on negated leads, questions, relayed assurances or other topics', () => {
    const d = draft(
      [
        LEAD,
        'Senator Lena Ortiz stopped short of calling the reports “false,” saying only that she had questions.',
        '“Is there no such cooperation?” asked Rep. Carl Jensen.',
        '“The Russians assure us they are not passing intelligence,” envoy Mark Hollis said.',
        'Defense Secretary Pete Hegseth said the plan was wrong for the Navy.',
      ].join(' '),
      '2026-04-09',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
});

describe('collective voices', () => {
  it('a ministry placed in its capital is the country’s ministry, not the country', () => {
    const d = draft(
      `${LEAD} The foreign ministry in Moscow insisted they were “nothing but a fantasy.”`,
      '2026-04-09',
    );
    const ministry = idOf(d, 'Russian Foreign Ministry');
    expect(ministry).toBeDefined();
    expect(find(d, 'DENIED', ministry!, CLAIM)).toHaveLength(1);
    expect(find(d, 'DENIED', 'russia', CLAIM)).toHaveLength(0);
  });

  it('"the Embassy of the Russian Federation in Washington" is the registry’s embassy; "the embassy said" speaks for it', () => {
    const d = draft(
      `The Embassy of the Russian Federation in Washington issued a statement on Friday about the reports. ${LEAD} “We firmly reject these claims,” the embassy said.`,
      '2026-04-11',
    );
    expect(d.entities.some((e) => e.name === 'Embassy')).toBe(false);
    const denied = find(d, 'DENIED', 'russian-embassy-washington', CLAIM);
    expect(denied.map((r) => r.quote)).toEqual(['We firmly reject these claims']);
  });

  it('a mission to the United Nations keeps its host in its name; "the mission" is it', () => {
    const d = draft(
      `${LEAD} Iran's mission to the United Nations called the account "a fairy tale." "Iran defends itself," the mission said.`,
      '2026-04-09',
    );
    const mission = idOf(d, 'Iranian Mission to the United Nations');
    expect(mission).toBeDefined();
    expect(find(d, 'DENIED', mission!, CLAIM)).toHaveLength(1);
    expect(find(d, 'SAID', mission!).map((r) => r.quote)).toContain('Iran defends itself');
  });

  it('an embassy in a capital stays the embassy of its own country', () => {
    const d = draft(`${LEAD} The embassy in Moscow said it had no comment.`, '2026-04-09');
    expect(d.entities.some((e) => e.name === 'Russian Embassy')).toBe(false);
  });
});

describe('responses and criticism of words', () => {
  it('"Asked about X’s comment …, Y pushed back": Y RESPONDED_TO X', () => {
    const d = draft(
      `${LEAD}\n\nAsked about Defense Secretary Pete Hegseth's remark that the reports changed nothing, Sen. Maria Lund pushed back.\n\nWhen asked about Karoline Leavitt's comments, she said the White House was wrong.\n\nIn response to Lund's criticism, Hegseth said the mission was on track.`,
      '2026-04-09',
    );
    const lund = idOf(d, 'Maria Lund')!;
    expect(find(d, 'RESPONDED_TO', lund, 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', lund, 'karoline-leavitt')).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', 'pete-hegseth', lund)).toHaveLength(1);
  });

  it('"brushed it aside" after someone’s remark responds to them and plays down no claim', () => {
    const d = draft(
      `${LEAD} Asked about Pete Hegseth's remark that nothing had changed, Sen. Maria Lund brushed it aside.`,
      '2026-04-09',
    );
    const lund = idOf(d, 'Maria Lund')!;
    expect(find(d, 'RESPONDED_TO', lund, 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'DISMISSED', lund)).toHaveLength(0);
  });

  it('no response where nobody’s words are asked about', () => {
    const d = draft(
      `${LEAD} Asked about the reports, Sen. Maria Lund said she was worried. Asked about Iran, Hegseth declined to comment.`,
      '2026-04-09',
    );
    expect(d.relationships.filter((r) => r.type === 'RESPONDED_TO')).toHaveLength(0);
  });

  it('"took issue with X’s description, calling it “…”": CRITICIZED X, the words are about X, no denial', () => {
    const d = draft(
      `${LEAD} Sen. Greg Hollins took issue with Rep. Dana Moreau's description of the Navy, calling it “reckless talk.”`,
      '2026-04-09',
    );
    const greg = idOf(d, 'Greg Hollins')!;
    const dana = idOf(d, 'Dana Moreau')!;
    expect(find(d, 'CRITICIZED', greg, dana)).toHaveLength(1);
    expect(find(d, 'SAID', greg, dana).map((r) => r.quote)).toEqual(['reckless talk.']);
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('"rejected the criticism, calling it “…”": the words are about the critic', () => {
    const d = draft(
      'Chancellor Karl Brandt criticized Hungary over the sanctions veto. Budapest answered on Tuesday. Foreign Minister Zsolt Varga rejected the criticism, calling it “pressure.”',
      '2026-04-09',
    );
    const zsolt = idOf(d, 'Zsolt Varga')!;
    expect(find(d, 'SAID', zsolt, idOf(d, 'Karl Brandt'))).toHaveLength(1);
  });
});

describe('downplaying and speakers', () => {
  it('a question reporting someone’s words: the answer responds to them; their words play it down', () => {
    const d = draft(
      [
        'Omid Farahani, Iran’s ambassador to Oman, spoke with The Coastal Ledger on Monday.',
        '',
        'Q: Russia is said to be passing satellite imagery to Iran. Defense Secretary Pete Hegseth said last week that it made no difference.',
        '',
        'FARAHANI: Mr. Hegseth can say what he likes. If it made no difference, why mention it?',
      ].join('\n'),
      '2026-04-14',
    );
    const omid = idOf(d, 'Omid Farahani')!;
    expect(find(d, 'RESPONDED_TO', omid, 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'DISMISSED', 'pete-hegseth')).toHaveLength(1);
    expect(find(d, 'DISMISSED', omid)).toHaveLength(0);
  });

  it('"brushed the story aside" and "Russian help “doesn’t matter”" are about the claim', () => {
    const d = draft(
      `${LEAD} Tehran brushed the story aside. Defense Secretary Pete Hegseth told Fox News that Russian help “doesn't matter” to the outcome.`,
      '2026-04-09',
    );
    expect(find(d, 'DISMISSED', 'iran', CLAIM)).toHaveLength(1);
    expect(find(d, 'SAID', 'pete-hegseth', 'russia')).toHaveLength(0);
    expect(find(d, 'SAID', 'pete-hegseth', CLAIM)).toHaveLength(1);
  });

  it('a quote that runs on into another clause is not attributed by that clause’s verb', () => {
    const d = draft(
      `${LEAD} Kremlin spokesman Dmitry Peskov said he had “nothing to add” to what the ministry would say. Peskov called the reports “fabricated,” and the foreign ministry in Moscow insisted they were “a fantasy.”`,
      '2026-04-09',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    const quotes = find(d, 'SAID', peskov).map((r) => r.quote);
    expect(quotes).toContain('nothing to add');
    const ministry = idOf(d, 'Russian Foreign Ministry')!;
    expect(find(d, 'DENIED', peskov, CLAIM).map((r) => r.quote)).toEqual(['fabricated']);
    expect(find(d, 'DENIED', ministry, CLAIM).map((r) => r.quote)).toEqual(['a fantasy.']);
  });

  it('a verb joined to an earlier one keeps the main clause’s speaker', () => {
    const d = draft(
      `${LEAD} The Kremlin added that Russia “has always stood for peace” and called on Washington to “stop the blame game.”`,
      '2026-04-09',
    );
    expect(find(d, 'SAID', 'kremlin', 'united-states').map((r) => r.quote)).toEqual([
      'stop the blame game.',
    ]);
    expect(find(d, 'SAID', 'russia')).toHaveLength(0);
  });

  it('"A is tracking X for B" is a sharing claim', () => {
    const d = draft(
      'Russian satellites have been tracking American warships for Iran, officials said.',
      '2026-04-09',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    const none = draft('U.S. radars have been tracking Iranian drones for weeks.', '2026-04-09');
    expect(none.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')).toHaveLength(0);
  });

  it('a quoted question that echoes a downplaying plays nothing down', () => {
    const d = draft(
      `${LEAD} Sen. Maria Lund was asked about the White House line. “Old news to whom?” she said. “It is not old news to the Navy.”`,
      '2026-04-09',
    );
    expect(find(d, 'DISMISSED', idOf(d, 'Maria Lund')!)).toHaveLength(0);
  });

  it('a place before a name is not a party the words are about', () => {
    const d = draft(
      `${LEAD} In Washington, State Department spokesman Paul Nyberg said the United States “takes any help for Iran very seriously.”`,
      '2026-04-09',
    );
    const paul = idOf(d, 'Paul Nyberg')!;
    const targets = find(d, 'SAID', paul).map((r) => r.to);
    expect(targets).toHaveLength(1);
    expect(targets).not.toContain(idOf(d, 'State Department'));
  });

  it('"The statement went on: “…”" continues the last speaker', () => {
    const d = draft(
      `${LEAD}\n\n“We reject these claims,” the Kremlin said in a statement.\n\nThe statement went on: “Such stories poison the dialogue.”`,
      '2026-04-09',
    );
    expect(find(d, 'SAID', 'kremlin').map((r) => r.quote)).toContain(
      'Such stories poison the dialogue.',
    );
  });

  it('"the report, published on Sunday by X": X reported the claim', () => {
    const d = draft(
      `${LEAD} The report, published on Sunday by The Harbor Review, cited two officials.`,
      '2026-04-09',
    );
    expect(
      find(d, 'REPORTED', idOf(d, 'The Harbor Review') ?? idOf(d, 'Harbor Review')!, CLAIM),
    ).toHaveLength(1);
  });
});
