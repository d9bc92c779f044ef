/**
 * An entity's statements by date (GET /api/entities/:id/statements): what it said, reported,
 * denied, dismissed, criticised, warned or answered, and what others said about it, each with
 * the articles that carry it (title and date). Rows that are one statement written as several
 * relationships are merged (`mergeStatements`, pure, tested on its own).
 */
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type {
  ArticleRef,
  EntityStatementsResponse,
  EntitySummary,
  RelationshipView,
  StatementRow,
} from '../contracts/api';
import { STATEMENT_TYPES } from '../contracts/model';
import { notFound } from '../contracts/errors';
import { readTransaction, typeAlternatives, type Db } from './read';
import { dateToJson } from './to-json';
import { toEntitySummary, toRelationshipView } from './views';

const STATEMENTS = typeAlternatives(STATEMENT_TYPES);

/** Most relationships read per direction: far more than one person's statements in a story. */
export const STATEMENTS_LIMIT = 1000;

const ARTICLES = `CALL (r) {
  OPTIONAL MATCH (a:Article) WHERE a.id IN coalesce(r.sources, [])
  RETURN collect(a {.id, .title, .date}) AS articles
}`;

const CYPHER = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r${STATEMENTS}]->(t)
  ${ARTICLES}
  RETURN 'by' AS role, e AS s, r, t, articles LIMIT $limit
  UNION ALL
  MATCH (s)-[r${STATEMENTS}]->(e)
  ${ARTICLES}
  RETURN 'about' AS role, s, r, e AS t, articles LIMIT $limit
}
RETURN role, s, r, t, articles`;

export interface StatementInput {
  role: 'by' | 'about';
  speaker: EntitySummary;
  target: EntitySummary;
  rel: RelationshipView;
  articles: ArticleRef[];
}

/** Words only: case, quote marks, punctuation and spacing do not make two statements differ. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Merges one statement written as several relationships; dated rows in `order`, undated last. */
export function mergeStatements(
  inputs: readonly StatementInput[],
  order: 'newest' | 'oldest',
): { by: StatementRow[]; about: StatementRow[] } {
  const rows = new Map<string, { role: 'by' | 'about'; row: StatementRow }>();
  const sorted = [...inputs].sort((a, b) => a.rel.id.localeCompare(b.rel.id));
  for (const { role, speaker, target, rel, articles } of sorted) {
    const words = rel.quote ?? rel.detail ?? rel.evidence[0]?.text ?? rel.id;
    const key = [role, speaker.id, rel.type, rel.date ?? '', normalise(words)].join('|');
    const had = rows.get(key);
    if (!had) {
      const row: StatementRow = {
        relationshipIds: [rel.id],
        type: rel.type,
        speaker,
        targets: [target],
        evidence: [...rel.evidence],
        articles: articles.map((a) => ({ ...a, relationshipId: rel.id })),
      };
      if (rel.date) row.date = rel.date;
      if (rel.quote) row.quote = rel.quote;
      if (rel.detail) row.detail = rel.detail;
      if (rel.alleged) row.alleged = true;
      rows.set(key, { role, row });
      continue;
    }
    const row = had.row;
    row.relationshipIds.push(rel.id);
    if (!row.targets.some((t) => t.id === target.id)) row.targets.push(target);
    for (const ev of rel.evidence)
      if (!row.evidence.some((x) => x.articleId === ev.articleId && x.start === ev.start))
        row.evidence.push(ev);
    for (const a of articles)
      if (!row.articles.some((x) => x.id === a.id))
        row.articles.push({ ...a, relationshipId: rel.id });
    if (rel.alleged) row.alleged = true;
  }
  const sign = order === 'newest' ? -1 : 1;
  const compare = (a: StatementRow, b: StatementRow) => {
    if (!!a.date !== !!b.date) return a.date ? -1 : 1;
    return (
      sign * (a.date ?? '').localeCompare(b.date ?? '') ||
      a.type.localeCompare(b.type) ||
      a.relationshipIds[0]!.localeCompare(b.relationshipIds[0]!)
    );
  };
  const out = { by: [] as StatementRow[], about: [] as StatementRow[] };
  for (const { role, row } of rows.values()) {
    row.targets.sort((a, b) => a.name.localeCompare(b.name));
    row.articles.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    out[role].push(row);
  }
  out.by.sort(compare);
  out.about.sort(compare);
  return out;
}

export async function readEntityStatements(
  db: Db,
  id: string,
  order: 'newest' | 'oldest',
): Promise<EntityStatementsResponse> {
  return readTransaction(db, async (tx) => {
    const found = await tx.run('MATCH (e:Entity {id: $id}) RETURN e', { id });
    const node = found.records[0]?.get('e') as Node | undefined;
    if (!node) throw notFound(`No entity with id "${id}".`);
    const res = await tx.run(CYPHER, { id, limit: neo4j.int(STATEMENTS_LIMIT) });
    const inputs: StatementInput[] = res.records.map((rec) => {
      const speaker = toEntitySummary(rec.get('s') as Node);
      const target = toEntitySummary(rec.get('t') as Node);
      const rel = toRelationshipView(rec.get('r') as Relationship, speaker.id, target.id);
      const articles = (
        rec.get('articles') as { id: unknown; title: unknown; date: unknown }[]
      ).map((a) => ({
        id: String(a.id),
        title: typeof a.title === 'string' && a.title ? a.title : String(a.id),
        date: dateToJson(a.date) ?? '',
      }));
      return { role: rec.get('role') as 'by' | 'about', speaker, target, rel, articles };
    });
    return { entity: toEntitySummary(node), order, ...mergeStatements(inputs, order) };
  });
}

/** Titles and dates of the articles named (unknown ids are left out). */
export async function readArticleRefs(db: Db, ids: readonly string[]): Promise<ArticleRef[]> {
  return readTransaction(db, async (tx) => {
    const res = await tx.run(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN a.id AS id, a.title AS title, a.date AS date ORDER BY a.date, a.id`,
      { ids: [...ids] },
    );
    return res.records.map((r) => ({
      id: String(r.get('id')),
      title: String(r.get('title') ?? r.get('id')),
      date: dateToJson(r.get('date')) ?? '',
    }));
  });
}
