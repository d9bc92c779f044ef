/**
 * The registry side of a merge, without Neo4j: the edit of entities.yaml (comments kept, forms
 * moved, the redirect recorded) and validation following the redirect, on the fixture with a
 * planted duplicate (test/fixtures/seeds-dupes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadSeeds, validateSeeds } from '../../scripts/src/ingest/validate';
import { MergeRefused, planDismissal, planMerge } from '../../scripts/src/intake/merge-plan';
import { REPO } from '../ingest/fixtures';

const DUPES = path.join(REPO, 'test', 'fixtures', 'seeds-dupes');
const registry = fs.readFileSync(path.join(DUPES, 'entities.yaml'), 'utf8');
const on = '2026-12-03';
const made: string[] = [];

/** A copy of the dupes seed set with `entities.yaml` replaced by `text`. */
function withRegistry(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-merge-'));
  made.push(dir);
  fs.cpSync(DUPES, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'entities.yaml'), text);
  return dir;
}
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const refusal = (f: () => unknown): MergeRefused => {
  try {
    f();
  } catch (err) {
    if (err instanceof MergeRefused) return err;
    throw err;
  }
  throw new Error('not refused');
};

describe('planMerge', () => {
  it('moves the forms, removes the entry, records the redirect and keeps the comments', () => {
    const plan = planMerge(registry, { from: 'fx-a-envoy', into: 'fx-alice', on });
    expect(plan.aliasesAdded).toEqual(['A. Envoy', 'Envoy']);
    expect(plan.from).toEqual({ id: 'fx-a-envoy', label: 'Person', name: 'A. Envoy' });
    const doc = parse(plan.text) as {
      entities: { id: string; aliases?: string[] }[];
      merged: unknown[];
    };
    expect(doc.entities.map((e) => e.id)).not.toContain('fx-a-envoy');
    expect(doc.entities.find((e) => e.id === 'fx-alice')!.aliases).toEqual([
      'Alice',
      'the envoy',
      'A. Envoy',
      'Envoy',
    ]);
    expect(doc.merged).toEqual([{ id: 'fx-a-envoy', into: 'fx-alice', on }]);
    // Every comment line of the file is still there, and nothing but the edit changed.
    const comments = (s: string) => s.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(plan.text)).toEqual(comments(registry));
    expect(plan.text.split('\n').slice(0, 5)).toEqual(registry.split('\n').slice(0, 5));
  });

  it('keeps a section comment above the entry that now comes first', () => {
    const plan = planMerge(registry, { from: 'fx-alice', into: 'fx-a-envoy', on });
    expect(plan.text).toMatch(/# --- People ---\n {2}- id: fx-a-envoy/);
    expect(plan.filled).toEqual([]);
  });

  it('fills what the survivor lacks from the merged entity', () => {
    const plan = planMerge(registry, { from: 'fx-sergei', into: 'fx-alice-walker', on });
    expect(plan.filled).toEqual([]);
    const noRole = registry.replace('    role: Fixture novelist\n', '');
    const filled = planMerge(noRole, { from: 'fx-sergei', into: 'fx-alice-walker', on });
    expect(filled.filled).toEqual(['role']);
    expect(filled.text).toContain('role: Foreign minister of Ruritania');
  });

  it('refuses unknown ids (404), a merge into itself and an id already merged (400)', () => {
    expect(
      refusal(() => planMerge(registry, { from: 'fx-nobody', into: 'fx-alice', on })).status,
    ).toBe(404);
    expect(
      refusal(() => planMerge(registry, { from: 'fx-alice', into: 'fx-nobody', on })).status,
    ).toBe(404);
    expect(
      refusal(() => planMerge(registry, { from: 'fx-alice', into: 'fx-alice', on })).status,
    ).toBe(400);
    const once = planMerge(registry, { from: 'fx-a-envoy', into: 'fx-alice', on }).text;
    const again = refusal(() => planMerge(once, { from: 'fx-a-envoy', into: 'fx-alice', on }));
    expect(again.status).toBe(400);
    expect(again.message).toContain('already merged into "fx-alice"');
  });

  it('follows a redirect given as the target and flattens chains', () => {
    const once = planMerge(registry, { from: 'fx-a-envoy', into: 'fx-alice', on }).text;
    // "Merge into fx-a-envoy" means into what fx-a-envoy now is.
    const viaOld = planMerge(once, { from: 'fx-alice-walker', into: 'fx-a-envoy', on });
    expect(viaOld.into.id).toBe('fx-alice');
    // fx-alice merged on into fx-sergei: the older redirect now points there directly.
    const twice = planMerge(once, { from: 'fx-alice', into: 'fx-sergei', on }).text;
    expect((parse(twice) as { merged: { id: string; into: string }[] }).merged).toEqual([
      { id: 'fx-a-envoy', into: 'fx-sergei', on },
      { id: 'fx-alice', into: 'fx-sergei', on },
    ]);
  });
});

