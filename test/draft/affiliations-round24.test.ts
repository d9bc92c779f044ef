/**
 * Round 24 (issue 12, session 2026-12-05 late morning, engineer "affil"): affiliations and roles
 * in news English, found reading the round's first run and tested here on sentences of our own
 * (not the round's texts), each with a negative that must not fire.
 */
import { draft } from './helpers';

type D = ReturnType<typeof draft>;
const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
const nameOf = (d: D, id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
/** The relationships of a type, as "from -> to" by name. */
const edges = (d: D, type: string) =>
  d.relationships
    .filter((r) => r.type === type)
    .map((r) => `${nameOf(d, r.from)} -> ${nameOf(d, r.to)}`);
const text = (...lines: string[]) => [LEAD, '', ...lines].join('\n\n');

describe('journalists by their outlet', () => {
  it('"told CBS\'s Nora Villa" makes her a member of CBS', () => {
    const d = draft(text("The envoy told CBS's Nora Villa on Sunday that the talks would go on."));
    expect(edges(d, 'MEMBER_OF')).toContain('Nora Villa -> CBS');
  });

  it('a possessive of a country or a body is no membership ("Russia\'s Oleg Brant")', () => {
    const d = draft(text("Russia's Oleg Brant said the talks would go on."));
    expect(edges(d, 'MEMBER_OF').filter((e) => e.startsWith('Oleg Brant'))).toEqual([]);
  });

  it('"X, CNN\'s senior diplomatic correspondent," belongs to CNN and leads nothing', () => {
    const d = draft(
      text("Omar Stiles, CNN's chief diplomatic correspondent, said the imagery was recent."),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Omar Stiles -> CNN');
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Omar Stiles'))).toEqual([]);
  });
});

describe('"X of the Y": a person named with a body or an outlet', () => {
  it('"said Hanna Berglund of the Brookings Institution" is a member of it', () => {
    const d = draft(
      text('"The pattern is clear," said Hanna Berglund of the Brookings Institution.'),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Hanna Berglund -> Brookings Institution');
  });

  it('"by A and B of the Y" makes both members', () => {
    const d = draft(
      text('The brief is prepared by Laura Tammer and Paolo Renzi of the Cordell Institute.'),
    );
    expect(edges(d, 'MEMBER_OF')).toEqual(
      expect.arrayContaining([
        'Laura Tammer -> Cordell Institute',
        'Paolo Renzi -> Cordell Institute',
      ]),
    );
  });

  it('"accused X of the …" and "reminded X of the Y\'s pledge" give nothing', () => {
    const d = draft(
      text(
        "The senator reminded Hanna Berglund of the Brookings Institution's old warnings.",
        'Moscow accused Jonas Pirr of the Cordell Institute smear.',
      ),
    );
    expect(edges(d, 'MEMBER_OF').filter((e) => /Berglund|Pirr/.test(e))).toEqual([]);
  });

  it('a body named with a country inside is one body ("the Keller Iran Studies Center")', () => {
    const d = draft(
      text('"It is cheap for them," said Mira Osten of the Keller Iran Studies Center.'),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Mira Osten -> Keller Iran Studies Center');
  });

  it('"the Tehran Times" is an outlet of its own, not Iran and not "The Times"', () => {
    const d = draft(text('The Tehran Times reported on Monday that the talks had stalled.'));
    const outlets = d.entities.filter((e) => e.label === 'Outlet').map((e) => e.name);
    expect(outlets).toContain('Tehran Times');
    expect(d.relationships.filter((r) => nameOf(d, r.from) === 'Times')).toEqual([]);
  });
});

describe('posts told after the name', () => {
  it('", an analyst at the London-based Y" is a member of Y', () => {
    const d = draft(
      text('Petra Lund, an analyst at the London-based Halden Institute, said Moscow was careful.'),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Petra Lund -> Halden Institute');
  });

  it('"who now teaches at Y" and "a former officer who is now a fellow at Y" hold the post now', () => {
    const d = draft(
      text(
        'Ambassador Colin Marsh, who now teaches at Tufts University, said the meeting mattered.',
        'Dara Quill, a former CIA officer who is now a senior fellow at the Halden Institute, disagreed.',
      ),
    );
    expect(edges(d, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['Colin Marsh -> Tufts University', 'Dara Quill -> Halden Institute']),
    );
  });

  it('"who once taught at Y" and "a former fellow at Y" give nothing', () => {
    const d = draft(
      text(
        'Colin Marsh, who once taught at Tufts University, said the meeting mattered.',
        'Dara Quill, a former senior fellow at the Halden Institute, disagreed.',
      ),
    );
    expect(edges(d, 'MEMBER_OF').filter((e) => /Marsh|Quill/.test(e))).toEqual([]);
  });

  it('", who directs the … programme at Y" with a long unit name is a member of Y', () => {
    const d = draft(
      text(
        'Salma Idris, who directs the Gulf and Caspian Security programme at the Halden Institute, said so.',
      ),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Salma Idris -> Halden Institute');
  });
});

describe('State Department titles and Congress', () => {
  it('a deputy secretary belongs to the department the article names, not to the country', () => {
    const d = draft(
      text(
        'The State Department said it had raised the matter.',
        'Deputy Secretary of State Ross Ellison said the talks would go on.',
      ),
    );
    expect(edges(d, 'MEMBER_OF')).toContain('Ross Ellison -> State Department');
    expect(edges(d, 'MEMBER_OF')).not.toContain('Ross Ellison -> United States');
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Ross Ellison'))).toEqual([]);
  });

  it('without the department named, a deputy secretary belongs to the United States', () => {
    const d = draft(text('Deputy Secretary of State Ross Ellison said the talks would go on.'));
    expect(edges(d, 'MEMBER_OF')).toContain('Ross Ellison -> United States');
  });

  it('"State Department principal deputy spokeswoman X" represents the department', () => {
    const d = draft(
      text('State Department principal deputy spokeswoman Ines Corby said the talks would go on.'),
    );
    expect(edges(d, 'REPRESENTS')).toContain('Ines Corby -> State Department');
  });

  it('"Sen. X, R-Ohio, who chairs the Y Committee" leads it; "who once chaired" does not', () => {
    const d = draft(
      text(
        'Sen. Wade Harmon, R-Ohio, who chairs the Senate Banking Committee, said sanctions were coming.',
        'Sen. Lila Fenn, D-Ore., who once chaired the Senate Ethics Committee, said little.',
      ),
    );
    expect(edges(d, 'LEADS')).toContain('Wade Harmon -> Senate Banking Committee');
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Lila Fenn'))).toEqual([]);
  });
});

describe('credit lines of a relayed agency story', () => {
  it('a newsletter item\'s "(Reporting by …; editing by …)" belongs to the agency that reported', () => {
    const d = draft(
      [
        'THE BRIEF | Monday, March 9, 2026',
        '',
        'Russian officials said on Sunday that the claims were false, Reuters reported from Moscow.',
        '',
        '(Reporting by Anya Petrova in Moscow; editing by Tom Weller)',
      ].join('\n'),
      '2026-03-09',
    );
    expect(edges(d, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['Anya Petrova -> Reuters', 'Tom Weller -> Reuters']),
    );
  });

  it("without an agency that reported, the credit names nobody's staff", () => {
    const d = draft(
      [
        'THE BRIEF | Monday, March 9, 2026',
        '',
        'Russian officials said on Sunday that the claims were false.',
        '',
        '(Reporting by Anya Petrova in Moscow; editing by Tom Weller)',
      ].join('\n'),
      '2026-03-09',
    );
    expect(edges(d, 'MEMBER_OF').filter((e) => /Petrova|Weller/.test(e))).toEqual([]);
  });

  it('"(Photo: X/AFP)" and "(AP Photo/X)" make photographers members of the agency', () => {
    const d = draft(
      text(
        'A destroyer in the Gulf of Oman. (Photo: Lior Ben-Ami/AFP)',
        'Sailors on deck. (AP Photo/Greta Lind)',
      ),
    );
    expect(edges(d, 'MEMBER_OF')).toEqual(
      expect.arrayContaining(['Lior Ben-Ami -> AFP', 'Greta Lind -> Associated Press']),
    );
  });
});

describe('American cabinet titles', () => {
  it('"Secretary of State X" leads the State Department even when the article does not name it', () => {
    const d = draft(text('Secretary of State Ross Ellison said the talks would go on.'));
    expect(edges(d, 'LEADS')).toContain('Ross Ellison -> State Department');
    expect(edges(d, 'MEMBER_OF')).not.toContain('Ross Ellison -> United States');
  });

  it('"Treasury Secretary X" leads the Treasury Department; a former one leads nothing', () => {
    const d = draft(
      text(
        'Treasury Secretary Nell Brandt said sanctions were ready.',
        'Former Treasury Secretary Omar Vick said they would not work.',
      ),
    );
    expect(edges(d, 'LEADS')).toContain('Nell Brandt -> Treasury Department');
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Omar Vick'))).toEqual([]);
  });

  it('an assistant secretary of state without the department named belongs to the country', () => {
    const d = draft(text('Assistant Secretary of State Ross Ellison said the talks would go on.'));
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Ross Ellison'))).toEqual([]);
    expect(edges(d, 'MEMBER_OF')).toContain('Ross Ellison -> United States');
  });
});

describe("the state-media form of a minister's title", () => {
  it('"Minister of Foreign Affairs of the Russian Federation X" leads the ministry the article names', () => {
    const d = draft(
      text(
        'The Russian Foreign Ministry said the claims were false.',
        'Minister of Foreign Affairs of the Russian Federation Pavel Orlov met his counterpart.',
      ),
    );
    expect(edges(d, 'LEADS')).toContain('Pavel Orlov -> Russian Foreign Ministry');
  });

  it('without the ministry named, "Minister of Defence of Iran X" belongs to the country', () => {
    const d = draft(text('Minister of Defence of Iran Aziz Karimi said nothing.'));
    expect(edges(d, 'LEADS').filter((e) => e.startsWith('Aziz Karimi'))).toEqual([]);
    expect(edges(d, 'MEMBER_OF')).toContain('Aziz Karimi -> Iran');
  });
});
