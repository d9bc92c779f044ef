/**
 * Stance rules of issue 12's round 35 (engineer "stance3"): threats told with no fate ("at a time
 * of our choosing", "everything is on the table") and denials that call the claim staged ("a
 * psychological war", "a performance for domestic consumption") or say there is no data. Each
 * tested on sentences of our own wording, with negatives that must not fire.
 */
import { draft, find } from './helpers';

const LEAD =
  'U.S. officials said this week that Russia had been passing Iran satellite images of American bases.';
type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;

describe('open threats: WARNED the party found around the words', () => {
  it('"at a time and place of our choosing" after an attack warns the attacker', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Iranian missiles struck a U.S. air base in Iraq on Monday, and Pentagon spokesman Harlan Kettering said on Tuesday that the United States would respond "at a time and place of our choosing."',
      ].join('\n'),
      '2026-09-16',
    );
    const who = idOf(d, 'Harlan Kettering');
    expect(who).toBeDefined();
    expect(find(d, 'WARNED', who!).map((r) => r.to)).toEqual(['iran']);
  });

  it('"Everything is on the table" answers a question that names the country', () => {
    const d = draft(
      [
        LEAD,
        '',
        'State Department spokeswoman Ines Vanterpool took questions on Tuesday.',
        '',
        'Q: Will there be any cost for Russia?',
        '',
        'MS. VANTERPOOL: Everything is on the table. I will not go further than that.',
      ].join('\n'),
      '2026-09-16',
    );
    const who = idOf(d, 'Ines Vanterpool');
    expect(who).toBeDefined();
    expect(find(d, 'WARNED', who!).map((r) => r.to)).toEqual(['russia']);
  });

  it('negative: a negated response and a table of two countries warn nobody', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"We will not retaliate at a time of our choosing or any other time," said Pentagon spokesman Harlan Kettering.',
        '',
        'Asked about talks between Russia and Iran, Senator Odile Brask said: "Everything is on the table."',
      ].join('\n'),
      '2026-09-16',
    );
    expect(d.relationships.filter((r) => r.type === 'WARNED')).toHaveLength(0);
  });
});

describe('denials that call the claim staged or say there is no data', () => {
  it('"There is no Russian intelligence in any Iranian missile" is a denial', () => {
    const d = draft(
      [
        LEAD,
        '',
        '"We have answered this before," the Russian ambassador, Oleg Dremin, said. "There is no Russian intelligence in any Iranian missile."',
      ].join('\n'),
      '2026-09-16',
    );
    const who = idOf(d, 'Oleg Dremin');
    expect(find(d, 'DENIED', who!).map((r) => r.quote)).toContain(
      'There is no Russian intelligence in any Iranian missile.',
    );
  });

  it('"called the reports “psychological warfare”" denies; "dismissed … as" it dismisses', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Iranian foreign ministry spokesman Reza Amirfar on Monday called the reports "psychological warfare" by Washington.',
      ].join('\n'),
      '2026-09-16',
    );
    const who = idOf(d, 'Reza Amirfar');
    expect(find(d, 'DENIED', who!)).not.toHaveLength(0);
    expect(find(d, 'DISMISSED', who!)).toHaveLength(0);
    const e = draft(
      [
        LEAD,
        '',
        'Iranian foreign ministry spokesman Reza Amirfar on Monday dismissed the reports as "psychological warfare" by Washington.',
      ].join('\n'),
      '2026-09-16',
    );
    const who2 = idOf(e, 'Reza Amirfar');
    expect(find(e, 'DISMISSED', who2!)).not.toHaveLength(0);
    expect(find(e, 'DENIED', who2!)).toHaveLength(0);
  });

  it('the reports "are a performance for domestic consumption" is a denial; praise is not', () => {
    const d = draft(
      [
        LEAD,
        '',
        'Kremlin aide Lev Sarkisov said the reports were "a performance for domestic consumption."',
        '',
        '"It was a strong performance by our diplomats," Sarkisov added.',
      ].join('\n'),
      '2026-09-16',
    );
    const who = idOf(d, 'Lev Sarkisov');
    const denied = find(d, 'DENIED', who!).map((r) => r.quote);
    expect(denied).toContain('a performance for domestic consumption.');
    expect(denied).not.toContain('It was a strong performance by our diplomats,');
  });
});

describe('transcripts: a bracketed stage direction is nobody’s words', () => {
  it('"(The briefing was concluded …)" after an answer is not the spokesman’s', () => {
    const d = draft(
      [
        LEAD,
        '',
        'State Department spokeswoman Ines Vanterpool took questions on Tuesday.',
        '',
        'QUESTION: Will there be any cost for Russia?',
        '',
        'MS. VANTERPOOL: We are reviewing our options.',
        '',
        '(The briefing was concluded at 3:05 p.m.)',
      ].join('\n'),
      '2026-09-16',
    );
    const said = d.relationships.filter((r) => r.type === 'SAID').map((r) => r.quote ?? '');
    expect(said.some((q) => q.includes('reviewing our options'))).toBe(true);
    expect(said.some((q) => q.includes('briefing was concluded'))).toBe(false);
  });
});
