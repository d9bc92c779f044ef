/**
 * Scoring a draft against a gold extraction: entities (recall, linking of known entities),
 * relationships (precision / recall / F1 on type and endpoints; SAID and DENIED also need
 * their quotes to overlap), dates (right / wrong / absent / extra on matched facts) and the
 * verbatim rate. New entities of the draft are matched to gold entities by name.
 */
import type { Draft, DraftRelationship, EntitySeed } from '@kg/server/contracts';
import { nameKey } from '../draft/normalize';

/** One gold fact: endpoints are registry ids (or, in held-out sets, `new:<Name>`). */
export interface GoldFact {
  type: string;
  from: string;
  to: string;
  quote?: string;
  date?: string;
  evidence?: string[];
}

export interface Gold {
  /** Every entity the article names (endpoints and mentions). */
  entities: string[];
  facts: GoldFact[];
  /** Gold entities the registry given to the engine does not hold (must be proposed as new). */
  unknown: Set<string>;
  /** Names and aliases of gold entities, to match the draft's new entities. */
  names: Map<string, string[]>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  entities: { gold: number; found: number; known: number; knownLinked: number; knownFound: number };
  relationships: Counts;
  byType: Map<string, Counts>;
  /** Drafted relationships by the rule that produced them: right (tp) and wrong or extra (fp). */
  byRule: Map<string, Counts>;
  dates: { right: number; wrong: number; absent: number; extra: number; wrongList: string[] };
  verbatim: { checked: number; ok: number };
  misses: string[];
  extras: string[];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'with', 'and', 'in', 's', 'to', 'for', 'by']);
const words = (s: string) =>
  new Set(
    nameKey(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );

/** The gold id a draft entity stands for. */
export function mapEntities(draft: Draft, gold: Gold): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of draft.entities) {
    if (e.status === 'existing') {
      map.set(e.id, e.id);
      continue;
    }
    const forms = [e.name, ...e.aliases];
    let best: { id: string; score: number } | undefined;
    for (const [id, names] of gold.names) {
      for (const [i, n] of names.entries()) {
        for (const [j, f] of forms.entries()) {
          // The entity whose own name it is before one that has it as an alias: a proposed new
          // "Moscow" (the city) is the gold's Moscow, not Russia (alias "Moscow"); and a draft's
          // "Oman" (alias "Muscat", its capital) is the gold's Oman, not the gold's Muscat.
          let score = nameKey(n) === nameKey(f) ? (i === 0 ? 1 : 0.99) - (j === 0 ? 0 : 0.02) : 0;
          if (!score) {
            const a = words(n);
            const b = words(f);
            const inter = [...a].filter((w) => b.has(w)).length;
            score = inter / Math.max(1, new Set([...a, ...b]).size);
          }
          if (score >= 0.6 && (!best || score > best.score)) best = { id, score };
        }
      }
    }
    map.set(e.id, best?.id ?? `new:${e.name}`);
  }
  return map;
}

function span(
  text: string,
  s: string | undefined,
  near: string[] = [],
): [number, number] | undefined {
  return spans(text, s, near)[0];
}

/**
 * Where a quote sits: inside its evidence when the evidence is found, else every place the
 * quote occurs. Gold files carry no evidence, and a phrase quoted in the headline and again in
 * the lede is the same quote wherever the draft took it from.
 */
export function spans(
  text: string,
  s: string | undefined,
  near: string[] = [],
): [number, number][] {
  if (!s) return [];
  for (const ev of near) {
    const at = text.indexOf(ev);
    const k = at >= 0 ? text.slice(at, at + ev.length).indexOf(s) : -1;
    if (k >= 0) return [[at + k, at + k + s.length]];
  }
  const out: [number, number][] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1))
    out.push([at, at + s.length]);
  return out;
}

/** Quotes match when their spans overlap by at least half of the shorter one. */
export function quotesOverlap(a?: [number, number], b?: [number, number]): boolean {
  if (!a || !b) return false;
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return inter > 0 && inter >= 0.5 * Math.min(a[1] - a[0], b[1] - b[0]);
}

const QUOTED = new Set(['SAID', 'DENIED']);
/** Relationships that mean the same read either way: "A allied with B" is "B allied with A". */
const SYMMETRIC = new Set(['ALLIED_WITH', 'SPOKE_WITH']);
const add = (m: Map<string, Counts>, t: string, k: keyof Counts) => {
  const c = m.get(t) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  m.set(t, c);
};

