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

  it('refuses a text whose cleaning changed more than white space: tags, entities', () => {
    expect(at('<p>Russia denied it.</p>').a).toBeUndefined();
    expect(at('Moscow&#8217;s reply &amp; more').a).toBeUndefined();
    expect(alignment('Russia denied it', 'Russia denied that')).toBeUndefined();
  });
});
