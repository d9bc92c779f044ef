/**
 * Round 23 (issue 12, engineer "strike"): attacks and their victims, in the seeds' shape
 * (seeds/extractions/2026-03-06-leavitt-does-not-really-matter.yaml, the Shuaiba strike): a named
 * strike is an Event, its attacker PARTICIPATED_IN it, it ATTACKED what it hit and OCCURRED_IN
 * its place; a country ATTACKED a country only where no site is named. Each test is on sentences
 * of our own, not from the round's texts.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const strike = (d: D, name: RegExp) =>
  d.entities.find((e) => e.label === 'Event' && name.test(e.name));
const attacks = (d: D) => d.relationships.filter((r) => r.type === 'ATTACKED');
const idOf = (d: D, name: string) => d.entities.find((e) => e.name === name)?.id;

describe('what a strike hit', () => {
  it('"a rocket attack on a U.S. base in southern Syria killed two American soldiers": the U.S. military, Syria only the place', () => {
    const d = draft(
      'A rocket attack on a U.S. base in southern Syria killed two American soldiers on Friday.',
      '2026-05-10',
    );
    const ev = strike(d, /Syria/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
    expect(find(d, 'OCCURRED_IN', ev!.id, idOf(d, 'Syria'))).toHaveLength(1);
    expect(attacks(d).filter((r) => r.to === idOf(d, 'Syria'))).toEqual([]);
  });

  it('"the drone strike in Iraq that wounded four U.S. service members": a strike named with "in"', () => {
    const d = draft(
      'Senators pressed the general a day after the drone strike in Iraq that wounded four U.S. service members.',
      '2026-05-10',
    );
    const ev = strike(d, /Iraq/);
    expect(ev).toBeDefined();
    expect(find(d, 'ATTACKED', ev!.id, 'us-military')).toHaveLength(1);
  });

  it('"struck a Revolutionary Guards missile depot near X": the Guards, not the country', () => {
    const d = draft(
      'American aircraft struck a Revolutionary Guards missile depot near Shiraz in southern Iran overnight.',
      '2026-05-10',
    );
    const ev = strike(d, /Shiraz/)!;
    const guards = d.entities.find((e) => /Revolutionary Guard/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', 'united-states', ev.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, guards.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, 'iran')).toEqual([]);
  });

  it('"struck a refinery near the Kuwaiti port of X": the strike ATTACKED Kuwait; Iran only took part', () => {
    const d = draft(
      'Iranian missiles struck a refinery near the Kuwaiti port of Mina al-Ahmadi on Tuesday.',
      '2026-05-10',
    );
    const ev = strike(d, /Mina al-Ahmadi/)!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, 'kuwait')).toHaveLength(1);
    expect(find(d, 'ATTACKED', 'iran')).toEqual([]);
  });

  it('"Iranian missiles struck Qatar": a country hit as a whole stays the attacker\'s attack on it', () => {
    const d = draft('Iranian missiles struck Qatar last week, officials said.', '2026-05-10');
    expect(find(d, 'ATTACKED', 'iran', 'qatar')).toHaveLength(1);
  });

  it('a tanker off a port, a camp of unknown owner: nobody is drafted as hit', () => {
    const tanker = draft(
      'A drone struck a tanker off the Qatari port of Ras Laffan on Monday.',
      '2026-05-10',
    );
    expect(attacks(tanker)).toEqual([]);
    const camp = draft('Iranian missiles hit Camp Buehring in Kuwait on Sunday.', '2026-05-10');
    expect(attacks(camp)).toEqual([]);
  });
});

describe('where a strike happened', () => {
  it('"hit Camp X in Kuwait": the named camp is the place, in Kuwait, and names the strike', () => {
    const d = draft('Iranian missiles hit Camp Buehring in Kuwait on Sunday.', '2026-05-10');
    const ev = strike(d, /Camp Buehring/)!;
    const camp = idOf(d, 'Camp Buehring')!;
    expect(find(d, 'OCCURRED_IN', ev.id, camp)).toHaveLength(1);
    expect(find(d, 'LOCATED_IN', camp, 'kuwait')).toHaveLength(1);
    expect(find(d, 'OCCURRED_IN', ev.id, 'kuwait')).toEqual([]);
  });

  it('"struck the destroyer USS X in the Arabian Sea": the ship names the strike, the sea is its place', () => {
    const d = draft(
      'An Iranian drone struck the destroyer USS Kestrel in the Arabian Sea on Friday.',
      '2026-05-10',
    );
    const ev = strike(d, /USS Kestrel/)!;
    expect(find(d, 'OCCURRED_IN', ev.id, idOf(d, 'Arabian Sea'))).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, 'us-military')).toHaveLength(1);
  });
});

describe('who took part', () => {
  it('"helped Iranian forces strike a U.S. Navy destroyer in the X": the attack inside a sharing claim', () => {
    const d = draft(
      'Officials said Moscow had helped Iranian forces strike a U.S. Navy destroyer in the Arabian Sea last month.',
      '2026-05-10',
    );
    const ev = strike(d, /Arabian Sea/)!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, 'us-military')).toHaveLength(1);
  });

  it('"could help Iranian forces strike …": a hypothetical attack is none', () => {
    const d = draft(
      'Officials fear Moscow could help Iranian forces strike a U.S. destroyer in the Arabian Sea.',
      '2026-05-10',
    );
    expect(attacks(d)).toEqual([]);
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.from === 'iran'),
    ).toEqual([]);
  });

  it('"X said the rockets had been launched from Y by Z, and that its forces had struck …"', () => {
    const d = draft(
      "A rocket attack on a U.S. outpost in eastern Syria wounded three American troops on Sunday. U.S. Central Command said the rockets had been fired from Iraq by Saraya al-Karar, and that its forces had struck the group's depot near Qaim.",
      '2026-05-10',
    );
    const first = strike(d, /Syria/)!;
    const second = strike(d, /Qaim/)!;
    const group = idOf(d, 'Saraya al-Karar')!;
    const centcom = d.entities.find((e) => /Central Command/.test(e.name))!;
    expect(find(d, 'PARTICIPATED_IN', group, first.id)).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', centcom.id, second.id)).toHaveLength(1);
    // "the group's depot": another owner's site, not Iraq's.
    expect(attacks(d).filter((r) => r.from === second.id)).toEqual([]);
  });
});

describe('attacks that did not happen, and the days of attacks', () => {
  it('"warned of a strike on a U.S. base in Iraq", "an attack on X could come": no event, no attack', () => {
    for (const text of [
      'The general warned of a strike on a U.S. base in Iraq.',
      'Officials said an attack on the U.S. base in Iraq could come within days.',
    ]) {
      const d = draft(text, '2026-05-10');
      expect(attacks(d)).toEqual([]);
      expect(d.entities.filter((e) => e.label === 'Event' && /Iraq/.test(e.name))).toEqual([]);
    }
  });

  it('"denies that its drones attacked the freighter, which was hit … on Friday": the denial is not dated by the attack', () => {
    const d = draft(
      "Iran's foreign ministry denies that Iranian drones attacked the freighter Blue Heron, which was hit off Oman on Friday.",
      '2026-05-10',
    );
    const denials = d.relationships.filter((r) => r.type === 'DENIED');
    expect(denials.length).toBeGreaterThan(0);
    expect(denials.filter((r) => r.date === '2026-05-08')).toEqual([]);
  });
});

describe('strikes told again, and other verbs', () => {
  it('"It was the third attack on a U.S. base in X this month": the strike just told, no second event', () => {
    const d = draft(
      'Iranian missiles struck Camp Buehring in Kuwait on Sunday, wounding six U.S. troops. It was the third attack on a U.S. base in Kuwait this month.',
      '2026-05-10',
    );
    expect(
      d.entities.filter((e) => e.label === 'Event' && /strike|attack/i.test(e.name)),
    ).toHaveLength(1);
  });

  it('"a missile tore into the destroyer USS X": a strike', () => {
    const d = draft(
      'On Friday an Iranian missile tore into the destroyer USS Kestrel in the Arabian Sea.',
      '2026-05-10',
    );
    const ev = strike(d, /USS Kestrel/)!;
    expect(find(d, 'PARTICIPATED_IN', 'iran', ev.id)).toHaveLength(1);
  });

  it('"U.S. forces had struck …": the United States took part, not the body the words name', () => {
    const d = draft(
      'The spokesman said U.S. forces had struck a radar site near the Iranian port of Chabahar.',
      '2026-05-10',
    );
    const ev = strike(d, /Chabahar/)!;
    expect(find(d, 'PARTICIPATED_IN', 'united-states', ev.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', ev.id, 'iran')).toHaveLength(1);
  });

  it('"the drone strike in X that killed …, an attack the Pentagon blamed on …": X is the place', () => {
    const d = draft(
      'He spoke after the drone strike in Iraq that killed two U.S. soldiers, an attack the Pentagon blamed on a militia.',
      '2026-05-10',
    );
    const ev = strike(d, /Iraq/)!;
    expect(find(d, 'OCCURRED_IN', ev.id, idOf(d, 'Iraq'))).toHaveLength(1);
    expect(find(d, 'OCCURRED_IN', ev.id, 'pentagon')).toEqual([]);
  });
});
