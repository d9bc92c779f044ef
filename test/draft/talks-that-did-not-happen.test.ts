/**
 * SPOKE_WITH tells a conversation that took place. Talks asked for, suspended, ahead or to
 * come, the source of a sentence named after a comma, and a hyphenated pair in a headline are
 * no such conversation. Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const talks = (d: Draft) =>
  d.relationships.filter((r) => r.type === 'SPOKE_WITH').map((r) => `${r.from} -> ${r.to}`);

describe('talks that did not happen are not SPOKE_WITH', () => {
  it.each([
    [
      'calls to suspend talks',
      'Marco Rubio brushed aside calls to suspend talks with the Kremlin.',
    ],
    ['talks to come', 'The White House said on Monday it was preparing for talks with Russia.'],
    ['before talks', 'Iran tested a missile on Monday, days before talks with Russia.'],
    ['next speaks', 'Donald Trump said he would raise it when he next speaks with Vladimir Putin.'],
    ['hoped for', 'Pete Hegseth said he hoped for a meeting with Russia soon.'],
  ])('%s', (_name, text) => {
    expect(talks(draft(text))).toEqual([]);
  });

  it('keeps talks that took place, with a day between the verb and its partner', () => {
    expect(talks(draft('Donald Trump spoke by phone on Tuesday with Vladimir Putin.'))).toEqual([
      'donald-trump -> vladimir-putin',
    ]);
  });

  it('the body named after a comma before "said" is the source, not the partner', () => {
    const d = draft(
      'Steve Witkoff and Yuri Ushakov met for two hours, the Kremlin said on Friday.',
    );
    expect(talks(d)).not.toContain('steve-witkoff -> kremlin');
  });

  it('a hyphenated pair in a headline is no subject of the talks after it', () => {
    const d = draft(
      "Trump: Russia-Iran reports 'taken seriously,' but talks with Moscow go on\n\nDonald Trump spoke on Sunday.",
    );
    expect(talks(d)).not.toContain('iran -> russia');
  });
});
