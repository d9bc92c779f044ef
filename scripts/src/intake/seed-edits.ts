/**
 * The text of each seed file after an article is added: pure functions from the file as it is
 * to the file as it will be. The registry and the manifest are edited through the yaml
 * library's Document API, so their comments, key order and quoting stay as the curators wrote
 * them; only the new entries and aliases are added.
 */
import { Document, isMap, isSeq, parseDocument, YAMLSeq, type YAMLMap } from 'yaml';
import type { ArticleSubmissionParsed, EntitySeed, RelationshipSeed } from '@kg/server/contracts';

/** A problem with the submission, at a path inside it (`entities[0].id`). */
export interface IntakeProblem {
  path: string;
  message: string;
}

/** Rendering options that leave an unedited file byte-identical (tested on the real seeds). */
const RENDER = { lineWidth: 0, flowCollectionPadding: false } as const;

function listIn(doc: Document, key: string, file: string): YAMLSeq {
  const list = doc.get(key, true);
  if (!isSeq(list)) throw new Error(`${file}: \`${key}\` is not a list`);
  return list;
}

/** Appends `value` as a new item, separated from the previous one as that one was. */
function append(doc: Document, list: YAMLSeq, value: object): void {
  const node = doc.createNode(value);
  const last = list.items[list.items.length - 1];
  if (last && typeof last === 'object' && 'spaceBefore' in last && last.spaceBefore) {
    node.spaceBefore = true;
  }
  list.items.push(node);
}

/** Registry entry in the order the curators write them. */
export function entityEntry(e: EntitySeed): Record<string, unknown> {
  return {
    id: e.id,
    label: e.label,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.role !== undefined ? { role: e.role } : {}),
    ...(e.date !== undefined ? { date: e.date } : {}),
    ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
    ...(e.alleged !== undefined ? { alleged: e.alleged } : {}),
    description: e.description,
  };
}

const formsOf = (m: YAMLMap): string[] => {
  const aliases = m.get('aliases');
  const list = isSeq(aliases)
    ? aliases.items.map((n) => String((n as { value: unknown }).value))
    : [];
  return [String(m.get('name')), ...list];
};

function flowAliases(entries: Map<string, YAMLMap>): boolean {
  for (const m of entries.values()) {
    const aliases = m.get('aliases', true);
    if (isSeq(aliases) && aliases.items.length) return aliases.flow === true;
  }
  return false;
}

export interface RegistryEdit {
  text: string;
  /** Aliases actually added (a form the entity already has is not added twice). */
  aliasesAdded: number;
}

/**
 * A seed file written as one JSON object (the generator's format for big corpora: JSON is
 * YAML). It has no comments to keep, so it is edited as data and written back in the same
 * layout, one list item per line: the yaml Document API took seconds on a 14,000-entity
 * registry, JSON.parse milliseconds.
 */
