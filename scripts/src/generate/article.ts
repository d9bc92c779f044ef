/**
 * One synthetic article: its cast (the entities it is about), its facts (curated
 * relationships, chosen among the cast under the model's endpoint rules) and its text, written
 * sentence by sentence from those facts. Article `i` depends only on (seed, i), so an article
 * can be planned again later to restate one of its facts elsewhere (multi-source relationships).
 */
import {
  CURATED_RELATIONSHIP_TYPES,
  QUOTED_TYPES,
  RELATIONSHIP_RULES,
  type ArticleSeed,
  type CuratedRelationshipType,
  type EntityLabel,
  type EntitySeed,
  type ExtractionFile,
  type RelationshipSeed,
} from '@kg/server/contracts';
import { EntityPools, epochDay, isoDay } from './entities';
import { Rng, cumulate, hash32 } from './prng';
import { HEADLINE_VERB, TEMPLATES, TYPE_WEIGHTS } from './templates';
import { FILLER, MONTHS, QUOTE_CLOSERS, QUOTE_OBJECTS, QUOTE_OPENERS } from './vocabulary';

export interface CorpusShape {
  seed: number;
  articles: number;
  /** Mean curated relationships per article; the total is exactly articles x this. */
  relationshipsPerArticle: number;
  pools: EntityPools;
}

export interface Member {
  label: EntityLabel;
  rank: number;
  entity: EntitySeed;
  /** How likely this member is chosen as an endpoint (the article's main country is salient). */
  salience: number;
}

export interface Fact {
  seed: RelationshipSeed;
  from: Member;
  to: Member;
  /** The sentence of the text that states the fact. */
  sentence: string;
}

export interface ArticlePlan {
  index: number;
  date: string;
  cast: Member[];
  publisher: Member;
  facts: Fact[];
}

export interface GeneratedArticle {
  manifest: ArticleSeed;
  /** File content, with the optional date header. */
  content: string;
  extraction: ExtractionFile;
  /** (label, rank) of every entity the article names: endpoints and mentions. */
  named: Member[];
  /** Endpoints of the relationships first stated here (a restated one is not counted again). */
  endpoints: [Member, Member][];
}

const TYPES = CURATED_RELATIONSHIP_TYPES;
const TYPE_CUMULATIVE = cumulate(TYPES.map((t) => TYPE_WEIGHTS[t]));

/** Cast size per label: [minimum, extra drawn uniformly]. */
const CAST: [EntityLabel, number, number][] = [
  ['Country', 2, 1],
  ['Person', 3, 4],
  ['Organization', 1, 2],
  ['Outlet', 1, 1],
  ['Event', 1, 2],
  ['Location', 0, 2],
];

export function articleId(index: number, date: string): string {
  return `a${String(index).padStart(7, '0')}-${date}`;
}

/** Articles are spread evenly over the corpus period, in index order, with a little jitter. */
function articleDay(shape: CorpusShape, index: number, rng: Rng): number {
  const { firstDay, lastDay } = shape.pools;
  const base = firstDay + Math.floor(((lastDay - firstDay) * index) / Math.max(1, shape.articles));
  return Math.min(lastDay, base + rng.int(3));
}

function factCount(shape: CorpusShape, index: number): number {
  // Pairs of articles share a deviation with opposite signs: the total stays exact.
  const mean = shape.relationshipsPerArticle;
  const pair = Math.floor(index / 2);
  if (pair * 2 + 1 >= shape.articles && index % 2 === 0) return mean;
  const spread = Math.floor(mean * 0.6);
  const d = spread ? hash32(shape.seed, pair) % (spread + 1) : 0;
  return index % 2 === 0 ? mean + d : mean - d;
}

