/**
 * Who speaks when the speaker is told by a phrase around a name: a role qualified by a body
 * ("the White House press secretary") after the person is named, a speech verb before a quoted
 * programme title, and a body's name run into a title ("Russian Foreign Ministry spokeswoman
 * X"). Sentences of our own.
 */
import type { Draft } from '@kg/server/contracts';
import { draft } from './helpers';

const saids = (d: Draft) => d.relationships.filter((r) => r.type === 'SAID');

describe('speakers told by phrases around a name', () => {
  it('"the White House press secretary" after "asked Karoline Leavitt" is Leavitt, and the White House is not the target', () => {
    const d = draft(
      'When a reporter pressed Karoline Leavitt on Thursday about Russian help for Iran, the White House press secretary said the question "is not a priority for us."',
    );
    const said = saids(d).filter((r) => r.quote?.includes('not a priority'));
    expect(said.map((r) => r.from)).toEqual(['karoline-leavitt']);
    expect(said.some((r) => r.to === 'white-house')).toBe(false);
  });

  it('leaves the body as speaker when nobody named has that body and noun in a title', () => {
    const d = draft(
      'Pete Hegseth spoke to troops on Thursday. The White House press secretary said the visit "went well."',
    );
    const said = saids(d).filter((r) => r.quote?.includes('went well'));
    expect(said.map((r) => r.from)).not.toContain('pete-hegseth');
  });

  it('a speech verb before a quoted programme title keeps the speaker of the reported words', () => {
    const d = draft(
      'Sen. Elena Brightwater of Ohio said on NBC\'s "Meet the Press" that the administration\'s answer had been "timid and late."',
    );
    const said = saids(d).filter((r) => r.quote?.includes('timid and late'));
    expect(said.map((r) => r.from)).toEqual(['elena-brightwater']);
    expect(said.map((r) => r.to)).toEqual(['trump-administration']);
  });

  it('"Russian Foreign Ministry spokeswoman X accused … and said …": X speaks, not Russia', () => {
    const d = draft(
      'Russian Foreign Ministry spokeswoman Irina Volkova accused Washington of "staging a panic" and said the envoy had "answered every question."',
    );
    const said = saids(d).filter((r) => r.quote?.includes('answered every question'));
    expect(said.map((r) => r.from)).toEqual(['irina-volkova']);
  });
});
