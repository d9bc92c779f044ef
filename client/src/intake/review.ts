/**
 * The review of a draft, as data: which drafted statements the analyst accepted, how each
 * drafted entity is resolved (kept as it is in the registry, linked to another entity, created,
 * or not an entity), and the submission those decisions make. Pure: the view (intake/screen.ts)
 * only renders this and calls its functions.
 */
import type {
  ArticleSubmission,
  Draft,
  DraftEntity,
  DraftRelationship,
  EntityLabel,
} from '@kg/server/contracts';

export type Verdict = 'pending' | 'accepted' | 'rejected';

export interface ReviewedRelationship extends DraftRelationship {
  verdict: Verdict;
}

export type Resolution =
  | { kind: 'existing' }
  | { kind: 'link'; to: string }
  | {
      kind: 'create';
      /** The registry id it will have: a slug of the name, following edits of the name. */
      id: string;
      label: EntityLabel;
      name: string;
      aliases: string[];
      description: string;
    }
  | { kind: 'none' };

export interface ReviewedEntity {
  draft: DraftEntity;
  resolution: Resolution;
  /** Aliases to add to the entity it resolves to (one click per mention form). */
  addAliases: string[];
}

export interface Review {
  draft: Draft;
  /** The text every offset points into (the draft's normalised text). */
  text: string;
  relationships: ReviewedRelationship[];
  entities: ReviewedEntity[];
}

export function startReview(draft: Draft, pasted: string): Review {
  return {
    draft,
    text: draft.text ?? pasted,
    relationships: draft.relationships.map((r) => ({ ...r, verdict: 'pending' })),
    entities: draft.entities.map((e) => ({
      draft: e,
      resolution:
        e.status === 'existing'
          ? { kind: 'existing' }
          : {
              kind: 'create',
              id: e.id,
              label: e.label,
              name: e.name,
              aliases: [...e.aliases],
              description: e.role ?? `${e.label} named in the article.`,
            },
      addAliases: [],
    })),
  };
}

/** Accepts every pending statement at or above `threshold`; returns how many. */
export function acceptAbove(review: Review, threshold: number): number {
  let n = 0;
  for (const r of review.relationships) {
    if (r.verdict === 'pending' && r.confidence >= threshold) {
      r.verdict = 'accepted';
      n++;
    }
  }
  return n;
}

/** The registry id a drafted entity id ends up as, or null when it is not an entity. */
export function resolvedId(review: Review, draftId: string): string | null {
  const e = review.entities.find((x) => x.draft.id === draftId);
  if (!e) return draftId; // an entity chosen through search: a registry id already
  switch (e.resolution.kind) {
    case 'existing':
      return e.draft.id;
    case 'create':
      return e.resolution.id;
    case 'link':
      return e.resolution.to;
    case 'none':
      return null;
  }
}

/** A registry id for a name: lower-case ASCII words joined by hyphens. */
export function entitySlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'entity'
  );
}

/**
 * Edits what a new entity will be created as (name, label, aliases, description) before it is
 * created; its id follows the name. A no-op for an entity that is not to be created.
 */
export function editNewEntity(
  e: ReviewedEntity,
  edit: Partial<{ name: string; label: EntityLabel; aliases: string[]; description: string }>,
): void {
  const r = e.resolution;
  if (r.kind !== 'create') return;
  if (edit.name !== undefined && edit.name.trim()) {
    r.name = edit.name.trim();
    r.id = e.draft.name === r.name ? e.draft.id : entitySlug(r.name);
  }
  if (edit.label) r.label = edit.label;
  if (edit.aliases) r.aliases = [...new Set(edit.aliases.map((a) => a.trim()).filter(Boolean))];
  if (edit.description !== undefined && edit.description.trim()) {
    r.description = edit.description.trim();
  }
}

/**
 * The publisher to prefill: the outlet the analyst or the draft named, as the entity it
 * resolves to; otherwise the first outlet the text names that it does not show as another
 * outlet's programme, interviewer or reporting.
 */
export function publisherGuess(review: Review): string | undefined {
  const outlets = review.entities.filter(
    (e) => e.draft.label === 'Outlet' && e.resolution.kind !== 'none',
  );
  const named = review.draft.article.outlet?.trim().toLowerCase();
  const byName = named
    ? outlets.find(
        (e) =>
          e.draft.id === named ||
          [e.draft.name, ...e.draft.aliases].some((f) => f.toLowerCase() === named),
      )
    : undefined;
  // An outlet someone appears on or is interviewed by, a programme of another outlet, or one
  // whose reporting the text relays ('told "Fox & Friends"', "first reported by CNN") is not
  // the one that published the text: no guess is better than that guess.
  const elsewhere = new Set(
    review.draft.relationships.flatMap((r) =>
      r.type === 'APPEARED_ON'
        ? [r.to]
        : r.type === 'INTERVIEWED' || r.type === 'REPORTED' || r.type === 'CITED'
          ? [r.from]
          : r.type === 'PART_OF'
            ? [r.from, r.to]
            : [],
    ),
  );
  const first = outlets
    .filter((e) => !elsewhere.has(e.draft.id))
    .sort(
      (a, b) => (a.draft.mentions[0]?.start ?? Infinity) - (b.draft.mentions[0]?.start ?? Infinity),
    )[0];
  // An outlet the analyst typed that matches nothing drafted is kept as typed (no guess).
  const pick = named ? byName : first;
  return pick ? (resolvedId(review, pick.draft.id) ?? undefined) : undefined;
}

