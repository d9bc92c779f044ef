/**
 * Names of US political news: a family name of several words after the full name ("Chris Van
 * Hollen" … "Van Hollen"), "the Maryland Democrat" for the one Democrat named before, and a
 * verb inside an "after …" clause that does not take the main clause's day. Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const people = (d: Draft) => d.entities.filter((e) => e.label === 'Person').map((e) => e.id);

describe('names of US political news', () => {
  it('"Van Hollen" after "Chris Van Hollen" is the same person', () => {
    const d = draft(
      'Sen. Chris Van Hollen, D-Md., spoke on Tuesday. Van Hollen said the administration had "looked away."',
    );
    expect(people(d)).toContain('chris-van-hollen');
    expect(people(d)).not.toContain('van-hollen');
    expect(d.relationships.some((r) => r.type === 'SAID' && r.from === 'chris-van-hollen')).toBe(
      true,
    );
  });

  it('a first name and surname is not taken for the tail of a longer name', () => {
    const d = draft('Anna Maria Lopez spoke first. Maria Lopez, her cousin, spoke next.');
    expect(people(d)).toContain('maria-lopez');
  });

  it('"the Maryland Democrat" is the one Democrat named before, and his accusation is his', () => {
    const d = draft(
      'Pete Hegseth on Wednesday hit back at Sen. Rowan Pell, D-Md., after the Maryland Democrat accused the White House of being "asleep at the wheel."',
      '2026-03-06',
    );
    const said = d.relationships.find((r) => r.type === 'SAID' && r.quote?.includes('asleep'));
    expect(said?.from).toBe('rowan-pell');
    // The accusation came before Wednesday's reply: the reply's day is not its day.
    expect(said?.date).toBeUndefined();
  });

  it('leaves "the Republican" alone when two Republicans were named', () => {
    const d = draft(
      'Sen. Ada Crane, R-Ohio, and Rep. Bo Tully, R-Texas, spoke on Monday. The Republican said the talks were "a mistake."',
    );
    const said = d.relationships.find((r) => r.type === 'SAID' && r.quote?.includes('mistake'));
    expect(said?.from ?? '').not.toMatch(/ada-crane|bo-tully/);
  });
});
