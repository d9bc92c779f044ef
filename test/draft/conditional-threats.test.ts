/**
 * A conditional threat ("if Russia had helped Iran, there will be consequences", "would respond
 * at a time of our choosing if it confirmed that Russia had given Iran …", "If it's true, there
 * will be consequences" about the story's claim) warns the subject of its "if" clause, not its
 * object ("if they are helping the Iranians …") nor one acted upon ("if the United States is
 * attacked"). Short texts of our own.
 */
import { draft } from './helpers';

const warned = (text: string) =>
  draft(text, '2026-12-08')
    .relationships.filter((r) => r.type === 'WARNED')
    .map((r) => `${r.from} -> ${r.to}`);

describe('a conditional threat', () => {
  it('warns the subject of its "if" clause', () => {
    expect(
      warned(
        'Defense Secretary Pete Hegseth warned that if Russia had helped Iran, "there will be consequences."',
      ),
    ).toEqual(['pete-hegseth -> russia']);
  });

  it('warns the subject of a "that" clause inside it', () => {
    expect(
      warned(
        'Defense Secretary Pete Hegseth said the United States would respond "at a time of our choosing" if it confirmed that Russia had given Iran targeting data.',
      ),
    ).toEqual(['pete-hegseth -> russia']);
  });

  it('warns the claim’s giver when the clause is "if it’s true"', () => {
    expect(
      warned(
        '"We\'re running it down. If it\'s true, there will be consequences," Defense Secretary Pete Hegseth said of reports that Russia gave Iran targeting data.',
      ),
    ).toEqual(['pete-hegseth -> russia']);
  });

  it('does not warn the clause’s object', () => {
    expect(
      warned(
        'Defense Secretary Pete Hegseth spoke on Tuesday. "If they are helping the Iranians target Americans, there will be consequences," he said.',
      ),
    ).not.toContain('pete-hegseth -> iran');
  });
});
