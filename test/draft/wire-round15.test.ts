/**
 * Rules of issue 12's ninth session (engineer "wire2"), found on held-out round 15 (wire copy and
 * reposts with odd formatting) and written as general rules of news English: naval ranks, calls
 * with a time before "with", "according to" an agency, bodies named with a demonym, the country
 * a ministry spokesman speaks for, "rejected as “…” a report", agency sign-offs and title-case
 * datelines, quotes given to another agency, envoys after a verb, a role told before the name.
 * Each on sentences of our own (not the round-15 texts), with the negatives that must not fire.
 */
import { draft, find } from './helpers';

const ent = (d: ReturnType<typeof draft>, name: string) => d.entities.find((e) => e.name === name);
const TOPIC = 'russia-iran-intelligence-sharing';

describe('abbreviated ranks', () => {
  it('"Cmdr.", "Maj." and "Capt." are titles, not people', () => {
    const d = draft(
      'Fleet spokeswoman Cmdr. Alma Reyes said the convoy had sailed. Army spokesman Maj. Piet Kool and Capt. Ines Mora declined to comment.',
      '2026-06-02',
    );
    expect(ent(d, 'Alma Reyes')?.label).toBe('Person');
    expect(ent(d, 'Piet Kool')?.label).toBe('Person');
    expect(d.entities.some((e) => /^(?:Cmdr|Maj|Capt)$/.test(e.name))).toBe(false);
  });
});

