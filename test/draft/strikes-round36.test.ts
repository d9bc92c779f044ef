/**
 * Round 36 (issue 12, engineer "strikes2"): strikes told in other forms of news English — a claim
 * that the attack was retaliation, casualties told in the passive or aboard a named ship, the
 * passive with a demonym weapon after "by", a relative clause whose antecedent is the place hit,
 * "last month's Iranian drone attack on …", "the … strike that wounded …", and a strike that is
 * only threatened. Each test is on sentences of our own, not from the round's texts.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const strikes = (d: D) => d.entities.filter((e) => e.label === 'Event' && /strike/.test(e.name));
const strike = (d: D, name: RegExp) => strikes(d).find((e) => name.test(e.name));
const guards = (d: D) => d.entities.find((e) => /Revolutionary Guard/.test(e.name));

describe('round 36: who took part in a strike', () => {
  it('"the Guards said the attack on the depot was revenge": the claimer took part, and no second strike', () => {
    const d = draft(
      'Iranian drones hit a fuel depot near the Saudi port of Yanbu on Friday, the Saudi energy ministry said. ' +
        "Iran's Revolutionary Guards said the attack on the depot was revenge for American raids.",
      '2026-07-15',
    );
    const ev = strike(d, /Yanbu/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', guards(d)!.id, ev!.id)).toHaveLength(1);
    expect(strikes(d)).toHaveLength(1);
  });

  it('"said the attack was planned": no claim of the attack', () => {
    const d = draft(
      'Iranian drones hit a fuel depot near the Saudi port of Yanbu on Friday, the Saudi energy ministry said. ' +
        "Iran's Revolutionary Guards said the attack on the depot was planned by Israel.",
      '2026-07-15',
    );
    const ev = strike(d, /Yanbu/)!;
    expect(find(d, 'PARTICIPATED_IN', guards(d)!.id, ev.id)).toEqual([]);
  });

  it('"the destroyer was attacked by Iran\'s Revolutionary Guards navy": the Guards took part in the strike told before', () => {
    const d = draft(
      'The Iranian drone strike that wounded four sailors aboard the USS Gravely in the Red Sea drew a sharp response. ' +
        "Officials said the destroyer was attacked by Iran's Revolutionary Guards navy on Tuesday.",
      '2026-07-15',
    );
    const ev = strike(d, /Gravely/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', guards(d)!.id, ev!.id)).toHaveLength(1);
  });
});

describe('round 36: what a strike hit', () => {
  it('"Three American soldiers were wounded in an Iranian rocket attack on X": the U.S. military', () => {
    const d = draft(
      'Three American soldiers were wounded in an Iranian rocket attack on Camp Taji in Iraq on Wednesday.',
      '2026-07-15',
    );
    const ev = strike(d, /Camp Taji/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
  });

  it('"A U.S. Coast Guard cutter was hit by an Iranian drone off X, killing one American sailor": passive, attacker after "by"', () => {
    const d = draft(
      'A U.S. Coast Guard cutter was hit by an Iranian drone off the Kuwaiti island of Bubiyan on Monday, killing one American sailor.',
      '2026-07-15',
    );
    const ev = strike(d, /Bubiyan/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
  });

  it('a passive strike on a fishing boat with no American named attacks no U.S. military', () => {
    const d = draft(
      'A fishing boat was hit by an Iranian drone off the Kuwaiti island of Bubiyan on Monday, the coast guard said.',
      '2026-07-15',
    );
    const ev = strike(d, /Bubiyan/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toEqual([]);
  });
});

describe('round 36: strikes in other phrases', () => {
  it('"the Saudi port of Jizan, which Iranian missiles struck on Tuesday": the antecedent is the place', () => {
    const d = draft(
      'Traffic resumed at the Saudi port of Jizan, which Iranian missiles struck on Tuesday.',
      '2026-07-15',
    );
    const ev = strike(d, /Jizan/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev!.id, 'saudi-arabia')).toHaveLength(1);
  });

  it('"Last month\'s Iranian drone attack on Qatar\'s Mesaieed refinery": a past month as determiner', () => {
    const d = draft(
      "Last month's Iranian drone attack on Qatar's Mesaieed refinery was planned for weeks, officials said.",
      '2026-07-15',
    );
    const ev = strike(d, /Mesaieed/);
    expect(ev).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev!.id, 'qatar')).toHaveLength(1);
  });

  it('"the last attack on the refinery": an ordinal still counts the strike told, no new one', () => {
    const d = draft(
      "Iranian drones hit Qatar's Mesaieed refinery on Monday. It was the last attack on the refinery before the truce.",
      '2026-07-15',
    );
    expect(strikes(d)).toHaveLength(1);
  });

  it('"Any Iranian strike on U.S. forces in Bahrain would be met with force": no strike, no attack', () => {
    const d = draft(
      'Any Iranian strike on U.S. forces in Bahrain would be met with force, the official said.',
      '2026-07-15',
    );
    expect(strikes(d)).toEqual([]);
    expect(d.relationships.filter((r) => r.type === 'ATTACKED')).toEqual([]);
  });

  it('"asked whether Russia had guided the drone strike that damaged the USS X": no strike reported by the one asked', () => {
    const d = draft(
      'Asked whether Russian data had guided the Iranian drone strike that damaged the USS Gravely, Hegseth said he would not discuss it.',
      '2026-07-15',
    );
    expect(
      d.relationships.filter((r) => r.type === 'REPORTED' && r.from === 'pete-hegseth'),
    ).toEqual([]);
  });

  it('"struck X on Tuesday, the U.S. military said": the saying is dated by the article, not the strike', () => {
    const d = draft(
      'Iranian missiles struck a fuel depot near the Saudi port of Yanbu on Tuesday, the Saudi energy ministry said.',
      '2026-07-15',
    );
    const ev = strike(d, /Yanbu/)!;
    const rep = d.relationships.filter((r) => r.type === 'REPORTED' && r.to === ev.id);
    expect(rep).toHaveLength(1);
    expect(rep[0]!.date).toBe('2026-07-15');
  });
});

describe('round 36: the country of a named base', () => {
  it('"an Iranian drone attack on Tal Afar air base in northern Iraq": the base lies in Iraq', () => {
    const d = draft(
      'Two American soldiers were killed in an Iranian drone attack on Tal Afar air base in northern Iraq on Monday.',
      '2026-07-15',
    );
    const base = d.entities.find((e) => e.name === 'Tal Afar air base');
    const iraq = d.entities.find((e) => e.name === 'Iraq');
    expect(base).toBeDefined();
    expect(find(d, 'LOCATED_IN', base!.id, iraq!.id)).toHaveLength(1);
  });

  it('"an attack on Tal Afar air base near the border with Syria": no country from a border', () => {
    const d = draft(
      'Two American soldiers were killed in an Iranian drone attack on Tal Afar air base near the border with Syria.',
      '2026-07-15',
    );
    const base = d.entities.find((e) => e.name === 'Tal Afar air base');
    expect(d.relationships.filter((r) => r.type === 'LOCATED_IN' && r.from === base?.id)).toEqual(
      [],
    );
  });
});

describe('round 36: a dateline gives the country of the place hit', () => {
  it('"KIRKUK, Iraq, May 3 (Reuters) - A U.S. outpost at Kirkuk airport was hit by Iranian rockets": Kirkuk lies in Iraq', () => {
    const d = draft(
      'KIRKUK, Iraq, May 3 (Reuters) - A U.S. outpost at Kirkuk airport was hit by Iranian rockets late on Sunday, the U.S. military said.',
      '2026-05-03',
    );
    const iraq = d.entities.find((e) => e.name === 'Iraq');
    const located = d.relationships.filter((r) => r.type === 'LOCATED_IN' && r.to === iraq?.id);
    expect(located).toHaveLength(1);
  });

  it('a dateline of another city gives nothing', () => {
    const d = draft(
      'BAGHDAD, Iraq, May 3 (Reuters) - A U.S. outpost at Kirkuk airport was hit by Iranian rockets late on Sunday, the U.S. military said.',
      '2026-05-03',
    );
    const iraq = d.entities.find((e) => e.name === 'Iraq');
    expect(d.relationships.filter((r) => r.type === 'LOCATED_IN' && r.to === iraq?.id)).toEqual([]);
  });
});
