/**
 * Statements, seventh session (issue 12): broadcast transcripts with labelled hosts and guests,
 * speakers after possessive appositions, answers to "Asked whether …" clauses, pronoun
 * subjects, bare replies, requests for comment in a relative clause, "the president" in an
 * article that never names him, and envoys named after their role. Each rule on short texts
 * of our own (not the held-out texts), with negatives that must not fire.
 */
import { draft, find } from './helpers';

const CLAIM = 'russia-iran-intelligence-sharing';
const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const saidBy = (d: ReturnType<typeof draft>, name: string) => {
  const id = idOf(d, name);
  return id ? find(d, 'SAID', id) : [];
};

describe('broadcast transcripts with speaker labels', () => {
  const SHOW = [
    'TRANSCRIPT: "Capitol Week" with Martin Osei, June 7, 2026',
    '',
    'MARTIN OSEI, HOST: Russia is said to be feeding Iran targeting data. With me is Senator Claire Bowden of Ohio. Does the Kremlin care what Washington says?',
    '',
    'SEN. CLAIRE BOWDEN (R-Ohio): Not much, I am afraid. The Russians only respect strength.',
    '',
    'OSEI: Has the White House done enough?',
    '',
    'BOWDEN: I would like to hear more from the president on this. They have had weeks to say something.',
  ].join('\n');

  it("the host's turns are questions, not statements; each answer sentence is the guest's", () => {
    const d = draft(SHOW, '2026-06-07');
    expect(saidBy(d, 'Martin Osei')).toHaveLength(0);
    const bowden = saidBy(d, 'Claire Bowden');
    expect(bowden.map((r) => r.quote)).toContain('The Russians only respect strength.');
    expect(bowden.every((r) => r.date === '2026-06-07')).toBe(true);
  });

  it('the host interviewed the guest, who appeared on the programme the header names', () => {
    const d = draft(SHOW, '2026-06-07');
    const osei = idOf(d, 'Martin Osei')!;
    const bowden = idOf(d, 'Claire Bowden')!;
    const show = idOf(d, 'Capitol Week')!;
    expect(find(d, 'INTERVIEWED', osei, bowden)).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', bowden, show)).toHaveLength(1);
  });

  it('"the president" in an article about Washington that titles no president is Trump', () => {
    const d = draft(SHOW, '2026-06-07');
    const bowden = idOf(d, 'Claire Bowden')!;
    const said = find(d, 'SAID', bowden).find((r) => r.quote?.includes('the president'));
    expect(said?.to).toBe('donald-trump');
  });

  it('"the president" is nobody when the article titles another president', () => {
    const d = draft(
      `President Masoud Pezeshkian spoke in Tehran on Monday.\n\n"We will hear from the president again," said Hamid Arani, an Iranian lawmaker.`,
      '2026-06-09',
    );
    expect(d.relationships.some((r) => r.to === 'donald-trump' || r.from === 'donald-trump')).toBe(
      false,
    );
  });

  it('a transcript without "Q:" and without a host label has no host when nobody asks', () => {
    const d = draft(
      [
        'Sen. Adam Kerr and Sen. Beth Ormond spoke to reporters on Tuesday.',
        '',
        'KERR: We will vote on the sanctions bill next week.',
        '',
        'ORMOND: The votes are there. Moscow will notice the margin.',
        '',
        'KERR: Moscow should take note.',
        '',
        'ORMOND: It will.',
      ].join('\n'),
      '2026-06-10',
    );
    expect(saidBy(d, 'Adam Kerr').length).toBeGreaterThan(0);
    expect(saidBy(d, 'Beth Ormond').length).toBeGreaterThan(0);
  });
});

