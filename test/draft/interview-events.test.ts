/**
 * Issue 12, session 2026-12-05 afternoon (engineer "events2"): interviews, hearings and
 * briefings as events — who took part, where, and on which programme. Sentences of our own,
 * with the negatives that must not fire.
 */
import type { Draft } from '@kg/server/contracts';
import { draft, find } from './helpers';

const id = (d: Draft, name: string) => d.entities.find((e) => e.name === name)?.id ?? `?${name}`;
const events = (d: Draft) => d.entities.filter((e) => e.label === 'Event');
const interview = (d: Draft) => events(d).find((e) => /interview/i.test(e.name));
const took = (d: Draft, name: string, ev: { id: string } | undefined) =>
  ev ? find(d, 'PARTICIPATED_IN', id(d, name), ev.id).length : 0;

describe('interviews with a named host', () => {
  it('a guest pressed by a host on a programme: guest, host and programme took part', () => {
    const d = draft(
      'Governor Tessa Lund said Sunday that the sanctions were working. Appearing on ABC\'s "This Week," Lund was pressed by host Omar Reyes on whether the ports would reopen. "Not this month," Lund said.',
      '2026-05-11',
    );
    const ev = interview(d);
    expect(ev).toBeDefined();
    expect(took(d, 'Tessa Lund', ev)).toBe(1);
    expect(took(d, 'Omar Reyes', ev)).toBe(1);
    expect(took(d, 'This Week', ev)).toBe(1);
  });

  it('"X told moderator Y on NBC\'s "Meet the Press"": one interview event, the host in it', () => {
    const d = draft(
      '"We will not wait forever," Senator Dale Brooker told moderator Ines Carrow on NBC\'s "Meet the Press" on Sunday.',
      '2026-05-11',
    );
    expect(events(d).filter((e) => /interview/i.test(e.name))).toHaveLength(1);
    expect(took(d, 'Ines Carrow', interview(d))).toBe(1);
    expect(took(d, 'Dale Brooker', interview(d))).toBe(1);
  });

  it('a guest who only "said on" a programme, with no host named, gives no interview event', () => {
    const d = draft(
      '"We will not wait forever," Senator Dale Brooker said on NBC\'s "Meet the Press" on Sunday.',
      '2026-05-11',
    );
    expect(find(d, 'APPEARED_ON', id(d, 'Dale Brooker')).length).toBeGreaterThan(0);
    expect(interview(d)).toBeUndefined();
  });

  it("a host's interview is not the registry's interview of another month with that guest", () => {
    const d = draft(
      'Speaking to Fox News anchor Lena Marsh on "The Late Edition," Karoline Leavitt said the matter had been raised. In early March she had told the network that the reports did not matter.',
      '2026-04-08',
    );
    const ev = events(d).find((e) => took(d, 'Lena Marsh', e) > 0);
    expect(ev).toBeDefined();
    expect(ev!.id).not.toBe('leavitt-fox-news-interview');
  });

  it('"X told Fox News\' NAME in an interview": the host (a bare possessive) interviewed, not the network', () => {
    const d = draft(
      '"The bill is dead," Senator Ray Collard told Fox News\' Gina Tolliver in an interview that aired Thursday.',
      '2026-05-15',
    );
    expect(find(d, 'INTERVIEWED', id(d, 'Gina Tolliver'), id(d, 'Ray Collard'))).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', 'fox-news', id(d, 'Ray Collard'))).toHaveLength(0);
    expect(took(d, 'Gina Tolliver', interview(d))).toBe(1);
  });
});

