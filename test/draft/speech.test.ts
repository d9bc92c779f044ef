/**
 * Statements, sixth session (issue 12): attribution shapes of wire copy, live blogs and
 * reposts (a speaker after a long apposition, a colon lead-in without a verb of saying, a dash
 * line under a quote), "he" after a leading subordinate clause, what a speaker's next words are
 * about, denials without a denial verb, the dates of sayings, and responses in a Q&A. Each rule
 * on short sentences of our own (not the held-out texts), with negatives that must not fire.
 */
import { stanceOf } from '../../scripts/src/draft/stance';
import { draft, find } from './helpers';

const CLAIM = 'russia-iran-intelligence-sharing';
const LEAD =
  'Reports this week said Russia had been passing satellite imagery to Iran to help it target American ships.';
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name === name)?.id;
const saidBy = (d: ReturnType<typeof draft>, name: string) => {
  const id = idOf(d, name);
  return id ? find(d, 'SAID', id) : [];
};

describe('denials without a denial verb', () => {
  it.each([
    'That never happened.',
    'That never happened, and everyone in Washington knows it.',
    'None of this took place.',
    'It is a recycled story with nothing behind it.',
    'There is nothing to these reports.',
  ])('"%s" denies', (words) => {
    expect(stanceOf(words)).toBe('denies');
  });

  it.each([
    'It never happened before that a minister resigned over a leak.',
    'If that never happened, why are they so nervous?',
    'There is nothing behind the door but an empty room.',
  ])('"%s" has no stance', (words) => {
    expect(stanceOf(words)).toBeUndefined();
  });

  it('"has called the reports a Western invention": the subject denies the claim', () => {
    const d = draft(`${LEAD}\n\nMoscow has called the reports a Western invention.`);
    expect(find(d, 'DENIED', 'russia', CLAIM)).toHaveLength(1);
  });

  it('"called the reports a matter for the courts" denies nothing', () => {
    const d = draft(`${LEAD}\n\nMoscow has called the reports a matter for the courts.`);
    expect(find(d, 'DENIED', 'russia')).toHaveLength(0);
  });

  it('two quoted denials are two statements; one quote with two denying sentences is one', () => {
    const d = draft(
      `${LEAD}\n\nSpokeswoman Irina Volkova told reporters it was "a recycled story with nothing behind it."\n\n"There is no truth to that," Volkova said.\n\n"We reject these claims. There is no such cooperation," the Kremlin said.`,
    );
    const volkova = idOf(d, 'Irina Volkova')!;
    expect(find(d, 'DENIED', volkova, CLAIM)).toHaveLength(2);
    expect(find(d, 'DENIED', 'kremlin', CLAIM)).toHaveLength(1);
  });
});