/**
 * The forms the article uses for a drafted entity that the entity it resolves to may lack:
 * for an entity kept as it is, the mention forms it does not have; for one linked to another
 * entity, its drafted name too (the server skips forms the target already has).
 */
export function newForms(e: ReviewedEntity): string[] {
  const linked = e.resolution.kind === 'link';
  const known = new Set(
    (linked ? [] : [e.draft.name, ...e.draft.aliases]).map((f) => f.toLowerCase()),
  );
  const forms = new Set<string>();
  for (const f of [e.draft.name, ...e.draft.mentions.map((m) => m.text)]) {
    if (!known.has(f.toLowerCase())) forms.add(f);
  }
  return [...forms];
}

export interface ArticleMeta {
  id: string;
  title: string;
  date: string;
  outlet?: string;
  url?: string;
}

/** The submission the review makes: accepted statements with resolved endpoints only. */
export function toSubmission(review: Review, meta: ArticleMeta): ArticleSubmission {
  const relationships = review.relationships
    .filter((r) => r.verdict === 'accepted')
    .flatMap((r) => {
      const from = resolvedId(review, r.from);
      const to = resolvedId(review, r.to);
      if (!from || !to) return [];
      return [
        {
          type: r.type,
          from,
          to,
          evidence: r.evidence.length === 1 ? r.evidence[0]! : r.evidence,
          ...(r.quote ? { quote: r.quote } : {}),
          ...(r.date ? { date: r.date } : {}),
          ...(r.alleged !== undefined ? { alleged: r.alleged } : {}),
          ...(r.detail ? { detail: r.detail } : {}),
        },
      ];
    });
  const entities = review.entities.flatMap((e) => {
    const r = e.resolution;
    if (r.kind !== 'create') return [];
    return [
      {
        id: r.id,
        label: r.label,
        name: r.name,
        aliases: [...new Set([...r.aliases, ...e.addAliases])].filter((a) => a !== r.name),
        description: r.description,
        ...(e.draft.role && r.label === 'Person' ? { role: e.draft.role } : {}),
      },
    ];
  });
  const aliases = review.entities.flatMap((e) => {
    const id = resolvedId(review, e.draft.id);
    if (!id || e.resolution.kind === 'create') return [];
    return e.addAliases.map((alias) => ({ entity: id, alias }));
  });
  const mentions = [
    ...new Set(
      review.entities
        .filter((e) => e.draft.mentions.length > 0)
        .map((e) => resolvedId(review, e.draft.id))
        .filter((id): id is string => id !== null),
    ),
  ];
  return {
    article: {
      id: meta.id,
      title: meta.title,
      date: meta.date,
      // The outlet field may hold a drafted entity's id: the one it resolves to is published.
      ...(meta.outlet ? { publisher: resolvedId(review, meta.outlet) ?? meta.outlet } : {}),
      ...(meta.url ? { url: meta.url } : {}),
    },
    text: review.text,
    entities,
    aliases,
    mentions,
    relationships,
  };
}

export interface Highlight {
  start: number;
  end: number;
  kind: 'mention' | 'evidence';
  /** The drafted entity id (mentions) or the statement's index (evidence). */
  ref: string;
}

/** Every drafted span, evidence first so a mention inside evidence is drawn over it. */
export function highlights(review: Review): Highlight[] {
  const out: Highlight[] = [];
  review.relationships.forEach((r, i) => {
    if (r.verdict === 'rejected') return;
    for (const ev of r.evidence) {
      const start = review.text.indexOf(ev);
      if (start >= 0) out.push({ start, end: start + ev.length, kind: 'evidence', ref: String(i) });
    }
  });
  for (const e of review.entities) {
    if (e.resolution.kind === 'none') continue;
    for (const m of e.draft.mentions) {
      out.push({ start: m.start, end: m.end, kind: 'mention', ref: e.draft.id });
    }
  }
  return out;
}

/**
 * The text cut into runs, each with the highlights covering it: the view makes one element
 * per run, so overlapping spans need no nested markup.
 */
export function runs(
  text: string,
  hs: Highlight[],
): { text: string; start: number; on: Highlight[] }[] {
  const cuts = new Set([0, text.length]);
  for (const h of hs) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; start: number; on: Highlight[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    out.push({
      text: text.slice(a, b),
      start: a,
      on: hs.filter((h) => h.start <= a && h.end >= b),
    });
  }
  return out;
}

/** A slug for the article id from its date and title. */
export function articleSlug(date: string, title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  return (
    [date, words]
      .filter(Boolean)
      .join('-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}
