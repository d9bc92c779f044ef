/** The review of a draft as data (client/src/intake/review.ts): no DOM, no server. */
import type { Draft } from '@kg/server/contracts';
import {
  acceptAbove,
  articleSlug,
  editNewEntity,
  entitySlug,
  publisherGuess,
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

  it('edits a new entity before it is created: name (the id follows), label, aliases', () => {
    const r = startReview(draft, TEXT);
    r.relationships[0]!.verdict = 'accepted';
    const bob = r.entities[0]!;
    editNewEntity(bob, { name: 'Robert Courier', aliases: ['Bob Courier', ' Courier ', ''] });
    editNewEntity(bob, { label: 'Person', description: 'A correspondent.' });
    const sub = toSubmission(r, { id: 'a', title: 'T', date: '2026-03-12' });
    expect(sub.entities![0]).toEqual({
      id: 'robert-courier',
      label: 'Person',
      name: 'Robert Courier',
      aliases: ['Bob Courier', 'Courier'],
      description: 'A correspondent.',
    });
    // Statements follow the new id.
    expect(sub.relationships![0]!.from).toBe('robert-courier');
    // Back to the drafted name: back to the drafted id.
    editNewEntity(bob, { name: 'Bob Courier' });
    expect(toSubmission(r, { id: 'a', title: 'T', date: '2026-03-12' }).entities![0]!.id).toBe(
      'bob-courier',
    );
    expect(entitySlug('José  Martínez-Ruiz!')).toBe('jose-martinez-ruiz');
  });

  it('prefills the publisher from the draft and publishes what that outlet resolves to', () => {
    const r = startReview(draft, TEXT);
    expect(publisherGuess(r)).toBe('fixture-daily');
    r.entities[1]!.resolution = { kind: 'link', to: 'fx-daily' };
    expect(publisherGuess(r)).toBe('fx-daily');
    // The field holds the drafted id; the submission names the entity it resolves to.
    const sub = toSubmission(r, {
      id: 'a',
      title: 'T',
      date: '2026-03-12',
      outlet: 'fixture-daily',
    });
    expect(sub.article.publisher).toBe('fx-daily');
    // An outlet the analyst typed that the draft does not know is left as typed.
    const typed = startReview(
      { ...draft, article: { ...draft.article, outlet: 'other-paper' } },
      TEXT,
    );
    expect(publisherGuess(typed)).toBeUndefined();
    // ... and one it knows by name is the drafted entity.
    const named = startReview(
      { ...draft, article: { ...draft.article, outlet: 'fixture daily' } },
      TEXT,
    );
    expect(publisherGuess(named)).toBe('fixture-daily');
    // An outlet the text has someone appear on is a programme, not the publisher: no guess.
    const appeared = startReview(
      {
        ...draft,
        relationships: [
          ...draft.relationships,
          {
            type: 'APPEARED_ON',
            from: 'bob-courier',
            to: 'fixture-daily',
            evidence: ['Bob Courier of the Fixture Daily'],
            confidence: 0.8,
            rule: 'r3',
          },
        ],
      },
      TEXT,
    );
    expect(publisherGuess(appeared)).toBeUndefined();
  });
});
