/**
 * A pasted article whose UTF-8 was once read as Windows-1252 ("â€œnonsenseâ€", "donâ€™t") is
 * read back for drafting, so its quotes are found; the draft's quotes and evidence then hold the
 * characters as pasted, so each is verbatim in the submitted text. Text of our own.
 */
import { mojibakeForms, repairMojibake } from '../../scripts/src/draft/normalize';
import { draft } from './helpers';

const PASTED = [
  'Kremlin calls reports â€œnonsenseâ€ â€” Peskov',
  '',
  'Kremlin spokesman Dmitry Peskov on Friday called reports that Russia had passed targeting data to Iran â€œabsolute nonsense.â€',
  '',
  'â€œWe donâ€™t comment on such fabrications,â€ Peskov told reporters in Moscow.',
].join('\n');

describe('UTF-8 read as Windows-1252', () => {
  it('is read back, character by character', () => {
    expect(repairMojibake('â€œWe donâ€™t know,â€ said JosÃ© â€” twice.')).toBe(
      '“We don’t know,” said José — twice.',
    );
    // What was right stays as it is.
    expect(repairMojibake('It’s “fine” – and Ã is a letter.')).toBe(
      'It’s “fine” – and Ã is a letter.',
    );
    expect(mojibakeForms('’')).toEqual(['â€™']);
  });

  it('gives the quotes, verbatim in the pasted text', () => {
    const d = draft(PASTED, '2026-12-04');
    const said = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'dmitry-peskov');
    expect(said.map((r) => r.quote)).toEqual([
      'absolute nonsense.',
      'We donâ€™t comment on such fabrications',
    ]);
    for (const r of d.relationships) for (const e of r.evidence) expect(PASTED).toContain(e);
    expect(d.notes.join(' ')).toMatch(/read back as UTF-8/);
  });
});