export function scoreDraft(draft: Draft, gold: Gold, text: string): Score {
  const map = mapEntities(draft, gold);
  const found = new Set(map.values());
  const known = gold.entities.filter((id) => !gold.unknown.has(id));
  const knownFound = known.filter((id) => found.has(id));
  const knownLinked = knownFound.filter((id) =>
    draft.entities.some((e) => e.id === id && e.status === 'existing'),
  );

  type D = DraftRelationship & { f: string; t: string; q?: [number, number] };
  const drafted: D[] = draft.relationships.map((r) => ({
    ...r,
    f: map.get(r.from) ?? r.from,
    t: map.get(r.to) ?? r.to,
    ...(r.quote ? { q: span(text, r.quote, r.evidence) } : {}),
  }));
  const used = new Set<number>();
  const byType = new Map<string, Counts>();
  const byRule = new Map<string, Counts>();
  const rel: Counts = { tp: 0, fp: 0, fn: 0 };
  const dates = { right: 0, wrong: 0, absent: 0, extra: 0, wrongList: [] as string[] };
  const misses: string[] = [];
  for (const g of gold.facts) {
    const gq = spans(text, g.quote, g.evidence);
    const k = drafted.findIndex(
      (d, i) =>
        !used.has(i) &&
        d.type === g.type &&
        ((d.f === g.from && d.t === g.to) ||
          (SYMMETRIC.has(g.type) && d.f === g.to && d.t === g.from)) &&
        // A paraphrased denial in the gold (no quote printed) is matched on its endpoints.
        (!QUOTED.has(g.type) || !g.quote || gq.some((q) => quotesOverlap(d.q, q))),
    );
    if (k < 0) {
      rel.fn++;
      add(byType, g.type, 'fn');
      misses.push(`${g.type} ${g.from} -> ${g.to}${g.quote ? ` "${g.quote.slice(0, 60)}"` : ''}`);
      continue;
    }
    used.add(k);
    rel.tp++;
    add(byType, g.type, 'tp');
    const d = drafted[k]!;
    add(byRule, d.rule, 'tp');
    if (g.date && d.date === g.date) dates.right++;
    else if (g.date && d.date) {
      dates.wrong++;
      dates.wrongList.push(`${g.type} ${g.from} -> ${g.to}: drafted ${d.date}, gold ${g.date}`);
    } else if (g.date) dates.absent++;
    else if (d.date) dates.extra++;
  }
  const extras: string[] = [];
  drafted.forEach((d, i) => {
    if (used.has(i)) return;
    rel.fp++;
    add(byType, d.type, 'fp');
    add(byRule, d.rule, 'fp');
    extras.push(
      `${d.type} ${d.f} -> ${d.t}${d.quote ? ` "${d.quote.slice(0, 60)}"` : ''} [${d.rule}]`,
    );
  });
  let checked = 0;
  let ok = 0;
  for (const r of draft.relationships) {
    for (const s of [...r.evidence, ...(r.quote ? [r.quote] : [])]) {
      checked++;
      if (text.includes(s)) ok++;
    }
  }
  return {
    entities: {
      gold: gold.entities.length,
      found: gold.entities.filter((id) => found.has(id)).length,
      known: known.length,
      knownLinked: knownLinked.length,
      knownFound: knownFound.length,
    },
    relationships: rel,
    byType,
    byRule,
    dates,
    verbatim: { checked, ok },
    misses,
    extras,
  };
}

/**
 * The gold facts a drafted statement would match if only its target were free: same type, same
 * speaker (as the gold names it), quotes overlapping. Their targets are what it should be about.
 */
export function goldTargetsOf(
  r: DraftRelationship,
  gold: Gold,
  map: Map<string, string>,
  text: string,
): Set<string> {
  const q = r.quote ? span(text, r.quote, r.evidence) : undefined;
  const from = map.get(r.from) ?? r.from;
  const out = new Set<string>();
  for (const g of gold.facts) {
    if (g.type !== r.type || g.from !== from) continue;
    if (
      QUOTED.has(g.type) &&
      g.quote &&
      !spans(text, g.quote, g.evidence).some((x) => quotesOverlap(q, x))
    )
      continue;
    out.add(g.to);
  }
  return out;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function namesOf(entities: EntitySeed[]): Map<string, string[]> {
  return new Map(entities.map((e) => [e.id, [e.name, ...e.aliases]]));
}