describe('appearances', () => {
  it('a quote of two sentences then "X told moderator Y on P": X appeared, the moderator did not', () => {
    const d = draft(
      '"They can say what they like. We have the logs," Governor Alma Freer told moderator Jon Tapley on CBS\'s "Face the Nation" on Sunday.',
      '2026-05-11',
    );
    expect(find(d, 'APPEARED_ON', id(d, 'Alma Freer'), id(d, 'Face the Nation'))).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', id(d, 'Jon Tapley'))).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', id(d, 'Jon Tapley'), id(d, 'Alma Freer'))).toHaveLength(1);
  });

  it('"Later on the program, X said": X appeared on the programme told before, and its network', () => {
    const d = draft(
      'Governor Alma Freer said on CBS\'s "Face the Nation" on Sunday that the ports were safe. She pointed to a drop in attacks. Later on the program, Sen. Hugo Marten, a Texas Republican, said the ports were "anything but safe."',
      '2026-05-11',
    );
    const marten = id(d, 'Hugo Marten');
    expect(find(d, 'APPEARED_ON', marten, id(d, 'Face the Nation'))[0]?.date).toBe('2026-05-10');
    expect(find(d, 'APPEARED_ON', marten, 'cbs')).toHaveLength(1);
  });

  it('a network named in passing since ("whose answer on CNBC") is not the programme it is on', () => {
    const d = draft(
      'Appearing on CBS\'s "Face the Nation," Governor Alma Freer criticised the envoy, whose answer on CNBC she called "naive." Later in the program, Sen. Hugo Marten said the envoy was right.',
      '2026-05-11',
    );
    const marten = id(d, 'Hugo Marten');
    expect(find(d, 'APPEARED_ON', marten, id(d, 'Face the Nation'))).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', marten, 'cnbc')).toHaveLength(0);
  });

  it('no "later on the program" cue: a senator quoted after a TV guest did not appear', () => {
    const d = draft(
      'Governor Alma Freer said on CBS\'s "Face the Nation" on Sunday that the ports were safe. Sen. Hugo Marten, a Texas Republican, said in a statement that the ports were "anything but safe."',
      '2026-05-11',
    );
    expect(find(d, 'APPEARED_ON', id(d, 'Hugo Marten'))).toHaveLength(0);
  });

  it("a host relaying a later guest's words is not interviewing that guest", () => {
    const d = draft(
      'Appearing on CNN\'s "State of the Union," Governor Alma Freer was pressed by host Nina Ketter on the ports. Ketter noted that Sen. Hugo Marten had called the plan "a gift to Tehran." Later on the same program, Marten said the governor was wrong.',
      '2026-05-11',
    );
    expect(find(d, 'INTERVIEWED', id(d, 'Nina Ketter'), id(d, 'Hugo Marten'))).toHaveLength(0);
    expect(find(d, 'APPEARED_ON', id(d, 'Hugo Marten'), id(d, 'State of the Union'))).toHaveLength(
      1,
    );
  });
});

describe('where an event took place', () => {
  const place = (d: Draft) =>
    d.relationships
      .filter((r) => r.type === 'OCCURRED_IN')
      .map((r) => d.entities.find((e) => e.id === r.to)?.name ?? r.to);
  const placeIds = (d: Draft) =>
    d.relationships.filter((r) => r.type === 'OCCURRED_IN').map((r) => r.to);

  it('"a news conference in Moscow": the city, not the country its name stands for', () => {
    const d = draft(
      'Foreign Minister Lev Dorin told a news conference in Moscow on Monday that the charge was "slander."',
      '2026-07-13',
    );
    expect(place(d)).toEqual(['Moscow']);
  });

  it('"a briefing in Washington" took place in Washington, D.C.', () => {
    const d = draft(
      'Spokeswoman Dana Corwell told reporters at a briefing in Washington on Tuesday that "nothing has changed."',
      '2026-08-26',
    );
    expect(placeIds(d)).toEqual(['washington-dc']);
  });

  it('talks "in Riyadh" took place in Riyadh; a news conference "in Russia" in the country', () => {
    const city = draft(
      'Foreign Minister Lev Dorin met Saudi Foreign Minister Omar al-Tamimi in Riyadh on June 3.',
      '2026-06-05',
    );
    expect(place(city)).toEqual(['Riyadh']);
    const country = draft(
      'Foreign Minister Lev Dorin told a news conference in Russia on Monday that the charge was "slander."',
      '2026-07-13',
    );
    expect(placeIds(country)).toEqual(['russia']);
  });
});
