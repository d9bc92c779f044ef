/**
 * Two readings that fabricated facts on a wire text of our own: the accuser in "firms that
 * Washington accuses of supplying imagery to Iran" is no giver of intelligence, and "warned that
 * Moscow would respond" warns nobody named after "that".
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const rows = (d: Draft, type: string) =>
  d.relationships.filter((r) => r.type === type).map((r) => `${r.from} -> ${r.to}`);

describe('accusers and warnings', () => {
  it('the accuser of a relative clause is not the one who shared', () => {
    const d = draft(
      'Russia protested sanctions on three Russian satellite firms that Washington accuses of supplying imagery to Iran.',
    );
    expect(rows(d, 'SHARED_INTELLIGENCE_WITH')).not.toContain('united-states -> iran');
  });

  it('"warned that Moscow would respond" does not warn Moscow', () => {
    const d = draft(
      'The Kremlin said the sanctions were "baseless" and warned that Moscow would respond "in kind."',
    );
    expect(rows(d, 'WARNED')).not.toContain('kremlin -> russia');
  });
});
