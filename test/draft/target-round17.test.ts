/**
 * Which entity a statement is about (issue 12, tenth session, engineer "target"; round 17).
 * Each rule is tested on sentences of our own wording, with a negative that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
/** The target of the statement whose quote starts with `words`. */
const targetOf = (d: D, speaker: string | undefined, words: string) =>
  find(d, 'SAID', speaker ?? '?').find((r) => (r.quote ?? '').startsWith(words))?.to;
const text = (...paragraphs: string[]) => [LEAD, '', ...paragraphs].join('\n\n');

describe('words about a call are about the call', () => {
  const CALL =
    'President Donald Trump spoke with Vladimir Putin by phone on Monday, the White House said.';

  it('"It was a very productive conversation" is about the call named before it', () => {
    const d = draft(
      text(
        CALL,
        '"It was a very productive conversation, and both sides were candid," press secretary Karoline Leavitt told reporters on Tuesday.',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, 'karoline-leavitt', 'It was a very productive conversation');
    expect(d.entities.find((e) => e.id === to)?.name).toMatch(/call/i);
  });

  it('a quote that is the call and its verdict ("a really good call") is about the call', () => {
    const d = draft(
      text(CALL, 'Asked about it on Tuesday, Trump said it had been "a really good call."'),
      '2026-05-06',
    );
    const to = targetOf(d, 'donald-trump', 'a really good call');
    expect(d.entities.find((e) => e.id === to)?.name).toMatch(/call/i);
  });

  it('words about something else after a call stay where they were', () => {
    const d = draft(
      text(
        CALL,
        '"It was a very difficult week for our sailors," press secretary Karoline Leavitt told reporters on Tuesday.',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, 'karoline-leavitt', 'It was a very difficult week');
    expect(d.entities.find((e) => e.id === to)?.name ?? '').not.toMatch(/call/i);
  });
});

describe('the commander-in-chief is the president', () => {
  it('"Our commander-in-chief …" said of Washington is about the president', () => {
    const d = draft(
      text(
        'Deputy national security adviser Colin Ferris spoke at the White House on Tuesday.',
        '"Our commander-in-chief reads every briefing on this, and he is not worried by any of it," Ferris said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Colin Ferris'), 'Our commander-in-chief reads')).toBe(
      'donald-trump',
    );
  });

  it('"Iran\'s commander-in-chief" is not the American president', () => {
    const d = draft(
      text(
        'Deputy national security adviser Colin Ferris spoke at the White House on Tuesday.',
        '"Iran\'s commander-in-chief has lost half his navy in a month," Ferris said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Colin Ferris'), "Iran's commander-in-chief")).not.toBe(
      'donald-trump',
    );
  });

  it('a person who plays the claim down as the subject: the words are about that person', () => {
    const d = draft(
      text(
        'Deputy national security adviser Colin Ferris spoke at the White House on Tuesday.',
        '"The commander-in-chief has seen those reports, and he is not losing sleep over them," Ferris said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Colin Ferris'), 'The commander-in-chief has seen')).toBe(
      'donald-trump',
    );
  });

  it('a denial with a person as its subject is still about the claim', () => {
    const d = draft(
      text(
        'Deputy national security adviser Colin Ferris spoke at the White House on Tuesday.',
        '"The commander-in-chief knows these reports are false," Ferris said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Colin Ferris'), 'The commander-in-chief knows')).toBe(
      'russia-iran-intelligence-sharing',
    );
  });
});

