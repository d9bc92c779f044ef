/**
 * Which entity commentary's quoted words are about (issue 12, round 29, engineer "target3").
 * Sentences of our own wording, each group with a negative that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const LEAD =
  'U.S. officials said last month that Russia had been passing Iran satellite images of American warships. President Donald Trump said on Monday that he would raise it with Vladimir Putin.';
const text = (...paragraphs: string[]) => [LEAD, '', ...paragraphs].join('\n\n');
const idOf = (d: D, name: string) => d.entities.find((e) => e.name === name)?.id ?? '?';
const targetOf = (d: D, speaker: string, words: string) =>
  find(d, 'SAID', speaker).find((r) => (r.quote ?? '').startsWith(words))?.to;

describe('a second predicate joined to a reported clause keeps its subject', () => {
  it('"said the president was “…” and “…”": both quotes are about the president', () => {
    const d = draft(
      text(
        'His national security adviser, Ben Calder, said on Tuesday that the president was "deeply unhappy" and "has raised it with Vladimir Putin more than once."',
      ),
      '2026-06-10',
    );
    const calder = idOf(d, 'Ben Calder');
    expect(targetOf(d, calder, 'deeply unhappy')).toBe('donald-trump');
    expect(targetOf(d, calder, 'has raised it with Vladimir Putin')).toBe('donald-trump');
  });

  it('"said Trump had been briefed twice and “…”": the quote is about Trump', () => {
    const d = draft(
      text(
        'Sen. Ruth Alvarez said Trump had been briefed twice this week but "still will not say the word Russia."',
      ),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Alvarez'), 'still will not say')).toBe('donald-trump');
  });

  it('a new subject after "and" ("… and Putin “…”", "and that Russia “…”") is not joined', () => {
    const d = draft(
      text(
        'Sen. Ruth Alvarez said Trump was furious and Putin "knew exactly why."',
        'Ben Calder said the president was "deeply unhappy" and that Russia "would pay a price for this."',
      ),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Alvarez'), 'knew exactly why')).not.toBe('donald-trump');
    expect(targetOf(d, idOf(d, 'Ben Calder'), 'would pay a price')).not.toBe('donald-trump');
  });
});