function asJson(src: string): Record<string, unknown> | null {
  if (!src.trimStart().startsWith('{')) return null;
  try {
    const v = JSON.parse(src) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `{"key": [item, ...]}` with one item per line, as scripts/src/generate/yaml-out.ts writes. */
export function renderJsonLists(o: Record<string, unknown>): string {
  const keys = Object.entries(o).map(([k, v]) => {
    if (!Array.isArray(v)) return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
    if (!v.length) return `  ${JSON.stringify(k)}: []`;
    return `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  });
  return `{\n${keys.join(',\n')}\n}\n`;
}

function jsonList(
  o: Record<string, unknown>,
  key: string,
  file: string,
): Record<string, unknown>[] {
  const list = o[key];
  if (!Array.isArray(list)) throw new Error(`${file}: \`${key}\` is not a list`);
  return list as Record<string, unknown>[];
}

function editRegistryJson(
  o: Record<string, unknown>,
  sub: ArticleSubmissionParsed,
  problems: IntakeProblem[],
): RegistryEdit {
  const list = jsonList(o, 'entities', 'entities.yaml');
  const byId = new Map(list.map((e) => [String(e.id), e]));
  sub.entities.forEach((e, i) => {
    if (byId.has(e.id)) {
      problems.push({
        path: `entities[${i}].id`,
        message: `"${e.id}" is already in the registry: link to it instead, or choose another id`,
      });
      return;
    }
    const entry = entityEntry(e);
    list.push(entry);
    byId.set(e.id, entry);
  });
  let aliasesAdded = 0;
  sub.aliases.forEach((a, i) => {
    const entry = byId.get(a.entity);
    if (!entry) {
      problems.push({
        path: `aliases[${i}].entity`,
        message: `unknown entity "${a.entity}" (not in entities.yaml nor created here)`,
      });
      return;
    }
    const aliases = Array.isArray(entry.aliases) ? (entry.aliases as string[]) : [];
    const forms = [String(entry.name), ...aliases].map((f) => f.toLowerCase());
    if (forms.includes(a.alias.toLowerCase())) return;
    entry.aliases = [...aliases, a.alias];
    aliasesAdded++;
  });
  return { text: renderJsonLists(o), aliasesAdded };
}

/** entities.yaml with the submission's new entities appended and its aliases added. */
export function editRegistry(
  src: string,
  sub: ArticleSubmissionParsed,
  problems: IntakeProblem[],
): RegistryEdit {
  const json = asJson(src);
  if (json) return editRegistryJson(json, sub, problems);
  const doc = parseDocument(src, { keepSourceTokens: false });
  const list = listIn(doc, 'entities', 'entities.yaml');
  const byId = new Map<string, YAMLMap>();
  for (const item of list.items) if (isMap(item)) byId.set(String(item.get('id')), item);

  sub.entities.forEach((e, i) => {
    if (byId.has(e.id)) {
      problems.push({
        path: `entities[${i}].id`,
        message: `"${e.id}" is already in the registry: link to it instead, or choose another id`,
      });
      return;
    }
    append(doc, list, entityEntry(e));
    const added = list.items[list.items.length - 1];
    if (isMap(added)) byId.set(e.id, added);
  });

  let aliasesAdded = 0;
  sub.aliases.forEach((a, i) => {
    const entry = byId.get(a.entity);
    if (!entry) {
      problems.push({
        path: `aliases[${i}].entity`,
        message: `unknown entity "${a.entity}" (not in entities.yaml nor created here)`,
      });
      return;
    }
    if (formsOf(entry).some((f) => f.toLowerCase() === a.alias.toLowerCase())) return;
    const aliases = entry.get('aliases', true);
    if (isSeq(aliases)) aliases.items.push(doc.createNode(a.alias));
    else {
      // A new `aliases` key goes right after `name`, where the curators put it.
      const at = entry.items.findIndex(
        (p) => String((p.key as { value: unknown }).value) === 'name',
      );
      const pair = doc.createPair('aliases', [a.alias]);
      // Written in the style (flow or block) the file's other alias lists use.
      if (isSeq(pair.value)) pair.value.flow = flowAliases(byId);
      entry.items.splice(at + 1, 0, pair);
    }
    aliasesAdded++;
  });
  return { text: doc.toString(RENDER), aliasesAdded };
}

/** The manifest entry of a submitted article whose text is `file`. */
export function manifestEntry(sub: ArticleSubmissionParsed, file: string): Record<string, unknown> {
  const a = sub.article;
  return {
    id: a.id,
    file,
    originalFile: a.url ?? file,
    title: a.title,
    date: a.date,
    dateInferred: a.dateInferred ?? false,
    ...(a.publisher !== undefined ? { publisher: a.publisher } : {}),
  };
}

/** articles.yaml with the new article's entry appended. */
export function editManifest(
  src: string,
  sub: ArticleSubmissionParsed,
  file: string,
  problems: IntakeProblem[] = [],
): string {
  const a = sub.article;
  const entry = manifestEntry(sub, file);
  const taken = () =>
    problems.push({
      path: 'article.id',
      message: `"${a.id}" is already in articles.yaml: choose another id`,
    });
  const json = asJson(src);
  if (json) {
    const list = jsonList(json, 'articles', 'articles.yaml');
    if (list.some((x) => x.id === a.id)) taken();
    list.push(entry);
    return renderJsonLists(json);
  }
  const doc = parseDocument(src);
  const list = listIn(doc, 'articles', 'articles.yaml');
  if (list.items.some((item) => isMap(item) && String(item.get('id')) === a.id)) taken();
  append(doc, list, entry);
  return doc.toString(RENDER);
}

/** The reviewed extraction file: only curated fields, nothing of the draft (no confidence). */
export function renderExtraction(sub: ArticleSubmissionParsed, reviewed: string): string {
  const rel = (r: RelationshipSeed) => {
    const evidence =
      typeof r.evidence === 'string' || r.evidence.length > 1 ? r.evidence : r.evidence[0];
    return {
      type: r.type,
      from: r.from,
      to: r.to,
      evidence,
      ...(r.quote !== undefined ? { quote: r.quote } : {}),
      ...(r.paraphrase !== undefined ? { paraphrase: r.paraphrase } : {}),
      ...(r.date !== undefined ? { date: r.date } : {}),
      ...(r.dateSource !== undefined ? { dateSource: r.dateSource } : {}),
      ...(r.dateNote !== undefined ? { dateNote: r.dateNote } : {}),
      ...(r.stance !== undefined ? { stance: r.stance } : {}),
      ...(r.at !== undefined ? { at: r.at } : {}),
      ...(r.alleged !== undefined ? { alleged: r.alleged } : {}),
      ...(r.detail !== undefined ? { detail: r.detail } : {}),
      ...(r.key !== undefined ? { key: r.key } : {}),
    };
  };
  const doc = new Document({
    article: sub.article.id,
    mentions: [...new Set(sub.mentions)],
    relationships: sub.relationships.map(rel),
  });
  doc.commentBefore = ` ${sub.article.title}\n Reviewed in the explorer on ${reviewed}.`;
  return doc.toString(RENDER);
}
