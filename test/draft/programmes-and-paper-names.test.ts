/**
 * A morning show's title with an ampersand ("Fox & Friends") is a programme's name, not a
 * statement; a quoted title is a programme when the words around it say so ('told “X” co-host
 * Y', 'said on “X”') even with no network named; and "the Times" after "The New York Times" is
 * that paper, not London's. Short texts of our own.
 */
import { draft } from './helpers';

describe('a programme named only by its quoted title', () => {
  const d = draft(
    'Defense Secretary Pete Hegseth told "Fox & Friends" co-host Brian Kilmeade on Monday that Russia would regret helping Iran.',
    '2026-11-30',
  );

  it('is no statement of the guest', () => {
    expect(d.relationships.filter((r) => r.type === 'SAID').map((r) => r.quote)).not.toContain(
      'Fox & Friends',
    );
  });

  it('is the programme the guest appeared on', () => {
    const programme = d.entities.find((e) => e.name === 'Fox & Friends');
    expect(programme?.label).toBe('Outlet');
    expect(d.relationships).toContainEqual(
      expect.objectContaining({ type: 'APPEARED_ON', from: 'pete-hegseth', to: programme?.id }),
    );
  });

  it('after "said on", with no host named', () => {
    const e = draft(
      'Sen. Mara Quill said on "Weekend Briefing" that sanctions should follow.',
      '2026-11-29',
    );
    const programme = e.entities.find((x) => x.name === 'Weekend Briefing');
    expect(programme?.label).toBe('Outlet');
  });

  it('but not a slogan after "told"', () => {
    const e = draft('Hegseth told "Our Enemies Are Watching" in a speech to cadets.', '2026-11-29');
    expect(e.entities.map((x) => x.name)).not.toContain('Our Enemies Are Watching');
  });
});

describe('a paper’s short name', () => {
  it('is the paper named before whose name ends with it', () => {
    const d = draft(
      'The New York Times reported on Monday that Russian satellites had tracked a carrier group. The Kremlin called the Times report a fabrication.',
      '2026-11-30',
    );
    expect(d.entities.filter((e) => e.label === 'Outlet').map((e) => e.id)).toEqual([
      'new-york-times',
    ]);
  });

  it('stays its own paper when the longer name comes only after it', () => {
    const d = draft(
      'The Times reported it first on Monday, and the Los Angeles Times followed.',
      '2026-11-30',
    );
    expect(d.entities.map((e) => e.id)).toEqual(['times', 'los-angeles-times']);
  });
});