describe('speakers named after clauses', () => {
  it('"…," X, President Y\'s aide, told reporters: the aide speaks, not the president', () => {
    const d = draft(
      `${LEAD}\n\n"Nothing of the kind has ever happened," Yuri Ushakov, President Vladimir Putin's foreign policy aide, told reporters in Moscow after a meeting at the Kremlin.`,
    );
    expect(find(d, 'SAID', 'yuri-ushakov')).toHaveLength(1);
    expect(find(d, 'SAID', 'vladimir-putin')).toHaveLength(0);
    // "a meeting at the Kremlin" is where, not with whom.
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH' && r.to === 'kremlin')).toEqual(
      [],
    );
  });

  it('"said Sen. X\'s colleague on the committee, Y of Maine": Y speaks, not X', () => {
    const d = draft(
      `${LEAD}\n\n"We were told a great deal," said Sen. Carla Nunez, a Texas Democrat.\n\n"I can't discuss any of it," said Sen. Nunez's colleague on the Intelligence Committee, Peter Hale of Maine, before leaving.`,
    );
    expect(saidBy(d, 'Peter Hale').map((r) => r.quote)).toEqual(["I can't discuss any of it"]);
    expect(saidBy(d, 'Carla Nunez').map((r) => r.quote)).toEqual(['We were told a great deal']);
  });

  it('"Speaking at …, Name Surname called the U.S. claims “…”": the named person, not the U.S.', () => {
    const d = draft(
      `${LEAD}\n\nSpeaking at his weekly news conference, Reza Karimi called the U.S. claims "a tale for children."`,
    );
    expect(saidBy(d, 'Reza Karimi')).toHaveLength(1);
    expect(find(d, 'SAID', 'united-states')).toHaveLength(0);
  });

  it('"said on X: “…”" names the platform, not the speaker', () => {
    const d = draft(`${LEAD}\n\nSen. Rob Alder (R-Utah) said on X: "Moscow must answer for this."`);
    expect(saidBy(d, 'Rob Alder')).toHaveLength(1);
    expect(find(d, 'SAID', 'x-platform')).toHaveLength(0);
  });

  it('"He called the charge “…” and said …: “…”": both quotes are his', () => {
    const d = draft(
      `${LEAD}\n\nRussia's deputy envoy, Oleg Demin, spoke next. He called the charge "pure theatre" and said the United States was "hunting for excuses."`,
    );
    expect(saidBy(d, 'Oleg Demin')).toHaveLength(2);
  });

  it('"Sen. X of Nevada" is X, the state no part of the name', () => {
    const d = draft(`${LEAD}\n\nSen. Dora Vance of Nevada said she had seen "nothing new."`);
    expect(idOf(d, 'Dora Vance')).toBeDefined();
    expect(d.entities.some((e) => /of Nevada/.test(e.name))).toBe(false);
  });
});

describe('what an answer is about', () => {
  it('"Asked whether the White House had been slow …, she said: “…”" is about the White House', () => {
    const d = draft(
      `${LEAD}\n\n"It was a long morning," said Sen. Ada Brill, a Vermont Democrat. Asked whether the White House had been slow to act, she said: "Slow does not begin to cover it."`,
    );
    const r = saidBy(d, 'Ada Brill').find((x) => x.quote?.startsWith('Slow'));
    expect(r?.to).toBe('white-house');
  });

  it("a question naming the speaker's own side is about the other party it names", () => {
    const d = draft(
      `${LEAD}\n\nState Department spokeswoman Joan Reyes held the daily briefing on Tuesday. Pressed on whether Washington had warned Moscow, she said the United States had "been very clear."`,
    );
    const r = saidBy(d, 'Joan Reyes')[0];
    expect(r?.to).toBe('russia');
  });

  it('"He …" after a sentence about a person goes on about that person', () => {
    const d = draft(
      `${LEAD}\n\n"The president has this in hand. He does not need to lecture Putin in public," Sen. Tom Ruiz said.`,
    );
    const r = saidBy(d, 'Tom Ruiz');
    expect(r).toHaveLength(1);
    expect(r[0]!.to).toBe('donald-trump');
  });

  it('"adding that Washington had produced “not one fact”" is about Washington', () => {
    const d = draft(
      `${LEAD}\n\nKremlin spokesman Dmitry Peskov rejected the reports on Monday, adding that Washington had offered "no evidence at all."`,
    );
    const r = find(d, 'SAID', idOf(d, 'Dmitry Peskov')!);
    expect(r.map((x) => x.to)).toEqual(['united-states']);
  });
});

describe('replies and requests for comment', () => {
  it('"X answered minutes later." responds to the last other speaker', () => {
    const d = draft(
      `${LEAD}\n\n"We know what Moscow is doing," U.S. envoy Karen Wolfe told the council.\n\nRussia's envoy, Ilya Bykov, answered minutes later. He called the charge "nonsense."`,
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Ilya Bykov')!, idOf(d, 'Karen Wolfe')!)).toHaveLength(
      1,
    );
  });

  it('"answered questions from reporters" answers no one', () => {
    const d = draft(
      `${LEAD}\n\n"We know what Moscow is doing," U.S. envoy Karen Wolfe told the council.\n\nIlya Bykov answered questions from reporters later.`,
    );
    expect(d.relationships.filter((r) => r.type === 'RESPONDED_TO')).toEqual([]);
  });

  it('"…to the White House, which did not respond to a request for comment": the White House', () => {
    const d = draft(
      `WASHINGTON, June 3 (Reuters) - ${LEAD}\n\nThe State Department referred questions to the White House, which did not respond to a request for comment.`,
      '2026-06-03',
    );
    const asked = d.relationships.filter((r) => r.type === 'CONTACTED').map((r) => r.to);
    expect(asked).toEqual(['white-house']);
  });
});

