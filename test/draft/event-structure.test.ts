/**
 * Issue 12, session 2026-12-05 (engineer "events"): who took part in an event, where it took
 * place, what it was part of. General rules of news English, each on sentences of our own with
 * the negatives that must not fire.
 */
import { draft, find } from './helpers';

const events = (d: ReturnType<typeof draft>) => d.entities.filter((e) => e.label === 'Event');

describe('calls: which call', () => {
  it('an undated Trump-Putin call in an article months after the registry call is another call', () => {
    const d = draft(
      'Asked about last week’s phone call between President Donald Trump and Vladimir Putin, the envoy said little.',
      '2026-10-14',
    );
    const call = events(d).find((e) => /call/i.test(e.name));
    expect(call).toBeDefined();
    expect(call!.status).toBe('new');
    expect(find(d, 'PARTICIPATED_IN', 'donald-trump', call!.id)).toHaveLength(1);
    expect(
      find(d, 'PARTICIPATED_IN', 'vladimir-putin', 'trump-putin-call-2026-03-09'),
    ).toHaveLength(0);
  });

  it('within the month after it, the undated call may still be the registry call', () => {
    const d = draft(
      'Asked about the phone call between President Donald Trump and Vladimir Putin, the envoy said little.',
      '2026-03-20',
    );
    expect(find(d, 'PARTICIPATED_IN', 'donald-trump', 'trump-putin-call-2026-03-09')).toHaveLength(
      1,
    );
  });

  it('"on March 9" in a September article is the March before it: dated, and the registry call', () => {
    const d = draft('Putin and President Donald Trump spoke by phone on March 9.', '2026-09-10');
    const took = find(d, 'PARTICIPATED_IN', 'donald-trump', 'trump-putin-call-2026-03-09');
    expect(took).toHaveLength(1);
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin', 'donald-trump')[0]?.date).toBe('2026-03-09');
  });

  it('a future "on March 9" stays in the coming March', () => {
    const d = draft(
      'Putin and President Donald Trump will speak by phone on March 9.',
      '2026-09-10',
    );
    expect(d.relationships.some((r) => r.date === '2026-03-09')).toBe(false);
  });
});

describe('calls: who took part', () => {
  const call = (d: ReturnType<typeof draft>) => events(d).find((e) => /call/i.test(e.name));
  const took = (d: ReturnType<typeof draft>, name: string) => {
    const p = d.entities.find((e) => e.name === name);
    const c = call(d);
    return p && c ? find(d, 'PARTICIPATED_IN', p.id, c.id).length : 0;
  };

  it('"X told Y in a phone call on Tuesday": they spoke, in a call both took part in', () => {
    const d = draft(
      'Finnish Foreign Minister Anna Berg told Polish Foreign Minister Ivo Marek in a phone call on Tuesday that Helsinki would send more patrol boats.',
      '2026-05-14',
    );
    const berg = d.entities.find((e) => e.name === 'Anna Berg')!;
    const marek = d.entities.find((e) => e.name === 'Ivo Marek')!;
    expect(find(d, 'SPOKE_WITH', berg.id, marek.id)[0]?.date).toBe('2026-05-12');
    expect(took(d, 'Anna Berg')).toBe(1);
    expect(took(d, 'Ivo Marek')).toBe(1);
  });

  it('"delivered the message to Y, the …, during a call": the verb reaches Y past an apposition', () => {
    const d = draft(
      'Chancellor Greta Lindahl delivered the warning to Oskar Brandt, the Danish prime minister, during a call on Friday.',
      '2026-05-18',
    );
    expect(took(d, 'Greta Lindahl')).toBe(1);
    expect(took(d, 'Oskar Brandt')).toBe(1);
  });

  it('no call when it is denied, wished for or asked about', () => {
    for (const text of [
      'Finnish Foreign Minister Anna Berg has not told Polish Foreign Minister Ivo Marek in a phone call about the plan.',
      'Finnish Foreign Minister Anna Berg will tell Polish Foreign Minister Ivo Marek in a phone call on Friday that the plan stands.',
      'It is unclear whether Finnish Foreign Minister Anna Berg told Polish Foreign Minister Ivo Marek in a phone call about the plan.',
    ]) {
      const d = draft(text, '2026-05-14');
      expect(call(d)).toBeUndefined();
    }
  });

  it('"X spoke today with Y", told as the news: a call', () => {
    const d = draft(
      'Finnish Foreign Minister Anna Berg spoke today with Polish Foreign Minister Ivo Marek. The two discussed ferry traffic.',
      '2026-05-14',
    );
    expect(took(d, 'Anna Berg')).toBe(1);
    expect(took(d, 'Ivo Marek')).toBe(1);
  });

  it('"also spoke with his counterpart in Warsaw, Y": a call with Y', () => {
    const d = draft(
      'Finnish Foreign Minister Anna Berg also spoke with her counterpart in Warsaw, Ivo Marek, on Tuesday, the ministry said.',
      '2026-05-14',
    );
    expect(took(d, 'Ivo Marek')).toBe(1);
  });

  it('a claim of having spoken, or a host who spoke with a guest, is no call', () => {
    const a = draft(
      'Finnish Foreign Minister Anna Berg said she had spoken with Polish Foreign Minister Ivo Marek last week.',
      '2026-05-14',
    );
    expect(call(a)).toBeUndefined();
    const b = draft(
      'On Tuesday’s Evening Line, host Ada Finch spoke with Ivo Marek, Poland’s foreign minister. The interview has been edited.',
      '2026-05-14',
    );
    expect(call(b)).toBeUndefined();
  });

  it('"he had discussed it with Y by phone on Monday": the pronoun’s person and Y took part', () => {
    const d = draft(
      'Defense Secretary Pete Hegseth testified on Tuesday. He said he had discussed the campaign with Polish Defence Minister Ivo Marek by phone on Monday.',
      '2026-05-14',
    );
    const c = call(d)!;
    expect(c).toBeDefined();
    expect(find(d, 'PARTICIPATED_IN', 'pete-hegseth', c.id)).toHaveLength(1);
    expect(took(d, 'Ivo Marek')).toBe(1);
  });

  it('"A and B discussed “…” in a phone call": a quote between the verb and the call', () => {
    const d = draft(
      'Finnish Foreign Minister Anna Berg and Polish Foreign Minister Ivo Marek discussed “the security of the Baltic” in a phone call on Tuesday.',
      '2026-05-14',
    );
    expect(took(d, 'Anna Berg')).toBe(1);
    expect(took(d, 'Ivo Marek')).toBe(1);
  });

  it('"Mohammed bin Salman" names his call whole', () => {
    const d = draft(
      'President Donald Trump spoke on Tuesday evening with Saudi Crown Prince Mohammed bin Salman, the White House said.',
      '2026-05-14',
    );
    expect(call(d)?.name).toMatch(/Trump-Mohammed bin Salman/);
  });

  it('"assured Trump in a phone call", undated: a call the sentence introduces, not the registry’s', () => {
    const d = draft(
      'Vladimir Putin had assured President Donald Trump in a phone call that Moscow was not helping Tehran.',
      '2026-03-17',
    );
    const c = call(d)!;
    expect(c.status).toBe('new');
    expect(find(d, 'PARTICIPATED_IN', 'donald-trump', c.id)).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'donald-trump', 'trump-putin-call-2026-03-09')).toHaveLength(
      0,
    );
  });
});

