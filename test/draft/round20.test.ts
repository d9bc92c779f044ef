/**
 * Round 20 (issue 12, twelfth session): general categories found reading the round's first run,
 * each tested on sentences of our own that are not from the round's texts.
 */
import { draft, find } from './helpers';

const TOPIC = 'russia-iran-intelligence-sharing';
/** The claim, told first as an article would. */
const LEDE = 'U.S. officials say Russia has been sharing intelligence with Iran.';

const denials = (d: ReturnType<typeof draft>) =>
  d.relationships.filter((r) => r.type === 'DENIED' && r.to === TOPIC);

describe('a denial of taking part, with no denial word', () => {
  it('is a denial when the speaker says its own side took no part', () => {
    const d = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow "had no role whatsoever in" the tanker attacks.`,
      '2026-05-06',
    );
    const r = denials(d);
    expect(r.map((x) => x.quote)).toEqual(['had no role whatsoever in']);
    expect(r[0]!.date).toBe('2026-05-05');
    // The words are about the claim, not about Russia.
    expect(d.relationships.find((x) => x.type === 'SAID')?.to).toBe(TOPIC);
  });

  it('reads "we" as the speaking body\'s country', () => {
    const d = draft(
      `${LEDE}\n\n"We are not a party to the fighting in the Gulf," the Russian Embassy in Washington said in a statement.`,
      '2026-05-06',
    );
    expect(find(d, 'DENIED', 'russian-embassy-washington', TOPIC)).toHaveLength(1);
  });

  it('keeps two such denials of one sentence apart', () => {
    const d = draft(
      `${LEDE}\n\nForeign Ministry spokeswoman Irina Volkova said Russia "is not a participant in this war" and "has nothing to do with" the drone strikes on shipping.`,
      '2026-05-06',
    );
    expect(
      denials(d)
        .map((x) => x.quote)
        .sort(),
    ).toEqual(['has nothing to do with', 'is not a participant in this war']);
  });

  it('reads the words after the quote: "does not and will not" take part', () => {
    const d = draft(
      `${LEDE}\n\nThe Russian Embassy in Washington said Moscow "does not and will not" take part in the conflict.`,
      '2026-05-06',
    );
    expect(denials(d).map((x) => x.quote)).toEqual(['does not and will not']);
  });

  it('is nothing when the speaker stands for another country', () => {
    const d = draft(
      `${LEDE}\n\nDefense Secretary Pete Hegseth said Russia "is not a party to this war" only on paper.`,
      '2026-05-06',
    );
    expect(find(d, 'DENIED', 'pete-hegseth')).toHaveLength(0);
  });

  it("is nothing in a question or about somebody's remarks", () => {
    const asked = draft(
      `${LEDE}\n\n"Is Russia not a party to this conflict?" Kremlin spokesman Dmitry Peskov asked.`,
      '2026-05-06',
    );
    expect(denials(asked)).toHaveLength(0);
    const remarks = draft(
      `${LEDE}\n\nKremlin spokesman Dmitry Peskov said Moscow had "nothing to do with" the senator's remarks.`,
      '2026-05-06',
    );
    expect(denials(remarks)).toHaveLength(0);
  });

  it('is nothing when the side said to take no part is not a party of the claim', () => {
    const d = draft(
      `${LEDE}\n\nChina's foreign ministry said Beijing "is not a party to this conflict."`,
      '2026-05-06',
    );
    expect(denials(d)).toHaveLength(0);
  });
});

describe('a forwarded e-mail', () => {
  it('drops the ">" marks of quoted lines, so the story inside reads as wire copy', () => {
    const d = draft(
      [
        '---------- Forwarded message ---------',
        'Subject: Fwd: Gulf story',
        '',
        '>> MOSCOW, May 4 (Reuters) - Russia has been passing radar data',
        '>> to Iran for months, two European officials told Reuters on',
        '>> Monday.',
        '>>',
        '>> The Kremlin did not respond to a request for comment.',
      ].join('\n'),
      '2026-05-05',
    );
    expect(d.text).not.toContain('>>');
    expect(find(d, 'REPORTED', 'reuters', TOPIC)).toHaveLength(1);
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('leaves a single ">" in running text alone', () => {
    const d = draft(`${LEDE}\n\n> One reader wrote in to ask about it.`, '2026-05-05');
    expect(d.text).toContain('> One reader');
  });
});
