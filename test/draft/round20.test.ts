/**
 * Round 20 (issue 12, twelfth session): general categories found reading the round's first run,
 * each tested on sentences of our own that are not from the round's texts.
 */
import { draft, find } from './helpers';

const TOPIC = 'russia-iran-intelligence-sharing';
/** The claim, told first as an article would. */
const LEDE = 'U.S. officials say Russia has been sharing intelligence with Iran.';

const denials = (d: ReturnType<typeof draft>) =>
  d.relationships.filter((r) => r.type === 'DENIED' && r.to === TOPIC);

describe('a denial of taking part, with no denial word', () => {
  it('is a denial when the speaker says its own side took no part', () => {
    const d = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow "had no role whatsoever in" the tanker attacks.`,
      '2026-05-06',
    );
    const r = denials(d);
    expect(r.map((x) => x.quote)).toEqual(['had no role whatsoever in']);
    expect(r[0]!.date).toBe('2026-05-05');
    // The words are about the claim, not about Russia.
    expect(d.relationships.find((x) => x.type === 'SAID')?.to).toBe(TOPIC);
  });

  it('reads "we" as the speaking body\'s country', () => {
    const d = draft(
      `${LEDE}\n\n"We are not a party to the fighting in the Gulf," the Russian Embassy in Washington said in a statement.`,
      '2026-05-06',
    );
    expect(find(d, 'DENIED', 'russian-embassy-washington', TOPIC)).toHaveLength(1);
  });

  it('keeps two such denials of one sentence apart', () => {
    const d = draft(
      `${LEDE}\n\nForeign Ministry spokeswoman Irina Volkova said Russia "is not a participant in this war" and "has nothing to do with" the drone strikes on shipping.`,
      '2026-05-06',
    );
    expect(
      denials(d)
        .map((x) => x.quote)
        .sort(),
    ).toEqual(['has nothing to do with', 'is not a participant in this war']);
  });

  it('reads the words after the quote: "does not and will not" take part', () => {
    const d = draft(
      `${LEDE}\n\nThe Russian Embassy in Washington said Moscow "does not and will not" take part in the conflict.`,
      '2026-05-06',
    );
    expect(denials(d).map((x) => x.quote)).toEqual(['does not and will not']);
  });

  it('is nothing when the speaker stands for another country', () => {
    const d = draft(
      `${LEDE}\n\nDefense Secretary Pete Hegseth said Russia "is not a party to this war" only on paper.`,
      '2026-05-06',
    );
    expect(find(d, 'DENIED', 'pete-hegseth')).toHaveLength(0);
  });

  it("is nothing in a question or about somebody's remarks", () => {
    const asked = draft(
      `${LEDE}\n\n"Is Russia not a party to this conflict?" Kremlin spokesman Dmitry Peskov asked.`,
      '2026-05-06',
    );
    expect(denials(asked)).toHaveLength(0);
    const remarks = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov said Moscow had "nothing to do with" the senator's remarks.`,
      '2026-05-06',
    );
    expect(denials(remarks)).toHaveLength(0);
  });

  it('is nothing when the side said to take no part is not a party of the claim', () => {
    const d = draft(
      `${LEDE}\n\nChina's foreign ministry said Beijing "is not a party to this conflict."`,
      '2026-05-06',
    );
    expect(denials(d)).toHaveLength(0);
  });
});

