/**
 * A statement printed in full speaks in its issuer's voice without quote marks or verbs of
 * saying: its denials, condemnations and warnings are the issuer's, dated by its own closing
 * line. Short statements of our own.
 */
import { draft, find } from './helpers';

const IRAN = [
  'Statement by the Ministry of Foreign Affairs of the Islamic Republic of Iran',
  'The Ministry of Foreign Affairs categorically rejects the baseless allegations, repeated by certain American officials this week, that the Islamic Republic of Iran has received intelligence from the Russian Federation.',
  'These accusations are part of a failed campaign of pressure against the Iranian nation.',
  'We condemn the continued presence of American warships in the Persian Gulf, which is the main source of instability in the region.',
  'Washington should have no illusions: any act of aggression will receive a decisive response.',
  'Tehran, 19 November 2026',
].join('\n\n');

describe('a statement printed in full', () => {
  const d = draft(IRAN, '2026-11-20');
  const issuer = d.entities.find((e) => /foreign/i.test(e.name) && e.label === 'Organization');

  it('finds the issuer in the title', () => {
    expect(issuer).toBeDefined();
  });

  it("drafts the issuer's denial of the claim, dated by its closing line", () => {
    const denied = find(d, 'DENIED', issuer!.id, 'russia-iran-intelligence-sharing');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.date).toBe('2026-11-19');
    expect(IRAN).toContain(denied[0]!.quote);
  });

  it('drafts its condemnation and its warning of the state it names, not of its own', () => {
    expect(find(d, 'CRITICIZED', issuer!.id).map((r) => r.to)).toEqual(['united-states']);
    expect(find(d, 'WARNED', issuer!.id).map((r) => r.to)).toEqual(['united-states']);
    expect(d.relationships.filter((r) => r.type === 'SAID' && r.from === issuer!.id)).toEqual([]);
  });

  it('gives "the Russian side" of a Russian statement to the issuer', () => {
    const ru = draft(
      [
        'Statement by the Ministry of Foreign Affairs of the Russian Federation on new US sanctions',
        'The Russian side categorically rejects the insinuations about the transfer of Russian intelligence data to Tehran.',
        'Moscow, 13 November 2026',
      ].join('\n\n'),
      '2026-11-14',
    );
    const denials = ru.relationships.filter((r) => r.type === 'DENIED');
    expect(denials).toHaveLength(1);
    expect(ru.entities.find((e) => e.id === denials[0]!.from)?.label).toBe('Organization');
  });

  it('reads the day from a sign-off line ("Posted by the Embassy … on November 22")', () => {
    const d2 = draft(
      [
        'Statement of the Embassy of Russia in Washington',
        'Once again, American media outlets have published allegations that Russia is supplying Iran with satellite intelligence. Such claims are groundless.',
        'We regret that officials in Washington continue to feed these stories to the press.',
        'Posted by the Embassy on its Facebook page on November 22. Reproduced in full.',
      ].join('\n\n'),
      '2026-11-24',
    );
    const mine = d2.relationships.filter((r) => r.from === 'russian-embassy-washington');
    expect(mine.map((r) => [r.type, r.to, r.date])).toEqual([
      ['DENIED', 'russia-iran-intelligence-sharing', '2026-11-22'],
      ['CRITICIZED', 'united-states', '2026-11-22'],
    ]);
  });

  it('leaves an ordinary article alone, and words the statement quotes of others', () => {
    const news = draft(
      "Iran denies Russian help\n\nIran's foreign ministry on Wednesday rejected reports that Russia had shared intelligence with Tehran. We condemn nothing here; this is a reporter's sentence.",
      '2026-11-20',
    );
    expect(news.relationships.filter((r) => r.rule.startsWith('statement:'))).toEqual([]);
    const quoted = draft(
      [
        'Statement by the Embassy of Russia in Washington',
        'A senior U.S. official, Ann Carver, said Russia was spreading "propaganda and lies about the region."',
        'Posted on November 23, 2026.',
      ].join('\n\n'),
      '2026-11-24',
    );
    expect(quoted.relationships.filter((r) => r.rule.startsWith('statement:'))).toEqual([]);
  });
});