function dayPhrase(day: number): string {
  const d = new Date(day * 86_400_000);
  return `on ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The form a sentence uses for an entity: mostly its name, sometimes an alias. */
function form(m: Member, rng: Rng): string {
  const aliases = m.entity.aliases;
  if (aliases.length === 0 || rng.chance(0.7)) return m.entity.name;
  return rng.pick(aliases);
}

function quoteText(rng: Rng): string {
  const closer = rng.pick(QUOTE_CLOSERS);
  return `${rng.pick(QUOTE_OPENERS)} ${rng.pick(QUOTE_OBJECTS)}${closer ? ` ${closer}` : ''}.`;
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function drawCast(shape: CorpusShape, rng: Rng): Member[] {
  const cast: Member[] = [];
  for (const [label, min, extra] of CAST) {
    const n = Math.min(shape.pools.sizes[label], min + rng.int(extra + 1));
    const seen = new Set<number>();
    for (let k = 0; k < n; k++) {
      let rank = shape.pools.draw(label, rng);
      for (let tries = 0; seen.has(rank) && tries < 8; tries++) rank = shape.pools.draw(label, rng);
      if (seen.has(rank)) continue;
      seen.add(rank);
      // The first country drawn is what the article is mainly about.
      const salience = label === 'Country' ? (k === 0 ? 5 : 2) : label === 'Person' ? 2 : 1;
      cast.push({ label, rank, entity: shape.pools.entity(label, rank), salience });
    }
  }
  return cast;
}

function choose(members: Member[], rng: Rng): Member | undefined {
  if (members.length === 0) return undefined;
  let total = 0;
  for (const m of members) total += m.salience;
  let x = rng.next() * total;
  for (const m of members) if ((x -= m.salience) < 0) return m;
  return members[members.length - 1];
}

/** Plans article `index`: date, cast and facts (with their sentences), no I/O. */
export function planArticle(shape: CorpusShape, index: number): ArticlePlan {
  const rng = new Rng(hash32(shape.seed, index + 0x51ed));
  const day = articleDay(shape, index, rng);
  const cast = drawCast(shape, rng);
  const publisher = cast.find((m) => m.label === 'Outlet')!;
  const facts: Fact[] = [];
  const n = factCount(shape, index);
  for (let k = 0; k < n; k++) {
    let type: CuratedRelationshipType = 'SAID';
    let from: Member | undefined;
    let to: Member | undefined;
    for (let tries = 0; tries < 20; tries++) {
      type = TYPES[rng.weighted(TYPE_CUMULATIVE)]!;
      const rule = RELATIONSHIP_RULES[type];
      from = choose(
        cast.filter((m) => (rule.from as readonly string[]).includes(m.label)),
        rng,
      );
      to = choose(
        cast.filter((m) => m !== from && (rule.to as readonly string[]).includes(m.label)),
        rng,
      );
      if (from && to) break;
    }
    if (!from || !to) throw new Error(`article ${index}: no endpoints for any type`);
    const factDay =
      to.entity.date && epochDay(to.entity.date) <= day
        ? epochDay(to.entity.date)
        : day - rng.int(3);
    const quoted = QUOTED_TYPES.includes(type);
    const quote = quoted ? quoteText(rng) : '';
    const choice = rng.int(TEMPLATES[type].length);
    const sentence = capitalise(
      TEMPLATES[type][choice]!({
        a: form(from, rng),
        b: form(to, rng),
        on: dayPhrase(factDay),
        quote,
      }),
    );
    const alleged =
      (type === 'SUPPLIED_ARMS_TO' || type === 'SHARED_INTELLIGENCE_WITH') && choice === 1;
    facts.push({
      from,
      to,
      sentence,
      seed: {
        type,
        from: from.entity.id,
        to: to.entity.id,
        evidence: sentence,
        // The quote without its final punctuation, as analysts would cite it.
        ...(quoted ? { quote: quote.slice(0, -1) } : {}),
        date: isoDay(factDay),
        ...(alleged ? { alleged: true } : {}),
        key: `f${index.toString(36)}-${k}`,
      },
    });
  }
  return { index, date: isoDay(day), cast, publisher, facts };
}

/**
 * Writes the article of `plan`: its sentences in paragraphs, with filler and, sometimes, a fact
 * restated from an earlier article. Evidence is sometimes two consecutive sentences.
 */
export function writeArticle(shape: CorpusShape, plan: ArticlePlan): GeneratedArticle {
  const rng = new Rng(hash32(shape.seed ^ 0x7e57, plan.index));
  const facts = plan.facts.map((f) => ({ ...f, seed: { ...f.seed } }));
  const endpoints = facts.map((f): [Member, Member] => [f.from, f.to]);
  // About one article in five restates a fact from one of the 50 articles before it.
  if (plan.index > 0 && rng.chance(0.2)) {
    const earlier = planArticle(shape, plan.index - 1 - rng.int(Math.min(50, plan.index)));
    const f = earlier.facts[rng.int(earlier.facts.length)];
    // Article dates jitter by up to two days, so an earlier article may be dated later: a fact
    // dated after this article's own date cannot be restated here (ingestion refuses it).
    if (f && (!f.seed.date || f.seed.date <= plan.date)) {
      const at = rng.int(facts.length + 1);
      facts.splice(at, 0, { ...f, seed: { ...f.seed, evidence: f.sentence } });
    }
  }

  const sentences: string[] = [];
  let previousFact: string | undefined;
  for (const f of facts) {
    if (previousFact && rng.chance(0.1)) f.seed.evidence = [previousFact, f.sentence];
    sentences.push(f.sentence);
    previousFact = f.sentence;
    if (rng.chance(0.15)) {
      sentences.push(rng.pick(FILLER));
      previousFact = undefined;
    }
  }
  const named = new Map<string, Member>();
  for (const f of facts) {
    named.set(f.from.entity.id, f.from);
    named.set(f.to.entity.id, f.to);
  }
  const mentions: string[] = [];
  if (!named.has(plan.publisher.entity.id)) {
    sentences.push(`This report was first published by ${plan.publisher.entity.name}.`);
    mentions.push(plan.publisher.entity.id);
    named.set(plan.publisher.entity.id, plan.publisher);
  }

  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length;) {
    const n = 1 + rng.int(3);
    paragraphs.push(sentences.slice(k, k + n).join(' '));
    k += n;
  }
  const text = `${paragraphs.join('\n\n')}\n`;
  const first = facts[0]!;
  const title = `${first.from.entity.name} ${HEADLINE_VERB[first.seed.type]} ${first.to.entity.name}`;
  const id = articleId(plan.index, plan.date);
  // Most articles carry a date header; the others have their date "inferred" (as in the seeds).
  const header = rng.chance(0.85);
  return {
    manifest: {
      id,
      file: `${id}.txt`,
      originalFile: `synthetic-${shape.seed}/${String(plan.index).padStart(7, '0')}.txt`,
      title,
      date: plan.date,
      dateInferred: !header,
      ...(header
        ? {}
        : {
            dateNote: 'Synthetic article without a date line; date from its place in the corpus.',
          }),
      publisher: plan.publisher.entity.id,
    },
    content: header ? `date ${plan.date}\n\n${text}` : text,
    extraction: { article: id, mentions, relationships: facts.map((f) => f.seed) },
    named: [...named.values()],
    endpoints,
  };
}
