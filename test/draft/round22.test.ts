/**
 * Round 22 (issue 12, fifteenth session): general categories found reading the round's first
 * run, each tested on sentences of our own that are not from the round's texts.
 */
import { draft, find } from './helpers';

const shared = (d: ReturnType<typeof draft>) =>
  d.relationships.filter((r) => r.type === 'SHARED_INTELLIGENCE_WITH');

describe('sharing claims told through a noun or a relative clause', () => {
  it('reads "Russia\'s intelligence support for Iran" as the possessive form of the claim', () => {
    const d = draft(
      "Lawmakers said Russia's intelligence assistance to Iran had grown since spring.",
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('reads "the data that Moscow handed to Tehran" (the intelligence named first)', () => {
    const d = draft(
      'Investigators traced the missile to coordinates that Moscow handed to Tehran in March.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('drafts nothing when the relative clause is negated or hypothetical', () => {
    expect(
      shared(
        draft('The photos that Russia never passed to Iran are a myth, he said.', '2026-04-02'),
      ),
    ).toHaveLength(0);
    expect(
      shared(
        draft('Any imagery that Moscow would give to Tehran stays secret, she said.', '2026-04-02'),
      ),
    ).toHaveLength(0);
  });

  it('reads "Russian radar data helped Iran shoot down a drone"', () => {
    const d = draft(
      'Officials said Russian radar data helped Iran shoot down an American drone last week.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });

  it('drafts nothing from "helped" without intelligence or when denied', () => {
    expect(
      shared(draft('Russian engineers helped Iran build a factory near Tabriz.', '2026-04-02')),
    ).toHaveLength(0);
    expect(
      shared(
        draft(
          'Moscow insists Russian satellite data has not helped Iran strike anyone.',
          '2026-04-02',
        ),
      ),
    ).toHaveLength(0);
  });

  it('reads a state agency\'s "transfer of data by the Russian side to Iran"', () => {
    const d = draft(
      'Reports on the handing over of targeting data by the Russian side to Iran are false, the ministry said.',
      '2026-04-02',
    );
    expect(find(d, 'SHARED_INTELLIGENCE_WITH', 'russia', 'iran')).toHaveLength(1);
  });
});
