/**
 * Stance and speech rules of issue 12's eighth session (engineer "stance"), found on held-out
 * round 12 (commentary, op-eds, analysis, TV write-ups) and tested here on sentences of our own
 * wording, each with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const quotesOf = (d: D, id: string | undefined) =>
  id ? find(d, 'SAID', id).map((r) => r.quote) : [];

describe('he and she agree with the speaker’s first name', () => {
  it('"she said" passes over a man named as the subject of the sentence before', () => {
    const d = draft(
      [
        LEAD,
        '',
        'When spokeswoman Olivia Marchetti met reporters on Monday, she was asked whether Donald Trump had called Putin. "We do not read out every call," she said.',
      ].join('\n'),
      '2026-05-06',
    );
    expect(quotesOf(d, idOf(d, 'Olivia Marchetti'))).toContain('We do not read out every call');
    expect(quotesOf(d, 'donald-trump')).toHaveLength(0);
  });

  it('"he said" after an anchor pressed him is the guest, not the anchor', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Speaking to anchor Laura Brennan on Sunday, Gregory Haynes said the reports were overblown.',
        '',
        'Brennan pressed him on whether Moscow could be trusted. "I have known these people for years," he said.',
      ].join('\n'),
      '2026-05-10',
    );
    expect(quotesOf(d, idOf(d, 'Gregory Haynes'))).toContain('I have known these people for years');
    expect(quotesOf(d, idOf(d, 'Laura Brennan'))).toHaveLength(0);
  });

  it('negative: a name of no known gender may still be "she"', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Senator Quillon Dufresne spoke to reporters on Monday. "This is a grave matter," she said.',
      ].join('\n'),
      '2026-05-06',
    );
    expect(quotesOf(d, idOf(d, 'Quillon Dufresne'))).toContain('This is a grave matter');
  });
});

describe('a past-perfect reported clause does not date the saying', () => {
  it('"said he had raised it during a call on Thursday": the talk is Thursday, the appearance Sunday', () => {
    const d = draft(
      [
        'Envoy Gregory Haynes said Sunday that the reports would not derail his contacts with Moscow.',
        '',
        'Speaking on CNN, Haynes said he had raised the matter with Yuri Ushakov during a call on Thursday.',
      ].join('\n'),
      '2026-07-19',
    );
    const haynes = idOf(d, 'Gregory Haynes')!;
    expect(find(d, 'APPEARED_ON', haynes, 'cnn').map((r) => r.date)).toEqual(['2026-07-19']);
    expect(find(d, 'SPOKE_WITH', haynes, 'yuri-ushakov').map((r) => r.date)).toEqual([
      '2026-07-16',
    ]);
  });

  it('negative: a day right after the verb of saying still dates the saying', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Speaking on CNN, Gregory Haynes said Thursday that Russia would pay for any help it had given Iran.',
      ].join('\n'),
      '2026-07-19',
    );
    const haynes = idOf(d, 'Gregory Haynes')!;
    expect(find(d, 'APPEARED_ON', haynes, 'cnn').map((r) => r.date)).toEqual(['2026-07-16']);
  });
});

describe('a columnist criticises by saying what someone failed to do', () => {
  const COLUMN = (body: string) =>
    ['OPINION', '', 'A quiet week in Washington', '', 'By Harriet Vale', '', LEAD, '', body].join(
      '\n',
    );

  it('"X\'s answer ignores …", "has yet to explain", "failed to answer": the author CRITICIZED each', () => {
    const d = draft(
      COLUMN(
        "Pete Hegseth's answer ignores what sailors actually need to know. The White House has yet to explain what it knew, and Karoline Leavitt failed to answer when she was asked on Monday.",
      ),
      '2026-05-08',
    );
    const author = idOf(d, 'Harriet Vale')!;
    for (const to of ['pete-hegseth', 'white-house', 'karoline-leavitt'])
      expect(find(d, 'CRITICIZED', author, to)).toHaveLength(1);
  });

  it('a pronoun subject ("It has simply declined to engage") is the body named before', () => {
    const d = draft(
      COLUMN(
        'The White House has not disputed the account. It has simply declined to engage with it.',
      ),
      '2026-05-08',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Harriet Vale')!, 'white-house')).toHaveLength(1);
  });

  it('negative: someone else\'s words ("Hegseth said the Kremlin failed to …") are no verdict of the author', () => {
    const d = draft(
      COLUMN('Pete Hegseth said the Kremlin had failed to explain its satellite launches.'),
      '2026-05-08',
    );
    const author = idOf(d, 'Harriet Vale');
    expect(author ? find(d, 'CRITICIZED', author) : []).toHaveLength(0);
  });

  it('negative: the same words in a news story (no column) criticise nothing', () => {
    const d = draft(
      [LEAD, '', 'The White House has yet to explain what it knew.'].join('\n'),
      '2026-05-08',
    );
    expect(d.relationships.filter((r) => r.type === 'CRITICIZED')).toHaveLength(0);
  });
});

describe('"accused X of “playing down …”": the playing down is alleged', () => {
  it('no DISMISSED from the accuser nor the accused; the accuser CRITICIZED X', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Marta Olsen, a Democrat from Oregon, accused Pete Hegseth of "playing down a threat to every ship in the Gulf."',
      ].join('\n'),
      '2026-05-08',
    );
    expect(d.relationships.filter((r) => r.type === 'DISMISSED')).toHaveLength(0);
    expect(find(d, 'CRITICIZED', idOf(d, 'Marta Olsen')!, 'pete-hegseth')).toHaveLength(1);
  });

  it('negative: the one who plays it down himself still DISMISSED it', () => {
    const d = draft(
      [LEAD, '', 'Pete Hegseth played down the reports on Tuesday.'].join('\n'),
      '2026-05-08',
    );
    expect(find(d, 'DISMISSED', 'pete-hegseth')).toHaveLength(1);
  });
});

describe('a speaker named by role first and by name later', () => {
  it('"the ambassador said …" then "Oleg Marin, who …": the words and the appearance are his', () => {
    const d = draft(
      [
        'Envoy disputes satellite reports',
        '',
        "Belarus's ambassador to the United States went on television on Sunday to reject reports that Russia had been passing Iran satellite images.",
        '',
        '"None of it is true," the ambassador said on CNN.',
        '',
        'Oleg Marin, who arrived in Washington last spring, later accused American officials of "inventing stories."',
      ].join('\n'),
      '2026-07-27',
    );
    const marin = idOf(d, 'Oleg Marin')!;
    expect(quotesOf(d, marin)).toContain('None of it is true');
    expect(find(d, 'APPEARED_ON', marin, 'cnn').map((r) => r.date)).toEqual(['2026-07-26']);
  });

  it('negative: a later person given another role of his own is someone else', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"None of it is true," the ambassador said on CNN.',
        '',
        'Oleg Marin, a deputy foreign minister, later called the reports "inventions."',
      ].join('\n'),
      '2026-07-27',
    );
    expect(quotesOf(d, idOf(d, 'Oleg Marin'))).not.toContain('None of it is true');
  });

  it('"he told reporters" after "The answer came from X, the spokesman." is X', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The first answer came from Ilya Sorokin, the Kremlin spokesman. "There was no such transfer," he told reporters.',
      ].join('\n'),
      '2026-07-27',
    );
    expect(quotesOf(d, idOf(d, 'Ilya Sorokin'))).toContain('There was no such transfer');
  });
});

describe('warnings, leaders, denials and downplayings by their words', () => {
  it('"Russia will answer for it" in a quote is a warning to Russia', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"If our sailors were put at risk, Russia will answer for it," Pete Hegseth said on Sunday.',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'WARNED', 'pete-hegseth', 'russia')).toHaveLength(1);
  });

  it('negative: "will answer questions" threatens nobody', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"Russia will answer questions at the council," Pete Hegseth said on Sunday.',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'WARNED', 'pete-hegseth')).toHaveLength(0);
  });

  it('"the Russian leader" is the registry\'s head of Russia', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Steve Witkoff told Fox News that the Russian leader was "a man of his word."',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'SAID', 'steve-witkoff', 'vladimir-putin').map((r) => r.quote)).toEqual([
      'a man of his word.',
    ]);
  });

  it('"called the Kremlin\'s denials “noise”": the Kremlin DENIED the claim; nobody downplayed it', () => {
    const d = draft(
      [LEAD, '', 'Pete Hegseth called the Kremlin\'s denials "noise" on Sunday.'].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'DENIED', 'kremlin', 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(d.relationships.filter((r) => r.type === 'DISMISSED')).toHaveLength(0);
  });

  it('negative: a headline about denials tells of none', () => {
    const d = draft(["Moscow's denials settle nothing", '', LEAD].join('\n'), '2026-07-13');
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });

  it('"told CBS that the reports were “a sideshow”" downplays them', () => {
    const d = draft(
      [LEAD, '', 'Pete Hegseth told reporters on Monday that the reports were "a sideshow."'].join(
        '\n',
      ),
      '2026-07-13',
    );
    expect(find(d, 'DISMISSED', 'pete-hegseth', 'russia-iran-intelligence-sharing')).toHaveLength(
      1,
    );
  });
});

describe('rejections in quotes, accused peoples, questions pushed back on', () => {
  it('"rejected the reports as “baseless propaganda.”" is both the denial and the words said', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Kremlin spokesman Ilya Sorokin rejected the reports as "baseless propaganda."',
      ].join('\n'),
      '2026-07-13',
    );
    const who = idOf(d, 'Ilya Sorokin')!;
    expect(quotesOf(d, who)).toEqual(['baseless propaganda.']);
    expect(find(d, 'DENIED', who, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"accused American officials of “…”": the words are about the United States', () => {
    const d = draft(
      [LEAD, '', 'Oleg Marin accused American officials of "looking for someone to blame."'].join(
        '\n',
      ),
      '2026-07-13',
    );
    expect(find(d, 'SAID', idOf(d, 'Oleg Marin')!, 'united-states')).toHaveLength(1);
  });

  it('negative: "pushed back on questions about X" is no response to X', () => {
    const d = draft(
      [LEAD, '', 'Sen. Dana Ruiz pushed back on questions about Pete Hegseth on Tuesday.'].join(
        '\n',
      ),
      '2026-07-13',
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Dana Ruiz')!)).toHaveLength(0);
  });

  it('"pushed back against Hegseth" still responds to him', () => {
    const d = draft(
      [LEAD, '', 'Sen. Dana Ruiz pushed back against Pete Hegseth on Tuesday.'].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'RESPONDED_TO', idOf(d, 'Dana Ruiz')!, 'pete-hegseth')).toHaveLength(1);
  });
});

describe('a denial relayed inside a quote, and the one who was asked', () => {
  const TEXT = [
    LEAD,
    '',
    'Donald Trump was asked on Monday about Vladimir Putin\'s assurances. "He told me they are not doing it, and I believe him," Trump said.',
  ].join('\n');

  it('"He told me they are not doing it": the one named before the quote denies, and the words are about him', () => {
    const d = draft(TEXT, '2026-07-13');
    expect(find(d, 'DENIED', 'vladimir-putin', 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(find(d, 'DENIED', 'donald-trump')).toHaveLength(0);
    expect(find(d, 'SAID', 'donald-trump', 'vladimir-putin')).toHaveLength(1);
  });

  it('negative: "was asked about X" questioned nobody named X', () => {
    const d = draft(TEXT, '2026-07-13');
    expect(find(d, 'INTERVIEWED', 'donald-trump')).toHaveLength(0);
  });

  it('"asked Putin" in the active voice is still a question put to him', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Donald Trump asked Vladimir Putin on Monday whether Moscow was helping Tehran.',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'INTERVIEWED', 'donald-trump', 'vladimir-putin')).toHaveLength(1);
  });
});

describe('verdicts in what was said', () => {
  it('"Washington was “inventing enemies to explain its own failures”" criticises the United States', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Kremlin spokesman Ilya Sorokin said on Sunday that Washington was "inventing enemies to explain its own failures."',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Ilya Sorokin')!, 'united-states')).toHaveLength(1);
  });

  it('negative: a negated failure ("has never failed to grasp") criticises nobody', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Sen. Dana Ruiz said on Monday that the Pentagon "has never failed to grasp the stakes."',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'CRITICIZED', idOf(d, 'Dana Ruiz')!)).toHaveLength(0);
  });
});

describe('a conditional threat', () => {
  it('"If Moscow is putting lives at risk, sanctions should follow" warns Russia', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"If Moscow is putting American lives at risk, sanctions should follow," Sen. Dana Ruiz said.',
      ].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'WARNED', idOf(d, 'Dana Ruiz')!, 'russia')).toHaveLength(1);
  });

  it('negative: "If Moscow calls, we will listen" threatens nobody', () => {
    const d = draft(
      [LEAD, '', '"If Moscow calls, we will listen," Sen. Paul Ortega said.'].join('\n'),
      '2026-07-13',
    );
    expect(find(d, 'WARNED', idOf(d, 'Paul Ortega')!)).toHaveLength(0);
  });
});
