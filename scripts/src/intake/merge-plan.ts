/**
 * The registry edit of an entity merge, as a pure function from entities.yaml as it is to the
 * file as it will be (yaml Document API: comments, key order and quoting stay as written):
 * the merged entity's entry goes, its name and aliases become aliases of the entity it is
 * merged into, gaps in that entity (role, dates) are filled from it, and `merged:` records the
 * redirect so every file and URL that names the old id still resolves. Redirects that pointed
 * at the old id are pointed at the new one, and dismissed pairs follow the merge.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { DomainError, type EntityLabel } from '@kg/server/contracts';
import type { IntakeProblem } from './seed-edits';

/** Rendering options that leave an unedited file byte-identical (as seed-edits.ts). */
const RENDER = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface MergeSpec {
  /** The entity that goes (its id becomes a redirect). */
  from: string;
  /** The entity that stays; a merged id is followed to where it ends. */
  into: string;
  /** The day recorded with the redirect. */
  on: string;
}

export interface MergeEntitySummary {
  id: string;
  label: EntityLabel;
  name: string;
}

export interface MergePlan {
  text: string;
  from: MergeEntitySummary;
  into: MergeEntitySummary;
  /** Forms the surviving entity gains (the old name first), in the order added. */
  aliasesAdded: string[];
  /** Fields of the surviving entity filled from the merged one (`role`, `date`, ...). */
  filled: string[];
}

/** The merge cannot be planned; `status` says how the API answers (404 unknown id, 400 else). */
export class MergeRefused extends DomainError {
  /** `status` (inherited) is the one given: 404 is `not_found`, 400 `invalid_merge`. */
  constructor(
    status: 400 | 404,
    readonly problems: IntakeProblem[],
  ) {
    super(
      status === 404 ? 'not_found' : 'invalid_merge',
      problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'),
    );
    this.name = 'MergeRefused';
  }
}

const scalar = (m: YAMLMap, key: string): string | undefined => {
  const v: unknown = m.get(key);
  return v === undefined || v === null ? undefined : String(v);
};

const formsOf = (m: YAMLMap): string[] => {
  const aliases = m.get('aliases');
  const list = isSeq(aliases)
    ? aliases.items.map((n) => String((n as { value: unknown }).value))
    : [];
  return [String(m.get('name')), ...list];
};

/** Fields copied from the merged entity when the surviving one has none. */
const FILLABLE = ['role', 'date', 'endDate', 'dateSource', 'dateNote', 'alleged'] as const;

