/**
 * A lead's words quoted again in full lower down, with the day they were said: the lead's
 * statement was made that day, not on the dateline's. Short texts of our own.
 */
import { draft } from './helpers';

const LEAD = [
  'LONDON, Oct. 6 (Wire) - British Foreign Secretary Alan Mercer said Iran had "no friend in this fight" but Russia, as Moscow again denied the charge.',
  '"When a country hands over the positions of our ships, Iran has no friend in this fight but Russia," Mercer told the BBC on Sunday.',
].join('\n\n');

describe("a lead's partial quote echoed in full", () => {
  const d = draft(LEAD, '2026-10-06');
  const mercer = d.relationships.filter((r) => r.type === 'SAID' && r.from === 'alan-mercer');

  it('takes the day of the fuller quote, not the dateline', () => {
    const short = mercer.find((r) => r.quote === 'no friend in this fight');
    expect(short?.date).toBe('2026-10-04');
  });

  it('leaves the fuller quote its own day', () => {
    const full = mercer.find((r) => r.quote?.startsWith('When a country'));
    expect(full?.date).toBe('2026-10-04');
  });
});

describe('a lead statement with its own day', () => {
  it('keeps it: "said on Monday" is when it was said again', () => {
    const d = draft(
      [
        'LONDON, Oct. 6 (Wire) - British Foreign Secretary Alan Mercer said on Monday that Iran had "no friend in this fight" but Russia.',
        '"Iran has no friend in this fight but Russia," Mercer told the BBC on Sunday.',
      ].join('\n\n'),
      '2026-10-06',
    );
    const short = d.relationships.find(
      (r) => r.type === 'SAID' && r.quote === 'no friend in this fight',
    );
    expect(short?.date).toBe('2026-10-05');
  });
});