describe('validation follows redirects', () => {
  it('re-points and combines relationships, and the old id stays a former id', async () => {
    const dir = withRegistry(
      planMerge(registry, { from: 'fx-a-envoy', into: 'fx-alice', on }).text,
    );
    const { errors, graph } = await validateSeeds(await loadSeeds(dir));
    expect(errors).toEqual([]);
    expect(graph.entities.find((e) => e.id === 'fx-alice')!.formerIds).toEqual(['fx-a-envoy']);
    expect(graph.entities.some((e) => e.id === 'fx-a-envoy')).toBe(false);
    const part = graph.relationships.filter((r) => r.type === 'PARTICIPATED_IN');
    // The two articles' PARTICIPATED_IN are now one relationship with two sources.
    expect(part).toHaveLength(1);
    expect(part[0]!.sources).toEqual(['fx-dupe-one', 'fx-dupe-two']);
    expect(graph.relationships.find((r) => r.type === 'WARNED')!.from).toBe('fx-alice');
    // Article two's mention of the envoy is counted with every form, old and new.
    const m = graph.mentions.find((x) => x.article === 'fx-dupe-two' && x.entity === 'fx-alice');
    expect(m?.count).toBe(1);
  });

  it('an entity nothing was merged into has no former ids (stored as no property)', async () => {
    const { graph } = await validateSeeds(await loadSeeds(DUPES));
    expect(graph.entities.every((e) => e.formerIds === null)).toBe(true);
  });

  it('refuses a merge that joins an entity to itself, naming the relationship', async () => {
    const plan = planMerge(registry, { from: 'fx-sergei', into: 'fx-ruritania', on });
    const { errors } = await validateSeeds(await loadSeeds(withRegistry(plan.text)));
    expect(errors[0]!.path).toBe('relationships[2].to');
    expect(errors[0]!.message).toContain('now one entity ("fx-ruritania", merged)');
    // And the Person's MEMBER_OF does not fit a Country at its start: also said.
    expect(errors.map((e) => e.path)).toEqual(['relationships[2].to', 'relationships[2].type']);
  });

  it('refuses a redirect that is still an entity, goes in a circle or ends nowhere', async () => {
    const bad = `${registry}merged:\n  - {id: fx-alice, into: fx-sergei}\n  - {id: fx-x, into: fx-y}\n  - {id: fx-y, into: fx-x}\n  - {id: fx-z, into: fx-nowhere}\n`;
    const { errors } = await validateSeeds(await loadSeeds(withRegistry(bad)));
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'merged[0].id: "fx-alice" is still an entity in the registry; a merged id must not be one',
      'merged[1].into: merging "fx-x" goes round in a circle',
      'merged[2].into: merging "fx-y" goes round in a circle',
      'merged[3].into: unknown entity "fx-nowhere" (not in entities.yaml)',
    ]);
  });
});

describe('planDismissal', () => {
  it('records the pair once, in id order, and refuses unknown ids', () => {
    const one = planDismissal(registry, { a: 'fx-alice-walker', b: 'fx-alice', on });
    expect(one.added).toBe(true);
    expect(one.text).toContain(
      'distinct:\n  - ids: [fx-alice, fx-alice-walker]\n    on: 2026-12-03',
    );
    const two = planDismissal(one.text, { a: 'fx-alice', b: 'fx-alice-walker', on });
    expect(two).toEqual({ text: one.text, added: false });
    expect(
      refusal(() => planDismissal(registry, { a: 'fx-alice', b: 'fx-nobody', on })).status,
    ).toBe(404);
  });
});