describe('a verdict on someone’s handling is about them, and "they" goes on about them', () => {
  const JUDGED =
    'Sen. Harriet Lowell, a Vermont Democrat, said the administration\'s response to the reports had been "timid and slow."';

  it('"the administration\'s response to the reports had been “…”" is about the administration', () => {
    const d = draft(text('President Donald Trump has said little.', JUDGED), '2026-05-06');
    expect(targetOf(d, idOf(d, 'Harriet Lowell'), 'timid and slow')).toBe('trump-administration');
  });

  it('her next words opening on "They" are about the same administration', () => {
    const d = draft(
      text(
        'President Donald Trump has said little.',
        JUDGED,
        '"They have no plan for any of this," Lowell said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Harriet Lowell'), 'They have no plan')).toBe(
      'trump-administration',
    );
  });

  it('"They …" with no body judged before is not given one', () => {
    const d = draft(
      text(
        'President Donald Trump has said little.',
        'Sen. Harriet Lowell, a Vermont Democrat, spoke on Tuesday.',
        '"They have no plan for any of this," Lowell said.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Harriet Lowell'), 'They have no plan')).not.toBe(
      'trump-administration',
    );
  });
});

describe('a verdict inside an open question is nobody’s denial', () => {
  it('"do not know whether this is a hoax" is no denial', () => {
    const d = draft(
      text(
        '"We still do not know whether this is a hoax or a real threat to our ships," Sen. Harriet Lowell said.',
      ),
      '2026-05-06',
    );
    expect(find(d, 'DENIED', idOf(d, 'Harriet Lowell') ?? '?')).toHaveLength(0);
  });

  it('"The story is a fabrication" is', () => {
    const d = draft(
      text('"The story is a fabrication," Russian diplomat Oleg Sidorenko said.'),
      '2026-05-06',
    );
    expect(find(d, 'DENIED', idOf(d, 'Oleg Sidorenko') ?? '?')).not.toHaveLength(0);
  });
});

describe('the one accused, a seat of government and a briefing’s questions', () => {
  it('"accused Russia on Monday of …" is about Russia, not the strike the sentence names', () => {
    const d = draft(
      text(
        'The State Department accused Russia on Monday of acting as "a silent partner" in the war, after an Iranian missile hit a U.S. supply ship off Oman.',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'State Department'), 'a silent partner')).toBe('russia');
  });

  it('a Kremlin spokesman who says Washington "should …" speaks of the United States', () => {
    const d = draft(
      text(
        'Kremlin spokesman Dmitry Peskov said Washington "should stop blaming others for its own failures."',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Dmitry Peskov'), 'should stop blaming')).toBe('united-states');
  });

  it('a White House spokesman who says Washington "will …" does not speak of his own side', () => {
    const d = draft(
      text(
        'White House spokesman Colin Ferris said Washington "will keep its ships where they are."',
      ),
      '2026-05-06',
    );
    expect(targetOf(d, idOf(d, 'Colin Ferris'), 'will keep its ships')).not.toBe('united-states');
  });

  const BRIEFING = [
    'Pentagon briefing: Russia and the drones',
    '',
    'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships. Pentagon spokesman Rick Dalby took questions on Tuesday.',
    '',
    'Q: Did Russia give Iran the location of the destroyer?',
    '',
    'DALBY: We are aware of the reporting. I won’t go further than that.',
    '',
    'Dalby left the podium after twenty minutes without taking a question on Ukraine.',
  ].join('\n');

  it('a question that names both parties of the claim asks about the claim', () => {
    const d = draft(BRIEFING, '2026-05-06');
    expect(targetOf(d, idOf(d, 'Rick Dalby'), 'We are aware of the reporting')).toBe(
      'russia-iran-intelligence-sharing',
    );
  });

  it('a paragraph that names the speaker in the third person is not more of the answer', () => {
    const d = draft(BRIEFING, '2026-05-06');
    expect(targetOf(d, idOf(d, 'Rick Dalby'), 'Dalby left the podium')).toBeUndefined();
    // The answer's second sentence stays with its first (one statement about one thing).
    expect(
      d.relationships.some(
        (r) =>
          r.type === 'SAID' &&
          r.from === idOf(d, 'Rick Dalby') &&
          r.quote?.endsWith('I won’t go further than that.'),
      ),
    ).toBe(true);
  });
});