describe('speakers in wire copy, live blogs and reposts', () => {
  it('a speaker after a long apposition, not the person the apposition names', () => {
    const d = draft(
      `${LEAD}\n\n"That never happened," Hamid Tavakoli, an aide to Foreign Minister Abbas Nouri who briefs reporters every week, said on Wednesday.`,
    );
    const tavakoli = idOf(d, 'Hamid Tavakoli')!;
    expect(find(d, 'SAID', tavakoli, CLAIM)).toHaveLength(1);
    expect(find(d, 'DENIED', tavakoli, CLAIM)).toHaveLength(1);
    expect(saidBy(d, 'Abbas Nouri')).toHaveLength(0);
  });

  it('a colon lead-in without a verb of saying names the speaker, on its line or the line before', () => {
    const d = draft(
      `${LEAD}\n\nDefense Department press secretary Jenna Morrow, at the daily briefing: "We are watching this closely."\n\nIran's deputy foreign minister, Mehdi Sadeghi, speaking to state television:\n'These accusations are baseless.'`,
    );
    expect(saidBy(d, 'Jenna Morrow')).toHaveLength(1);
    expect(saidBy(d, 'Mehdi Sadeghi')).toHaveLength(1);
    expect(find(d, 'DENIED', idOf(d, 'Mehdi Sadeghi')!, CLAIM)).toHaveLength(1);
  });

  it('a headline "Kremlin: “…”" is no statement', () => {
    const d = draft(`Kremlin: "no grounds" for claims on Iran\n\n${LEAD}`);
    expect(find(d, 'SAID', 'kremlin')).toHaveLength(0);
  });

  it('a dash line under a quote names its speaker', () => {
    const d = draft(
      `${LEAD}\n\n"Every day this White House says nothing, Putin learns something."\n— Sen. Lisa Ferrante (D-Mass.), in a post on X`,
    );
    const said = saidBy(d, 'Lisa Ferrante');
    expect(said.map((r) => r.to)).toContain('white-house');
  });

  it('a dash inside running prose attributes nothing', () => {
    const d = draft(
      `${LEAD}\n\nThe senator called the silence "a disgrace" — Dmitry Peskov has used the same word about Washington.`,
    );
    expect(saidBy(d, 'Dmitry Peskov')).toHaveLength(0);
  });

  it('"he said" after "When X noted …, Y …" is Y, the main clause’s subject', () => {
    const d = draft(
      `${LEAD}\n\nWhen anchor Tom Llewellyn noted that Sen. Patricia Vance had criticized the response, Defense Secretary Pete Hegseth did not hide his irritation.\n\n"Senator Vance is entitled to her opinion," he said.`,
    );
    expect(find(d, 'SAID', 'pete-hegseth')).toHaveLength(1);
    expect(saidBy(d, 'Tom Llewellyn')).toHaveLength(0);
  });

  it('"had called the administration’s response “timid”": the critic’s words about the administration', () => {
    const d = draft(
      `${LEAD}\n\nSen. Patricia Vance, an Ohio Republican, had called the administration's response "timid," an aide said.`,
    );
    const vance = idOf(d, 'Patricia Vance')!;
    expect(find(d, 'SAID', vance, 'trump-administration')).toHaveLength(1);
    expect(find(d, 'SAID', 'trump-administration')).toHaveLength(0);
  });
});

describe('what the words are about', () => {
  it('a speaker’s next quote that names nothing goes on about what the last one named', () => {
    const d = draft(
      `${LEAD}\n\n"We have been very clear with the Russians about where the line is," said Maria Ortiz, a spokeswoman for the National Security Council who declined to describe the intelligence. "They know what is at stake."`,
    );
    const ortiz = idOf(d, 'Maria Ortiz')!;
    expect(find(d, 'SAID', ortiz, 'russia')).toHaveLength(2);
  });

  it('a partial quote’s subject does not carry over to the next quote', () => {
    const d = draft(
      `${LEAD}\n\nRep. Dana Hale said the administration was "sleepwalking."\n\n"We are past the point of asking whether this is happening," Hale said.`,
    );
    const hale = idOf(d, 'Dana Hale')!;
    expect(find(d, 'SAID', hale, 'trump-administration')).toHaveLength(1);
    expect(find(d, 'SAID', hale, CLAIM)).toHaveLength(1);
  });

  it('a denial that names only the speaker’s own country is about the claim', () => {
    const d = draft(
      `${LEAD}\n\n"These accusations are baseless. Iran does not need anyone's eyes in the sky," Iran's deputy foreign minister, Mehdi Sadeghi, said.`,
    );
    const sadeghi = idOf(d, 'Mehdi Sadeghi')!;
    expect(find(d, 'SAID', sadeghi, 'iran')).toHaveLength(0);
    expect(find(d, 'SAID', sadeghi, CLAIM)).toHaveLength(1);
  });
});

describe('dates of sayings', () => {
  it('"said Thursday night that Russia would pay": the past Thursday, whatever the reported tense', () => {
    // 2026-05-01 is a Friday.
    const d = draft(
      `${LEAD}\n\nDefense Secretary Pete Hegseth said Thursday night that Russia would "pay a price" for any help it had given Iran.`,
      '2026-05-01',
    );
    const said = find(d, 'SAID', 'pete-hegseth');
    expect(said.length).toBeGreaterThan(0);
    for (const r of said) expect(r.date).toBe('2026-04-30');
  });

  it('"will meet on Monday" is still the next Monday', () => {
    const d = draft(
      `${LEAD}\n\nSecretary of State Marco Rubio will meet Russian Foreign Minister Sergei Lavrov on Monday, the State Department said.`,
      '2026-05-01',
    );
    for (const r of d.relationships) if (r.date) expect(r.date >= '2026-05-01').toBe(true);
  });
});

