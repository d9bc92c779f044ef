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

describe('a person as the reported subject of a longer verb phrase', () => {
  it('"said Trump was being told about the reports “…”" is about Trump', () => {
    const d = draft(
      text('Sen. Ruth Alvarez said Trump was being told about the reports "hour by hour."'),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Alvarez'), 'hour by hour')).toBe('donald-trump');
  });

  it('not when the verb phrase names someone else ("would call Putin about it “…”")', () => {
    const d = draft(
      text('Sen. Ruth Alvarez said Trump would call Putin about the reports "very soon."'),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Ruth Alvarez'), 'very soon')).not.toBe('donald-trump');
  });

  it('"the president" is not an aide whose registry title names the president he serves', () => {
    const d = draft(
      [
        'Yuri Ushakov said on Monday that Moscow had nothing to hide.',
        'White House press secretary Karoline Leavitt said the president was being told about the reports "every single day."',
      ].join('\n\n'),
      '2026-06-10',
    );
    expect(targetOf(d, 'karoline-leavitt', 'every single day')).toBe('donald-trump');
  });
});

describe('a signed column introduced under its byline', () => {
  const COLUMN = (bio: string, body: string) =>
    [
      'Our answer to Moscow is a shrug',
      'By Nora Pellham',
      bio,
      'For a month now the administration has said almost nothing about Russia passing satellite pictures to Iran. Its officials repeat that they are monitoring the situation.',
      body,
    ].join('\n\n');
  const critics = (d: D) =>
    d.relationships
      .filter((r) => r.type === 'CRITICIZED')
      .map((r) => `${d.entities.find((e) => e.id === r.from)?.name} -> ${r.to}`);

  it('"By NAME" then "NAME is a senior fellow at …": the author criticises in their own voice', () => {
    const d = draft(
      COLUMN(
        'Nora Pellham is a senior fellow at the Castlegate Institute.',
        'Monitoring is not a policy. It is a shrug.',
      ),
      '2026-06-10',
    );
    expect(critics(d)).toContain('Nora Pellham -> trump-administration');
  });

  it('not when the line under the byline introduces someone else', () => {
    const d = draft(
      COLUMN(
        'Samuel Ortiz is a senior fellow at the Castlegate Institute.',
        'Monitoring is not a policy. It is a shrug.',
      ),
      '2026-06-10',
    );
    expect(critics(d).filter((c) => c.startsWith('Nora Pellham'))).toEqual([]);
  });

  it("the government named only in a critic's quoted sentence is not the author's target", () => {
    const d = draft(
      [
        'Opinion | Silence on Moscow',
        'By Nora Pellham',
        'For a month now Washington has said almost nothing about Russia passing satellite pictures to Iran.',
        'Rep. Alma Ruiz called the administration\'s response "appeasement, plain and simple."',
        'That is not a policy. It is a shrug.',
      ].join('\n\n'),
      '2026-06-10',
    );
    expect(critics(d)).not.toContain('Nora Pellham -> trump-administration');
  });
});

describe('words someone pushes back with are about the one pushed back on', () => {
  const CRITIC =
    'Sen. Maria Oakes said on Tuesday that the Pentagon had been "asleep at the wheel" for months.';
  it('"X pushed back. “…,” X said." after a critic\'s words: about the critic', () => {
    const d = draft(
      text(
        CRITIC +
          ' Deputy Defense Secretary Tom Reyes pushed back. "Nobody in this building is asleep," Reyes said.',
      ),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Tom Reyes'), 'Nobody in this building')).toBe(
      idOf(d, 'Maria Oakes'),
    );
  });

  it('"pushed back on Y, who said …. “…,” X said": about Y', () => {
    const d = draft(
      text(
        'Deputy Defense Secretary Tom Reyes also pushed back on Iran\'s foreign minister, Abbas Araghchi, who said on Sunday that Washington was "inventing a Russian hand." "That is false," Reyes said.',
      ),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Tom Reyes'), 'That is false')).toBe(idOf(d, 'Abbas Araghchi'));
  });

  it('without a push back the answer is not aimed at the critic', () => {
    const d = draft(
      text(
        CRITIC +
          ' Deputy Defense Secretary Tom Reyes spoke later. "Our ships are safe," Reyes said.',
      ),
      '2026-06-10',
    );
    expect(targetOf(d, idOf(d, 'Tom Reyes'), 'Our ships are safe')).not.toBe(
      idOf(d, 'Maria Oakes'),
    );
  });
});

describe("a relative clause's day is not carried to the main clause's speaker", () => {
  it('"X pushed back on Y, who said on Sunday …. “…,” X said." is dated by its speaker’s own day, not Sunday', () => {
    const d = draft(
      [
        'Deputy spokesman Tom Reyes said on Tuesday that the United States had raised the imagery with Moscow.',
        'Reyes also pushed back on Iran\'s foreign minister, Abbas Araghchi, who said on Sunday that Washington was "inventing a Russian hand." "That is false," Reyes said.',
      ].join(' '),
      '2026-06-10',
    );
    const r = find(d, 'SAID', idOf(d, 'Tom Reyes')).find((x) =>
      x.quote?.startsWith('That is false'),
    );
    expect(r).toBeDefined();
    expect(r?.date).toBe('2026-06-09');
  });
});
