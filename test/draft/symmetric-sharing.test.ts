/**
 * Words that name two parties of intelligence sharing with no direction between them ("military
 * intelligence cooperation between Tehran and Moscow", "Iran-Russia intelligence sharing") take
 * the direction the curated facts know (Russia to Iran), not the order of the words; a pair the
 * facts do not know keeps the text's order. Short texts of our own.
 */
import { draft } from './helpers';

const sharing = (text: string) =>
  draft(text, '2026-12-03')
    .relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH')
    .map((r) => `${r.from} -> ${r.to}`);

describe('intelligence sharing named with no direction', () => {
  it('takes the known direction', () => {
    expect(
      sharing(
        'The spokesman dismissed recent US claims regarding military intelligence cooperation between Tehran and Moscow.',
      ),
    ).toEqual(['russia -> iran']);
    expect(sharing('He dismissed claims of Iran-Russia intelligence sharing.')).toEqual([
      'russia -> iran',
    ]);
  });

  it('keeps the words’ order for a pair the facts do not know', () => {
    expect(sharing('He spoke of China-Russia intelligence sharing.')).toEqual(['china -> russia']);
  });
});
