/**
 * The words of a denial (issue 12, the lead's categories from blind sets 10 and 11, in our own
 * wording): another speaker's quote is not this denier's; a headline's wording gives way to the
 * body's; "dismissed reports that … as “…”" is the claim called untrue.
 */
import { draft, find } from './helpers';

const TOPIC = 'russia-iran-intelligence-sharing';
/** The claim, told first as an article would. */
const LEDE = 'U.S. officials say Russia has been sharing intelligence with Iran.';

describe('whose words a denial quotes', () => {
  it("does not take a later speaker's negated quote for a country's denial", () => {
    const d = draft(
      [
        'Russia on Monday rejected the reports that it had shared radar data with Iran.',
        '',
        'In Tehran, Foreign Minister Abbas Araghchi said his country "takes no orders and no targets from anyone."',
      ].join('\n'),
      '2026-04-06',
    );
    const russia = find(d, 'DENIED', 'russia', TOPIC);
    expect(russia).toHaveLength(1);
    expect(russia[0]!.quote).not.toContain('takes no orders');
  });

  it("takes the spokesman's words for the body he speaks for", () => {
    const d = draft(
      [
        LEDE,
        '',
        'The Kremlin on Monday denied the reports.',
        '',
        '"Russia is not supplying anyone with targeting data," Kremlin spokesman Dmitry Peskov told reporters.',
      ].join('\n'),
      '2026-04-06',
    );
    const kremlin = find(d, 'DENIED', 'kremlin', TOPIC);
    expect(kremlin).toHaveLength(1);
    expect(kremlin[0]!.quote).toBe('Russia is not supplying anyone with targeting data');
  });
});

describe('a denial in the headline and in the body', () => {
  it("quotes the body's words, not the headline's", () => {
    const d = draft(
      [
        'Moscow Rejects Claims It Fed Iran Radar Data',
        '',
        'Russia on Tuesday rejected claims that it had fed radar data to Iran as "a crude fabrication," the foreign ministry said.',
      ].join('\n'),
      '2026-04-08',
    );
    const denied = find(d, 'DENIED', 'russia', TOPIC);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.quote).toBe('a crude fabrication');
  });
});

describe('"dismissed reports that … as “…”"', () => {
  it('is a denial with those words when they call the claim untrue', () => {
    const d = draft(
      `${LEDE}\n\nIran on Wednesday dismissed reports that Russian satellites had guided its drones as "pure fiction."`,
      '2026-04-08',
    );
    const denied = find(d, 'DENIED', 'iran', TOPIC);
    expect(denied.map((r) => r.quote)).toContain('pure fiction.');
  });

  it('is no denial when the speaker only stopped short of it', () => {
    const d = draft(
      `${LEDE}\n\n` +
        'The minister stopped short of dismissing reports that Russian satellites had guided the drones as "fiction," and Iran said nothing.',
      '2026-04-08',
    );
    expect(
      d.relationships.filter((r) => r.type === 'DENIED' && r.quote === 'fiction,'),
    ).toHaveLength(0);
  });
});

describe('a denial told without quote marks, its attribution after it', () => {
  it.each([
    ['Russia does not share intelligence with Iran, the Kremlin said on Tuesday.', '2026-07-14'],
    ['Russia does not share intelligence with Iran, according to the Kremlin.', undefined],
  ])('%s', (text, date) => {
    const denied = draft(text, '2026-07-15').relationships.filter((r) => r.type === 'DENIED');
    expect(denied.map((r) => [r.from, r.quote, r.date])).toEqual([
      ['kremlin', 'does not share intelligence with Iran', date],
    ]);
  });
});

describe('the diplomatic formulas of denial', () => {
  it.each([
    'Such claims have nothing in common with reality,',
    'These reports do not correspond to reality,',
    'The allegations have no basis in fact,',
  ])('"%s" denies the claim', (words) => {
    const d = draft(
      `"${words}" Kremlin spokesman Dmitry Peskov said of reports that Russia passes intelligence to Iran.`,
      '2026-10-02',
    );
    expect(
      d.relationships.filter(
        (r) => r.type === 'DENIED' && r.to === 'russia-iran-intelligence-sharing',
      ),
    ).toHaveLength(1);
  });
});
