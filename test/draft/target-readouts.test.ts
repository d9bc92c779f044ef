/**
 * What a call covered (issue 12, thirteenth session, engineer "tgt"): a readout's words for the
 * content of a call or talks are about that call, not about the place or country they name.
 * Sentences of our own wording, each with a negative that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const LEAD =
  'Officials in Washington said this week that Russia had been handing Iran satellite images of American warships.';
const CALL =
  'President Donald Trump spoke with Vladimir Putin by phone on Monday, the White House said.';
const text = (...paragraphs: string[]) => [LEAD, '', ...paragraphs].join('\n\n');
const nameOf = (d: D, id: string | undefined) => d.entities.find((e) => e.id === id)?.name ?? '';
const targetOf = (d: D, speaker: string, words: string) =>
  find(d, 'SAID', speaker).find((r) => (r.quote ?? '').startsWith(words))?.to;

describe('words for what a call covered are about the call', () => {
  it('"the two had discussed “…”" after a call is about the call, not the place it names', () => {
    const d = draft(
      text(
        CALL,
        'A White House spokesman, Carl Dempsey, said afterwards that the two had discussed "the situation in the Black Sea and in Syria."',
      ),
      '2026-05-06',
    );
    const to = targetOf(d, d.entities.find((e) => e.name === 'Carl Dempsey')!.id, 'the situation');
    expect(nameOf(d, to)).toMatch(/call/i);
  });

  it('a quote that is the predicate ("Syria “came up only in passing”") is about the call', () => {
    const d = draft(
      text(CALL, 'Kremlin aide Yuri Ushakov told reporters that Syria "came up only in passing."'),
      '2026-05-06',
    );
    expect(nameOf(d, targetOf(d, 'yuri-ushakov', 'came up'))).toMatch(/call/i);
  });

  it('"“…” was discussed" after the quote is about the call too', () => {
    const d = draft(
      text(
        CALL,
        'Kremlin aide Yuri Ushakov said "the grain corridor and prisoner exchanges" were discussed at length.',
      ),
      '2026-05-06',
    );
    expect(nameOf(d, targetOf(d, 'yuri-ushakov', 'the grain corridor'))).toMatch(/call/i);
  });

  it('the same words in a headline do not hide the sentence that says what was discussed', () => {
    const d = draft(
      [
        'Trump and Putin discuss "energy prices" in phone call',
        '',
        LEAD,
        '',
        CALL,
        '',
        'A White House spokesman, Carl Dempsey, said the two leaders had discussed "energy prices" and little else.',
      ].join('\n'),
      '2026-05-06',
    );
    const dempsey = d.entities.find((e) => e.name === 'Carl Dempsey')!.id;
    expect(nameOf(d, targetOf(d, dempsey, 'energy prices'))).toMatch(/call/i);
  });

  it('with no call or talks named nearby, "discussed “…”" keeps its target', () => {
    const d = draft(
      text(
        'Senator Ruth Calder held a closed meeting with defense analysts in her office.',
        'Calder later told reporters that the senators had discussed "Russia\'s role in the Gulf" at length.',
      ),
      '2026-05-06',
    );
    const calder = d.entities.find((e) => e.name === 'Ruth Calder')?.id ?? '?';
    const to = targetOf(d, calder, "Russia's role");
    expect(to).toBeDefined();
    expect(nameOf(d, to)).not.toMatch(/call|talks|meeting/i);
  });
});

describe('words that name a call without "was" or "as"', () => {
  it.each([
    'Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Tuesday, the Kremlin said Wednesday, calling the conversation "frank and useful."',
    'The White House said Wednesday that a phone call between President Donald Trump and Russian President Vladimir Putin on Tuesday had been "tense but necessary."',
  ])('%s', (text) => {
    const d = draft(text, '2026-11-25');
    const said = d.relationships.filter((r) => r.type === 'SAID');
    expect(said).toHaveLength(1);
    expect(d.entities.find((e) => e.id === said[0]!.to)?.label).toBe('Event');
  });
});