function listOrNew(doc: Document, key: string): YAMLSeq {
  const list = doc.get(key, true);
  if (isSeq(list)) return list;
  if (list !== undefined) throw new Error(`entities.yaml: \`${key}\` is not a list`);
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

/** Follows `merged:` redirects from `id` to the id it ends at (cycles stop where they loop). */
export function followRedirects(merged: Map<string, string>, id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (merged.has(at) && !seen.has(at)) {
    seen.add(at);
    at = merged.get(at)!;
  }
  return at;
}

export function planMerge(src: string, req: MergeSpec): MergePlan {
  const doc = parseDocument(src);
  const entities = doc.get('entities', true);
  if (!isSeq(entities)) throw new Error('entities.yaml: `entities` is not a list');
  const byId = new Map<string, YAMLMap>();
  for (const item of entities.items) if (isMap(item)) byId.set(String(item.get('id')), item);
  const mergedList = doc.get('merged', true);
  const redirects = new Map<string, string>();
  if (isSeq(mergedList)) {
    for (const item of mergedList.items) {
      if (isMap(item)) redirects.set(String(item.get('id')), String(item.get('into')));
    }
  }

  const fromEntry = byId.get(req.from);
  if (!fromEntry) {
    const to = redirects.get(req.from);
    throw to
      ? new MergeRefused(400, [
          {
            path: 'id',
            message: `"${req.from}" was already merged into "${followRedirects(redirects, req.from)}"`,
          },
        ])
      : new MergeRefused(404, [{ path: 'id', message: `no entity "${req.from}" in the registry` }]);
  }
  const intoId = followRedirects(redirects, req.into);
  const intoEntry = byId.get(intoId);
  if (!intoEntry) {
    throw new MergeRefused(404, [
      { path: 'into', message: `no entity "${req.into}" in the registry` },
    ]);
  }
  if (intoId === req.from) {
    throw new MergeRefused(400, [
      { path: 'into', message: `"${req.from}" cannot be merged into itself` },
    ]);
  }

  // The surviving entity gains every form of the merged one it does not have yet.
  const have = new Set(formsOf(intoEntry).map((f) => f.toLowerCase()));
  const aliasesAdded: string[] = [];
  for (const f of formsOf(fromEntry)) {
    if (have.has(f.toLowerCase())) continue;
    have.add(f.toLowerCase());
    aliasesAdded.push(f);
  }
  if (aliasesAdded.length) {
    const aliases = intoEntry.get('aliases', true);
    if (isSeq(aliases)) for (const a of aliasesAdded) aliases.items.push(doc.createNode(a));
    else {
      const at = intoEntry.items.findIndex(
        (p) => String((p.key as { value: unknown }).value) === 'name',
      );
      intoEntry.items.splice(at + 1, 0, doc.createPair('aliases', aliasesAdded));
    }
  }
  const filled: string[] = [];
  for (const key of FILLABLE) {
    if (intoEntry.has(key) || !fromEntry.has(key)) continue;
    // Before `description`, where the curators put these fields.
    const at = intoEntry.items.findIndex(
      (p) => String((p.key as { value: unknown }).value) === 'description',
    );
    const pair = doc.createPair(key, fromEntry.get(key));
    if (at >= 0) intoEntry.items.splice(at, 0, pair);
    else intoEntry.items.push(pair);
    filled.push(key);
  }

  // The merged entry goes. A comment above it heads a section (`# --- People ---`): it stays,
  // above the entry that now comes first.
  const fromIndex = entities.items.indexOf(fromEntry);
  const next = entities.items[fromIndex + 1];
  if (next && isMap(next)) {
    // The gap the removed entry had (none at the top of the list) is the next one's now.
    next.spaceBefore = fromEntry.spaceBefore === true;
    if (fromEntry.commentBefore) {
      next.commentBefore = [fromEntry.commentBefore, next.commentBefore].filter(Boolean).join('\n');
    }
  }
  entities.items.splice(fromIndex, 1);

  // Redirects to the old id now end at the new one directly (no chains to follow later).
  const merged = listOrNew(doc, 'merged');
  for (const item of merged.items) {
    if (isMap(item) && String(item.get('into')) === req.from) item.set('into', intoId);
  }
  merged.items.push(doc.createNode({ id: req.from, into: intoId, on: req.on }));

  // A dismissed pair with the old id is now about the new one; with both, it says nothing.
  const distinct = doc.get('distinct', true);
  if (isSeq(distinct)) {
    distinct.items = distinct.items.filter((item) => {
      if (!isMap(item)) return true;
      const ids = item.get('ids', true);
      if (!isSeq(ids)) return true;
      const values = ids.items.map((n) => String((n as { value: unknown }).value));
      const moved = values.map((v) => (v === req.from ? intoId : v));
      if (moved[0] === moved[1]) return false;
      if (values.includes(req.from)) item.set('ids', doc.createNode(moved));
      return true;
    });
  }

  const summary = (m: YAMLMap): MergeEntitySummary => ({
    id: String(m.get('id')),
    label: String(m.get('label')) as EntityLabel,
    name: scalar(m, 'name') ?? '',
  });
  return {
    text: doc.toString(RENDER),
    from: summary(fromEntry),
    into: summary(intoEntry),
    aliasesAdded,
    filled,
  };
}

/** entities.yaml with the pair `a`, `b` recorded as distinct (dismissed from the report). */
export function planDismissal(
  src: string,
  pair: { a: string; b: string; on: string; note?: string },
): { text: string; added: boolean } {
  const doc = parseDocument(src);
  const entities = doc.get('entities', true);
  const ids = new Set<string>();
  if (isSeq(entities)) {
    for (const item of entities.items) if (isMap(item)) ids.add(String(item.get('id')));
  }
  const problems: IntakeProblem[] = [];
  for (const [k, id] of [
    ['a', pair.a],
    ['b', pair.b],
  ] as const) {
    if (!ids.has(id)) problems.push({ path: k, message: `no entity "${id}" in the registry` });
  }
  if (problems.length) throw new MergeRefused(404, problems);
  if (pair.a === pair.b) {
    throw new MergeRefused(400, [{ path: 'b', message: 'a pair needs two different entities' }]);
  }
  const [x, y] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
  const list = listOrNew(doc, 'distinct');
  const exists = list.items.some((item) => {
    if (!isMap(item)) return false;
    const v = item.get('ids', true);
    if (!isSeq(v)) return false;
    const s = v.items.map((n) => String((n as { value: unknown }).value)).sort();
    return s[0] === x && s[1] === y;
  });
  if (exists) return { text: src, added: false };
  const entry = doc.createNode({
    ids: [x, y],
    on: pair.on,
    ...(pair.note ? { note: pair.note } : {}),
  }) as YAMLMap;
  // `ids: [a, b]` on one line reads as a pair.
  const v = entry.get('ids', true);
  if (isSeq(v)) v.flow = true;
  list.items.push(entry);
  return { text: doc.toString(RENDER), added: true };
}
