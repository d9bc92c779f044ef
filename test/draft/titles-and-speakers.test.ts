/**
 * Issue 12, session 2026-12-05 (engineer "struct"): long titles before a name, bodies named
 * with a country's qualifier, the Pentagon as a speaker, coordinated subjects and relative
 * times ("Hours later"). Sentences of our own.
 */
import { draft, find } from './helpers';

const people = (d: ReturnType<typeof draft>) =>
  d.entities.filter((e) => e.label === 'Person').map((e) => e.name);

describe('a title "of" a portfolio before a name', () => {
  it.each([
    [
      'Director of National Intelligence Tulsi Gabbard told senators the data was "real."',
      'Tulsi Gabbard',
    ],
    ['White House Chief of Staff Susie Wiles said the briefing was "thorough."', 'Susie Wiles'],
    ['Chief of the General Staff Valery Gerasimov said the army was "ready."', 'Valery Gerasimov'],
    ['Secretary of the Navy John Phelan said the ships were "unharmed."', 'John Phelan'],
    ['Secretary of Homeland Security Kristi Noem said the threat was "serious."', 'Kristi Noem'],
    [
      'Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi said talks were "useful."',
      'Mohammed Al-Khulaifi',
    ],
    [
      'Under Secretary of State for Political Affairs Allison Hooker called the talks "useful."',
      'Allison Hooker',
    ],
    ['Chief of Naval Operations Adm. Daryl Caudle said the fleet was "on alert."', 'Daryl Caudle'],
  ])('%s', (text, name) => {
    const d = draft(text, '2026-09-10');
    expect(people(d)).toEqual([name]);
  });

  it('a body "of" a place is no title: the Bank of England keeps its name', () => {
    const d = draft('Governor of the Bank of England Andrew Bailey said markets were "calm."');
    expect(people(d)).toEqual(['Andrew Bailey']);
  });
});

describe("a country's qualifier before a known body's shortened name", () => {
  const orgs = (d: ReturnType<typeof draft>) =>
    d.entities.filter((e) => e.label === 'Organization').map((e) => `${e.status}:${e.name}`);

  it('"the Russian Security Council" is no U.N. body: a new Russian body', () => {
    const d = draft('The Russian Security Council said the report was "a fabrication."');
    expect(orgs(d)).toEqual(['new:Russian Security Council']);
    expect(d.relationships.some((r) => r.from === 'un-security-council')).toBe(false);
  });

  it('"Iran\'s Security Council" likewise, named by its country', () => {
    const d = draft('Iran\'s Security Council said it was "studying the matter."');
    expect(orgs(d)).toEqual(['new:Iranian Security Council']);
  });

  it('"the U.N. Security Council" and a bare "Security Council" stay the U.N. body', () => {
    const d = draft(
      'The U.N. Security Council met on Tuesday. The Security Council said it was "alarmed."',
    );
    expect(d.entities.some((e) => e.id === 'un-security-council')).toBe(true);
    expect(orgs(d).some((o) => o.startsWith('new:'))).toBe(false);
  });

  it('a body\'s own country is no other qualifier: "the American Department of War"', () => {
    const d = draft('The American Department of War said it was "tracking" the ships.');
    expect(d.entities.some((e) => e.id === 'department-of-war')).toBe(true);
  });
});

describe("a state's body is PART_OF its state (the seeds' convention), never MEMBER_OF", () => {
  it('"Iran\'s Revolutionary Guards" named as the IRGC: PART_OF Iran', () => {
    const d = draft(
      'The Islamic Revolutionary Guard Corps (IRGC) said its drones had struck a tanker on Monday.',
    );
    const irgc = d.entities.find((e) => /Revolutionary Guard/.test(e.name));
    expect(irgc).toBeDefined();
    expect(find(d, 'PART_OF', irgc!.id, 'iran')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', irgc!.id)).toHaveLength(0);
  });

  it('"Israel\'s military said": the force that speaks is PART_OF Israel', () => {
    const d = draft("Israel's military said it had intercepted two drones over the Negev.");
    const force = d.entities.find((e) => /military/i.test(e.name) && e.status === 'new');
    expect(force).toBeDefined();
    expect(find(d, 'PART_OF', force!.id, 'israel')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', force!.id)).toHaveLength(0);
  });

  it('a minister is still MEMBER_OF or LEADS: people keep their ties', () => {
    const d = draft(
      'Russian Deputy Foreign Minister Sergei Ryabkov said Moscow "rejects" the claims.',
    );
    const p = d.entities.find((e) => e.name === 'Sergei Ryabkov');
    expect(d.relationships.some((r) => r.from === p!.id && r.type === 'PART_OF')).toBe(false);
  });
});

describe('the Pentagon (a building in the registry) as a speaker is the department', () => {
  it('"The Pentagon said …" and \'"…," the Pentagon said\': the Department of War said it', () => {
    const d = draft(
      [
        'Russia has been sharing satellite imagery with Iran, U.S. officials say.',
        'The Pentagon said on Thursday that the freighter was carrying "guidance kits."',
        '"We are watching every port," the Pentagon said in a statement.',
      ].join('\n\n'),
    );
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.map((r) => r.from)).toEqual(['department-of-war', 'department-of-war']);
    // The building is still named in the draft.
    expect(d.entities.some((e) => e.id === 'pentagon')).toBe(true);
  });

  it('"at the Pentagon", a reported clause, a question: the building or nothing', () => {
    const d = draft(
      [
        'Defense Secretary Pete Hegseth told reporters at the Pentagon that Moscow was "all in."',
        'Hegseth said the Pentagon was "still assessing" the reports.',
        'A senator asked whether the Pentagon had said anything to Moscow.',
      ].join('\n\n'),
    );
    expect(d.relationships.some((r) => r.from === 'department-of-war' && r.type === 'SAID')).toBe(
      false,
    );
    expect(d.relationships.some((r) => r.to === 'department-of-war' && r.type === 'SAID')).toBe(
      false,
    );
  });
});
