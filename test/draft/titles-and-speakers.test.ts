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
