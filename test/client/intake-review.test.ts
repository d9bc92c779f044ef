/** The review of a draft as data (client/src/intake/review.ts): no DOM, no server. */
import type { Draft } from '@kg/server/contracts';
import {
  acceptAbove,
  articleSlug,
  highlights,
  newForms,
  runs,
  startReview,
  toSubmission,
} from '../../client/src/intake/review';

const TEXT = 'Bob Courier of the Fixture Daily said: “Nothing was agreed.” Alice agreed.';
const draft: Draft = {
  article: { id: 'x', title: 'T' },
  text: TEXT,
  notes: [],
  entities: [
    {
      id: 'bob-courier',
      name: 'Bob Courier',
      label: 'Person',
      status: 'new',
      aliases: [],
      mentions: [{ start: 0, end: 11, text: 'Bob Courier' }],
      candidates: [],
    },
    {
      id: 'fixture-daily',
      name: 'Fixture Daily',
      label: 'Outlet',
      status: 'new',
      aliases: [],
      mentions: [{ start: 19, end: 32, text: 'Fixture Daily' }],
      candidates: [{ id: 'fx-daily', score: 0.9, why: 'fuzzy' }],
    },
    {
      id: 'fx-alice',
      name: 'Alice Envoy',
      label: 'Person',
      status: 'existing',
      aliases: [],
      mentions: [{ start: 61, end: 66, text: 'Alice' }],
      candidates: [],
    },
  ],
  relationships: [
    {
      type: 'SAID',
      from: 'bob-courier',
      to: 'fx-alice',
      quote: 'Nothing was agreed.',
      evidence: [TEXT.slice(0, 60)],
      confidence: 0.9,
      rule: 'r1',
    },
    {
      type: 'MEMBER_OF',
      from: 'bob-courier',
      to: 'fixture-daily',
      evidence: ['Bob Courier of the Fixture Daily'],
      confidence: 0.5,
      rule: 'r2',
    },
  ],
};

describe('intake review', () => {
  it('turns accepted statements and entity decisions into a submission', () => {
    const r = startReview(draft, TEXT);
    expect(acceptAbove(r, 0.8)).toBe(1);
    r.relationships[1]!.verdict = 'accepted';
    r.entities[1]!.resolution = { kind: 'link', to: 'fx-daily' };
    r.entities[1]!.addAliases.push(...newForms(r.entities[1]!));
    r.entities[2]!.addAliases.push(...newForms(r.entities[2]!));
    const sub = toSubmission(r, { id: 'a-b', title: 'T', date: '2026-03-12' });
    expect(sub.relationships!.map((x) => [x.type, x.from, x.to])).toEqual([
      ['SAID', 'bob-courier', 'fx-alice'],
      ['MEMBER_OF', 'bob-courier', 'fx-daily'],
    ]);
    expect(sub.entities!.map((e) => e.id)).toEqual(['bob-courier']);
    expect(sub.aliases).toEqual([
      { entity: 'fx-daily', alias: 'Fixture Daily' },
      { entity: 'fx-alice', alias: 'Alice' },
    ]);
    expect(sub.mentions).toEqual(['bob-courier', 'fx-daily', 'fx-alice']);
    expect(sub.relationships![0]).not.toHaveProperty('confidence');
  });

  it('drops statements whose endpoint is "not an entity" and rejected ones', () => {
    const r = startReview(draft, TEXT);
    r.relationships.forEach((x) => (x.verdict = 'accepted'));
    r.entities[1]!.resolution = { kind: 'none' };
    r.relationships[0]!.verdict = 'rejected';
    expect(toSubmission(r, { id: 'a', title: 'T', date: '2026-03-12' }).relationships).toEqual([]);
  });

  it('cuts the text into runs that cover it exactly, each with the spans over it', () => {
    const r = startReview(draft, TEXT);
    const parts = runs(TEXT, highlights(r));
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    const bob = parts.find((p) => p.text === 'Bob Courier')!;
    expect(bob.on.map((h) => h.kind).sort()).toEqual(['evidence', 'evidence', 'mention']);
  });

  it('makes a slug id from the date and the title', () => {
    expect(articleSlug('2026-03-12', 'Courier: “Nothing” was agreed, é!')).toBe(
      '2026-03-12-courier-nothing-was-agreed-e',
    );
  });
});
