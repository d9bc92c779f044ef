/**
 * A TV write-up's programme and host: "appeared later on the program" is the programme named
 * last, not a newspaper named since; "Rubio told NBC's Kristen Welker" makes her the host who
 * interviewed him. Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const rows = (d: Draft, type: string) =>
  d.relationships.filter((r) => r.type === type).map((r) => `${r.from} -> ${r.to}`);

describe('TV programmes and hosts', () => {
  it('"the program" is the programme named before, not a paper named since', () => {
    const d = draft(
      'Pete Hegseth spoke to CBS on "Face the Nation" on Sunday. The Washington Post had reported the claim on Friday. Sen. Tomas Reyes, who appeared later on the program, called it "serious."',
    );
    expect(rows(d, 'APPEARED_ON')).not.toContain('tomas-reyes -> washington-post');
    expect(rows(d, 'APPEARED_ON')).toContain('tomas-reyes -> face-the-nation');
  });

  it('"told NBC\'s Kristen Welker" makes her the interviewer', () => {
    const d = draft(
      '"We are watching," Pete Hegseth told NBC\'s Kristen Welker on "Meet the Press" on Sunday.',
    );
    expect(rows(d, 'INTERVIEWED')).toContain('kristen-welker -> pete-hegseth');
  });
});
