/**
 * Issue 12, round 32 (engineer "tv3"): TV and radio interviews and congressional hearings as
 * events. Sentences of our own, each rule with a negative that must not fire.
 */
import type { Draft } from '@kg/server/contracts';
import { draft, find } from './helpers';

const id = (d: Draft, name: string) => d.entities.find((e) => e.name === name)?.id ?? `?${name}`;
const events = (d: Draft) => d.entities.filter((e) => e.label === 'Event');
const hearing = (d: Draft) => events(d).filter((e) => /hearing/i.test(e.name));
const took = (d: Draft, name: string, ev: { id: string } | undefined) =>
  ev ? find(d, 'PARTICIPATED_IN', id(d, name), ev.id).length : 0;

describe('outlets whose names end in a number', () => {
  it('"told the state broadcaster Rossiya 24 on Wednesday": the outlet is "Rossiya 24", dated', () => {
    const d = draft(
      'Deputy Foreign Minister Oleg Baranov told the state broadcaster Rossiya 24 on Wednesday that the reports were false.',
      '2026-08-13',
    );
    expect(d.entities.some((e) => e.name === 'Rossiya')).toBe(false);
    const app = find(d, 'APPEARED_ON', id(d, 'Oleg Baranov'), id(d, 'Rossiya 24'));
    expect(app).toHaveLength(1);
    expect(app[0]!.date).toBe('2026-08-12');
  });

  it('"told France 24" and "told Channel 4 News": outlets, not the country France', () => {
    const d = draft(
      "Iran's ambassador to Spain, Hamid Sadri, told France 24 on Tuesday that the claims were false. His deputy, Reza Alavi, told Channel 4 News that Tehran needed no help.",
      '2026-08-13',
    );
    expect(find(d, 'APPEARED_ON', id(d, 'Hamid Sadri'), id(d, 'France 24'))).toHaveLength(1);
    expect(find(d, 'APPEARED_ON', id(d, 'Reza Alavi'), id(d, 'Channel 4 News'))).toHaveLength(1);
    // "France" of "France 24" is no country the ambassador is related to.
    const france = d.entities.find((e) => e.name === 'France')?.id;
    expect(d.relationships.filter((r) => r.from === france || r.to === france)).toHaveLength(0);
  });

  it('a month or a quantity before or after a number is no outlet', () => {
    const d = draft(
      'The talks opened on Aug 12 and lasted 24 hours, Foreign Minister Oleg Baranov told reporters on Thursday.',
      '2026-08-14',
    );
    expect(d.entities.filter((e) => e.label === 'Outlet')).toHaveLength(0);
  });
});

describe('registry interviews of another day', () => {
  it('"told CNBC on Tuesday" in August is not the CNBC interview a March article told', () => {
    const d = draft(
      'U.S. special envoy Steve Witkoff told CNBC on Tuesday that the Russians denied the reports.',
      '2026-08-13',
    );
    expect(find(d, 'APPEARED_ON', 'steve-witkoff', 'cnbc')).toHaveLength(1);
    expect(find(d, 'PARTICIPATED_IN', 'steve-witkoff', 'witkoff-cnbc-interview')).toHaveLength(0);
  });

  it('the same words in the week of that article may still be that interview', () => {
    const d = draft(
      'Speaking in an interview with CNBC, Steve Witkoff said the Russians denied the reports.',
      '2026-03-11',
    );
    expect(find(d, 'PARTICIPATED_IN', 'steve-witkoff', 'witkoff-cnbc-interview')).toHaveLength(1);
  });

  it("a headline \"X on '60 Minutes'\" months after the registry's interview is another one", () => {
    const d = draft(
      'HEGSETH ON \'60 MINUTES\': RUSSIA WILL PAY\n\nDefense Secretary Pete Hegseth said Russia would "answer for" its help, in an interview with CBS\'s "60 Minutes" that aired Sunday.',
      '2026-11-02',
    );
    expect(find(d, 'PARTICIPATED_IN', 'pete-hegseth', 'hegseth-60-minutes-interview')).toHaveLength(
      0,
    );
    expect(find(d, 'PARTICIPATED_IN', 'pete-hegseth').length).toBeGreaterThan(0);
  });
});

