/**
 * The story view's reads: which topics statements are about, and every statement about one
 * topic with who made it (and for which country), where, in which articles, and the sentences
 * it rests on. Statement types come from the model (STATEMENT_TYPES), never from input.
 */
import type { Node, Relationship } from 'neo4j-driver';
import type {
  EntitySummary,
  TopicStatement,
  TopicStatementsResponse,
  TopicsResponse,
} from '../contracts/api';
import { STATEMENT_TYPES } from '../contracts/model';
import { notFound } from '../contracts/errors';
import { readQuery, readTransaction, typeAlternatives, type Db } from './read';
import { dateToJson, toNumber } from './to-json';
import { toEntitySummary, toStatementFields } from './views';

const STATEMENTS = typeAlternatives(STATEMENT_TYPES);

/** Topics listed in the chooser: the entities with the most statements about them. */
export const TOPICS_LIMIT = 50;

/**
 * How a speaker belongs to a country: it leads, works for, speaks for or is part of it, directly
 * or through its organisation and that organisation's place (Leavitt -> White House ->
 * Washington, D.C. -> United States: three hops).
 */
const COUNTRY_PATH = '[:LEADS|MEMBER_OF|REPRESENTS|PART_OF|LOCATED_IN*1..3]';

export async function readTopics(db: Db): Promise<TopicsResponse> {
  const records = await readQuery(
    db,
    `MATCH (:Entity)-[r${STATEMENTS}]->(t:Entity)
     RETURN t, count(r) AS n ORDER BY n DESC, t.name LIMIT ${TOPICS_LIMIT}`,
  );
  return {
    topics: records.map((r) => ({
      topic: toEntitySummary(r.get('t') as Node),
      statements: toNumber(r.get('n')),
    })),
  };
}

const STATEMENTS_CYPHER = `MATCH (t:Entity {id: $id})
MATCH (s:Entity)-[r${STATEMENTS}]->(t)
OPTIONAL MATCH (v:Entity {id: r.at})
CALL (s) {
  OPTIONAL MATCH (s)-${COUNTRY_PATH}->(c:Country)
  RETURN collect(DISTINCT c) AS countries
}
CALL (v) {
  OPTIONAL MATCH (o:Outlet)-[:PARTICIPATED_IN]->(v)
  RETURN collect(DISTINCT o) AS eventOutlets
}
CALL (r) {
  MATCH (a:Article) WHERE a.id IN r.sources
  OPTIONAL MATCH (p:Outlet)-[:PUBLISHED]->(a)
  RETURN collect({id: a.id, title: a.title, date: a.date, publisher: p.name}) AS articles
}
RETURN s, r, v, countries, eventOutlets, articles`;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;

function byId(nodes: EntitySummary[]): EntitySummary[] {
  const seen = new Map(nodes.map((n) => [n.id, n]));
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function readTopicStatements(db: Db, id: string): Promise<TopicStatementsResponse> {
  return readTransaction(db, async (tx) => {
    const found = await tx.run('MATCH (t:Entity {id: $id}) RETURN t', { id });
    const topicNode = found.records[0]?.get('t') as Node | undefined;
    if (!topicNode) throw notFound(`No entity with id "${id}".`);
    const res = await tx.run(STATEMENTS_CYPHER, { id });
    const all: TopicStatement[] = res.records.map((rec) => {
      const { at: _venueId, ...fields } = toStatementFields(rec.get('r') as Relationship);
      const speaker = toEntitySummary(rec.get('s') as Node);
      const venue = rec.get('v') as Node | null;
      const at = venue ? toEntitySummary(venue) : undefined;
      const countries = (rec.get('countries') as Node[]).map(toEntitySummary);
      if (speaker.label === 'Country') countries.push(speaker);
      const outlets = (rec.get('eventOutlets') as Node[]).map(toEntitySummary);
      for (const e of [speaker, at]) if (e?.label === 'Outlet') outlets.push(e);
      const articles = (
        rec.get('articles') as { id: string; title: unknown; date: unknown; publisher: unknown }[]
      )
        .map((a) => ({
          id: a.id,
          title: str(a.title) ?? a.id,
          date: dateToJson(a.date) ?? '',
          ...(str(a.publisher) ? { publisher: str(a.publisher)! } : {}),
        }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      const statement: TopicStatement = {
        ...fields,
        speaker,
        countries: byId(countries),
        outlets: byId(outlets),
        articles,
        ...(at && { at }),
      };
      return statement;
    });
    // Oldest first; on one day, by speaker; ties by type and id so the order is stable.
    const order = (a: TopicStatement, b: TopicStatement) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.speaker.name.localeCompare(b.speaker.name) ||
      a.type.localeCompare(b.type) ||
      a.relationshipId.localeCompare(b.relationshipId);
    return {
      topic: toEntitySummary(topicNode),
      dated: all.filter((s) => s.date).sort(order),
      undated: all.filter((s) => !s.date).sort(order),
    };
  });
}
