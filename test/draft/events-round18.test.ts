/**
 * Rules of issue 12's tenth session (engineer "events"), found on held-out round 18 (strikes,
 * a TV interview, briefings, call readouts, a dated explainer, a live blog) and written as
 * general rules of news English about events: who took part, where, and what they belong to.
 * Each on sentences of our own (not the round-18 texts), with the negatives that must not fire.
 */
import { draft, find } from './helpers';

const ent = (d: ReturnType<typeof draft>, name: string) => d.entities.find((e) => e.name === name);
const events = (d: ReturnType<typeof draft>) => d.entities.filter((e) => e.label === 'Event');

describe('strikes: places', () => {
  it('"struck … near X in northern Iraq": X lies in Iraq, and Iraq was attacked, not X', () => {
    const d = draft(
      'Turkish warplanes struck militia positions near Sinjar in northern Iraq on Tuesday, the defence ministry said.',
      '2026-07-08',
    );
    const sinjar = ent(d, 'Sinjar');
    expect(sinjar?.label).toBe('Location');
    const iraq = d.entities.find((e) => e.name === 'Iraq')!;
    expect(find(d, 'LOCATED_IN', sinjar!.id, iraq.id)).toHaveLength(1);
    const strike = events(d).find((e) => /Sinjar/.test(e.name))!;
    expect(find(d, 'OCCURRED_IN', strike.id, sinjar!.id)).toHaveLength(1);
    expect(d.relationships.some((r) => r.type === 'ATTACKED' && r.to === sinjar!.id)).toBe(false);
  });

  it('"near X on Iran\'s northern coast": the coast\'s country', () => {
    const d = draft(
      'Israeli jets struck a naval depot near Nowshahr on Iran’s northern coast overnight, the Israeli military said.',
      '2026-07-08',
    );
    const place = ent(d, 'Nowshahr');
    expect(place?.label).toBe('Location');
    expect(find(d, 'LOCATED_IN', place!.id, 'iran')).toHaveLength(1);
    const strike = d.entities.find((e) => e.label === 'Event' && /Nowshahr/.test(e.name))!;
    expect(find(d, 'ATTACKED', strike.id, 'iran')).toHaveLength(1);
  });

  it('a two-word name after "near" in a strike clause is a place, not a person', () => {
    const d = draft(
      'American drones struck a missile site near Qasr Shirin overnight, U.S. Central Command said.',
      '2026-07-08',
    );
    expect(ent(d, 'Qasr Shirin')?.label).toBe('Location');
    expect(d.entities.some((e) => e.name === 'Qasr Shirin' && e.label === 'Person')).toBe(false);
    const strike = events(d).find((e) => /Qasr Shirin/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', 'united-states', strike.id)).toHaveLength(1);
    // ", U.S. Central Command said": an initialism in the source's name.
    const centcom = d.entities.find((e) => /Central Command/.test(e.name))!;
    expect(find(d, 'REPORTED', centcom.id, strike.id)).toHaveLength(1);
  });

  it('a named person after "near" stays a person', () => {
    const d = draft(
      'Defense Secretary Pete Hegseth said missiles struck a base near Erbil, standing near Senator Alan Rusk.',
      '2026-07-08',
    );
    expect(ent(d, 'Alan Rusk')?.label).toBe('Person');
  });

  it('an abbreviated month is no place ("on Sept. 9", "on Aug. 3")', () => {
    const d = draft(
      'A drone attack on the USS Kearsley on Aug. 3 injured two sailors, the Navy said.',
      '2026-08-10',
    );
    expect(d.entities.some((e) => /^(?:Aug|Sept?)\b/.test(e.name))).toBe(false);
    // The ship names the strike; it is no place.
    const strike = events(d).find((e) => /Kearsley/.test(e.name));
    expect(strike?.name).toMatch(/^USS Kearsley drone strike/);
    expect(d.relationships.some((r) => r.type === 'OCCURRED_IN' && r.from === strike!.id)).toBe(
      false,
    );
  });
});

describe('strikes: who carried them out', () => {
  it('"the strike was carried out by a unit of X": X took part, not the country that owns it', () => {
    const d = draft(
      'A drone hit a fuel depot near Basra on Friday, Iraqi officials said. The spokesman said the attack was carried out by a unit of Iran’s Revolutionary Guards.',
      '2026-07-11',
    );
    const strike = events(d).find((e) => /Basra/.test(e.name))!;
    const guards = d.entities.find((e) => /Revolutionary Guard/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', guards.id, strike.id)).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike.id)).toHaveLength(0);
  });

  it('denied or asked: nobody took part', () => {
    const d = draft(
      'A drone hit a fuel depot near Basra on Friday, Iraqi officials said. Tehran denied that the attack was carried out by Iran’s Revolutionary Guards.',
      '2026-07-11',
    );
    const strike = events(d).find((e) => /Basra/.test(e.name))!;
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === strike.id),
    ).toEqual([]);
  });
});