describe('a correspondent who interviews', () => {
  it('"X told correspondent Y": Y interviewed X and took part in the interview', () => {
    const d = draft(
      'Defense Secretary Pete Hegseth spoke in an interview with CBS\'s "60 Minutes" that aired Sunday. "Moscow owns that," Hegseth told correspondent Lena Harwood.',
      '2026-11-02',
    );
    expect(find(d, 'INTERVIEWED', id(d, 'Lena Harwood'), 'pete-hegseth')).toHaveLength(1);
    const ev = events(d).find((e) => /interview/i.test(e.name));
    expect(took(d, 'Lena Harwood', ev)).toBe(1);
    expect(find(d, 'PARTICIPATED_IN', 'cbs', ev?.id)).toHaveLength(0);
  });

  it('a correspondent who reports interviews nobody', () => {
    const d = draft(
      'CNN correspondent Lena Harwood reported that Defense Secretary Pete Hegseth had been briefed.',
      '2026-11-02',
    );
    expect(find(d, 'INTERVIEWED', id(d, 'Lena Harwood'))).toHaveLength(0);
  });
});

describe('a host named near another guest', () => {
  it('the host who asked one guest did not interview the next guest of another outlet', () => {
    const d = draft(
      'Asked by host Nadia Perrin whether Washington would act, Assistant Secretary Ann Colby said the matter had been raised. Sen. Ray Dunbar, a Texas Republican, told the radio station KTRH on Tuesday that the administration was asleep.',
      '2026-09-23',
    );
    expect(find(d, 'INTERVIEWED', id(d, 'KTRH'), id(d, 'Ray Dunbar'))).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', id(d, 'Nadia Perrin'), id(d, 'Ray Dunbar'))).toHaveLength(0);
  });
});

describe('hearings', () => {
  const text =
    'CIA Director Paul Okafor told the House Intelligence Committee on Thursday that Russia was feeding Iran images. Okafor testified alongside Director of National Intelligence Ruth Sayer at the committee\'s annual worldwide threats hearing. Sayer said the support had "grown steadily." Rep. Dan Fulton, R-Ind., asked Sayer whether Russian officers were in Iran. "I won\'t go into that here," Sayer said. The committee\'s chairman, Rep. Alan Stroud, said in a statement after the hearing that Congress would "not wait" to act.';

  it('"testified alongside Y": the second witness took part in the one hearing', () => {
    const d = draft(text, '2026-10-30');
    expect(hearing(d)).toHaveLength(1);
    expect(took(d, 'Paul Okafor', hearing(d)[0])).toBe(1);
    expect(took(d, 'Ruth Sayer', hearing(d)[0])).toBe(1);
  });

  it('"said in a statement after the hearing" is no event and no participation', () => {
    const d = draft(text, '2026-10-30');
    expect(events(d).some((e) => /statement/i.test(e.name))).toBe(false);
    expect(took(d, 'Alan Stroud', hearing(d)[0])).toBe(0);
    // Said on the hearing's day all the same.
    const said = find(d, 'SAID', id(d, 'Alan Stroud'));
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]!.date).toBe('2026-10-29');
  });

  it('a representative who asks a witness took part, sits on the committee, interviewed nobody', () => {
    const d = draft(text, '2026-10-30');
    expect(took(d, 'Dan Fulton', hearing(d)[0])).toBe(1);
    expect(
      find(d, 'MEMBER_OF', id(d, 'Dan Fulton'), id(d, 'House Intelligence Committee')),
    ).toHaveLength(1);
    expect(find(d, 'INTERVIEWED', id(d, 'Dan Fulton'))).toHaveLength(0);
  });

  it("a witness's later answers are dated by the hearing's day", () => {
    const d = draft(text, '2026-10-30');
    const said = find(d, 'SAID', id(d, 'Ruth Sayer'));
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((r) => r.date === '2026-10-29')).toBe(true);
  });

  it('"Sen. Y asked whether …" answered by the witness in the next sentence: Y took part', () => {
    const d = draft(
      'WASHINGTON, Nov 12 (Wire) - Deputy Secretary of State Mia Carrow told senators on Wednesday that sanctions were "on the table." Carrow testified before the Senate Foreign Relations Committee for three hours. Sen. Ruth Ebbing, R-Alaska, asked whether the administration believed Moscow. "We believe what we see," Carrow replied.',
      '2026-11-12',
    );
    const h = hearing(d);
    expect(h).toHaveLength(1);
    // Dated by the day told for the witness before, past the dateline's day.
    expect(h[0]!.name).toContain('11 November 2026');
    expect(took(d, 'Ruth Ebbing', h[0])).toBe(1);
  });

  it('a senator who asks a question outside any hearing is no participant and no interviewer', () => {
    const d = draft(
      'Sen. Ruth Ebbing, R-Alaska, asked Secretary of State Marco Rubio whether the talks would go on. "They will," Rubio replied.',
      '2026-11-12',
    );
    expect(hearing(d)).toHaveLength(0);
    expect(find(d, 'INTERVIEWED', id(d, 'Ruth Ebbing'))).toHaveLength(0);
  });
});
