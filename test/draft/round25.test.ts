/**
 * Round 25 (issue 12, session 2026-12-05, engineer "report"): who reported the claim, and
 * denials without a quote. General categories found reading the round's first run, each tested
 * on sentences of our own wording (not the round's texts), with negatives that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'U.S. officials say Russia has been passing satellite images of American warships to Iran.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const denials = (d: D) => d.relationships.filter((r) => r.type === 'DENIED');

describe('a denial withheld, or of something else, is no denial of the claim', () => {
  it('"declined to deny" and "refused to confirm or deny" deny nothing', () => {
    const d = draft(
      `${LEAD}\n\nThe Kremlin declined to deny the report on Monday. Russia's Defense Ministry refused to confirm or deny it.`,
      '2026-05-12',
    );
    expect(denials(d)).toHaveLength(0);
  });

  it('"denied that <a clause about other business>" is not the claim denied', () => {
    const d = draft(
      `${LEAD}\n\nSecretary of State Marco Rubio denied that arms-control talks with Moscow had been frozen.`,
      '2026-05-12',
    );
    expect(denials(d)).toHaveLength(0);
  });

  it('"denied that Moscow had passed any data to Tehran" still denies the claim', () => {
    const d = draft(
      `${LEAD}\n\nKremlin spokesman Dmitry Peskov denied that Moscow had passed any data to Tehran.`,
      '2026-05-12',
    );
    const peskov = idOf(d, 'Dmitry Peskov');
    expect(peskov).toBeDefined();
    expect(find(d, 'DENIED', peskov!)).toHaveLength(1);
  });

  it('"denied that Iran carried out the attack, calling the accusation “…”" leaves the claim alone', () => {
    const d = draft(
      `${LEAD}\n\nIran's foreign ministry denied that Iranian drones had hit the tanker, calling the accusation "slander."`,
      '2026-05-12',
    );
    const claim = d.relationships.find((r) => r.type === 'SHARED_INTELLIGENCE_WITH');
    expect(claim).toBeDefined();
    expect(denials(d).filter((r) => r.to === 'russia-iran-intelligence-sharing')).toHaveLength(0);
  });

  it('a question in a headline ("… and who denies it") names nobody who denies', () => {
    const d = draft(`Who leaked the imagery story, and who denies it\n\n${LEAD}`, '2026-05-12');
    expect(denials(d)).toHaveLength(0);
  });
});

describe('a side’s denial in reported speech, with no quote and no denial verb', () => {
  it('"Iran insists it has never received intelligence from any foreign state"', () => {
    const d = draft(
      `${LEAD}\n\nIran insists it has never received intelligence from any foreign state.`,
      '2026-05-12',
    );
    expect(find(d, 'DENIED', 'iran', 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"Tehran says it does not take targets from anyone"', () => {
    const d = draft(`${LEAD}\n\nTehran says it does not take targets from anyone.`, '2026-05-12');
    expect(find(d, 'DENIED', 'iran', 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"Russia does not interfere in the conflict, <speaker> told reporters": the speaker denies', () => {
    const d = draft(
      `${LEAD}\n\nRussia does not interfere in the conflict, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`,
      '2026-05-12',
    );
    const peskov = idOf(d, 'Dmitry Peskov');
    expect(peskov).toBeDefined();
    expect(find(d, 'DENIED', peskov!, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('another war, another side, a condition or a negated lead deny nothing', () => {
    for (const line of [
      'Iran does not interfere in the war in Ukraine, its foreign ministry said.',
      'The White House says it does not take orders from anyone.',
      'If Russia does not interfere in the conflict, talks can resume, the ministry said.',
      'The ministry did not say that Iran has never received intelligence from Russia.',
    ]) {
      const d = draft(`${LEAD}\n\n${line}`, '2026-05-12');
      expect(denials(d)).toHaveLength(0);
    }
  });
});

describe('a digest whose items end with their sources', () => {
  const DIGEST = [
    'THE MORNING FILE',
    '',
    'U.S. officials say Russian satellites located American warships for Iran last week. (NYT)',
    'The Kremlin has rejected the reports. (AP)',
    'Secretary of State Marco Rubio met Turkish Foreign Minister Hakan Fidan in Ankara on Monday, the State Department said. (Reuters)',
    'Sen. Ann Porter wrote to the Pentagon asking for a briefing. (Politico)',
  ].join('\n');

  it('keeps "… (AP)" lines as items, not captions, and credits each source', () => {
    const d = draft(DIGEST, '2026-05-12');
    expect(find(d, 'DENIED', 'kremlin', 'russia-iran-intelligence-sharing')).toHaveLength(1);
    expect(
      find(d, 'REPORTED', 'associated-press', 'russia-iran-intelligence-sharing'),
    ).toHaveLength(1);
    const nyt = idOf(d, 'The New York Times') ?? idOf(d, 'NYT');
    expect(nyt).toBeDefined();
    expect(find(d, 'REPORTED', nyt!, 'russia-iran-intelligence-sharing')).toHaveLength(1);
    const meeting = find(d, 'PARTICIPATED_IN', idOf(d, 'Marco Rubio')!)[0]?.to;
    expect(meeting).toBeDefined();
    expect(find(d, 'REPORTED', 'reuters', meeting)).toHaveLength(1);
  });

  it('credits nothing for an item that tells no event (a letter)', () => {
    const d = draft(DIGEST, '2026-05-12');
    const politico = idOf(d, 'Politico');
    expect(politico === undefined || find(d, 'REPORTED', politico).length === 0).toBe(true);
  });

  it('a lone "(AP)" at the end of a caption line stays furniture', () => {
    const d = draft(
      `${LEAD}\n\nIranian sailors stand on the deck of a frigate near Bandar Abbas on May 2, 2026. (AP)`,
      '2026-05-12',
    );
    expect(d.relationships.filter((r) => r.from === 'associated-press')).toHaveLength(0);
    expect(d.entities.some((e) => e.name === 'Bandar Abbas')).toBe(false);
  });

  it('a bulleted line is an item, not a headline, however many capitals it has', () => {
    const d = draft(
      `${LEAD}\n\n• Envoy Steve Witkoff met Kremlin Aide Yuri Ushakov In Geneva On Friday (Reuters)\n• Moscow Rejects The Reports (TASS)`,
      '2026-05-12',
    );
    expect(find(d, 'SPOKE_WITH', 'steve-witkoff', 'yuri-ushakov')).toHaveLength(1);
  });
});

describe('"according to a Bloomberg report", "in a New York Times report"', () => {
  it('an outlet after "a" that heads a report noun reported the claim', () => {
    const d = draft(
      'According to a Bloomberg report, Russian satellites passed images of U.S. ships to Iran.',
      '2026-05-12',
    );
    const b = idOf(d, 'Bloomberg');
    expect(b).toBeDefined();
    expect(find(d, 'REPORTED', b!, 'russia-iran-intelligence-sharing')).toHaveLength(1);
  });

  it('"according to a Bloomberg reporter" is a person, not the outlet’s report', () => {
    const d = draft(
      'According to a Bloomberg reporter in Moscow, Russian satellites passed images of U.S. ships to Iran.',
      '2026-05-12',
    );
    const b = idOf(d, 'Bloomberg');
    expect(b === undefined || find(d, 'REPORTED', b).length === 0).toBe(true);
  });
});
