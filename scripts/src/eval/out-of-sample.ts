/**
 * Each rule's precision on text written AFTER the rule: `npm run eval -- extraction --out-of-sample`.
 *
 * A rule is written after reading some texts' misses, so its precision on those texts is
 * optimistic. Here each held-out text is "in sample" for a rule when the commit that added the
 * text is an ancestor of the commit that introduced the rule (the engineer could have read it),
 * and "out of sample" otherwise. The leave-one-out seeds predate every rule and are counted
 * apart. A rule's introducing commit is the oldest commit under scripts/src/draft whose diff
 * changes the number of occurrences of its name (`git log -S`); a rule tightened later is still
 * dated by its introduction, so a later fix can make its out-of-sample figure optimistic too.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ArticleScore } from './extraction';
import type { Counts } from './score';
import { HELD_OUT_ROUNDS, roundOf } from './rounds';

/** Where a rule came from: its introducing commit, and the held-out texts written before it. */
export interface RuleOrigin {
  commit: string;
  /** The latest round with a text the rule's author could have read ("seeds" when none). */
  round: string;
  /** Held-out text ids that were in the repository when the rule was introduced. */
  seen: Set<string>;
}

export interface RuleRow {
  rule: string;
  origin?: RuleOrigin;
  /** Held-out texts written after the rule. */
  out: Counts;
  /** Held-out texts the rule's author could have read. */
  in: Counts;
  /** The leave-one-out seeds (the rules' first material). */
  loo: Counts;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function addRules(rows: Map<string, RuleRow>, run: ArticleScore, pick: (r: RuleRow) => Counts) {
  for (const [rule, c] of run.score.byRule) {
    const row = rows.get(rule) ?? { rule, out: zero(), in: zero(), loo: zero() };
    rows.set(rule, row);
    const t = pick(row);
    t.tp += c.tp;
    t.fp += c.fp;
  }
}

/**
 * Splits every rule's right and wrong-or-extra relationships into leave-one-out, in-sample and
 * out-of-sample held-out texts. A rule without a known origin counts every held-out text in sample.
 */
export function splitByOrigin(
  loo: ArticleScore[],
  held: ArticleScore[],
  origins: ReadonlyMap<string, RuleOrigin>,
): RuleRow[] {
  const rows = new Map<string, RuleRow>();
  for (const run of loo) addRules(rows, run, (r) => r.loo);
  for (const run of held)
    addRules(rows, run, (r) => {
      const o = origins.get(r.rule);
      return !o || o.seen.has(run.id) ? r.in : r.out;
    });
  for (const row of rows.values()) {
    const o = origins.get(row.rule);
    if (o) row.origin = o;
  }
  return [...rows.values()];
}

const pct = (c: Counts) => (c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(2) : '-');
const cell = (c: Counts) => `${c.tp}/${c.tp + c.fp}`;

/** The table, rules with the most out-of-sample errors first. */
export function outOfSampleReport(rows: RuleRow[], minDrafted = 1): string {
  const sorted = rows
    .filter((r) => r.out.tp + r.out.fp + r.in.tp + r.in.fp + r.loo.tp + r.loo.fp >= minDrafted)
    .sort(
      (a, b) =>
        b.out.fp - a.out.fp ||
        a.out.tp - b.out.tp ||
        b.in.fp - a.in.fp ||
        a.rule.localeCompare(b.rule),
    );
  const total = (pick: (r: RuleRow) => Counts) =>
    rows.reduce((t, r) => ({ tp: t.tp + pick(r).tp, fp: t.fp + pick(r).fp, fn: 0 }), zero());
  const lines = [
    '## Drafted relationships by rule, on text written after the rule',
    '',
    'right/drafted and precision; "out" = held-out texts added after the rule was introduced,',
    '"in" = held-out texts its author could have read, "LOO" = the curated seeds.',
    '',
    '| rule | introduced (round) | out | P out | in | P in | LOO | P LOO |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of sorted)
    lines.push(
      `| ${r.rule} | ${r.origin ? `${r.origin.commit.slice(0, 7)} (${r.origin.round})` : '?'} | ${cell(r.out)} | ${pct(r.out)} | ${cell(r.in)} | ${pct(r.in)} | ${cell(r.loo)} | ${pct(r.loo)} |`,
    );
  const o = total((r) => r.out);
  const i = total((r) => r.in);
  const l = total((r) => r.loo);
  lines.push(
    `| **all** | | ${cell(o)} | ${pct(o)} | ${cell(i)} | ${pct(i)} | ${cell(l)} | ${pct(l)} |`,
  );
  return lines.join('\n');
}

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).trim();

/**
 * The spellings a rule's name may have in the source: the name itself; its part after the
 * family prefix ("said:" …) as a string literal, also with spaces (names built from
 * `kind.replace(' ', '-')`); then the halves of a name built by a template literal
 * (`meeting:pair-${kind}`, `role:${rule}-principal-country`).
 */
export function spellings(rule: string): string[] {
  const colon = rule.indexOf(':');
  const family = colon >= 0 ? rule.slice(0, colon + 1) : '';
  const bare = rule.slice(colon + 1);
  const out = [rule, `'${bare}'`, `'${bare.replace(/-/g, ' ')}'`];
  const parts = bare.split('-');
  for (let i = parts.length - 1; i >= 1; i--)
    out.push(`${family}${parts.slice(0, i).join('-')}-\${`);
  for (let i = 1; i < parts.length; i++) out.push(`}-${parts.slice(i).join('-')}\``);
  return out;
}

/** Rule origins from git: the introducing commit of each name, and the texts it could see. */
export function ruleOrigins(
  rules: string[],
  heldOutIds: string[],
  root: string,
): Map<string, RuleOrigin> {
  const heldDir = path.join('test', 'fixtures', 'draft', 'held-out');
  const added = new Map<string, string>();
  for (const id of heldOutIds) {
    const c = git(root, [
      'log',
      '--diff-filter=A',
      '--format=%H',
      '--',
      path.join(heldDir, `${id}.txt`),
    ]).split('\n');
    const first = c[c.length - 1];
    if (first) added.set(id, first);
  }
  const ancestors = new Map<string, Set<string>>();
  const order = ['rounds 1-2', ...Object.keys(HELD_OUT_ROUNDS)];
  const out = new Map<string, RuleOrigin>();
  for (const rule of rules) {
    let commit = '';
    for (const s of spellings(rule)) {
      const log = git(root, [
        'log',
        `-S${s}`,
        '--reverse',
        '--format=%H',
        '--',
        'scripts/src/draft',
      ]);
      commit = log.split('\n')[0] ?? '';
      if (commit) break;
    }
    if (!commit) continue;
    let anc = ancestors.get(commit);
    if (!anc) {
      anc = new Set(git(root, ['rev-list', commit]).split('\n'));
      ancestors.set(commit, anc);
    }
    const seen = new Set([...added].filter(([, c]) => anc.has(c)).map(([id]) => id));
    const rounds = [...seen].map(roundOf);
    const latest = order.filter((r) => rounds.includes(r)).pop() ?? 'seeds';
    out.set(rule, { commit, round: latest, seen });
  }
  return out;
}
