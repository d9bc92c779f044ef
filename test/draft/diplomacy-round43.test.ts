/**
 * Diplomatic copy (round 43, engineer "diplomacy2"): a country inside a title ("Deputy U.S.
 * Ambassador X"), a country's mission to the United Nations (it REPRESENTS the country), names
 * with particles behind a long portfolio ("Minister of State for Foreign Affairs Khalid bin
 * Nasser Al-Mansouri"), a readout's "X and Y held a telephone conversation" behind such a title,
 * and talks "with visiting" a minister. Texts of our own.
 */
import { draft } from './helpers';

const has = (
  d: ReturnType<typeof draft>,
  type: string,
  from: string,
  to: string | RegExp,
): boolean =>
  d.relationships.some(
    (r) =>
      r.type === type && r.from === from && (typeof to === 'string' ? r.to === to : to.test(r.to)),
  );

describe('diplomatic copy', () => {
  it('keeps the country of "Deputy U.S. Ambassador X" in the title, not in the name', () => {
    const d = draft(
      'At the Security Council on Tuesday, Deputy U.S. Ambassador Dora Whitlock said Moscow was "complicit." Later, Deputy Russian Foreign Minister Ilya Sorin spoke.',
      '2026-05-13',
    );
    expect(d.entities.some((e) => e.id === 'dora-whitlock')).toBe(true);
    expect(has(d, 'REPRESENTS', 'dora-whitlock', 'united-states')).toBe(true);
    expect(has(d, 'MEMBER_OF', 'ilya-sorin', 'russia')).toBe(true);
    // A country's name between a title and a surname is still a first name.
    const k = draft('Defense Minister Israel Katz said it was "over."', '2026-05-13');
    expect(k.entities.some((e) => e.id === 'israel-katz')).toBe(true);
  });

  it("makes a country's mission to the United Nations represent the country", () => {
    const d = draft(
      'Iran\'s mission to the United Nations said in a statement on Monday that the claims were "baseless." The Russian mission to the U.N. did not respond.',
      '2026-05-13',
    );
    const missions = d.entities.filter((e) => /mission to the/i.test(e.name));
    expect(missions.map((e) => e.name).sort()).toEqual(
      ['Iranian Mission to the United Nations', 'Russian Mission to the U.N.'].sort(),
    );
    for (const m of missions)
      expect(d.relationships.some((r) => r.type === 'REPRESENTS' && r.from === m.id)).toBe(true);
    expect(has(d, 'REPRESENTS', missions.find((m) => /Iran/.test(m.name))!.id, 'iran')).toBe(true);
    // A mission with no host is no country's envoy.
    const x = draft('A trade mission of Iranian firms visited Baku on Monday.', '2026-05-13');
    expect(x.relationships.some((r) => r.type === 'REPRESENTS')).toBe(false);
  });

  it("reads a readout's call of two ministers behind a long portfolio with particles", () => {
    const d = draft(
      "Iranian Foreign Minister Abbas Araghchi and Kuwait's Minister of State for Foreign Affairs Salem bin Jaber Al-Sabah held a telephone conversation on Sunday, the Iranian Foreign Ministry said.",
      '2026-05-13',
    );
    const other = d.entities.find((e) => /Salem bin Jaber Al-Sabah/.test(e.name));
    expect(other).toBeDefined();
    expect(has(d, 'MEMBER_OF', other!.id, 'kuwait')).toBe(true);
    const spoke = d.relationships.find((r) => r.type === 'SPOKE_WITH');
    expect([spoke?.from, spoke?.to].sort()).toEqual(['abbas-araghchi', other!.id].sort());
    expect(spoke?.date).toBe('2026-05-10');
    expect(d.relationships.filter((r) => r.type === 'PARTICIPATED_IN')).toHaveLength(2);
  });

  it('reads talks "with visiting" a minister', () => {
    const d = draft(
      'On Tuesday, Turkish Foreign Minister Selim Aydin held talks in Ankara with visiting Omani Foreign Minister Hamad Al-Rawahi.',
      '2026-05-13',
    );
    expect(has(d, 'SPOKE_WITH', 'selim-aydin', 'hamad-al-rawahi')).toBe(true);
    expect(d.relationships.some((r) => r.type === 'OCCURRED_IN')).toBe(true);
  });

  it('reads the city after "Embassy in" as a place, not a publisher', () => {
    const d = draft(
      'The Russian Embassy in Copenhagen published a statement on Tuesday calling the claims "baseless."',
      '2026-05-13',
    );
    expect(d.entities.filter((e) => e.label === 'Outlet').map((e) => e.name)).toEqual([]);
  });

  it('names an embassy by the city it is in, and gives it the words its statement introduces', () => {
    const d = draft(
      [
        'U.S. officials say Russia is passing intelligence to Iran.',
        '',
        'The Russian Embassy in Reykjavik published the following statement on Tuesday:',
        '',
        '"The Embassy rejects these insinuations. Russia supplies no one with targeting data."',
      ].join('\n'),
      '2026-05-13',
    );
    const embassy = d.entities.find((e) => e.name === 'Russian Embassy in Reykjavik');
    expect(embassy).toBeDefined();
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((r) => r.from === embassy!.id)).toBe(true);
  });

  it('knows the European countries that react ("Danish Foreign Minister X")', () => {
    const d = draft('Danish Foreign Minister Anders Holmgaard said it was "bad."', '2026-05-13');
    expect(has(d, 'MEMBER_OF', 'anders-holmgaard', 'denmark')).toBe(true);
  });

  it('takes a country that opens the quoted predicate as what the words are about', () => {
    const d = draft(
      [
        'U.S. officials say Russia is passing intelligence to Iran.',
        '',
        'Foreign Ministry spokesman Kamal Rezaei told reporters in Tehran on Monday that Washington "has no moral standing to lecture others about regional security."',
      ].join('\n'),
      '2026-05-13',
    );
    const said = d.relationships.find((r) => r.type === 'SAID' && r.from === 'kamal-rezaei');
    expect(said?.to).toBe('united-states');
  });

  it('reads "the Qatari minister" three paragraphs on as the one Qatari minister named', () => {
    const d = draft(
      [
        'U.S. officials say Russia is passing intelligence to Iran.',
        '',
        "Iran's foreign minister and Qatar's Minister of State for Foreign Affairs Khalid Al-Thani spoke on Tuesday.",
        '',
        'The two discussed the Gulf.',
        '',
        'Iranian officials repeated their denials.',
        '',
        'The Qatari minister, for his part, said dialogue was "the only path" for the region.',
      ].join('\n'),
      '2026-05-13',
    );
    expect(d.relationships.some((r) => r.type === 'SAID' && r.from === 'khalid-al-thani')).toBe(
      true,
    );
  });

  it('gives a state agency of the dateline no report of the claim its lead tells', () => {
    const lead = 'Russia has shared intelligence with Iran, U.S. officials say.';
    const state = draft(`BEIJING, Nov. 4 (Xinhua) -- ${lead}`, '2026-11-04');
    expect(state.relationships.some((r) => r.type === 'REPORTED')).toBe(false);
    const wire = draft(`WASHINGTON, Nov. 4 (Reuters) - ${lead}`, '2026-11-04');
    expect(has(wire, 'REPORTED', 'reuters', 'russia-iran-intelligence-sharing')).toBe(true);
  });
});