describe('responses in a Q&A', () => {
  const intro = `${LEAD}\n\nRetired Adm. Gordon Pike spoke with CNN on Tuesday.\n\n`;
  it('an answer that never turns to the person the question quotes responds to nobody', () => {
    const d = draft(
      `${intro}Q: Senator Lisa Ferrante says the White House is asleep. Is she right?\n\nPIKE: Our sailors are not asleep, I can tell you that.`,
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Gordon Pike')!)).toHaveLength(0);
  });

  it('an answer that names that person responds to them', () => {
    const d = draft(
      `${intro}Q: Senator Lisa Ferrante says the White House is asleep. Is she right?\n\nPIKE: Senator Ferrante is wrong about that. Our sailors are doing their jobs.`,
    );
    const pike = idOf(d, 'Gordon Pike')!;
    expect(find(d, 'RESPONDED_TO', pike, idOf(d, 'Lisa Ferrante'))).toHaveLength(1);
  });
});

describe('warnings carried by their words', () => {
  it('"told X that Moscow would pay a price": WARNED Russia, by the one who told', () => {
    const d = draft(
      `${LEAD}\n\nSecretary of State Marco Rubio told Russian Foreign Minister Sergei Lavrov that Moscow would pay a price for any American lives lost.`,
    );
    expect(find(d, 'WARNED', idOf(d, 'Marco Rubio')!, 'russia')).toHaveLength(1);
  });

  it('a quoted threat: "the Russians will come to regret it", "will hold Russia accountable"', () => {
    const d = draft(
      `${LEAD}\n\n"If their data is helping anyone kill American sailors, the Russians will come to regret it," Defense Secretary Pete Hegseth said.\n\nState Department spokesman Daniel Forsythe said the United States "will hold Russia accountable if this proves true."`,
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia')).toHaveLength(1);
    expect(find(d, 'WARNED', idOf(d, 'Daniel Forsythe')!, 'russia')).toHaveLength(1);
  });

  it('no warning when negated, asked, wished for, or aimed at the speaker’s own side', () => {
    const d = draft(
      `${LEAD}\n\nDefense Secretary Pete Hegseth said Russia would not pay any price for it.\n\n"Will Russia pay a price?" Hegseth asked.\n\nThe president could at least say that Russia will pay a price.\n\nKremlin spokesman Dmitry Peskov said the Kremlin would hold Washington accountable for the leaks.`,
    );
    expect(find(d, 'WARNED', 'pete-hegseth')).toHaveLength(0);
    expect(find(d, 'WARNED', 'donald-trump')).toHaveLength(0);
    expect(find(d, 'WARNED', idOf(d, 'Dmitry Peskov')!, 'kremlin')).toHaveLength(0);
  });
});

describe('criticism carried by a verdict', () => {
  it('a quoted verdict about a body or person: CRITICIZED, besides the SAID', () => {
    const d = draft(
      `${LEAD}\n\nRep. Dana Hale said the administration was "sleepwalking" while Russia helped Iran.\n\n"Every day this White House says nothing, Putin learns something," Sen. Lisa Ferrante wrote on X.`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Hale')!, 'trump-administration')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', idOf(d, 'Lisa Ferrante')!, 'white-house')).toHaveLength(1);
  });

  it('a verdict in reported speech: "said the administration had waited far too long"', () => {
    const d = draft(
      `${LEAD}\n\nSen. Colin Reyes, an Arizona Republican who sits on the Armed Services Committee, said the administration had waited far too long to confront Moscow.`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Colin Reyes')!, 'trump-administration')).toHaveLength(1);
  });

  it('no criticism when the verdict is negated, asked, about the claim, or the speaker’s own', () => {
    const d = draft(
      `${LEAD}\n\nRep. Dana Hale said the administration was "not timid at all."\n\n"Is the White House asleep?" Hale asked.\n\nKremlin spokesman Dmitry Peskov called the reports "a failure of American journalism."\n\nWhite House press secretary Karoline Leavitt said the White House had "done nothing wrong."`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Hale')!)).toHaveLength(0);
    expect(find(d, 'CRITICIZED', idOf(d, 'Dmitry Peskov')!)).toHaveLength(0);
    expect(find(d, 'CRITICIZED', 'karoline-leavitt')).toHaveLength(0);
  });
});

describe('the author of a commentary', () => {
  it('a section label alone on its line ("COMMENTARY") marks a column: its verdict criticises the administration', () => {
    const d = draft(
      `COMMENTARY\n\nThe administration's silence is a choice\n\nBy Nadia Koenig\n\n${LEAD} The administration's answer has been a shrug.\n\nNadia Koenig is a fellow at the Carlisle Institute.`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Nadia Koenig')!, 'trump-administration')).toHaveLength(1);
  });
});

describe('who "the president" is, and questions that state nothing', () => {
  it('"the president" in a quote is the one the article calls President, not every registry president', () => {
    const d = draft(
      `${LEAD}\n\nAnchor Tom Llewellyn asked whether President Trump had raised the matter with Vladimir Putin.\n\n"The president talks to a lot of leaders," Defense Secretary Pete Hegseth said.`,
    );
    expect(find(d, 'SAID', 'pete-hegseth', 'donald-trump')).toHaveLength(1);
  });

  it('"the president" stays unresolved when the article titles two presidents', () => {
    const d = draft(
      `${LEAD}\n\nPresident Trump and President Vladimir Putin spoke on Monday.\n\n"The president talks to a lot of leaders," Defense Secretary Pete Hegseth said.`,
    );
    expect(find(d, 'SAID', 'pete-hegseth', 'donald-trump')).toHaveLength(0);
    expect(find(d, 'SAID', 'pete-hegseth', 'vladimir-putin')).toHaveLength(0);
  });

  it('"pressed him on whether X had raised it with Y" is no talk between X and Y; a stated one is', () => {
    const asked = draft(
      `${LEAD}\n\nLlewellyn pressed him on whether President Trump had raised the matter with Vladimir Putin.`,
    );
    expect(find(asked, 'SPOKE_WITH', 'donald-trump')).toHaveLength(0);
    const stated = draft(`${LEAD}\n\nPresident Trump raised the matter with Vladimir Putin.`);
    expect(find(stated, 'SPOKE_WITH', 'donald-trump')).toHaveLength(1);
  });
});

describe('party tags and joined verbs', () => {
  it('"Sen. Jane Roe, R-S.C., who wrote …" is Roe speaking; the tag is no name', () => {
    const d = draft(
      `${LEAD}\n\nSen. Jane Roe, R-S.C., who wrote on X that the administration was "asleep," called for sanctions.`,
    );
    expect(d.entities.some((e) => /^[RD]-/.test(e.name))).toBe(false);
    expect(saidBy(d, 'Jane Roe')).toHaveLength(1);
  });

  it('"X also said … and accused Washington of …": X criticises, not the country the reported clause names', () => {
    const d = draft(
      `${LEAD}\n\nKremlin spokesman Dmitry Peskov also said Moscow had no plans to change course and accused Washington of trying to "drive a wedge" between the two countries.`,
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dmitry Peskov')!, 'united-states')).toHaveLength(1);
    expect(find(d, 'CRITICIZED', 'russia')).toHaveLength(0);
  });

  it('a reported clause’s own verb after "and" keeps its own subject', () => {
    const d = draft(
      `${LEAD}\n\nDefense Secretary Pete Hegseth said Moscow had gone quiet, and Iran accused Washington of piracy.`,
    );
    expect(find(d, 'CRITICIZED', 'pete-hegseth')).toHaveLength(0);
  });
});
