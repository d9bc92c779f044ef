/**
 * Event rules of issue 12's seventh session (engineer "events"): registry events told by
 * paraphrase, drafted events merged into the registry's, event anaphora, strikes without a
 * weapon before the verb, interview events only where the text speaks of an interview. Each on
 * short sentences of our own (not the held-out texts), with the negatives that must not fire.
 */
import { eventProfiles, kindOf, scoreEvents } from '../../scripts/src/draft/event-refs';
import { context, draft, find } from './helpers';

const ev = (d: ReturnType<typeof draft>, id: string) => d.entities.find((e) => e.id === id);

describe('the kind of an event from its words', () => {
  it('reads the head noun or verb', () => {
    expect(kindOf('Trump-Putin phone call of 9 March 2026')).toBe('call');
    expect(kindOf('Strike on the U.S. operation center at Shuaiba port')).toBe('strike');
    expect(kindOf('Iranian Shahed drone deliveries to Russia')).toBe('transfer');
    expect(kindOf('Russian-assisted Iranian imaging satellite launch')).toBe('launch');
    expect(kindOf('Russian and Iranian support for the Assad regime')).toBe('intervention');
    expect(kindOf('a statement of policy')).toBeUndefined();
  });
});

describe('registry event profiles and scores', () => {
  const profiles = eventProfiles(context());
  it('takes parties from curated facts and from the names inside the event name', () => {
    const shahed = profiles.find((p) => p.id === 'shahed-drone-deliveries')!;
    expect([...shahed.parties].sort()).toEqual(['iran', 'russia']);
    expect([...shahed.senders]).toEqual(['iran']);
    const strike = profiles.find((p) => p.id === 'kuwait-shuaiba-strike')!;
    expect(strike.places.has('shuaiba-port')).toBe(true);
    expect(strike.places.has('kuwait')).toBe(true);
  });
  it('leaves alleged claims to the claims stage', () => {
    expect(profiles.some((p) => p.id === 'russia-iran-intelligence-sharing')).toBe(false);
  });
  it('rules out an event of another day, and ranks the rest with a reason', () => {
    const q = {
      kind: 'call' as const,
      parties: new Set(['donald-trump', 'vladimir-putin']),
      people: new Set(['donald-trump', 'vladimir-putin']),
      words: new Set<string>(),
    };
    expect(scoreEvents(profiles, { ...q, date: '2026-06-11' })).toEqual([]);
    const [best] = scoreEvents(profiles, { ...q, date: '2026-03-09' });
    expect(best!.id).toBe('trump-putin-call-2026-03-09');
    expect(best!.why).toMatch(/same day/);
  });
});

describe('registry events named by paraphrase', () => {
  it('links a transfer told with a verb to the registry event, its sender taking part', () => {
    const d = draft(
      'Over the winter Tehran shipped hundreds of attack drones to Russia for use against Ukrainian towns.',
      '2026-06-01',
    );
    expect(find(d, 'PARTICIPATED_IN', 'iran', 'shahed-drone-deliveries')).toHaveLength(1);
    // The recipient of a transfer is not recorded as a participant (the golds' reading).
    expect(find(d, 'PARTICIPATED_IN', 'russia', 'shahed-drone-deliveries')).toHaveLength(0);
    expect(find(d, 'PART_OF', 'shahed-drone-deliveries', 'russia-ukraine-war')).toHaveLength(1);
  });
  it('does not take a transfer the other way round, or a message, for it', () => {
    const other = draft('Russia shipped Iran parts for its own drones last year.', '2026-06-01');
    expect(ev(other, 'shahed-drone-deliveries')).toBeUndefined();
    const message = draft(
      'Hegseth delivered a blunt message to Iran and Russia on Tuesday.',
      '2026-06-01',
    );
    expect(ev(message, 'shahed-drone-deliveries')).toBeUndefined();
  });
  it('links a launch told as a rocket carrying a satellite into orbit', () => {
    const d = draft(
      'Years ago a Russian rocket lifted an Iranian spy satellite into orbit.',
      '2026-06-01',
    );
    expect(find(d, 'PARTICIPATED_IN', 'russia', 'iran-satellite-launch')).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'iran', 'iran-satellite-launch')).toHaveLength(1);
  });
  it('links a strike by its place and restates whom it hit when the text counts the dead', () => {
    const d = draft(
      'Officials recalled the drone attack on the U.S. post at Kuwait’s Shuaiba port in March, which killed six U.S. service members.',
      '2026-06-01',
    );
    expect(find(d, 'ATTACKED', 'kuwait-shuaiba-strike', 'us-military')).toHaveLength(1);
    expect(find(d, 'OCCURRED_IN', 'kuwait-shuaiba-strike', 'shuaiba-port')).toHaveLength(1);
    expect(d.entities.some((e) => e.status === 'new' && e.label === 'Event')).toBe(false);
  });
  it('does not take a strike elsewhere, or on another day, for the registry strike', () => {
    const d = draft(
      'A drone hit a depot near the Omani port of Sohar on Sunday, killing two sailors.',
      '2026-06-08',
    );
    expect(ev(d, 'kuwait-shuaiba-strike')).toBeUndefined();
  });
  it('links a call by its day, with both leaders taking part, and not a second call', () => {
    const d = draft(
      'Trump and Putin last spoke on March 9. Aides said the March 9 call between the two leaders was cordial.',
      '2026-06-14',
    );
    expect(find(d, 'PARTICIPATED_IN', 'donald-trump', 'trump-putin-call-2026-03-09')).toHaveLength(
      1,
    );
    expect(
      find(d, 'PARTICIPATED_IN', 'vladimir-putin', 'trump-putin-call-2026-03-09'),
    ).toHaveLength(1);
    const second = draft(
      'Trump and Putin held a second call in a month, the Kremlin said.',
      '2026-06-14',
    );
    expect(ev(second, 'trump-putin-call-2026-03-09')).toBeUndefined();
  });
  it('does not link talks to a call whose people only stand far off in the sentence', () => {
    const d = draft(
      'Donald Trump’s envoy Steve Witkoff spoke after holding talks with Yuri Ushakov, an aide to Russian President Vladimir Putin.',
      '2026-06-14',
    );
    expect(ev(d, 'trump-putin-call-2026-03-09')).toBeUndefined();
  });
  it('nothing that has not happened: "urged Trump to call Putin"', () => {
    const d = draft('Senators urged Donald Trump to call Vladimir Putin again.', '2026-06-14');
    expect(ev(d, 'trump-putin-call-2026-03-09')).toBeUndefined();
  });
});