describe('calls', () => {
  it('"spoke by phone on Friday evening with his Turkish counterpart X, according to the official Y agency"', () => {
    const d = draft(
      'Foreign Minister Lars Ekberg spoke by phone on Friday evening with his Turkish counterpart Selim Avci, according to the official Anadolu news agency.',
      '2026-06-06',
    );
    const ekberg = ent(d, 'Lars Ekberg')!.id;
    const avci = ent(d, 'Selim Avci')!.id;
    expect(find(d, 'SPOKE_WITH', ekberg, avci)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', ekberg, avci)[0]!.date).toBe('2026-06-05');
    const call = d.entities.find((e) => e.label === 'Event' && /call/.test(e.name))!;
    expect(call).toBeDefined();
    const agency = d.entities.find((e) => /Anadolu/.test(e.name))!;
    expect(find(d, 'REPORTED', agency.id, call.id)).toHaveLength(1);
  });
  it('an outlet that "spoke with" someone interviewed them; it held no talks', () => {
    const d = draft('The Harbor Review spoke on Monday with Amir Tavan, a former diplomat.');
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
  });
  it('"met Egypt\'s ambassador to Russia, X": talks with the envoy, who represents Egypt', () => {
    const d = draft(
      "Deputy Minister Oleg Sorin also met Egypt's ambassador to Russia, Hisham Fahmy, on Tuesday.",
      '2026-06-03',
    );
    const sorin = ent(d, 'Oleg Sorin')!.id;
    const fahmy = ent(d, 'Hisham Fahmy')!.id;
    expect(find(d, 'SPOKE_WITH', sorin, fahmy)).toHaveLength(1);
    expect(find(d, 'REPRESENTS', fahmy, 'egypt')).toHaveLength(1);
    expect(find(d, 'REPRESENTS', fahmy, sorin)).toHaveLength(0);
  });
  it('"met Iranian officials" names no envoy to meet', () => {
    const d = draft('Deputy Minister Oleg Sorin met Iranian officials on Tuesday.', '2026-06-03');
    expect(d.relationships.some((r) => r.type === 'SPOKE_WITH' && r.to !== 'iran')).toBe(false);
  });
});

describe('bodies and the country a spokesman speaks for', () => {
  it('"Chinese Foreign Ministry spokeswoman X": the Chinese ministry, not any foreign ministry', () => {
    const d = draft(
      "Iran's foreign ministry rejected the report. Chinese Foreign Ministry spokeswoman Mei Hua said Beijing had no comment.",
    );
    const ministry = ent(d, 'Chinese Foreign Ministry');
    expect(ministry?.label).toBe('Organization');
    expect(find(d, 'REPRESENTS', ent(d, 'Mei Hua')!.id, ministry!.id)).toHaveLength(1);
  });
  it('"In Ankara, foreign ministry spokesman X": the Turkish ministry, not the one named before', () => {
    const d = draft(
      "Greece's foreign ministry called the report false. In Ankara, foreign ministry spokesman Kemal Oz said Turkey was watching.",
    );
    const oz = ent(d, 'Kemal Oz')!.id;
    const to = d.relationships.filter((r) => r.type === 'REPRESENTS' && r.from === oz);
    expect(to.map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual([
      'Turkish Foreign Ministry',
    ]);
  });
  it("in a wire story from a capital whose lead names its country, the unqualified ministry is that country's", () => {
    const d = draft(
      'Cairo (AFP) - Egypt on Tuesday said it had seen no proof of the reports.\n\n"We ask for evidence," foreign ministry spokesman Tarek Nabil told reporters.',
      '2026-06-09',
    );
    expect(
      find(d, 'REPRESENTS', ent(d, 'Tarek Nabil')!.id, ent(d, 'Egyptian Foreign Ministry')?.id),
    ).toHaveLength(1);
  });
  it('without a dateline or a place, an unqualified ministry spokesman gets no invented body', () => {
    const d = draft(
      '"We ask for evidence," foreign ministry spokesman Tarek Nabil told reporters.',
    );
    expect(d.entities.some((e) => /Foreign Ministry/.test(e.name))).toBe(false);
  });
});

describe('denials worded "rejected as “…” a report"', () => {
  it("the quoted verdict before the report is the denial's quote", () => {
    const d = draft(
      'Moscow on Friday rejected as "pure fiction" a newspaper report that Russia had passed satellite images to Iran.',
      '2026-06-05',
    );
    const denial = find(d, 'DENIED', 'russia', TOPIC);
    expect(denial).toHaveLength(1);
    expect(denial[0]!.quote).toBe('pure fiction');
  });
  it('rejecting a demand "as “unacceptable”" denies no claim', () => {
    const d = draft(
      'Moscow on Friday rejected as "unacceptable" the U.S. demand to halt arms sales to Iran.',
      '2026-06-05',
    );
    expect(
      d.relationships.filter((r) => r.type === 'DENIED' && r.quote === 'unacceptable'),
    ).toHaveLength(0);
  });
});

describe('agencies: sign-offs, datelines and quotes given to them', () => {
  const lead =
    'Russia and Iran on Thursday rejected reports that Russian satellites had passed targeting data to Iran.';
  it('an "— AFP" sign-off on the last line is the agency that reports the lead', () => {
    const d = draft(`ANKARA — ${lead}\n\nThe talks went on.\n\n— AFP`, '2026-06-04');
    const afp = d.entities.find((e) => e.name === 'AFP' && e.label === 'Outlet');
    expect(afp).toBeDefined();
    expect(find(d, 'REPORTED', afp!.id, TOPIC)).toHaveLength(1);
  });
  it('a dash line that is no agency is no publisher', () => {
    const d = draft(`ANKARA — ${lead}\n\nThe talks went on.\n\n— Staff`, '2026-06-04');
    expect(d.relationships.filter((r) => r.type === 'REPORTED' && r.to === TOPIC)).toHaveLength(0);
  });
  it('a title-case dateline "Ankara (AFP) -" names the agency', () => {
    const d = draft(`Ankara (AFP) - ${lead}`, '2026-06-04');
    const afp = d.entities.find((e) => e.name === 'AFP' && e.label === 'Outlet');
    expect(find(d, 'REPORTED', afp!.id, TOPIC)).toHaveLength(1);
    expect(d.entities.some((e) => e.name === 'Ankara' && e.label === 'Person')).toBe(false);
  });
  it('"told the Interfax news agency": an appearance on that agency, no interview by it', () => {
    const d = draft(
      'Deputy Foreign Minister Oleg Sorin told the Interfax news agency that the claims were old.',
    );
    const sorin = ent(d, 'Oleg Sorin')!.id;
    const interfax = d.entities.find((e) => /Interfax/.test(e.name))!;
    expect(find(d, 'APPEARED_ON', sorin, interfax.id)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', interfax.id, sorin)).toHaveLength(0);
  });
  it('"told The Associated Press" in AP copy is the reporter\'s source, not an appearance', () => {
    const d = draft(
      'ANKARA, Turkey (AP) — A spokesman, Oleg Sorin, told The Associated Press that the claims were old.',
    );
    expect(d.relationships.filter((r) => r.type === 'APPEARED_ON')).toHaveLength(0);
  });
  it('"told Reuters in a telephone interview" in Reuters copy is an interview', () => {
    const d = draft(
      'ANKARA, June 4 (Reuters) - Ambassador Oleg Sorin told Reuters in a telephone interview on Wednesday that the claims were old.',
      '2026-06-04',
    );
    const sorin = ent(d, 'Oleg Sorin')!.id;
    expect(find(d, 'INTERVIEWED', 'reuters', sorin)).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', sorin, 'reuters')).toHaveLength(1);
  });
});

describe('a role told before the name', () => {
  it('"Egypt\'s deputy foreign minister rejected …" then "…," Deputy Foreign Minister X told …', () => {
    const d = draft(
      'Egypt\'s deputy foreign minister on Monday rejected reports that Russia had passed satellite images to Iran, calling them "a fable."\n\n"Nobody in Cairo takes this seriously," Deputy Foreign Minister Hany Saber told state television.',
      '2026-06-08',
    );
    const saber = ent(d, 'Hany Saber')!.id;
    expect(find(d, 'DENIED', saber)).toHaveLength(1);
    expect(find(d, 'DENIED', 'egypt')).toHaveLength(0);
  });
  it('a person with another title later is not the one of the role', () => {
    const d = draft(
      'Egypt\'s deputy foreign minister on Monday rejected reports that Russia had passed satellite images to Iran, calling them "a fable."\n\n"Nobody in Cairo takes this seriously," Defense Minister Hany Saber told state television.',
      '2026-06-08',
    );
    expect(find(d, 'DENIED', ent(d, 'Hany Saber')!.id)).toHaveLength(0);
  });
});

describe('joint denials by two governments', () => {
  it('"The governments of X and Y … denying" and "The two governments called it “…”": one denial each, with the quote', () => {
    const d = draft(
      'The governments of Russia and Iran on Friday issued a joint statement denying that Moscow had handed radar data to Tehran.\n\nThe two governments called the report "a fabrication from start to finish."',
      '2026-06-12',
    );
    for (const c of ['russia', 'iran']) {
      const denial = find(d, 'DENIED', c, TOPIC);
      expect(denial).toHaveLength(1);
      expect(denial[0]!.quote).toBe('a fabrication from start to finish.');
    }
  });
  it('"the two sides" with no pair of countries named before denies for nobody', () => {
    const d = draft(
      'Moscow handed radar data to Tehran, officials said.\n\nThe two sides called the report "a fabrication from start to finish."',
      '2026-06-12',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
  it('""The presidents of X and Y denied": the "of" does not make the first an object', () => {
    const d = draft(
      'The presidents of Russia and Iran denied on Friday that Moscow passed satellite images to Tehran.',
      '2026-06-12',
    );
    expect(find(d, 'DENIED', 'russia', TOPIC)).toHaveLength(1);
    expect(find(d, 'DENIED', 'iran', TOPIC)).toHaveLength(1);
  });
});

describe('a military spokesman named through his country', () => {
  const d = draft(
    'Egypt\'s military spokesman, Brig. Gen. Omar Salem, said three soldiers were wounded and vowed "a firm answer," according to the state MENA news agency.',
    '2026-06-12',
  );
  const salem = () => ent(d, 'Omar Salem')!.id;
  const military = () => ent(d, 'Egyptian Military')!;
  it("the spokesman represents the military, which is the country's", () => {
    expect(find(d, 'REPRESENTS', salem(), military().id)).toHaveLength(1);
    expect(find(d, 'PART_OF', military().id, 'egypt')).toHaveLength(1);
  });
  it('his words are not about his own body, nor about the agency that relays them', () => {
    const said = d.relationships.filter((r) => r.type === 'SAID' && r.from === salem());
    const targets = said.map((r) => d.entities.find((e) => e.id === r.to)?.name);
    expect(targets).not.toContain('Egyptian Military');
    expect(targets.some((t) => /MENA/.test(t ?? ''))).toBe(false);
  });
  it('"America\'s military operations" is still no body', () => {
    const o = draft("America's military operations in the Gulf continued.", '2026-06-12');
    expect(o.entities.some((e) => /Military/.test(e.name))).toBe(false);
  });
});

describe('outlets named after a descriptor', () => {
  it('"told Egypt\'s state broadcaster Nile Vision": an appearance and an interview, the subject the speaker', () => {
    const d = draft(
      "Gen. Omar Salem told Egypt's state broadcaster Nile Vision on Monday that the radar data had come from Moscow.",
      '2026-06-09',
    );
    const salem = ent(d, 'Omar Salem')!.id;
    const tv = ent(d, 'Nile Vision')!;
    expect(tv.label).toBe('Outlet');
    expect(find(d, 'APPEARED_ON', salem, tv.id)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', tv.id, salem)).toHaveLength(1);
  });
  it('"told the state news agency Anadolu": the words given to an agency, no interview by it', () => {
    const d = draft(
      'Deputy Minister Oleg Sorin told the state news agency Anadolu that the claims were old.',
    );
    const sorin = ent(d, 'Oleg Sorin')!.id;
    const agency = ent(d, 'Anadolu')!;
    expect(find(d, 'APPEARED_ON', sorin, agency.id)).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', agency.id, sorin)).toHaveLength(0);
  });
  it('"Rossiya-1" keeps its number, and "the reports were" is no outlet reporting', () => {
    const d = draft(
      'Kremlin spokesman Dmitry Peskov told the state broadcaster Rossiya-1 on Tuesday that the reports were "pure invention."',
      '2026-06-09',
    );
    const tv = ent(d, 'Rossiya-1');
    expect(tv?.label).toBe('Outlet');
    expect(d.relationships.filter((r) => r.type === 'REPORTED')).toHaveLength(0);
  });
});
