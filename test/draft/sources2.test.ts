/**
 * Round 38 (issue 12, session 2026-12-06, engineer "sources2"): who said it and on whose
 * authority in wire copy and its reposts. General categories found reading the round's first
 * run, each tested on sentences of our own wording (not the round's texts), with negatives.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const cited = (d: D, from?: string) =>
  d.relationships.filter((r) => r.type === 'CITED' && (from === undefined || r.from === from));
const CLAIM = 'russia-iran-intelligence-sharing';

describe('the publisher is the copy’s own agency, never an outlet the text names', () => {
  it('a repost signed "— AFP" that says "first published by X" is AFP’s', () => {
    const d = draft(
      'Russia passed radar data on U.S. destroyers to Iran, according to officials cited in a story first published by the Harbor Review on Monday.\n\nThe Kremlin did not respond to a request for comment.\n\n— AFP',
      '2026-10-06',
    );
    const afp = idOf(d, 'AFP');
    expect(afp).toBeDefined();
    expect(d.article.outlet).toBe(afp);
    expect(find(d, 'CONTACTED', afp!, 'kremlin')).toHaveLength(1);
    const review = idOf(d, 'Harbor Review');
    expect(review === undefined || find(d, 'CONTACTED', review, 'kremlin').length === 0).toBe(true);
  });

  it('"This story was originally published by X" makes X the publisher', () => {
    const d = draft(
      'Russia passed radar data on U.S. destroyers to Iran, two officials said.\n\nThe Kremlin did not respond to a request for comment.\n\nThis story was originally published by the Harbor Review.',
      '2026-10-06',
    );
    const review = idOf(d, 'Harbor Review');
    expect(review).toBeDefined();
    expect(d.article.outlet).toBe(review);
    expect(find(d, 'CONTACTED', review!, 'kremlin')).toHaveLength(1);
  });

  it('a dateline’s agency is the article’s outlet (the intake prefills it)', () => {
    const d = draft(
      'LONDON, Oct 6 (Reuters) - Russia passed radar data to Iran, CNN reported.',
      '2026-10-06',
    );
    expect(d.article.outlet).toBe('reuters');
  });
});

describe('an unnamed source speaks for nobody', () => {
  it('"A Russian diplomat, who … because he was not authorised …, called it “…”": not the man named before', () => {
    const d = draft(
      'Russia passed targeting data to Iran, the Harbor Review reported. Kremlin spokesman Dmitry Peskov declined to comment on Monday. A Russian diplomat in Tehran, who spoke on condition of anonymity because he was not cleared to brief reporters, said the reports were "a fabrication."',
      '2026-10-06',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(
      d.relationships.filter((r) => r.from === peskov && r.quote === 'a fabrication.'),
    ).toHaveLength(0);
    // Nor the country of the capital the diplomat sits in.
    expect(find(d, 'DENIED', 'iran')).toHaveLength(0);
  });

  it('a named speaker with a relative clause still speaks', () => {
    const d = draft(
      'Russia passed targeting data to Iran, the Harbor Review reported. Kremlin spokesman Dmitry Peskov, who spoke after he met reporters, said the reports were "a fabrication."',
      '2026-10-06',
    );
    const peskov = idOf(d, 'Dmitry Peskov')!;
    expect(find(d, 'SAID', peskov, CLAIM)).toHaveLength(1);
  });
});

describe('the agency’s own unnamed sources: it CITED their country', () => {
  it('"Three U.S. defense officials, speaking on condition of anonymity, said <claim>"', () => {
    const d = draft(
      'BRUSSELS (AP) — Three U.S. defense officials, speaking on condition of anonymity, said Russia had passed radar data on NATO ships to Iran.',
      '2026-10-06',
    );
    expect(find(d, 'CITED', 'associated-press', 'united-states')).toHaveLength(1);
  });

  it('"…, a U.S. official said." after the claim, and "according to U.S. officials"', () => {
    const a = draft(
      'ROME, Oct 6 (Reuters) - Russia gave Iran satellite imagery of the port, a U.S. official said.',
      '2026-10-06',
    );
    expect(find(a, 'CITED', 'reuters', 'united-states')).toHaveLength(1);
    const b = draft(
      'ROME, Oct 6 (Reuters) - Russia gave Iran satellite imagery of the port, according to U.S. officials.',
      '2026-10-06',
    );
    expect(find(b, 'CITED', 'reuters', 'united-states')).toHaveLength(1);
  });

  it('nothing for people familiar with the matter, a side of the claim, testimony, or no publisher', () => {
    const familiar = draft(
      'ROME, Oct 6 (Reuters) - Two people familiar with the matter said Russia gave Iran satellite imagery.',
      '2026-10-06',
    );
    expect(cited(familiar, 'reuters')).toHaveLength(0);
    const side = draft(
      'ROME, Oct 6 (Reuters) - Russia gave Iran satellite imagery, U.S. officials said. Russian officials said the intelligence reports were false.',
      '2026-10-06',
    );
    expect(find(side, 'CITED', 'reuters', 'russia')).toHaveLength(0);
    const testimony = draft(
      'ROME, Oct 6 (Reuters) - A senior U.S. intelligence official told lawmakers on Tuesday that Russia gave Iran satellite imagery.',
      '2026-10-06',
    );
    expect(cited(testimony, 'reuters')).toHaveLength(0);
    const other = draft(
      'ROME, Oct 6 (Reuters) - Two U.S. officials told CNN that Russia gave Iran satellite imagery.',
      '2026-10-06',
    );
    expect(cited(other, 'reuters')).toHaveLength(0);
    const unpublished = draft(
      'Two U.S. officials said Russia gave Iran satellite imagery of the port.',
      '2026-10-06',
    );
    expect(cited(unpublished)).toHaveLength(0);
  });

  it('words that are not about the claim give nothing ("U.S. officials said the port reopened")', () => {
    const d = draft(
      'ROME, Oct 6 (Reuters) - Russia gave Iran satellite imagery, CNN reported. U.S. officials said the port reopened on Monday.',
      '2026-10-06',
    );
    expect(find(d, 'CITED', 'reuters')).toHaveLength(0);
  });
});

describe('officials cited in another outlet’s report', () => {
  it('"according to U.S. and British officials cited in a report by X": X CITED both', () => {
    const d = draft(
      'Russia passed radar data to Iran, according to U.S. and British officials cited in a report by the Harbor Review on Sunday.',
      '2026-10-06',
    );
    const review = idOf(d, 'Harbor Review')!;
    const to = cited(d, review).map((r) => r.to);
    expect(to).toContain('united-states');
    expect(to.some((t) => /united-kingdom|britain/.test(t))).toBe(true);
  });
});

describe('where the words were said does not make a past day future', () => {
  it('"told reporters aboard Air Force One on Sunday that he would …" is last Sunday', () => {
    const d = draft(
      'Russia passed radar data to Iran, CNN reported. President Donald Trump told reporters aboard Air Force One on Sunday that he would raise it "very directly" with Putin.',
      '2026-10-07',
    );
    const said = find(d, 'SAID', 'donald-trump');
    expect(said).toHaveLength(1);
    expect(said[0]!.date).toBe('2026-10-04');
  });
});

describe('credit lines', () => {
  it('"Reporting by X aboard Air Force One" is X', () => {
    const d = draft(
      'WASHINGTON, Oct 6 (Reuters) - Russia passed radar data to Iran, two U.S. officials said.\n\n(Reporting by Mira Castell aboard Air Force One; Editing by Jonas Pell)',
      '2026-10-06',
    );
    const mira = idOf(d, 'Mira Castell');
    expect(mira).toBeDefined();
    expect(find(d, 'MEMBER_OF', mira!, 'reuters')).toHaveLength(1);
  });
});

describe('who speaks in a rider', () => {
  it('"…, with its spokesman X calling them “…”": X speaks, not the clause’s subject', () => {
    const d = draft(
      'Russia passed radar data to Iran, CNN reported. Iran rejected the reports on Monday, with foreign ministry spokesman Nasser Golbaf calling them "a fabrication."',
      '2026-10-06',
    );
    const golbaf = idOf(d, 'Nasser Golbaf')!;
    expect(find(d, 'SAID', golbaf, CLAIM)).toHaveLength(1);
    expect(find(d, 'SAID', 'iran')).toHaveLength(0);
  });

  it('without "with", the participle is still the subject’s', () => {
    const d = draft(
      'Russia passed radar data to Iran, CNN reported. Iran rejected the reports on Monday, calling them "a fabrication."',
      '2026-10-06',
    );
    expect(find(d, 'SAID', 'iran', CLAIM)).toHaveLength(1);
  });
});

describe('talks told in an opening participle', () => {
  it('"Speaking after talks in Ankara with Iran’s deputy foreign minister, X, Y said": talks of X and Y', () => {
    const d = draft(
      "Speaking after talks in Ankara with Iran's deputy foreign minister, Davood Sami, Russian Deputy Foreign Minister Lev Arbatov said on Monday that the two sides had agreed to meet again.",
      '2026-10-06',
    );
    const sami = idOf(d, 'Davood Sami')!;
    const lev = idOf(d, 'Lev Arbatov')!;
    expect(find(d, 'SPOKE_WITH', lev, sami)).toHaveLength(1);
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && [sami, lev].includes(r.from)),
    ).toHaveLength(2);
    // The possessive role after "talks … with" is Iran's, not Russia's (Ankara, Moscow).
    expect(find(d, 'MEMBER_OF', sami, 'iran')).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', sami, 'russia')).toHaveLength(0);
  });

  it('"Speaking after talks in Ankara, Y said" names no one to talk with', () => {
    const d = draft(
      'Speaking after talks in Ankara, Russian Deputy Foreign Minister Lev Arbatov said on Monday that the two sides had agreed to meet again.',
      '2026-10-06',
    );
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
  });

  it('"X rejects U.S. claims after talks with Y": the talks are the subject’s, not "U.S."', () => {
    const d = draft('Russia rejects U.S. claims after talks with Iran', '2026-10-06');
    expect(find(d, 'SPOKE_WITH', 'united-states')).toHaveLength(0);
  });
});

describe('what a statement is about', () => {
  it('"said that U.S. claims that <claim> were “…”" is about the claim, not the United States', () => {
    const d = draft(
      'Russian Deputy Foreign Minister Lev Arbatov said on Monday that U.S. claims that Russia had guided Iranian drones were "pure fantasy."',
      '2026-10-06',
    );
    const lev = idOf(d, 'Lev Arbatov')!;
    expect(find(d, 'SAID', lev, CLAIM)).toHaveLength(1);
    expect(find(d, 'SAID', lev, 'united-states')).toHaveLength(0);
  });

  it('"Testifying before the X Committee, … “They are …”": the committee is the audience', () => {
    const d = draft(
      'Testifying before the House Intelligence Committee on Monday, Adm. Nora Quist said Russian satellite imagery had helped Iran track U.S. tankers.\n\n"They know where our ships are before our captains do," Quist told the committee.',
      '2026-10-06',
    );
    const quist = idOf(d, 'Nora Quist')!;
    const said = find(d, 'SAID', quist);
    expect(said).toHaveLength(1);
    expect(d.entities.find((e) => e.id === said[0]!.to)?.name).not.toMatch(/Committee/);
  });

  it('"…,” X told reporters after the meeting" about stories is not about the meeting', () => {
    const d = draft(
      'Russian Deputy Foreign Minister Lev Arbatov held talks in Ankara with Iranian Deputy Foreign Minister Davood Sami on Monday. Russia passed radar data to Iran, CNN reported.\n\n"These stories are invented in Washington," Arbatov told reporters after the meeting.',
      '2026-10-06',
    );
    const lev = idOf(d, 'Lev Arbatov')!;
    const said = find(d, 'SAID', lev);
    expect(said).toHaveLength(1);
    expect(said[0]!.to).toBe(CLAIM);
  });
});

describe('reports by other outlets: an account in X, and the day of the publication', () => {
  it('"published on Tuesday by X, … followed a day later by a similar account in the daily Y"', () => {
    const d = draft(
      'Russia shared drone targeting data with Iran, officials say. The claims were published on Tuesday by the Harbor Review and were followed a day later by a similar account in the Israeli daily Maariv.',
      '2026-10-09',
    );
    const review = find(d, 'REPORTED', idOf(d, 'Harbor Review')!, CLAIM);
    expect(review).toHaveLength(1);
    expect(review[0]!.date).toBe('2026-10-06');
    const maariv = idOf(d, 'Maariv');
    expect(maariv).toBeDefined();
    expect(find(d, 'REPORTED', maariv!, CLAIM)[0]?.date).toBe('2026-10-07');
  });

  it('a day in the claim before "according to a report by X" does not date the report', () => {
    const d = draft(
      'Russia passed satellite images to Iran on Monday, according to a report by the Harbor Review.',
      '2026-10-09',
    );
    const r = find(d, 'REPORTED', idOf(d, 'Harbor Review')!, CLAIM);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBeUndefined();
  });
});

describe('a partial quote that names the reports is about them', () => {
  it('"was “watching the reports closely” and had raised them with Moscow and Washington"', () => {
    const d = draft(
      'Russia gave Iran satellite images of Gulf bases, Israel\'s Channel 12 reported.\n\nOman\'s foreign ministry spokesman, Salim al-Harthi, said Muscat was "watching the reports closely" and had raised them with Moscow and Washington.',
      '2026-10-09',
    );
    const salim = idOf(d, 'Salim al-Harthi')!;
    const said = find(d, 'SAID', salim);
    expect(said.map((r) => r.to)).toEqual([CLAIM]);
  });
});

describe('the committee of a seat named paragraphs earlier', () => {
  it('"Sen. X, the committee\'s top Democrat," four paragraphs after the only committee', () => {
    const d = draft(
      "Adm. Nora Quist testified before the House Intelligence Committee on Monday.\n\nShe said Russia had shared imagery with Iran.\n\nThe Kremlin denied it.\n\nIran did not comment.\n\nRep. Ada Brill, the committee's top Democrat, said the hearing was useful.",
      '2026-10-09',
    );
    const ada = idOf(d, 'Ada Brill')!;
    const committee = idOf(d, 'House Intelligence Committee')!;
    expect(find(d, 'MEMBER_OF', ada, committee)).toHaveLength(1);
  });

  it('two committees named before: no guess', () => {
    const d = draft(
      "Adm. Nora Quist testified before the House Intelligence Committee on Monday and before the House Armed Services Committee on Tuesday.\n\nShe said Russia had shared imagery with Iran.\n\nThe Kremlin denied it.\n\nIran did not comment.\n\nRep. Ada Brill, the committee's top Democrat, said the hearing was useful.",
      '2026-10-09',
    );
    const ada = idOf(d, 'Ada Brill')!;
    expect(
      d.relationships.filter(
        (r) => r.from === ada && r.type === 'MEMBER_OF' && r.rule === 'role:committee-seat',
      ),
    ).toHaveLength(0);
  });
});

describe('a command of a registry force', () => {
  it('"U.S. Central Command said" is a command of the U.S. military', () => {
    const d = draft(
      'U.S. Central Command said on Monday that two drones were shot down near the Gulf.',
      '2026-10-09',
    );
    const centcom = idOf(d, 'U.S. Central Command')!;
    expect(find(d, 'PART_OF', centcom, 'us-military')).toHaveLength(1);
  });
});

describe('an agency’s initials are the registry’s agency', () => {
  it('"— AP" under a story is the registry’s Associated Press, not a new outlet "AP"', () => {
    const d = draft(
      'Russia passed radar data to Iran, two U.S. officials told The Associated Press.\n\nThe Kremlin did not respond to a request for comment.\n\n— AP',
      '2026-10-06',
    );
    expect(d.entities.filter((e) => e.label === 'Outlet' && e.status === 'new')).toHaveLength(0);
    expect(d.article.outlet).toBe('associated-press');
  });
});
