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
