/**
 * One short text of our own per relation rule: the relationship it must produce, with endpoint
 * labels the model allows (the validation would refuse anything else).
 */
import { draft, find } from './helpers';

const has = (text: string, type: string, from: string, to: string, date = '2026-03-06') =>
  expect(find(draft(text, date), type, from, to)).toHaveLength(1);

describe('relations', () => {
  it('DENIED, with the denial words as its quote', () => {
    const d = draft('The Kremlin denied reports that Russia was sharing intelligence with Iran.');
    const r = find(d, 'DENIED', 'kremlin');
    expect(r).toHaveLength(1);
    expect(d.entities.find((e) => e.id === r[0]!.to)?.label).toBe('Event');
    expect(d.text).toContain(r[0]!.quote);
  });

  it('DISMISSED: "played down" the claim', () => {
    has(
      'Donald Trump played down reports that Russia gave Iran satellite imagery.',
      'DISMISSED',
      'donald-trump',
      'russia-iran-intelligence-sharing',
    );
  });

  it('SHARED_INTELLIGENCE_WITH, marked alleged when the text hedges', () => {
    const r = find(
      draft('Russia is reportedly providing Iran with targeting data.'),
      'SHARED_INTELLIGENCE_WITH',
      'russia',
      'iran',
    );
    expect(r[0]?.alleged).toBe(true);
  });

  it('SUPPLIED_ARMS_TO: "supplied drones to"', () => {
    has('Iran supplied Shahed drones to Russia for its war.', 'SUPPLIED_ARMS_TO', 'iran', 'russia');
  });

  it('REPORTED: "X reported" and "first published by X"', () => {
    has(
      'CNN reported that Moscow was passing intelligence to Tehran.',
      'REPORTED',
      'cnn',
      'russia-iran-intelligence-sharing',
    );
    has(
      'The story, first published by the Washington Post, said Russia was providing intel to Tehran.',
      'REPORTED',
      'washington-post',
      'russia-iran-intelligence-sharing',
    );
  });

  it('APPEARED_ON: "told CNBC" and "in an interview with CBS’s “60 Minutes”"', () => {
    has(
      'Steve Witkoff told CNBC that the Russians deny it.',
      'APPEARED_ON',
      'steve-witkoff',
      'cnbc',
    );
  });

  it('SPOKE_WITH and PARTICIPATED_IN: "held talks with"', () => {
    const d = draft('Steve Witkoff held talks with Yuri Ushakov in Moscow.');
    expect(find(d, 'SPOKE_WITH', 'steve-witkoff', 'yuri-ushakov')).toHaveLength(1);
  });

  it('CRITICIZED: "condemned"', () => {
    has('Ted Lieu condemned Russia over the strikes.', 'CRITICIZED', 'ted-lieu', 'russia');
  });

  it('WARNED: "X should stay out" in a statement', () => {
    has(
      'Pete Hegseth said Russia should stay out of the conflict.',
      'WARNED',
      'pete-hegseth',
      'russia',
    );
  });

  it('ALLIED_WITH: "Iran’s allies, China and Russia"', () => {
    const d = draft('Asked about Iran’s allies, China and Russia, the Pentagon said little.');
    expect(find(d, 'ALLIED_WITH', 'china', 'iran')).toHaveLength(1);
    expect(find(d, 'ALLIED_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('ATTACKED: a demonym before "missile attacks"', () => {
    has('Qatar has also faced Iranian missile attacks.', 'ATTACKED', 'iran', 'qatar');
  });

  it('roles: LEADS, REPRESENTS, ADVISES and MEMBER_OF from titles and appositions', () => {
    has('Russian President Vladimir Putin spoke.', 'LEADS', 'vladimir-putin', 'russia');
    has(
      'Yuri Ushakov, an adviser to Russian President Vladimir Putin, spoke.',
      'ADVISES',
      'yuri-ushakov',
      'vladimir-putin',
    );
    has(
      'Donald Trump’s special envoy to the Middle East, Steve Witkoff, spoke.',
      'REPRESENTS',
      'steve-witkoff',
      'donald-trump',
    );
    has(
      'Fox News anchor John Roberts told Karoline Leavitt the news.',
      'MEMBER_OF',
      'john-roberts',
      'fox-news',
    );
    has(
      'Fox News anchor John Roberts told Karoline Leavitt the news.',
      'INTERVIEWED',
      'john-roberts',
      'karoline-leavitt',
    );
  });

  it('LOCATED_IN: a new body named with its place ("Iran\'s embassy in Ankara") is in it', () => {
    const d = draft("Officials said the files went through Iran's embassy in Ankara last spring.");
    const embassy = d.entities.find((e) => e.name === 'Iranian Embassy in Ankara');
    expect(embassy?.status).toBe('new');
    expect(find(d, 'LOCATED_IN', embassy!.id)).toHaveLength(1);
  });

  it('LOCATED_IN: no edge from a registry name that holds its own place', () => {
    // The registry already says where "the Russian Embassy in Washington" is.
    const d = draft('The Russian Embassy in Washington did not answer calls on Tuesday.');
    expect(d.entities.some((e) => e.id === 'russian-embassy-washington')).toBe(true);
    expect(find(d, 'LOCATED_IN', 'russian-embassy-washington')).toEqual([]);
  });

  it('states nothing from a negated verb', () => {
    expect(
      find(
        draft('Vladimir Putin had not discussed the matter with Steve Witkoff.'),
        'SPOKE_WITH',
        'vladimir-putin',
      ),
    ).toEqual([]);
  });
});
