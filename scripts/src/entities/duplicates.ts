/**
 * The duplicates report: pairs of registry entities that are probably one real-world entity,
 * each with the reasons an analyst can check (a shared name or alias, names alike after
 * diacritics, transliteration or initials, the same role, the same articles or company).
 * Pure: it takes the registry and who is mentioned where, and never touches Neo4j.
 *
 * Only entities of the same label are compared, and only pairs with some evidence in their
 * names: a shared role or article never makes a pair on its own. Candidates come from blocking
 * on name words and their transliteration skeletons, so the report stays far from quadratic on
 * a registry of 100k entities. Reasons combine as independent evidence: 1 - Π(1 - weight).
 */
import type { DuplicatePair, DuplicateReason, EntityLabel } from '@kg/server/contracts';
import { compareNames, fold, jaroWinkler, keyTokens, skeleton } from './name-match';

export interface DuplicateEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: readonly string[];
  role?: string | null;
}

export interface DuplicateInput {
  entities: readonly DuplicateEntity[];
  /** Article id -> the entities it names (mentions, endpoints). */
  mentions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Dismissed pairs as `a|b` with a < b (see distinctKey). */
  distinct?: ReadonlySet<string>;
}

/** Tunables of the report, with their defaults. */
export const DUPLICATE_DEFAULTS = {
  /** Pairs scoring below this are not listed. */
  min: 0.5,
  /** Most pairs listed, best first. */
  limit: 100,
  /** A blocking key shared by more entities than this ("john", "ministry") makes no pairs. */
  maxBlock: 200,
  /** Weights of the reasons. */
  weights: {
    sharedName: 0.8,
    sharedAlias: 0.6,
    similarity: 0.6,
    initials: 0.45,
    surname: 0.15,
    role: 0.2,
    coMention: 0.2,
  },
};