describe('hearings: who took part', () => {
  const hearing = (d: ReturnType<typeof draft>) =>
    d.entities.find((e) => e.label === 'Event' && /hearing\b/i.test(e.name));
  const took = (d: ReturnType<typeof draft>, name: string) => {
    const p = d.entities.find((e) => e.name === name);
    const h = hearing(d);
    return p && h ? find(d, 'PARTICIPATED_IN', p.id, h.id).length : 0;
  };

  it('senators who question the witness, open the hearing or judge the testimony took part', () => {
    const d = draft(
      [
        'Admiral Rosa Kettering testified before the Senate Armed Services Committee on Tuesday.',
        'Sen. Hal Brenner (R-Ohio) opened the hearing by asking about the Gulf convoys.',
        'Sen. Ada Whitcomb, a Vermont Democrat, called the testimony "thin."',
        'Sen. Paul Ortega asked Kettering whether the Navy had changed its routes.',
      ].join(' '),
      '2026-08-06',
    );
    expect(hearing(d)?.name).toMatch(/Senate Armed Services Committee hearing/);
    expect(took(d, 'Rosa Kettering')).toBe(1);
    expect(took(d, 'Hal Brenner')).toBe(1);
    expect(took(d, 'Ada Whitcomb')).toBe(1);
    expect(took(d, 'Paul Ortega')).toBe(1);
  });

  it('"The X Committee hearing is under way" names it; "under questioning from Rep. Y" gives both', () => {
    const d = draft(
      [
        'The House Foreign Affairs Committee hearing is under way.',
        'Deputy Secretary of State Clara Voss, under questioning from Rep. Dan Pruitt (D-Ore.), said the ships had been warned.',
      ].join(' '),
      '2026-08-06',
    );
    expect(hearing(d)?.name).toMatch(/House Foreign Affairs Committee hearing/);
    expect(took(d, 'Clara Voss')).toBe(1);
    expect(took(d, 'Dan Pruitt')).toBe(1);
  });

  it('"at the hearing" is the hearing of the one committee the article names', () => {
    const d = draft(
      [
        'Admiral Rosa Kettering testified before the Senate Armed Services Committee on Tuesday.',
        'Sen. Hal Brenner at the hearing: "We still have no answer."',
      ].join(' '),
      '2026-08-06',
    );
    const hearings = d.entities.filter((e) => e.label === 'Event' && /hearing\b/i.test(e.name));
    expect(hearings).toHaveLength(1);
    expect(took(d, 'Hal Brenner')).toBe(1);
  });

  it('a hearing to come, or a lawmaker with no tie to it, takes no part', () => {
    const a = draft(
      'The Senate Armed Services Committee hearing will be held next week. Sen. Hal Brenner (R-Ohio) said he would question the admiral.',
      '2026-08-06',
    );
    expect(took(a, 'Hal Brenner')).toBe(0);
    const b = draft(
      [
        'Admiral Rosa Kettering testified before the Senate Armed Services Committee on Tuesday.',
        'Separately, Sen. Hal Brenner (R-Ohio) said on Sunday that sanctions were overdue.',
      ].join(' '),
      '2026-08-06',
    );
    expect(took(b, 'Hal Brenner')).toBe(0);
  });
});
