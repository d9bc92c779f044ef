/**
 * Relations told in passing in background paragraphs: a pair that draws closer ("deepened
 * ties"), an invasion ("Moscow's 2022 invasion of Ukraine"), arms named before their user
 * ("supplied drones that Russia used"). Short texts of our own.
 */
import { draft, find } from './helpers';

describe('a pair that draws closer', () => {
  it('is allied: "deepened ties", "strengthened their military cooperation"', () => {
    const d = draft('Russia and Iran deepened ties after the war began.', '2026-09-11');
    expect(find(d, 'ALLIED_WITH', 'russia', 'iran')).toHaveLength(1);
    const c = draft('China and Russia have strengthened their military cooperation.', '2026-09-11');
    expect(find(c, 'ALLIED_WITH', 'china', 'russia')).toHaveLength(1);
  });

  it('is not allied when it did not, or when it cut ties', () => {
    for (const t of [
      'Russia and Iran have not deepened ties, officials said.',
      'Kuwait and Iran cut ties in March.',
    ]) {
      const d = draft(t, '2026-09-11');
      expect(d.relationships.filter((r) => r.type === 'ALLIED_WITH')).toEqual([]);
    }
  });
});

describe('an invasion', () => {
  it("is the invader's attack on the country invaded", () => {
    for (const t of [
      "Ties grew after Moscow's 2022 invasion of Ukraine.",
      'The Russian invasion of Ukraine changed that.',
      'After Russia invaded Ukraine, the pattern changed.',
    ]) {
      const d = draft(t, '2026-09-11');
      expect(find(d, 'ATTACKED', 'russia', 'ukraine')).toHaveLength(1);
    }
  });

  it('needs a country invaded', () => {
    const d = draft('Critics called the leak an invasion of privacy by Russia.', '2026-09-11');
    expect(d.relationships.filter((r) => r.type === 'ATTACKED')).toEqual([]);
  });
});

describe('arms named before their user', () => {
  it('are supplied by the subject to the one who used them', () => {
    const d = draft(
      'Tehran supplied Shahed drones that Russia used against Ukrainian cities.',
      '2026-09-11',
    );
    expect(find(d, 'SUPPLIED_ARMS_TO', 'iran', 'russia')).toHaveLength(1);
  });

  it('are not when the relative clause tells no use', () => {
    const d = draft('Tehran supplied drones that Russia later denied receiving.', '2026-09-11');
    expect(find(d, 'SUPPLIED_ARMS_TO', 'iran', 'russia')).toEqual([]);
  });
});

describe('a strike named as a noun with its day first', () => {
  it('takes the demonym inside it for the attacker: "Wednesday\'s Iranian drone attack on …"', () => {
    const d = draft(
      'Hegseth says the U.S. will "respond at a time of our choosing" to Wednesday\'s Iranian drone attack on Al Udeid Air Base in Qatar.',
      '2026-09-17',
    );
    const strike = d.entities.find((e) => e.label === 'Event' && /drone/i.test(e.name));
    expect(strike).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike!.id)).toHaveLength(1);
  });

  it('does not take the country the attack was on', () => {
    const d = draft("Last week's drone attack on Iran killed two guards.", '2026-09-17');
    expect(
      d.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.from === 'iran'),
    ).toEqual([]);
  });
});
