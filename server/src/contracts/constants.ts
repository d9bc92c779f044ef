/**
 * The contracts' plain values, without zod: the graph model's labels and relationship types, and
 * the API's bounds. The explorer's first screen reads these without evaluating any schema (its
 * answers are validated in a worker: client/src/api-worker.ts); model.ts and api.ts re-export
 * them and build their schemas on them, so each is still named in one place.
 */

/** Labels of entity nodes. Every entity node also carries the `Entity` label. */
export const ENTITY_LABELS = [
  'Person',
  'Organization',
  'Country',
  'Outlet',
  'Event',
  'Location',
] as const;
/** The label of source-article nodes. */
export const ARTICLE = 'Article' as const;

export const NODE_LABELS = [...ENTITY_LABELS, ARTICLE] as const;
type NodeLabel = (typeof NODE_LABELS)[number];
type EntityLabel = (typeof ENTITY_LABELS)[number];

const ANY: readonly EntityLabel[] = ENTITY_LABELS;
const ACTORS: readonly EntityLabel[] = ['Person', 'Organization', 'Country', 'Outlet'];
const PARTIES: readonly EntityLabel[] = ['Organization', 'Country'];
const PLACES: readonly EntityLabel[] = ['Country', 'Location'];

/**
 * Relationship types, with the labels allowed at each end and a one-line meaning.
 * `evidenced` is false only for MENTIONS, which links an Article to the entities it names and
 * is derived by ingestion rather than curated.
 */
export const RELATIONSHIP_RULES = {
  SAID: { from: ACTORS, to: ANY, meaning: 'a speaker made a verbatim statement about the target' },
  REPORTED: {
    from: ['Outlet', 'Person', 'Organization'],
    to: ANY,
    meaning: 'an outlet or journalist reported a claim or event',
  },
  DENIED: { from: ACTORS, to: ['Event'], meaning: 'a party denied a claim' },
  DISMISSED: { from: ACTORS, to: ['Event'], meaning: 'a party played down or dismissed a claim' },
  ALLIED_WITH: { from: PARTIES, to: PARTIES, meaning: 'an alliance or strategic partnership' },
  LEADS: {
    from: ['Person'],
    to: ['Organization', 'Country', 'Event'],
    meaning: 'heads a state, body or operation',
  },
  MEMBER_OF: {
    from: ['Person', 'Organization'],
    to: ['Organization', 'Country', 'Outlet'],
    meaning: 'holds a post in, works for, or belongs to',
  },
  ADVISES: { from: ['Person'], to: ['Person', 'Organization'], meaning: 'is an adviser to' },
  REPRESENTS: {
    from: ['Person', 'Organization'],
    to: ['Person', 'Organization', 'Country'],
    meaning: 'is an envoy or spokesperson for',
  },
  SPOKE_WITH: { from: ACTORS, to: ACTORS, meaning: 'held a call, talks or an interview with' },
  CONTACTED: { from: ACTORS, to: ACTORS, meaning: 'reached out to, asked for comment' },
  INTERVIEWED: {
    from: ['Person', 'Outlet'],
    to: ['Person'],
    meaning: 'questioned someone in an interview or briefing',
  },
  APPEARED_ON: { from: ['Person'], to: ['Outlet'], meaning: 'spoke on a programme or outlet' },
  PARTICIPATED_IN: { from: ACTORS, to: ['Event'], meaning: 'took part in an event' },
  CITED: { from: ['Outlet', 'Person', 'Organization'], to: ANY, meaning: 'relied on a source' },
  CRITICIZED: { from: ACTORS, to: ANY, meaning: 'criticised or rebuked' },
  WARNED: {
    from: ACTORS,
    to: ['Person', 'Organization', 'Country'],
    meaning: 'warned or told to stay out',
  },
  RESPONDED_TO: { from: ACTORS, to: ANY, meaning: 'answered, corrected or reacted to' },
  ATTACKED: {
    from: ['Country', 'Organization', 'Event'],
    to: ['Country', 'Organization', 'Location', 'Event'],
    meaning: 'struck, attacked or targeted',
  },
  SUPPLIED_ARMS_TO: {
    from: PARTIES,
    to: PARTIES,
    meaning: 'transferred weapons or military technology (may be alleged)',
  },
  SHARED_INTELLIGENCE_WITH: {
    from: PARTIES,
    to: PARTIES,
    meaning: 'passed intelligence (may be alleged)',
  },
  PART_OF: {
    from: ['Event', 'Organization', 'Location', 'Outlet'],
    to: ['Event', 'Organization', 'Country', 'Location', 'Outlet'],
    meaning: 'is a part, programme or phase of',
  },
  OCCURRED_IN: { from: ['Event'], to: PLACES, meaning: 'where an event happened' },
  LOCATED_IN: {
    from: ['Organization', 'Location'],
    to: PLACES,
    meaning: 'where a body or place is',
  },
  MENTIONS: {
    from: [ARTICLE],
    to: ANY,
    meaning: 'an article names an entity (derived, not curated)',
  },
  PUBLISHED: {
    from: ['Outlet'],
    to: [ARTICLE],
    meaning: 'an outlet published the article (derived from the article manifest)',
  },
} as const satisfies Record<
  string,
  { from: readonly NodeLabel[]; to: readonly NodeLabel[]; meaning: string }
>;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as [
  keyof typeof RELATIONSHIP_RULES,
  ...(keyof typeof RELATIONSHIP_RULES)[],
];

/**
 * Every bound a request may ask for, with its default: the schemas below enforce them, the
 * repositories clamp to them, and the explorer reads them (one place to change a cap).
 */
export const BOUNDS = {
  search: { max: 50, default: 10 },
  neighbors: { max: 500, default: 25 },
  paths: { max: 25, default: 5 },
  pathHops: { max: 8, default: 4 },
  graph: { max: 2000, default: 300 },
  timeline: { max: 1000, default: 200 },
} as const;

/**
 * Most ids one /api/graph request may name: a shared link restores at most this many entities
 * (the client says so), and the query string stays well inside Node's 16 kB header limit.
 */
export const MAX_GRAPH_IDS = 400;

/** A stable, readable slug: lower-case words joined by hyphens (seed.ts's `Slug`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not): seed.ts's `IsoDate`. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
