/**
 * Round 27 (issue 12, session 2026-12-05, engineer "report2"): wire copy in which state bodies
 * speak and report. General categories found reading the round's first run, each tested on
 * sentences of our own wording (not the round's texts), with negatives that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const reported = (d: D, from: string | undefined) =>
  d.relationships.filter((r) => r.type === 'REPORTED' && r.from === from);

describe('a demonym force that speaks is a body of its state', () => {
  it('"…, the Israeli military said" is the Israeli military, part of Israel', () => {
    const d = draft(
      'Iranian drones hit a fuel depot near the Saudi port of Yanbu on Sunday, the Israeli military said.',
      '2026-09-14',
    );
    const idf = idOf(d, 'Israeli Military');
    expect(idf).toBeDefined();
    expect(find(d, 'PART_OF', idf!, 'israel')).toHaveLength(1);
  });

  it('"the U.S. military said" is the registry\'s United States military', () => {
    const d = draft(
      'The U.S. military said on Thursday that a drone attack near Erbil caused no casualties.',
      '2026-09-14',
    );
    expect(d.entities.some((e) => e.id === 'us-military')).toBe(true);
    expect(d.entities.some((e) => /^American Military$/i.test(e.name))).toBe(false);
  });

  it('a force that does not speak stays the country ("the Russian military is stretched")', () => {
    const d = draft('The Russian military is stretched thin after two years of war.', '2026-09-14');
    expect(d.entities.some((e) => /^Russian Military$/i.test(e.name))).toBe(false);
  });
});

describe('a state body that puts the claim out REPORTED it', () => {
  it('"<claim>, the Israeli military said on Tuesday": reported, on the day of the saying', () => {
    const d = draft(
      'Russia has been sharing satellite intelligence with Iran since June, the Israeli military said on Tuesday.',
      '2026-09-17',
    );
    const r = reported(d, idOf(d, 'Israeli Military'));
    expect(r).toHaveLength(1);
    expect(r[0]!.to).toBe('russia-iran-intelligence-sharing');
    expect(r[0]!.date).toBe('2026-09-15');
  });

  it('"The X Agency has assessed that <claim>": reported, undated (the assessment has no day)', () => {
    const d = draft(
      'WASHINGTON, Sept 17 (Reuters) - The National Geospatial Agency has assessed that Russia shared satellite intelligence with Iran, two officials said on Wednesday.',
      '2026-09-17',
    );
    const r = reported(d, idOf(d, 'National Geospatial Agency'));
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBeUndefined();
  });

  it('"<claim>, according to U.S. Central Command": reported', () => {
    const d = draft(
      'Russia has been sharing satellite intelligence with Iran, according to U.S. Central Command.',
      '2026-09-17',
    );
    expect(reported(d, idOf(d, 'U.S. Central Command'))).toHaveLength(1);
  });

  it('a negation, a question or a hedge puts nothing out', () => {
    for (const text of [
      'The State Department did not say whether Russia had shared intelligence with Iran.',
      'Russia may have shared satellite intelligence with Iran, the Israeli military said.',
      'The Israeli military said Russia had shared no intelligence with Iran.',
    ]) {
      const d = draft(text, '2026-09-17');
      const bodies = d.relationships.filter((r) => r.rule === 'body:reported-claim');
      expect(bodies).toHaveLength(0);
    }
  });

  it('a side of the claim telling it is no reporter ("Iran\'s foreign ministry said …")', () => {
    const d = draft(
      "Iran's foreign ministry said Russia had shared satellite intelligence with Iran for years.",
      '2026-09-17',
    );
    expect(d.relationships.filter((r) => r.rule === 'body:reported-claim')).toHaveLength(0);
  });

  it('"said it had intercepted …, and accused Russia of passing …": the saying is of another thing', () => {
    const d = draft(
      "Israel's military said on Tuesday it had intercepted a missile over Eilat, and accused Russia of sharing satellite intelligence with Iran.",
      '2026-09-17',
    );
    expect(d.relationships.filter((r) => r.rule === 'body:reported-claim')).toHaveLength(0);
  });
});

describe('a ministry named bare in copy from a capital', () => {
  const LEDE =
    'TEHRAN, Oct 6 (AFP) - Iran on Tuesday rejected a U.S. claim that Russia had shared satellite intelligence with it.';

  it('"“…,” the foreign ministry said" under a TEHRAN dateline is Iran\'s foreign ministry', () => {
    const d = draft(
      `${LEDE}\n\n"We reject these inventions outright," the foreign ministry said in a statement.`,
      '2026-10-06',
    );
    const mfa = idOf(d, 'Iranian Foreign Ministry');
    expect(mfa).toBeDefined();
    expect(find(d, 'SAID', mfa!)).toHaveLength(1);
    expect(find(d, 'DENIED', mfa!)).toHaveLength(1);
  });

  it('a ministry of that domain named before wins over the dateline', () => {
    const d = draft(
      `${LEDE}\n\nRussia's Foreign Ministry called the claim a fabrication. "There is nothing to discuss," the foreign ministry said.`,
      '2026-10-06',
    );
    expect(idOf(d, 'Iranian Foreign Ministry')).toBeUndefined();
    expect(find(d, 'SAID', idOf(d, 'Russian Foreign Ministry') ?? 'none')).toHaveLength(1);
  });

  it('no dateline capital, nothing named before: no ministry is guessed', () => {
    const d = draft(
      'Iran on Tuesday rejected a U.S. claim that Russia had shared satellite intelligence with it.\n\n"We reject these inventions outright," the foreign ministry said.',
      '2026-10-06',
    );
    expect(d.entities.some((e) => /Foreign Ministry/i.test(e.name))).toBe(false);
  });
});

describe('a report said to be part of “…lies…” is denied', () => {
  const LEAD = 'U.S. officials say Russia passed satellite images to Iran.';
  it('"said the report was part of “a campaign of lies …”": DENIED with the quote', () => {
    const d = draft(
      `${LEAD}\n\nIraq's foreign ministry said the report was part of "a campaign of lies meant to divide the region."`,
      '2026-10-06',
    );
    const mfa = idOf(d, 'Iraqi Foreign Ministry');
    expect(mfa).toBeDefined();
    const r = find(d, 'DENIED', mfa!);
    expect(r).toHaveLength(1);
    expect(r[0]!.quote).toBe('a campaign of lies meant to divide the region.');
  });

  it('"lies" as a verb ("a matter that lies outside our control") denies nothing', () => {
    const d = draft(
      `${LEAD}\n\nQatari Foreign Minister Ali Hamad said the report was "a serious matter that lies outside our control."`,
      '2026-10-06',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
});

describe('two-word military ranks are titles, not names', () => {
  it('"Lieutenant General X", "Major General Y", "Brigadier General Z": the names alone', () => {
    const d = draft(
      'Lieutenant General Adrian Kell told senators the agency had high confidence. Major General Omid Farsi said the claim was false. Brigadier General Hamid Navvab spoke later.',
      '2026-10-06',
    );
    for (const n of ['Adrian Kell', 'Omid Farsi', 'Hamid Navvab']) expect(idOf(d, n)).toBeDefined();
    expect(d.entities.some((e) => /^(?:Lieutenant|Major|Brigadier)\b/.test(e.name))).toBe(false);
  });

  it('"Major" alone is a first name ("Major Garrett of CBS")', () => {
    const d = draft('Major Garrett of CBS asked the secretary about the report.', '2026-10-06');
    expect(idOf(d, 'Major Garrett')).toBeDefined();
  });
});

describe('an outlet in an aside that cited sources', () => {
  it('"according to a report in The New York Times that cited three American officials": CITED', () => {
    const d = draft(
      'Russia shared radar imagery with Iran, according to a report in The New York Times on Sunday that cited three U.S. officials.',
      '2026-10-06',
    );
    const nyt = idOf(d, 'New York Times') ?? idOf(d, 'The New York Times');
    expect(nyt).toBeDefined();
    expect(find(d, 'CITED', nyt!, 'united-states')).toHaveLength(1);
  });

  it('"…, The Washington Post, which cited two U.S. officials": CITED by the Post', () => {
    const d = draft(
      'Russia shared radar imagery with Iran, according to The Washington Post, which cited two U.S. officials.',
      '2026-10-06',
    );
    expect(find(d, 'CITED', 'washington-post', 'united-states')).toHaveLength(1);
  });

  it('a report that cited officials, with no outlet before it, credits nobody', () => {
    const d = draft(
      'A report that cited two Israeli officials said Russia helped Iran.',
      '2026-10-06',
    );
    expect(d.relationships.filter((r) => r.type === 'CITED')).toHaveLength(0);
  });
});
