/** The eval's tables: totals, per article, per relationship type, and the main misses. */
import { prf, type Counts } from './score';
import type { ArticleScore } from './extraction';

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

export interface Totals {
  relationships: Counts;
  f1: number;
  precision: number;
  recall: number;
  entityRecall: number;
  knownLinked: number;
  dates: { right: number; wrong: number; absent: number; extra: number };
  verbatim: number;
}

export function totals(runs: ArticleScore[]): Totals {
  const rel: Counts = { tp: 0, fp: 0, fn: 0 };
  let eg = 0;
  let ef = 0;
  let kf = 0;
  let kl = 0;
  const dates = { right: 0, wrong: 0, absent: 0, extra: 0 };
  let vc = 0;
  let vo = 0;
  for (const { score: s } of runs) {
    rel.tp += s.relationships.tp;
    rel.fp += s.relationships.fp;
    rel.fn += s.relationships.fn;
    eg += s.entities.gold;
    ef += s.entities.found;
    kf += s.entities.knownFound;
    kl += s.entities.knownLinked;
    for (const k of ['right', 'wrong', 'absent', 'extra'] as const) dates[k] += s.dates[k];
    vc += s.verbatim.checked;
    vo += s.verbatim.ok;
  }
  const m = prf(rel);
  return {
    relationships: rel,
    f1: m.f1,
    precision: m.p,
    recall: m.r,
    entityRecall: eg ? ef / eg : 0,
    knownLinked: kf ? kl / kf : 0,
    dates,
    verbatim: vc ? vo / vc : 1,
  };
}

export function report(title: string, runs: ArticleScore[], misses = 12): string {
  const t = totals(runs);
  const lines: string[] = [`## ${title}`, ''];
  lines.push(
    '| article | entities found | known linked | P | R | F1 | dates right/wrong/absent/extra | ms |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of runs) {
    const s = r.score;
    const m = prf(s.relationships);
    lines.push(
      `| ${r.id} | ${s.entities.found}/${s.entities.gold} | ${s.entities.knownLinked}/${s.entities.knownFound} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} | ${s.dates.right}/${s.dates.wrong}/${s.dates.absent}/${s.dates.extra} | ${r.ms.toFixed(0)} |`,
    );
  }
  lines.push(
    `| **all** | ${pct(t.entityRecall)} | ${pct(t.knownLinked)} | ${pct(t.precision)} | ${pct(t.recall)} | **${pct(t.f1)}** | ${t.dates.right}/${t.dates.wrong}/${t.dates.absent}/${t.dates.extra} | |`,
  );
  lines.push(
    '',
    `Relationships: ${t.relationships.tp} right, ${t.relationships.fp} wrong or extra, ${t.relationships.fn} missed. Verbatim rate of quotes and evidence: ${pct(t.verbatim)}.`,
    '',
  );
  const byType = new Map<string, Counts>();
  for (const r of runs) {
    for (const [type, c] of r.score.byType) {
      const x = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      x.tp += c.tp;
      x.fp += c.fp;
      x.fn += c.fn;
      byType.set(type, x);
    }
  }
  lines.push(
    '| type | gold | drafted | right | P | R | F1 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [type, c] of [...byType].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) {
    const m = prf(c);
    lines.push(
      `| ${type} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${c.tp} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} |`,
    );
  }
  const wrongDates = runs.flatMap((r) => r.score.dates.wrongList.map((w) => `${r.id}: ${w}`));
  if (wrongDates.length)
    lines.push('', 'Dates that differ from the gold:', ...wrongDates.map((w) => `- ${w}`));
  if (misses > 0) {
    lines.push('', `Missed (first ${misses} per article):`);
    for (const r of runs)
      for (const m of r.score.misses.slice(0, misses)) lines.push(`- ${r.id}: ${m}`);
    lines.push('', `Drafted but not in the gold (first ${misses} per article):`);
    for (const r of runs)
      for (const m of r.score.extras.slice(0, misses)) lines.push(`- ${r.id}: ${m}`);
  }
  return lines.join('\n');
}

/**
 * Drafted relationships by the rule that produced them, worst first (most wrong or extra):
 * where precision is lost. On texts the rules were tuned on these figures are optimistic; a rule
 * that is wrong more often than right even here is a candidate to tighten or remove.
 */
export function ruleReport(title: string, runs: ArticleScore[], top = 40): string {
  const all = new Map<string, Counts>();
  for (const { score } of runs)
    for (const [rule, c] of score.byRule) {
      const t = all.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += c.tp;
      t.fp += c.fp;
      all.set(rule, t);
    }
  const rows = [...all].sort(
    ([ra, a], [rb, b]) => b.fp - a.fp || a.tp - b.tp || ra.localeCompare(rb),
  );
  const lines = [
    `## ${title}`,
    '',
    '| rule | drafted | right | wrong or extra | P |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [rule, c] of rows.slice(0, top))
    lines.push(`| ${rule} | ${c.tp + c.fp} | ${c.tp} | ${c.fp} | ${pct(c.tp / (c.tp + c.fp))} |`);
  if (rows.length > top) lines.push('', `(${rows.length - top} more rules)`);
  return lines.join('\n');
}
