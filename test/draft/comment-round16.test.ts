/**
 * Commentary rules of issue 12's ninth session (engineer "comment"), found on held-out round 16
 * (op-eds, editorials, explainers, analysis, newsletters, think-tank commentary) and tested
 * here on sentences of our own wording, each with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const TOPIC = 'russia-iran-intelligence-sharing';

describe('what a claim is called decides whether it is denied', () => {
  it('"called the reports “a smear”" denies them', () => {
    const d = draft(
      [LEAD, '', 'Deputy Foreign Minister Ivan Roshchin called the reports "a cheap smear."'].join(
        '\n',
      ),
    );
    const who = idOf(d, 'Ivan Roshchin');
    expect(find(d, 'DENIED', who!, TOPIC)).toHaveLength(1);
  });

  it('"called the reports “scaremongering”" plays them down, and denies nothing', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Deputy Foreign Minister Ivan Roshchin called the reports "Western scaremongering."',
      ].join('\n'),
    );
    const who = idOf(d, 'Ivan Roshchin');
    expect(find(d, 'DISMISSED', who!, TOPIC)).toHaveLength(1);
    expect(find(d, 'DENIED', who!)).toHaveLength(0);
  });

  it('"called the story “a spy-film plot”" calls it fiction: a denial', () => {
    const d = draft(
      [LEAD, '', 'Ambassador Oleg Varentsov called the story "a bad spy movie plot."'].join('\n'),
    );
    const who = idOf(d, 'Oleg Varentsov');
    expect(find(d, 'DENIED', who!, TOPIC)).toHaveLength(1);
  });

  it('negative: "called the reports “deeply troubling”" takes them seriously: no denial', () => {
    const d = draft(
      [LEAD, '', 'Senator Alma Reyes called the reports "deeply troubling" on Monday.'].join('\n'),
    );
    const who = idOf(d, 'Alma Reyes');
    expect(find(d, 'DENIED', who!)).toHaveLength(0);
    expect(find(d, 'DISMISSED', who!)).toHaveLength(0);
  });

  it('negative: "described the allegations as “unverified”" denies nothing', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The president described the allegations as "unverified" when asked on Friday.',
      ].join('\n'),
    );
    expect(find(d, 'DENIED', 'donald-trump')).toHaveLength(0);
  });
});

describe('claim-taking verbs: their object and their negation', () => {
  it('"dismissed the reports as “…” at his news conference": the claim, not the occasion', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Foreign ministry spokesman Nasser Kazemi dismissed the reports as "pure theatre" at his weekly news conference on Monday.',
      ].join('\n'),
      '2026-06-10',
    );
    const who = idOf(d, 'Nasser Kazemi')!;
    expect(find(d, 'DISMISSED', who).map((r) => r.to)).toEqual([TOPIC]);
  });

  it('"Moscow denies it." after the claim: the claim of the sentence before', () => {
    const d = draft(
      [
        'Russia launched an Iranian satellite in 2022. U.S. officials say Russia has been giving Iran satellite imagery of American ships since May. Moscow denies it.',
      ].join('\n'),
      '2026-09-01',
    );
    expect(find(d, 'DENIED', 'russia').map((r) => r.to)).toEqual([TOPIC]);
  });

  it('negative: "has neither confirmed nor denied it" denies nothing', () => {
    const d = draft(
      [
        'U.S. officials say Russia has been giving Iran satellite imagery of American ships. Tehran has neither confirmed nor denied it.',
      ].join('\n'),
      '2026-09-01',
    );
    expect(find(d, 'DENIED', 'iran')).toHaveLength(0);
  });

  it('negative: "did not confirm, nor deny, the report" denies nothing', () => {
    const d = draft(
      [LEAD, '', 'The Iranian embassy in London would not confirm nor deny the report.'].join('\n'),
      '2026-09-01',
    );
    expect(d.relationships.filter((r) => r.type === 'DENIED')).toHaveLength(0);
  });
});

describe('a call the sentence does not tell as held', () => {
  it('"no call between Trump and Putin was planned": no call, no talk', () => {
    const d = draft(
      [
        LEAD,
        '',
        'The White House said on Sunday that no call between Trump and Putin was planned.',
      ].join('\n'),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump')).toHaveLength(0);
    expect(find(d, 'SPOKE_WITH', 'vladimir-putin')).toHaveLength(0);
  });

  it('"a Trump-Putin call is scheduled for next week": not yet held', () => {
    const d = draft(
      [LEAD, '', 'Aides said a Trump-Putin call is scheduled for next week.'].join('\n'),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump')).toHaveLength(0);
  });

  it('positive: "Sunday\'s call between Trump and Putin lasted an hour" is a call held', () => {
    const d = draft(
      [LEAD, '', "Sunday's call between Trump and Putin lasted an hour, the Kremlin said."].join(
        '\n',
      ),
      '2026-07-27',
    );
    expect(find(d, 'SPOKE_WITH', 'donald-trump', 'vladimir-putin')).toHaveLength(1);
  });
});
