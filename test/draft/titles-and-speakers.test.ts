/**
 * Issue 12, session 2026-12-05 (engineer "struct"): long titles before a name, bodies named
 * with a country's qualifier, the Pentagon as a speaker, coordinated subjects and relative
 * times ("Hours later"). Sentences of our own.
 */
import { draft } from './helpers';

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