export interface DuplicateReport {
  pairs: DuplicatePair[];
  dismissed: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function forms(e: DuplicateEntity): string[] {
  return [e.name, ...e.aliases];
}

/** Blocking keys: each name word, its skeleton, and initial+surname of multi-word forms. */
function blockKeys(e: DuplicateEntity): Set<string> {
  const keys = new Set<string>();
  for (const f of forms(e)) {
    const words = keyTokens(f);
    for (const w of words) {
      keys.add(`w:${w}`);
      if (w.length >= 4) keys.add(`s:${skeleton(w)}`);
    }
    if (words.length > 1) keys.add(`i:${words[0]![0]}:${skeleton(words[words.length - 1]!)}`);
    keys.add(`f:${fold(f)}`);
  }
  return keys;
}

/** Roles alike word for word, in any order ("Russian Foreign Minister" / "Foreign Minister of Russia"). */
function roleAlike(a: string, b: string): boolean {
  const x = [...new Set(keyTokens(a))];
  const y = [...new Set(keyTokens(b))];
  if (!x.length || !y.length) return false;
  const common = x.filter((t) => y.some((u) => jaroWinkler(t, u) >= 0.9)).length;
  return common / (x.length + y.length - common) >= 0.6;
}

const q = (s: string) => JSON.stringify(s);

/** The reasons two entities may be one, strongest name evidence first. */
export function reasonsFor(
  a: DuplicateEntity,
  b: DuplicateEntity,
  articlesOf: ReadonlyMap<string, ReadonlySet<string>>,
  companyOf: ReadonlyMap<string, ReadonlySet<string>>,
): DuplicateReason[] {
  const W = DUPLICATE_DEFAULTS.weights;
  const reasons: DuplicateReason[] = [];
  const fa = new Map(forms(a).map((f) => [fold(f), f]));
  const shared = forms(b).filter((f) => fa.has(fold(f)));
  if (shared.length) {
    const both = fold(a.name) === fold(b.name);
    const shown = shared[0]!;
    const other = fa.get(fold(shown))!;
    reasons.push({
      kind: 'shared-form',
      detail:
        shown === other
          ? `both are called ${q(shown)}`
          : `${q(other)} and ${q(shown)} are one form (case, diacritics, "the")`,
      weight: both ? W.sharedName : W.sharedAlias,
    });
  }
  // The best-matching pair of multi-word or single-word forms, when not already identical.
  let best = { similarity: 0, initials: false, sameSurname: false, x: '', y: '' };
  for (const x of forms(a)) {
    for (const y of forms(b)) {
      if (fold(x) === fold(y)) continue;
      const c = compareNames(x, y);
      // An initial with the same surname is the stronger finding than a fuzzy match.
      const rank = (n: { similarity: number; initials: boolean; sameSurname: boolean }) =>
        n.initials ? 0.97 : n.similarity >= 0.88 ? n.similarity : n.sameSurname ? 0.5 : 0;
      if (rank(c) > rank(best)) best = { ...c, x, y };
    }
  }
  if (best.initials) {
    reasons.push({
      kind: 'initials',
      detail: `${q(best.x)} and ${q(best.y)}: an initial and the same surname`,
      weight: W.initials,
    });
  } else if (best.similarity >= 0.88) {
    const weight = W.similarity * Math.min(1, (best.similarity - 0.85) / 0.1);
    reasons.push({
      kind: 'name-similarity',
      detail: `${q(best.x)} ~ ${q(best.y)} (${best.similarity.toFixed(2)})`,
      weight: Number(weight.toFixed(3)),
    });
  } else if (best.sameSurname && a.label === 'Person') {
    reasons.push({
      kind: 'surname',
      detail: `${q(best.x)} and ${q(best.y)} share a surname`,
      weight: W.surname,
    });
  }
  if (!reasons.length) return reasons;
  if (a.role && b.role && roleAlike(a.role, b.role)) {
    reasons.push({
      kind: 'same-role',
      detail: a.role === b.role ? `both: ${a.role}` : `${q(a.role)} / ${q(b.role)}`,
      weight: W.role,
    });
  }
  const artsA = articlesOf.get(a.id) ?? new Set<string>();
  const artsB = articlesOf.get(b.id) ?? new Set<string>();
  const together = [...artsA].filter((x) => artsB.has(x));
  if (together.length) {
    reasons.push({
      kind: 'co-mention',
      detail: `both named in ${together.length} article${together.length > 1 ? 's' : ''} (${together.slice(0, 3).join(', ')})`,
      weight: Math.min(W.coMention, 0.1 * together.length),
    });
  } else {
    // Named in different articles, but alongside the same entities: the same story.
    const ca = companyOf.get(a.id) ?? new Set<string>();
    const cb = companyOf.get(b.id) ?? new Set<string>();
    const common = [...ca].filter((x) => cb.has(x) && x !== a.id && x !== b.id);
    const union = new Set([...ca, ...cb]);
    union.delete(a.id);
    union.delete(b.id);
    const jaccard = union.size ? common.length / union.size : 0;
    if (common.length && jaccard >= 0.3) {
      reasons.push({
        kind: 'co-mention',
        detail: `named alongside the same entities (${common.slice(0, 3).join(', ')})`,
        weight: Number((W.coMention * jaccard).toFixed(3)),
      });
    }
  }
  return reasons;
}

export function findDuplicates(
  input: DuplicateInput,
  options: { min?: number; limit?: number } = {},
): DuplicateReport {
  const min = options.min ?? DUPLICATE_DEFAULTS.min;
  const limit = options.limit ?? DUPLICATE_DEFAULTS.limit;
  const distinct = input.distinct ?? new Set<string>();

  // Who is named where, and in whose company.
  const articlesOf = new Map<string, Set<string>>();
  const companyOf = new Map<string, Set<string>>();
  for (const [article, ids] of input.mentions) {
    for (const id of ids) {
      let arts = articlesOf.get(id);
      if (!arts) articlesOf.set(id, (arts = new Set()));
      arts.add(article);
      let company = companyOf.get(id);
      if (!company) companyOf.set(id, (company = new Set()));
      for (const other of ids) if (other !== id) company.add(other);
    }
  }

  const blocks = new Map<string, DuplicateEntity[]>();
  for (const e of input.entities) {
    for (const k of blockKeys(e)) {
      const key = `${e.label}/${k}`;
      let list = blocks.get(key);
      if (!list) blocks.set(key, (list = []));
      list.push(e);
    }
  }
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  let dismissed = 0;
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > DUPLICATE_DEFAULTS.maxBlock) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = pairKey(a.id, b.id);
        if (a.id === b.id || seen.has(key)) continue;
        seen.add(key);
        const reasons = reasonsFor(a, b, articlesOf, companyOf);
        if (!reasons.length) continue;
        const score = 1 - reasons.reduce((p, r) => p * (1 - r.weight), 1);
        if (score < min) continue;
        if (distinct.has(key)) {
          dismissed++;
          continue;
        }
        pairs.push({
          a: { id: a.id, label: a.label, name: a.name },
          b: { id: b.id, label: b.label, name: b.name },
          score: Number(score.toFixed(3)),
          reasons,
          keep: survivor(a, b, articlesOf),
        });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : 1));
  return { pairs: pairs.slice(0, limit), dismissed };
}

/** The one to keep: named in more articles, then the longer (fuller) name, then the id. */
function survivor(
  a: DuplicateEntity,
  b: DuplicateEntity,
  articlesOf: ReadonlyMap<string, ReadonlySet<string>>,
): string {
  const n = (e: DuplicateEntity) => articlesOf.get(e.id)?.size ?? 0;
  if (n(a) !== n(b)) return n(a) > n(b) ? a.id : b.id;
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? a.id : b.id;
  return a.id < b.id ? a.id : b.id;
}

/** The report as text, for `npm run entities -- duplicates`. */
export function formatDuplicates(r: DuplicateReport): string {
  if (!r.pairs.length) {
    return `no likely duplicates${r.dismissed ? ` (${r.dismissed} dismissed pair(s) not shown)` : ''}`;
  }
  const out: string[] = [];
  for (const p of r.pairs) {
    const drop = p.keep === p.a.id ? p.b : p.a;
    const keep = p.keep === p.a.id ? p.a : p.b;
    out.push(
      `${p.score.toFixed(2)}  ${p.a.label}  ${p.a.id} "${p.a.name}"  ~  ${p.b.id} "${p.b.name}"  (merge ${drop.id} into ${keep.id})`,
    );
    for (const reason of p.reasons) {
      out.push(`        ${reason.kind.padEnd(15)} +${reason.weight.toFixed(2)}  ${reason.detail}`);
    }
  }
  out.push(
    `${r.pairs.length} pair(s)${r.dismissed ? `; ${r.dismissed} dismissed pair(s) not shown` : ''}`,
  );
  return out.join('\n');
}