describe('envoys and representatives', () => {
  it('"China\'s representative, X," represents China and is no member of Congress', () => {
    const d = draft(`${LEAD}\n\nChina's representative, Wei Jun, urged restraint.`);
    const wei = idOf(d, 'Wei Jun')!;
    expect(find(d, 'REPRESENTS', wei, 'china')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', wei, 'us-congress')).toHaveLength(0);
  });

  it('"The U.S. ambassador to the United Nations, X," represents the United States', () => {
    const d = draft(
      `${LEAD}\n\nThe U.S. ambassador to the United Nations, Nora Quist, raised the matter on Wednesday.`,
    );
    expect(find(d, 'REPRESENTS', idOf(d, 'Nora Quist')!, 'united-states')).toHaveLength(1);
  });

  it('"Rep. X" is still a member of Congress', () => {
    const d = draft(`${LEAD}\n\nRep. Gail Moss said the reports were "deeply troubling."`);
    expect(find(d, 'MEMBER_OF', idOf(d, 'Gail Moss')!, 'us-congress')).toHaveLength(1);
  });
});

describe('the claim', () => {
  it('keeps the topic claim in these texts', () => {
    const d = draft(LEAD);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    expect(d.entities.some((e) => e.id === CLAIM)).toBe(true);
  });
});

describe("categories of the lead's blind set 7 (our own wording)", () => {
  it('"A U.S. official, speaking on condition of anonymity, said …" makes nobody the speaker', () => {
    const d = draft(
      `${LEAD}\n\nA U.S. official, speaking on condition of anonymity, said Washington had "no doubt at all" about the transfers. "It's happening every week," the official said.`,
    );
    expect(d.relationships.filter((r) => r.type === 'SAID')).toEqual([]);
  });

  it('"a Kremlin spokesman said" still speaks for the Kremlin', () => {
    const d = draft(`${LEAD}\n\n"There is nothing to add," a Kremlin spokesman said.`);
    expect(find(d, 'SAID', 'kremlin')).toHaveLength(1);
  });

  it('"…, suggesting the Russians had been “very straightforward”": a participle attributes', () => {
    const d = draft(
      `${LEAD}\n\nLater, Hegseth spoke to Fox News, suggesting the Russians had been "very straightforward" with him.`,
    );
    expect(find(d, 'SAID', 'pete-hegseth').map((r) => r.quote)).toEqual(['very straightforward']);
  });

  it('"It doesn\'t keep me up at night." plays the claim down', () => {
    const d = draft(`${LEAD}\n\n"It doesn't keep me up at night," Hegseth said on Thursday.`);
    expect(find(d, 'DISMISSED', 'pete-hegseth', CLAIM)).toHaveLength(1);
  });

  it('"It keeps me up at night." plays nothing down', () => {
    const d = draft(`${LEAD}\n\n"It keeps me up at night," Hegseth said on Thursday.`);
    expect(find(d, 'DISMISSED', 'pete-hegseth')).toHaveLength(0);
  });

  it('"The Russians know exactly what happens if they touch an American sailor." warns Russia', () => {
    const d = draft(
      `${LEAD}\n\n"The Russians know exactly what happens if they touch an American sailor," Hegseth said.`,
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia')).toHaveLength(1);
  });

  it('"nobody knows what happens if …" warns no one', () => {
    const d = draft(
      `${LEAD}\n\n"The Russians don't know what happens if the talks fail," Hegseth said.`,
    );
    expect(find(d, 'WARNED', 'pete-hegseth')).toHaveLength(0);
  });

  it('"called the administration\'s response “an embarrassment”" criticises the administration', () => {
    const d = draft(
      `${LEAD}\n\nSen. Jane Ruiz called the administration's response "an embarrassment."`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Jane Ruiz')!, 'trump-administration')).toHaveLength(1);
  });

  it('"the fantasies of American newspapers" denies the claim; the words are not about the U.S.', () => {
    const d = draft(
      `${LEAD}\n\n"I have nothing to add on the fantasies of American newspapers," Kremlin spokesman Dmitry Peskov said.`,
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(find(d, 'DENIED', peskov, CLAIM)).toHaveLength(1);
    expect(find(d, 'SAID', peskov, 'united-states')).toHaveLength(0);
  });

  it("a transcript answer that calls a quoted senator's words nonsense criticises and answers her", () => {
    const d = draft(
      [
        'Defense Secretary Pete Hegseth spoke to CNN on Sunday.',
        '',
        'RACHEL ORTIZ, CNN ANCHOR: Senator Laura Beck says the Pentagon has been asleep. Is she right?',
        '',
        "HEGSETH: With respect to the senator, that's nonsense. Our people track this every day.",
      ].join('\n'),
      '2026-06-14',
    );
    const beck = idOf(d, 'Laura Beck')!;
    expect(find(d, 'CRITICIZED', 'pete-hegseth', beck)).toHaveLength(1);
    expect(find(d, 'RESPONDED_TO', 'pete-hegseth', beck)).toHaveLength(1);
    expect(saidBy(d, 'Rachel Ortiz')).toHaveLength(0);
  });

  it("an answer that takes up the quoted senator's point without scorn criticises no one", () => {
    const d = draft(
      [
        'Defense Secretary Pete Hegseth spoke to CNN on Sunday.',
        '',
        'RACHEL ORTIZ, CNN ANCHOR: Senator Laura Beck says the Pentagon has been asleep. Is she right?',
        '',
        'HEGSETH: The senator and I talk often. Our people track this every day.',
      ].join('\n'),
      '2026-06-14',
    );
    expect(find(d, 'CRITICIZED', 'pete-hegseth')).toHaveLength(0);
  });
});

describe('new texts read as a new user (seventh session)', () => {
  it('"rejected the criticism" answers words: no denial of the claim', () => {
    const d = draft(
      `${LEAD}\n\n"Every day of silence costs us," said Rep. Alma Ortega.\n\nWhite House press secretary Karoline Leavitt rejected the criticism on Wednesday.\n\n"Russia does not take sides," Kremlin spokesman Dmitry Peskov said.`,
    );
    expect(find(d, 'DENIED', 'karoline-leavitt')).toHaveLength(0);
  });

  it('"rejected the reports" still denies the claim', () => {
    const d = draft(`${LEAD}\n\nThe Kremlin rejected the reports on Wednesday.`);
    expect(find(d, 'DENIED', 'kremlin', CLAIM)).toHaveLength(1);
  });

  it('"MARGARET LYLE, CBS NEWS:" labels the one who asks', () => {
    const d = draft(
      [
        "Sen. Victor Hale spoke with CBS's Margaret Lyle on Sunday.",
        '',
        "MARGARET LYLE, CBS NEWS: Tehran's foreign minister says the American claims are lies. What do you say to him?",
        '',
        'HALE: The Iranians know where that data came from.',
        '',
        'LYLE: Should the United States sanction Moscow?',
        '',
        'HALE: The Russians will pay a price if one more American ship is hit.',
      ].join('\n'),
      '2026-06-21',
    );
    expect(saidBy(d, 'Margaret Lyle')).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', idOf(d, 'Margaret Lyle')!, idOf(d, 'Victor Hale')!)).toHaveLength(
      1,
    );
  });
});

describe('courtesies in a transcript', () => {
  const text = (answer: string) =>
    [
      'TRANSCRIPT: "Capitol Week" with Martin Osei, June 7, 2026',
      '',
      'MARTIN OSEI, HOST: Russia is said to be feeding Iran targeting data. Senator Claire Bowden joins us. Welcome.',
      '',
      `SEN. CLAIRE BOWDEN (R-Ohio): ${answer}`,
    ].join('\n');

  it('"Thanks for having me, Martin." is no statement', () => {
    const d = draft(
      text('Thanks for having me, Martin. The Russians only respect strength.'),
      '2026-06-07',
    );
    const quotes = saidBy(d, 'Claire Bowden').map((r) => r.quote);
    expect(quotes).toEqual(['The Russians only respect strength.']);
  });

  it('a sentence that opens politely and goes on to say something is a statement', () => {
    const d = draft(
      text('Good morning, and let me be clear that the Russians only respect strength.'),
      '2026-06-07',
    );
    expect(saidBy(d, 'Claire Bowden')).toHaveLength(1);
  });
});