describe('strikes: the source told first, and strikes told under a denial', () => {
  it('"X says jets struck …", "X said on Friday that a drone hit …": X reported the strike', () => {
    const d = draft(
      'The Kuwaiti Interior Ministry said on Friday that a drone hit a warehouse near Jahra.',
      '2026-07-11',
    );
    const strike = events(d).find((e) => /Jahra/.test(e.name))!;
    const ministry = d.entities.find((e) => /Interior Ministry/.test(e.name))!;
    expect(find(d, 'REPORTED', ministry.id, strike.id)).toHaveLength(1);
  });

  it('"X denied that Iranian drones hit …": no attacker, no report', () => {
    const d = draft(
      'The Iranian Foreign Ministry denied that Iranian drones hit a depot near Jahra.',
      '2026-07-11',
    );
    const strike = events(d).find((e) => /Jahra/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike.id)).toHaveLength(0);
    expect(d.relationships.some((r) => r.type === 'REPORTED' && r.to === strike.id)).toBe(false);
    expect(d.relationships.some((r) => r.type === 'ATTACKED' && r.from === 'iran')).toBe(false);
  });
});

describe('briefings', () => {
  it('a modal inside the quote does not make the briefing a future one', () => {
    const d = draft(
      '“They knew where the convoy would be,” State Department spokeswoman Mara Lind told reporters at a briefing in Washington.',
      '2026-10-02',
    );
    const lind = ent(d, 'Mara Lind')!;
    const briefing = events(d).find((e) => /briefing/i.test(e.name));
    expect(briefing).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', lind.id, briefing!.id)).toHaveLength(1);
  });

  it('a briefing to come is no event', () => {
    const d = draft(
      'State Department spokeswoman Mara Lind will take questions at a briefing in Washington.',
      '2026-10-02',
    );
    expect(events(d).some((e) => /briefing/i.test(e.name))).toBe(false);
  });

  it("an undated briefing months after the registry's is not the registry's", () => {
    const d = draft(
      '“We are watching,” Pentagon press secretary Ian Moss told reporters at a briefing at the Pentagon.',
      '2026-10-02',
    );
    const moss = ent(d, 'Ian Moss')!;
    expect(find(d, 'PARTICIPATED_IN', moss.id, 'pentagon-briefing-2026-03-10')).toHaveLength(0);
    const briefing = events(d).find((e) => /briefing/i.test(e.name) && e.status === 'new');
    expect(briefing).toBeDefined();
    expect(find(d, 'OCCURRED_IN', briefing!.id, 'pentagon')).toHaveLength(1);
  });
});

describe('calls and talks: who the other party is', () => {
  it('"spoke with his counterpart in Ankara, X": X, not the city\'s country', () => {
    const d = draft(
      'Foreign Minister Sergei Lavrov spoke with his counterpart in Ankara, Hakan Fidan, on Tuesday.',
      '2026-09-16',
    );
    const lavrov = ent(d, 'Sergei Lavrov')!.id;
    const fidan = ent(d, 'Hakan Fidan')!.id;
    expect(find(d, 'SPOKE_WITH', lavrov, fidan)).toHaveLength(1);
    expect(d.relationships.some((r) => r.from === lavrov && r.to === ent(d, 'Turkey')?.id)).toBe(
      false,
    );
  });

  it('"met Russian Deputy Foreign Minister X", "with Saudi Crown Prince X": the person', () => {
    const d = draft(
      'Secretary of State Marco Rubio met Russian Deputy Foreign Minister Sergei Ryabkov in Vienna on Monday. Later, President Donald Trump spoke by phone with Saudi Crown Prince Mohammed bin Salman.',
      '2026-09-16',
    );
    const rubio = ent(d, 'Marco Rubio')!.id;
    const ryabkov = ent(d, 'Sergei Ryabkov')!.id;
    expect(find(d, 'SPOKE_WITH', rubio, ryabkov)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', rubio, 'russia')).toHaveLength(0);
    const mbs = ent(d, 'Mohammed bin Salman')!.id;
    expect(find(d, 'SPOKE_WITH', 'donald-trump', mbs)).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'saudi-arabia')).toHaveLength(0);
    // The meeting in Vienna: both took part, and it took place there.
    const talks = events(d).find((e) => /Rubio-Ryabkov/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', ryabkov, talks.id)).toHaveLength(1);
    expect(find(d, 'OCCURRED_IN', talks.id, ent(d, 'Vienna')!.id)).toHaveLength(1);
  });
});

describe('strikes told in the present (timelines, live blogs)', () => {
  it('"Iranian drones strike the tanker …", "a missile hits a depot …"', () => {
    const d = draft(
      'Aug. 2 — Iranian drones strike a tanker off the Omani port of Sohar.\n\nAug. 5 — An Iranian missile hits a fuel depot near the Saudi city of Yanbu.',
      '2026-08-20',
    );
    const sohar = events(d).find((e) => /Sohar/.test(e.name))!;
    const yanbu = events(d).find((e) => /Yanbu/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', sohar.id)).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'iran', yanbu.id)).toHaveLength(1);
    // The depot near Yanbu is Saudi; a tanker off Sohar is no attack on Oman.
    expect(find(d, 'ATTACKED', yanbu.id, 'saudi-arabia')).toHaveLength(1);
    expect(d.relationships.filter((r) => r.type === 'ATTACKED' && r.from === sohar.id)).toEqual([]);
  });

  it('"drone strikes on shipping" is a kind of act, no event', () => {
    const d = draft('Iranian drone strikes on shipping continue, officials said.', '2026-08-20');
    expect(events(d).some((e) => /strike/.test(e.name))).toBe(false);
  });
});
