/**
 * Three shapes of wire and state-media English: an opening "Referring to …," phrase holds no
 * subject of the sentence (the one it mentions is not who speaks next); the outlet words were
 * given to ("In an interview with CNN, …") is not what they are about; and a state agency's
 * dateline with initials and no parentheses ("Tehran, IRNA --") is a dateline, not the lead's
 * subject. Short texts of our own.
 */
import { draft } from './helpers';

const said = (text: string) =>
  draft(text, '2026-12-03')
    .relationships.filter((r) => r.type === 'SAID')
    .map((r) => `${r.from} -> ${r.to}`);

describe('an opening "Referring to …," phrase', () => {
  it('is not where the next verb’s speaker is', () => {
    expect(
      said(
        'Foreign Ministry spokesman Esmaeil Baghaei spoke on Thursday. Referring to the recent visit of Russian Security Council Secretary Sergei Shoigu to Tehran, the spokesman said the talks were useful, and described them as "constructive".',
      ).map((r) => r.split(' -> ')[0]),
    ).toEqual(['esmaeil-baghaei']);
  });
});

describe('the outlet an interview was given to', () => {
  it('is not what the words are about', () => {
    const targets = said(
      'In an interview with CNN on Sunday, Senator Amy Holt called the vote "a warning".',
    ).map((r) => r.split(' -> ')[1]);
    expect(targets).not.toContain('cnn');
  });
});

describe('a dateline of a state agency’s initials', () => {
  it('leaves the lead to its speaker', () => {
    expect(
      said(
        'Tehran, IRNA -- Foreign Ministry Spokesman Esmaeil Baghaei on Thursday dismissed US claims of military intelligence cooperation between Tehran and Moscow, saying the Islamic Republic\'s relations with other countries "are not subject to the approval of any third party".',
      ).map((r) => r.split(' -> ')[0]),
    ).toEqual(['esmaeil-baghaei']);
  });
});
