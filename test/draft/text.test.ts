/**
 * Rules of issue 12's sixth session (engineer "text": entities, roles, sourcing, events,
 * dates, reposts), each on short texts of our own (not the held-out texts), with the negatives
 * that must not fire.
 */
import { draft, find } from './helpers';

/** The date of the statement quoting `quote`; the statement itself must be drafted. */
function saidDate(text: string, date: string, quote: string): string | undefined {
  const r = draft(text, date).relationships.find(
    (x) => x.type === 'SAID' && x.quote?.includes(quote),
  );
  if (!r) throw new Error(`no statement quoting ${quote}`);
  return r.date;
}

describe('days told relative to the day told before', () => {
  const text = [
    'The dispute began on May 7, when the report appeared.',
    'Two days later, Pete Hegseth said that "Iran will pay for this."',
    'On Thursday, Karoline Leavitt said the White House had "nothing to add."',
    'Dmitry Peskov called the report "a fairy tale" the same day.',
    'Earlier in the day, Steve Witkoff had said talks were "going well."',
    'The next day, Donald Trump said he was "not happy."',
  ].join(' ');

  it('"Two days later" counts from the day told last, not from the article date', () => {
    expect(saidDate(text, '2026-05-19', 'Iran will pay')).toBe('2026-05-09');
  });
  it('"the same day" and "Earlier in the day" are the day told last', () => {
    expect(saidDate(text, '2026-05-19', 'a fairy tale')).toBe('2026-05-14');
    expect(saidDate(text, '2026-05-19', 'going well')).toBe('2026-05-14');
  });
  it('"The next day" is the day after it', () => {
    expect(saidDate(text, '2026-05-19', 'not happy')).toBe('2026-05-15');
  });
  it('dates nothing when no day was told before, and never after the article date', () => {
    expect(
      saidDate(
        'Pete Hegseth said the same day that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
    expect(
      saidDate(
        'On Tuesday, Iran fired. The next day, Pete Hegseth said that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
  });
  it('"since that day" is a bound, not a day', () => {
    expect(
      saidDate(
        'Iran fired on May 2. Pete Hegseth has said since that day that "Iran will pay for this."',
        '2026-05-19',
        'Iran will pay',
      ),
    ).toBeUndefined();
  });
});

export { find };
