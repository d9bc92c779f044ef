/**
 * The entity pools of a synthetic corpus. Entity `i` of a label is a pure function of
 * (seed, label, i): the registry is written by iterating the pools, and articles draw entities by
 * rank without ever holding the registry in memory. Rank 0 is the biggest hub of its label.
 */
import type { EntityLabel, EntitySeed } from '@kg/server/contracts';
import { Rng, ZipfSampler, hash32 } from './prng';
import {
  COUNTRIES,
  EVENT_KINDS,
  FIRST_NAMES,
  LOCATION_SUFFIXES,
  ORGANIZATION_KINDS,
  OUTLET_KINDS,
  PERSON_ROLES,
  slug,
  word,
} from './vocabulary';

export type PoolSizes = Record<EntityLabel, number>;

/** Label -> small integer, to give each label its own random streams. */
const LABEL_SALT: Record<EntityLabel, number> = {
  Person: 1,
  Organization: 2,
  Country: 3,
  Outlet: 4,
  Event: 5,
  Location: 6,
};

/**
 * Pool sizes for a corpus of `facts` curated relationships: people and events form the long
 * tail (a few relationships each), countries and outlets stay few and so become hubs.
 */
export function poolSizes(facts: number): PoolSizes {
  const at = (min: number, per: number, max = Infinity) =>
    Math.min(max, Math.max(min, Math.round(facts / per)));
  return {
    Person: at(12, 12),
    Organization: at(6, 60),
    Country: at(8, 40, COUNTRIES.length),
    Outlet: at(3, 400, 3000),
    Event: at(6, 30),
    Location: at(4, 120),
  };
}

/**
 * How ranks are drawn per label: [Zipf exponent, uniform share]. Countries are the steepest
 * (the first few take a large share of all country mentions, like real news).
 */
const SKEW: Record<EntityLabel, [number, number]> = {
  Person: [1.0, 0.5],
  Organization: [1.0, 0.4],
  Country: [1.25, 0.05],
  Outlet: [1.0, 0.3],
  Event: [0.9, 0.5],
  Location: [1.0, 0.4],
};

export class EntityPools {
  private readonly samplers: Record<EntityLabel, ZipfSampler>;

  constructor(
    readonly seed: number,
    readonly sizes: PoolSizes,
    /** First and last day of the corpus, as epoch days. */
    readonly firstDay: number,
    readonly lastDay: number,
  ) {
    const s = {} as Record<EntityLabel, ZipfSampler>;
    for (const label of Object.keys(sizes) as EntityLabel[]) {
      const [exponent, uniform] = SKEW[label];
      s[label] = new ZipfSampler(sizes[label], exponent, uniform);
    }
    this.samplers = s;
  }

  draw(label: EntityLabel, rng: Rng): number {
    return this.samplers[label].draw(rng);
  }

  /** The entity of rank `i`: its registry entry, deterministic in (seed, label, i). */
  entity(label: EntityLabel, i: number): EntitySeed {
    const rng = new Rng(hash32(this.seed ^ LABEL_SALT[label], i));
    switch (label) {
      case 'Person': {
        const surname = word(i, 3);
        const name = `${rng.pick(FIRST_NAMES)} ${surname}`;
        const role = rng.pick(PERSON_ROLES);
        return {
          id: slug(name),
          label,
          name,
          aliases: [surname, `${role} ${name}`],
          description: `${role}, a synthetic person of the benchmark corpus.`,
          role,
        };
      }
      case 'Organization': {
        const name = `${word(i * 7 + 3, 3)} ${rng.pick(ORGANIZATION_KINDS)}`;
        return {
          id: slug(name),
          label,
          name,
          aliases: [`the ${name}`],
          description: 'A synthetic organisation of the benchmark corpus.',
        };
      }
      case 'Country': {
        const c = COUNTRIES[i]!;
        return {
          id: slug(c.name),
          label,
          name: c.name,
          aliases: c.aliases,
          description: `The state of ${c.name}.`,
        };
      }
      case 'Outlet': {
        const name = `The ${word(i * 11 + 5, 2)} ${rng.pick(OUTLET_KINDS)}`;
        return {
          id: slug(name),
          label,
          name,
          aliases: [name.slice(4)],
          description: 'A synthetic news outlet.',
        };
      }
      case 'Event': {
        const name = `${word(i * 13 + 1, 3)} ${rng.pick(EVENT_KINDS)}`;
        const start = this.firstDay + rng.int(this.lastDay - this.firstDay + 1);
        const span = rng.chance(0.3) ? 1 + rng.int(30) : 0;
        return {
          id: slug(name),
          label,
          name,
          aliases: [`the ${name}`],
          description: 'A synthetic event of the benchmark corpus.',
          date: isoDay(start),
          ...(span ? { endDate: isoDay(start + span) } : {}),
          ...(rng.chance(0.1) ? { alleged: true } : {}),
        };
      }
      case 'Location': {
        const name = `${word(i * 17 + 2, 2)}${rng.pick(LOCATION_SUFFIXES)}`;
        return {
          id: slug(name),
          label,
          name,
          aliases: [`the city of ${name}`],
          description: 'A synthetic place of the benchmark corpus.',
        };
      }
    }
  }
}

const DAY_MS = 86_400_000;

export function isoDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function epochDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
