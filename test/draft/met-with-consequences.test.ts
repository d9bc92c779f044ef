/**
 * "any support for Iran's attacks would be met with consequences" is a threat: to the one the
 * words were made clear to ("We have been very clear with Moscow, publicly and privately, that
 * …"), or to the one whose help the subject names ("any Russian support for …"); with neither,
 * nobody is warned. Short texts of our own.
 */
import { draft } from './helpers';

const warned = (text: string) =>
  draft(text, '2026-11-18')
    .relationships.filter((r) => r.type === 'WARNED')
    .map((r) => r.to);

describe('"would be met with consequences"', () => {
  it('warns the one it was made clear to', () => {
    expect(
      warned(
        'State Department spokeswoman Naomi Brandt said on Wednesday: "We have been very clear with Moscow, publicly and privately, that any support for Iran\'s attacks on our forces would be met with consequences."',
      ),
    ).toEqual(['russia']);
  });

  it('warns the one whose help the subject names', () => {
    expect(
      warned(
        "State Department spokeswoman Naomi Brandt said on Wednesday that any Russian support for Iran's attacks would be met with consequences.",
      ),
    ).toEqual(['russia']);
  });

  it('warns nobody when the words name no party', () => {
    expect(
      warned(
        'State Department spokeswoman Naomi Brandt said on Wednesday that any attack on Israel would be met with a swift response.',
      ),
    ).toEqual([]);
  });
});