describe('strikes without a weapon before the verb', () => {
  it('"fired two anti-ship missiles at a U.S. destroyer": a strike that ATTACKED the U.S. military (the seeds\' shape)', () => {
    const d = draft(
      'Iranian forces fired two anti-ship missiles at a U.S. destroyer in the Red Sea on Sunday.',
      '2026-06-08',
    );
    const strike = d.entities.find((e) => e.label === 'Event' && /Red Sea/.test(e.name));
    expect(strike).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'iran', strike!.id)).toHaveLength(1);
    expect(find(d, 'ATTACKED', strike!.id, 'us-military')).toHaveLength(1);
    expect(d.relationships.filter((r) => r.type === 'ATTACKED' && r.from === 'iran')).toEqual([]);
  });
  it('"American aircraft hit …, in what the Pentagon called Operation X": the operation', () => {
    const d = draft(
      'American aircraft hit two radar sites near the Iranian port of Bushehr in what the Pentagon called Operation Long Reach. The raid lasted an hour.',
      '2026-06-08',
    );
    const op = d.entities.find((e) => e.name === 'Operation Long Reach');
    expect(op?.label).toBe('Event');
    expect(find(d, 'PARTICIPATED_IN', 'united-states', op!.id)).toHaveLength(1);
    expect(op!.mentions.map((m) => m.text)).toContain('The raid');
  });
  it('"came under fire" with the place after the verb; "was not hit" is nothing', () => {
    const d = draft('A U.S. tanker came under fire in the Gulf of Aden on Friday.', '2026-06-08');
    expect(d.entities.some((e) => e.label === 'Event' && /Gulf of Aden/.test(e.name))).toBe(true);
    const not = draft('The tanker in the Gulf of Aden was not hit, officials said.', '2026-06-08');
    expect(not.entities.some((e) => e.label === 'Event' && /Gulf of Aden/.test(e.name))).toBe(
      false,
    );
  });
});

describe('interview events', () => {
  it('an appearance ("said on …") is no interview event; "in an interview with" is one', () => {
    const appeared = draft(
      'Senator Ruth Aldana said on CNN on Sunday that Russia was "playing both sides."',
      '2026-06-14',
    );
    expect(appeared.entities.some((e) => e.label === 'Event' && /interview/i.test(e.name))).toBe(
      false,
    );
    expect(
      find(appeared, 'APPEARED_ON', 'new-ruth-aldana').length +
        appeared.relationships.filter((r) => r.type === 'APPEARED_ON' && r.to === 'cnn').length,
    ).toBeGreaterThan(0);
    const interview = draft(
      'Senator Ruth Aldana said in an interview with CNN on Sunday that Russia was "playing both sides."',
      '2026-06-14',
    );
    expect(interview.entities.some((e) => e.label === 'Event' && /interview/i.test(e.name))).toBe(
      true,
    );
  });
});

describe("the lead's blind-set categories (events), on sentences of our own", () => {
  it('"a phone call between President A and U.S. President B" is a talk between them', () => {
    const d = draft(
      'The Kremlin described a phone call between President Vladimir Putin and U.S. President Donald Trump as "frank."',
      '2026-06-10',
    );
    expect(
      d.relationships.filter(
        (r) =>
          r.type === 'SPOKE_WITH' && [r.from, r.to].sort().join() === 'donald-trump,vladimir-putin',
      ),
    ).toHaveLength(1);
    // Linked by name only, the talk takes no day the text never gave.
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin')[0]?.date).toBeUndefined();
  });
  it('"was quietly passing satellite imagery of U.S. warships to Tehran" is sharing with Iran', () => {
    const d = draft(
      'Officials said Moscow was quietly passing satellite imagery of U.S. warships to Tehran.',
      '2026-06-10',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'united-states')).toHaveLength(0);
  });
  it("a host's question states no talk, and nobody in it was interviewed", () => {
    const d = draft(
      'Fox News host Bret Lane asked Pete Hegseth: "Has the president raised it with Vladimir Putin?"',
      '2026-06-10',
    );
    expect(d.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', 'bret-lane', 'vladimir-putin')).toHaveLength(0);
    const plain = draft(
      'Host Dana Ruiz asked: "Has the president raised it with Vladimir Putin?"',
      '2026-06-10',
    );
    expect(plain.relationships.filter((r) => r.type === 'SPOKE_WITH')).toHaveLength(0);
    expect(find(plain, 'INTERVIEWED', 'dana-ruiz', 'vladimir-putin')).toHaveLength(0);
  });
  it('"X was interviewed by host Y": the host interviewed the guest, never the other way', () => {
    const d = draft(
      'Pete Hegseth was interviewed by CBS host Lena Ortiz on Sunday. He said Iran was "losing the war."',
      '2026-06-10',
    );
    expect(find(d, 'INTERVIEWED', 'pete-hegseth')).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', 'lena-ortiz', 'pete-hegseth')).toHaveLength(1);
  });
});