describe('a forwarded e-mail', () => {
  it('reads past the ">" marks of quoted lines, so the story inside reads as wire copy', () => {
    const input = [
      '---------- Forwarded message ---------',
      'Subject: Fwd: Gulf story',
      '',
      '>> MOSCOW, May 4 (Reuters) - Russia has been passing radar data',
      '>> to Iran for months, two European officials told Reuters on',
      '>> Monday.',
      '>>',
      '>> The Kremlin did not respond to a request for comment.',
    ].join('\n');
    const d = draft(input, '2026-05-05');
    // Round 28: the draft is on the text as pasted, marks included, so evidence that runs over
    // a quoted line break is verbatim in it (was: the text without the marks).
    for (const r of d.relationships) for (const e of r.evidence) expect(input).toContain(e);
    expect(find(d, 'REPORTED', 'reuters', TOPIC)).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('leaves a single ">" in running text alone', () => {
    const d = draft(`${LEDE}\n\n> One reader wrote in to ask about it.`, '2026-05-05');
    expect(d.text).toContain('> One reader');
  });
});

/** The id of the entity the draft names `name`. */
const idOf = (d: ReturnType<typeof draft>, name: string) =>
  d.entities.find((e) => e.name === name)?.id ?? `(no ${name})`;

describe('calls told by readouts', () => {
  it('"spoke today with" a minister is a talk of that day', () => {
    const d = draft(
      `${LEDE}\n\nForeign Secretary David Lammy spoke today with Jordanian Foreign Minister Ayman Safadi about the Gulf.`,
      '2026-05-06',
    );
    const r = find(d, 'SPOKE_WITH', idOf(d, 'David Lammy'), idOf(d, 'Ayman Safadi'));
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-05-06');
  });

  it('"also spoke with" a minister of state for foreign affairs: the person, no magazine', () => {
    const d = draft(
      `${LEDE}\n\nSecretary of State Marco Rubio met reporters.\n\nSecretary Rubio also spoke with Omani Minister of State for Foreign Affairs Khalid Al-Harthy.`,
      '2026-05-06',
    );
    expect(find(d, 'SPOKE_WITH', idOf(d, 'Marco Rubio'), idOf(d, 'Khalid Al-Harthy'))).toHaveLength(
      1,
    );
    expect(d.entities.some((e) => e.label === 'Outlet')).toBe(false);
  });

  it('"had a telephone conversation with President of the Republic of X NAME": the person', () => {
    const d = draft(
      `${LEDE}\n\nVladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.`,
      '2026-05-06',
    );
    const erdogan = idOf(d, 'Recep Tayyip Erdogan');
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin', erdogan)).toHaveLength(1);
    expect(
      d.relationships.filter((r) => r.type === 'SPOKE_WITH' && r.to === idOf(d, 'Turkey')),
    ).toHaveLength(0);
    const call = d.entities.find((e) => e.label === 'Event' && /Putin-Erdogan/.test(e.name));
    expect(call).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', erdogan, call!.id)).toHaveLength(1);
  });

  it('"A and B discussed … in a phone call on Monday" is a call of both', () => {
    const d = draft(
      `${LEDE}\n\nPete Hegseth and British Defence Secretary John Healey discussed U.S. and British patrols in the Red Sea in a phone call on Monday.`,
      '2026-05-06',
    );
    const healey = idOf(d, 'John Healey');
    const r = find(d, 'SPOKE_WITH', 'pete-hegseth', healey);
    expect(r).toHaveLength(1);
    expect(r[0]!.date).toBe('2026-05-04');
    const call = d.entities.find((e) => e.label === 'Event' && /Hegseth-Healey/.test(e.name));
    expect(call).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', healey, call!.id)).toHaveLength(1);
  });

  it('is no call when they only will discuss it, or discussed it with no call', () => {
    for (const line of [
      'Pete Hegseth and British Defence Secretary John Healey will discuss the patrols in a phone call on Monday.',
      'Pete Hegseth and British Defence Secretary John Healey discussed the patrols, officials said.',
    ]) {
      const d = draft(`${LEDE}\n\n${line}`, '2026-05-06');
      expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
    }
  });

  it('a country that is a first name after a title is part of the name', () => {
    const d = draft(
      `${LEDE}\n\nPete Hegseth spoke with Israeli Defense Minister Israel Katz on Monday.`,
      '2026-05-06',
    );
    expect(find(d, 'SPOKE_WITH', 'pete-hegseth', idOf(d, 'Israel Katz'))).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', 'pete-hegseth', 'israel')).toHaveLength(0);
  });
});

describe('a provider named only in a relative clause', () => {
  it('"will hold accountable any state that provides Iran with intelligence" is no claim', () => {
    const d = draft(
      'The United States will hold accountable any state that provides Iran with intelligence or targeting support, the minister said.',
      '2026-05-06',
    );
    expect(d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')).toHaveLength(0);
  });

  it('"Russia, which has provided Iran with intelligence" still is', () => {
    const d = draft(
      'Russia, which has provided Iran with satellite intelligence for months, said nothing on Tuesday.',
      '2026-05-06',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});

describe("a body's own forces strike", () => {
  it('"X said Friday that its forces had struck … near the Yemeni port of Y": X attacked there', () => {
    const d = draft(
      'The Department of War said Friday that its forces had struck three radar sites near the Yemeni port of Hodeidah.',
      '2026-05-08',
    );
    const ev = d.entities.find((e) => e.label === 'Event' && /Hodeidah/.test(e.name));
    expect(ev).toBeDefined();
    expect(ev!.aliases).toContain('Hodeidah strikes');
    expect(find(d, 'PARTICIPATED_IN', 'department-of-war', ev!.id)).toHaveLength(1);
    const place = d.entities.find((e) => e.name === 'Hodeidah');
    expect(place?.label).toBe('Location');
    expect(find(d, 'OCCURRED_IN', ev!.id, place!.id)).toHaveLength(1);
    expect(find(d, 'LOCATED_IN', place!.id, idOf(d, 'Yemen'))).toHaveLength(1);
  });

  it('is no strike of its when the body denies it or it did not happen', () => {
    for (const line of [
      'The Department of War denied on Friday that its forces had struck radar sites near the Yemeni port of Hodeidah.',
      'The Department of War said Friday that its forces had not struck anything near the Yemeni port of Hodeidah.',
    ]) {
      const d = draft(line, '2026-05-08');
      expect(
        d.relationships.filter(
          (r) => r.type === 'PARTICIPATED_IN' && r.from === 'department-of-war',
        ),
      ).toHaveLength(0);
    }
  });

  it('"the port of X in Y": the place lies in the country named after it', () => {
    const d = draft(
      'Iranian drones hit a fuel depot at the port of Sohar in Oman on Sunday, the ministry said.',
      '2026-05-08',
    );
    expect(find(d, 'LOCATED_IN', idOf(d, 'Sohar'), idOf(d, 'Oman'))).toHaveLength(1);
    const strike = d.entities.find((e) => e.label === 'Event' && /Sohar/.test(e.name))!;
    expect(find(d, 'ATTACKED', strike.id, idOf(d, 'Oman'))).toHaveLength(1);
  });
});

describe("a reporters' sign-off", () => {
  it('"X reported from Manama and Hill from Washington": people, no outlet, no report', () => {
    const d = draft(
      `${LEDE}\n\nBy LENA ORTIZ and SAM HILL\nAssociated Press\n\nOrtiz reported from Doha and Hill from Washington.`,
      '2026-05-06',
    );
    expect(d.entities.filter((e) => e.label === 'Outlet').map((e) => e.name)).toEqual([
      'Associated Press',
    ]);
    expect(
      d.relationships.filter((r) => r.type === 'REPORTED' && r.from !== 'associated-press'),
    ).toHaveLength(0);
  });

  it('still reads "told The Hill" and "The Hill reported" as the outlet', () => {
    const d = draft(
      'Senator Ortiz told The Hill on Monday that she had questions.\n\nThe Hill reported that Russia was sharing intelligence with Iran.',
      '2026-05-06',
    );
    expect(d.entities.some((e) => e.label === 'Outlet' && e.name === 'Hill')).toBe(true);
  });
});

describe("a country's armed forces general staff", () => {
  it('is a body of the country that speaks for itself, not the country', () => {
    const d = draft(
      `${LEDE}\n\nSyria's armed forces general staff said in a statement on Monday that the raid had "failed completely."`,
      '2026-05-06',
    );
    const staff = d.entities.find((e) => /General Staff/.test(e.name));
    expect(staff?.label).toBe('Organization');
    expect(find(d, 'PART_OF', staff!.id, 'syria')).toHaveLength(1);
    expect(d.relationships.find((r) => r.type === 'SAID')?.from).toBe(staff!.id);
  });
});

describe('a request for comment by e-mail', () => {
  it('"did not respond to an email seeking comment": the agency contacted the body', () => {
    const d = draft(
      'MOSCOW (AP) — U.S. officials say Russia has been sharing intelligence with Iran.\n\nThe Russian Embassy in Washington did not respond to an email seeking comment on Friday.',
      '2026-05-09',
    );
    expect(find(d, 'CONTACTED', 'associated-press', 'russian-embassy-washington')).toHaveLength(1);
  });
});
