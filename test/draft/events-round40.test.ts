/**
 * Round 40 (issue 12, engineer "events2"): one event told under several names, who took part in
 * talks and summits, reactions to strikes, and where a city lies. Each test is on sentences of
 * our own, not from the round's texts.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const byName = (d: D, name: RegExp) => d.entities.find((e) => name.test(e.name));
const events = (d: D, name: RegExp) =>
  d.entities.filter((e) => e.label === 'Event' && name.test(e.name));

describe('round 40: summits and talks of several countries', () => {
  it('"the foreign ministers of A, B and C met in CITY on DAY": talks of the three, in the city', () => {
    const d = draft(
      'The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Monday to discuss shipping in the Red Sea.',
      '2026-07-15',
    );
    const ev = events(d, /Cairo talks/)[0];
    expect(ev).toBeDefined();
    for (const c of ['Egypt', 'Jordan', 'Iraq'])
      expect(find(d, 'PARTICIPATED_IN', byName(d, new RegExp(`^${c}$`))!.id, ev!.id)).toHaveLength(
        1,
      );
    expect(find(d, 'OCCURRED_IN', ev!.id, byName(d, /^Cairo$/)!.id)).toHaveLength(1);
  });

  it('"for a summit": a summit; negated, nothing', () => {
    const d = draft(
      'Leaders of Egypt and Jordan met in Amman on Friday for a summit on the war.',
      '2026-07-15',
    );
    expect(events(d, /Amman summit/)).toHaveLength(1);
    const no = draft('Leaders of Egypt and Jordan have not met since the war began.', '2026-07-15');
    expect(events(no, /summit|talks/)).toEqual([]);
  });

  it('"The summit, attended by X and Y,": both took part (the demonym in a title is no attendee)', () => {
    const d = draft(
      'Leaders of Egypt and Jordan met in Amman on Friday for a summit on the war. ' +
        'The summit, attended by Egyptian President Karim Fawzi and Jordanian Prime Minister Samir Odeh, ended without a statement.',
      '2026-07-15',
    );
    const ev = events(d, /Amman summit/)[0]!;
    expect(find(d, 'PARTICIPATED_IN', byName(d, /Karim Fawzi/)!.id, ev.id)).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', byName(d, /Samir Odeh/)!.id, ev.id)).toHaveLength(1);
  });

  it('"The meeting, hosted by X,": the host took part in the talks told before', () => {
    const d = draft(
      'U.S. envoy Mark Tillis met Iraqi Deputy Foreign Minister Hadi Salem in Baghdad on Tuesday. ' +
        'The meeting, hosted by Kuwaiti Foreign Minister Nasser al-Sabah, lasted two hours.',
      '2026-07-15',
    );
    const ev = events(d, /Tillis-Salem/)[0];
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', byName(d, /Nasser al-Sabah/)!.id, ev!.id)).toHaveLength(1);
  });
});

describe('round 40: one meeting, two names', () => {
  it('"defended his meeting with Y" on Sunday, then "X and Y met on Thursday": one meeting, on Thursday', () => {
    const d = draft(
      'Deputy Secretary of State Mark Tillis on Sunday defended his meeting with Iraqi Deputy Foreign Minister Hadi Salem. ' +
        'Tillis and Salem met for two hours on Thursday in Basra.',
      '2026-07-19',
    );
    const evs = events(d, /Tillis-Salem/);
    expect(evs).toHaveLength(1);
    expect(evs[0]!.name).toMatch(/16 July 2026/);
    expect(find(d, 'SPOKE_WITH', byName(d, /Mark Tillis/)!.id)[0]?.date).toBe('2026-07-16');
  });
});

describe('round 40: reactions to a strike', () => {
  it('"X condemned the attack" without a quote: criticism of the attacker', () => {
    const d = draft(
      'Iranian drones struck a fuel depot near the Saudi port of Yanbu on Friday, the Saudi energy ministry said. ' +
        'Egypt condemned the attack.',
      '2026-07-15',
    );
    expect(find(d, 'CRITICIZED', byName(d, /^Egypt$/)!.id, 'iran')).toHaveLength(1);
  });

  it('did not condemn, or two strikes told before: nothing', () => {
    const no = draft(
      'Iranian drones struck a fuel depot near the Saudi port of Yanbu on Friday, the Saudi energy ministry said. ' +
        'Egypt did not condemn the attack.',
      '2026-07-15',
    );
    expect(find(no, 'CRITICIZED', byName(no, /^Egypt$/)!.id)).toEqual([]);
    const two = draft(
      'Iranian drones struck a fuel depot near the Saudi port of Yanbu on Friday, the Saudi energy ministry said. ' +
        'Israeli jets struck a radar site near Tabriz in northern Iran on Saturday, the Israeli military said. ' +
        'Egypt condemned the attack.',
      '2026-07-15',
    );
    expect(find(two, 'CRITICIZED', byName(two, /^Egypt$/)!.id)).toEqual([]);
  });
});

describe('round 40: where a city lies', () => {
  it('a dateline "AMMAN, Jordan, DATE (Reuters) -" places talks "in Amman" in Jordan', () => {
    const d = draft(
      'AMMAN, Jordan, July 15 (Reuters) - U.S. envoy Mark Tillis met Iraqi Deputy Foreign Minister Hadi Salem in Amman on Tuesday.',
      '2026-07-15',
    );
    const amman = byName(d, /^Amman$/);
    expect(amman?.label).toBe('Location');
    expect(find(d, 'LOCATED_IN', amman!.id, byName(d, /^Jordan$/)!.id)).toHaveLength(1);
  });

  it('"in Baghdad, Iraq": the capital is a city in its country; "In Baghdad, Iraqi officials": not', () => {
    const d = draft('The two envoys held talks in Baghdad, Iraq, on Tuesday.', '2026-07-15');
    const baghdad = byName(d, /^Baghdad$/);
    expect(baghdad?.label).toBe('Location');
    expect(find(d, 'LOCATED_IN', baghdad!.id, byName(d, /^Iraq$/)!.id)).toHaveLength(1);
    const no = draft('In Baghdad, Iraqi officials said the talks had been useful.', '2026-07-15');
    expect(no.relationships.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
  });

  it('"Ashgabat, Turkmenistan": a country the lexicon now knows', () => {
    const d = draft(
      'The two presidents will meet on the sidelines of a summit in Ashgabat, Turkmenistan.',
      '2026-07-15',
    );
    const t = byName(d, /^Turkmenistan$/);
    expect(t?.label).toBe('Country');
    expect(find(d, 'LOCATED_IN', byName(d, /^Ashgabat$/)!.id, t!.id)).toHaveLength(1);
  });
});

describe('round 40: who met whom, and under which names', () => {
  it('"met Russian Security Council Secretary X": the person after the title, not the demonym', () => {
    const d = draft(
      "Iran's ambassador to Russia, Kamran Fathi, met Russian Security Council Secretary Pavel Orlin in Moscow on Thursday.",
      '2026-07-15',
    );
    const fathi = byName(d, /Kamran Fathi/)!.id;
    expect(find(d, 'SPOKE_WITH', fathi, byName(d, /Pavel Orlin/)!.id)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', fathi, 'russia')).toEqual([]);
  });

  it('talks of a pair are also called their meeting (an alias), and a meeting their talks', () => {
    const d = draft(
      'U.S. envoy Mark Tillis met Iraqi Deputy Foreign Minister Hadi Salem in Basra on Tuesday.',
      '2026-07-15',
    );
    const ev = events(d, /Tillis-Salem/)[0]!;
    expect([ev.name, ...ev.aliases].join('|')).toMatch(/Tillis-Salem talks/);
    expect(ev.aliases).toContain('Tillis-Salem meeting');
  });
});

describe('round 40: allies named by a back reference', () => {
  it('"The three states are among Washington\'s closest allies": the three countries listed before', () => {
    const d = draft(
      'The leaders of Egypt, Jordan and Morocco met in Cairo on Monday. ' +
        "The three states are among Washington's closest allies in the region.",
      '2026-07-15',
    );
    for (const c of ['Egypt', 'Jordan', 'Morocco'])
      expect(
        find(d, 'ALLIED_WITH', byName(d, new RegExp(`^${c}$`))!.id, 'united-states'),
      ).toHaveLength(1);
  });

  it('"The two countries are close partners": the pair before; a list of another size, or "not", nothing', () => {
    const d = draft(
      'Egypt and Jordan signed a border accord on Monday. The two countries are close partners.',
      '2026-07-15',
    );
    const egypt = byName(d, /^Egypt$/)!.id;
    const jordan = byName(d, /^Jordan$/)!.id;
    expect([
      ...find(d, 'ALLIED_WITH', egypt, jordan),
      ...find(d, 'ALLIED_WITH', jordan, egypt),
    ]).toHaveLength(1);
    const three = draft(
      'Egypt, Jordan and Morocco signed a border accord on Monday. The two countries are close partners.',
      '2026-07-15',
    );
    expect(three.relationships.filter((r) => r.type === 'ALLIED_WITH')).toEqual([]);
    const not = draft(
      'Egypt and Jordan signed a border accord on Monday. The two countries are not allies.',
      '2026-07-15',
    );
    expect(not.relationships.filter((r) => r.type === 'ALLIED_WITH')).toEqual([]);
  });
});

describe('round 40: the day of a meeting is not the day of later words', () => {
  it('"X and Y met on Thursday …" then "…," X told the host: not dated Thursday', () => {
    const d = draft(
      'U.S. envoy Mark Tillis and Iraqi Deputy Foreign Minister Hadi Salem met for two hours on Thursday in Basra.\n\n' +
        '"Iran will not get away with this," Tillis told the host.',
      '2026-07-19',
    );
    const said = find(d, 'SAID', byName(d, /Mark Tillis/)!.id);
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((r) => r.date !== '2026-07-16')).toBe(true);
  });

  it('a day told with a word of saying still carries ("X said on Thursday …")', () => {
    const d = draft(
      'U.S. envoy Mark Tillis said on Thursday that the talks in Basra had gone well.\n\n' +
        '"Iran will not get away with this," Tillis added.',
      '2026-07-19',
    );
    const said = find(d, 'SAID', byName(d, /Mark Tillis/)!.id).filter((r) => r.quote);
    expect(said.map((r) => r.date)).toContain('2026-07-16');
  });
});
