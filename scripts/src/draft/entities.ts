/**
 * Linking: a mention becomes an entity of the draft. A registry entity keeps its registry id;
 * a new one gets a slug of its name that collides with no registry id and no other new entity.
 */
import type { EntityLabel } from '@kg/server/contracts';
import type { DraftContext } from './context';
import type { Candidate, Doc, DocEntity, Mention, MentionKind } from './document';
import { COUNTRIES, ORGANIZATIONS, OUTLETS } from './lexicon';
import { nameKey } from './normalize';

export function slugify(name: string): string {
  const s = nameKey(name)
    .replace(/[@+]/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'entity';
}

/** The draft entity for a registry id, created on first use. */
export function existingEntity(doc: Doc, ctx: DraftContext, id: string): DocEntity | undefined {
  const have = doc.entities.get(id);
  if (have) return have;
  const e = ctx.byId.get(id);
  if (!e) return undefined;
  const d: DocEntity = {
    id: e.id,
    name: e.name,
    label: e.label,
    status: 'existing',
    aliases: [...e.aliases],
    ...(e.role ? { role: e.role } : {}),
    candidates: [],
    ...(e.date ? { date: e.date } : {}),
  };
  doc.entities.set(id, d);
  return d;
}

/** A new entity named `name`, or the new entity of that name already proposed. */
export function newEntity(
  doc: Doc,
  ctx: DraftContext,
  name: string,
  label: EntityLabel,
  extra: Partial<DocEntity> = {},
): DocEntity {
  // A name cut by a hard wrap ("Senate Armed\nServices Committee") is one name.
  name = name.replace(/\s+/g, ' ').trim();
  const key = nameKey(name);
  for (const e of doc.entities.values()) {
    if (e.status === 'new' && e.label === label && nameKey(e.name) === key) return e;
  }
  const base = slugify(name);
  let id = base;
  for (let n = 2; ctx.byId.has(id) || doc.entities.has(id); n++) id = `${base}-${n}`;
  const d: DocEntity = { id, name, label, status: 'new', aliases: [], candidates: [], ...extra };
  doc.entities.set(id, d);
  return d;
}

/** Resolves a gazetteer key (registry id or `lexicon:<kind>:<name>`) to a draft entity. */
export function entityForKey(doc: Doc, ctx: DraftContext, key: string): DocEntity | undefined {
  if (!key.startsWith('lexicon:')) return existingEntity(doc, ctx, key);
  const [, kind, ...rest] = key.split(':');
  const name = rest.join(':');
  if (kind === 'country') {
    const c = COUNTRIES.find((x) => x.name === name);
    const aliases = c ? [...c.plural.map((p) => `the ${p}`), ...c.capital] : [];
    return newEntity(doc, ctx, name, 'Country', { aliases });
  }
  if (kind === 'org') {
    const o = ORGANIZATIONS.find((x) => x[0] === name);
    return newEntity(doc, ctx, name, 'Organization', { aliases: o ? o.slice(1) : [] });
  }
  // A network's news division is the network ("NBC News" is NBC).
  const division = `${name} News`;
  return newEntity(
    doc,
    ctx,
    name,
    'Outlet',
    OUTLETS.includes(division) ? { aliases: [division] } : {},
  );
}

export function addMention(
  doc: Doc,
  entity: DocEntity,
  start: number,
  end: number,
  kind: MentionKind,
  score: number,
  phraseStart?: number,
): Mention {
  const m: Mention = {
    start,
    end,
    entity: entity.id,
    kind,
    score,
    ...(phraseStart !== undefined && phraseStart < start ? { phraseStart } : {}),
  };
  doc.mentions.push(m);
  const surface = doc.text.slice(start, end);
  if (
    entity.status === 'new' &&
    kind === 'name' &&
    surface !== entity.name &&
    !entity.aliases.includes(surface)
  ) {
    entity.aliases.push(surface);
  }
  return m;
}

export function addCandidate(entity: DocEntity, c: Candidate): void {
  if (!entity.candidates.some((x) => x.id === c.id)) entity.candidates.push(c);
}

/** True when [start, end) overlaps a mention already found. */
export function covered(doc: Doc, start: number, end: number): boolean {
  return doc.mentions.some((m) => m.start < end && start < m.end);
}

export function sortMentions(doc: Doc): void {
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
