/**
 * Congress rules of issue 12's round 41 (engineer "congress2"): committee seats told before the
 * name ("the panel's top Democrat, Sen. X"), the speaker of a participle after such a seat ("The
 * committee's chairman, Sen. X, opened the hearing by saying …"), a chair or member of a Senate or
 * House committee as a member of Congress, a bare "Chairman X" in a story of one committee, and
 * a double surname before a home state ("Rep. X Brooks-Harmon of Maryland"). Sentences of our
 * own, with negatives that must not fire.
 */
import { draft, find } from './helpers';

type D = ReturnType<typeof draft>;
const idOf = (d: D, name: string) =>
  d.entities.find((e) => e.name.toLowerCase() === name.toLowerCase())?.id;
const text = (...paragraphs: string[]) =>
  ['Senators weigh sanctions', '', ...paragraphs].join('\n\n');

describe('committee seats and members of Congress', () => {
  it('"the panel\'s top Democrat, Sen. X" sits on the one committee the article names', () => {
    const d = draft(
      text(
        'WASHINGTON — The Senate Foreign Relations Committee held a hearing on Tuesday on Russia and Iran.',
        'The panel\'s top Democrat, Sen. Rosa Ilves of Oregon, said the White House was "asleep at the wheel."',
      ),
      '2026-07-15',
    );
    const ilves = idOf(d, 'Rosa Ilves')!;
    const committee = idOf(d, 'Senate Foreign Relations Committee')!;
    expect(find(d, 'MEMBER_OF', ilves, committee)).toHaveLength(1);
    expect(find(d, 'LEADS', ilves, committee)).toHaveLength(0);
    expect(find(d, 'MEMBER_OF', ilves, 'us-congress')).toHaveLength(1);
  });

  it('a seat before the name gives the speaker of a participle, not the committee', () => {
    const d = draft(
      text(
        'WASHINGTON — The Senate Foreign Relations Committee held a hearing on Tuesday on Russia and Iran.',
        'The committee\'s chairman, Sen. Arthur Bellamy, opened the session by saying the administration had been "far too slow."',
      ),
      '2026-07-15',
    );
    const bellamy = idOf(d, 'Arthur Bellamy')!;
    const committee = idOf(d, 'Senate Foreign Relations Committee')!;
    expect(find(d, 'SAID', bellamy).map((r) => r.quote)).toEqual(['far too slow.']);
    expect(find(d, 'SAID', committee)).toHaveLength(0);
  });

  it('the chair of a House or Senate committee is a member of Congress; a staff director is not', () => {
    const d = draft(
      text(
        'WASHINGTON — House Intelligence Committee Chairman Rick Osterhout said Thursday that Russia had "crossed a line."',
        'House Intelligence Committee staff director Mona Pike said the report would be out in December.',
      ),
      '2026-11-19',
    );
    const osterhout = idOf(d, 'Rick Osterhout')!;
    expect(find(d, 'LEADS', osterhout, idOf(d, 'House Intelligence Committee'))).toHaveLength(1);
    expect(find(d, 'MEMBER_OF', osterhout, 'us-congress')).toHaveLength(1);
    const pike = idOf(d, 'Mona Pike');
    if (pike) expect(find(d, 'MEMBER_OF', pike, 'us-congress')).toHaveLength(0);
  });

  it('a bare "Chairman X" in a story of one committee leads it; with two committees, nothing', () => {
    const one = draft(
      text(
        'WASHINGTON — A State Department official declined on Thursday to answer questions at a House Foreign Affairs Committee hearing.',
        'Chairman Wade Pettibone, R-Fla., opened by asking whether the department had any doubt.',
      ),
      '2026-12-04',
    );
    const pettibone = idOf(one, 'Wade Pettibone')!;
    const committee = idOf(one, 'House Foreign Affairs Committee')!;
    expect(find(one, 'LEADS', pettibone, committee)).toHaveLength(1);
    expect(find(one, 'MEMBER_OF', pettibone, 'us-congress')).toHaveLength(1);
    const two = draft(
      text(
        'WASHINGTON — Members of the House Foreign Affairs Committee and the House Armed Services Committee met on Thursday.',
        'Chairman Wade Pettibone, R-Fla., opened by asking whether the department had any doubt.',
      ),
      '2026-12-04',
    );
    expect(find(two, 'LEADS', idOf(two, 'Wade Pettibone')!)).toHaveLength(0);
  });

  it('a double surname before a home state is the name ("Rep. Janelle Brooks-Harmon of Maryland")', () => {
    const d = draft(
      text(
        'WASHINGTON — Rep. Janelle Brooks-Harmon of Maryland said on Thursday that Russia was "playing with fire."',
      ),
      '2026-11-19',
    );
    const id = idOf(d, 'Janelle Brooks-Harmon');
    expect(id).toBeDefined();
    expect(find(d, 'SAID', id!).map((r) => r.quote)).toEqual(['playing with fire.']);
  });
});
