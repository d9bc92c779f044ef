/**
 * Who an outlet or a host interviewed: the subject of a verb joined by "and" ("X came out of
 * talks with Y and told CNBC …" is X's interview), and the person right after a host's verb
 * ("Host A pressed B on C's remark" questions B, not C). Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const interviewed = (d: Draft) =>
  d.relationships.filter((r) => r.type === 'INTERVIEWED').map((r) => `${r.from} -> ${r.to}`);

describe('who was interviewed', () => {
  it('a verb joined by "and" has the clause subject, not the last name of its object', () => {
    const d = draft(
      'Steve Witkoff left his meeting with Kremlin aide Yuri Ushakov on Thursday and told CNBC that Moscow had made promises.',
    );
    expect(interviewed(d)).toContain('cnbc -> steve-witkoff');
    expect(interviewed(d)).not.toContain('cnbc -> yuri-ushakov');
  });

  it('the person right after the host’s verb is the guest, not a possessor quoted later', () => {
    const d = draft(
      'Pete Hegseth appeared on "Face the Nation" on Sunday. Host Nadia Okoro pressed Hegseth on President Donald Trump\'s remark that the reports were "old news."',
    );
    expect(interviewed(d)).toContain('nadia-okoro -> pete-hegseth');
    expect(interviewed(d)).not.toContain('nadia-okoro -> donald-trump');
  });
});
