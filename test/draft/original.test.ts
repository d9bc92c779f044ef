/** Mapping the cleaned text back onto the submitted one (scripts/src/draft/original.ts). */
import { alignment } from '../../scripts/src/draft/original';
import { normalize } from '../../scripts/src/draft/normalize';

describe('aligning the cleaned text with the submitted one', () => {
  const at = (input: string) => {
    const norm = normalize(input).text;
    const a = alignment(norm, input);
    return { norm, a };
  };

  it('maps each character past dropped CRs and trailing spaces', () => {
    const input = 'One line \r\nand the next.\r\n\r\n\r\nA third.';
    const { norm, a } = at(input);
    expect(norm).toBe('One line\nand the next.\n\nA third.');
    expect(a).toBeDefined();
    for (let i = 0; i < norm.length; i++) expect(input[a!.start[i]!]).toBe(norm[i]);
  });

  it('maps a decoded entity onto the whole entity, and doubled quote marks onto both', () => {
    const input = "Moscow&#8217;s reply &amp; more: ``no comment,'' he said.";
    const { norm, a } = at(input);
    expect(norm).toBe('Moscow’s reply & more: “no comment,” he said.');
    expect(a).toBeDefined();
    const k = norm.indexOf('’');
    expect(input.slice(a!.start[k], a!.end[k])).toBe('&#8217;');
    const q = norm.indexOf('“');
    expect(input.slice(a!.start[q], a!.end[q])).toBe('``');
  });

  it('steps over the ">" marks of quoted e-mail lines', () => {
    const input = '> Russia called it "a campaign of\n> lies" on Monday.\n> Iran agreed.\n> End.';
    const { norm, a } = at(input);
    expect(norm).toBe('Russia called it "a campaign of\nlies" on Monday.\nIran agreed.\nEnd.');
    const s = norm.indexOf('a campaign');
    const e = norm.indexOf('lies') + 4;
    expect(input.slice(a!.start[s], a!.end[e - 1])).toBe('a campaign of\n> lies');
  });

  it('refuses a text whose cleaning changed more than that', () => {
    expect(alignment('Russia denied it', 'Russia denied that')).toBeUndefined();
    // NFC: a decomposed letter composed by the cleaning has no single source character.
    expect(at('Cafe\u0301 talks.').a).toBeUndefined();
  });
});
