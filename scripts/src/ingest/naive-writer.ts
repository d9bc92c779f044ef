/**
 * The baseline the ingestion pipeline is compared with: the "tutorial" writer, one MERGE per
 * row in its own auto-commit transaction (what STYLE.md says to avoid). Same validated graph,
 * same constraints, same properties; only the batching differs. Lives with the writer (the
 * scripts' one Cypher layer); only the benchmark (scripts/src/bench/ingest-bench.ts) runs it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY } from '@kg/server/contracts';
import { ensureSchema } from './schema';
import type { SeedGraph } from './graph';

const toDate = (s: string | null) => {
  if (s === null) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

export interface NaiveResult {
  rows: number;
  relationships: number;
  ms: number;
  /** Relationships (curated + MENTIONS) per second of the relationship phase. */
  relationshipsPerSecond: number;
  rowsPerSecond: number;
}

export async function naiveWrite(
  driver: Driver,
  database: string,
  graph: SeedGraph,
): Promise<NaiveResult> {
  await ensureSchema(driver, database);
  const session = driver.session({ database });
  const t0 = Date.now();
  let rows = 0;
  try {
    for (const e of graph.entities) {
      // Labels come from the validated EntityLabel enum.
      await session.run(
        `MERGE (n:${ENTITY} {id: $id}) SET n:${e.label}, n.name = $name, n.aliases = $aliases, n.description = $description, n.role = $role, n.date = $date`,
        {
          id: e.id,
          name: e.name,
          aliases: e.aliases,
          description: e.description,
          role: e.role,
          date: toDate(e.date),
        },
      );
      rows++;
    }
    for (const a of graph.articles) {
      await session.run(
        'MERGE (n:Article {id: $id}) SET n.title = $title, n.date = $date, n.text = $text',
        {
          id: a.id,
          title: a.title,
          date: toDate(a.date),
          text: a.text,
        },
      );
      rows++;
    }
    const tRels = Date.now();
    for (const r of graph.relationships) {
      // The type comes from the validated CuratedRelationshipType enum.
      await session.run(
        `MATCH (a:${ENTITY} {id: $from}) MATCH (b:${ENTITY} {id: $to})
         MERGE (a)-[r:${r.type} {id: $id}]->(b)
         SET r.sources = $sources, r.evidence = $evidence, r.quote = $quote, r.date = $date`,
        {
          from: r.from,
          to: r.to,
          id: r.id,
          sources: r.sources,
          evidence: r.evidence,
          quote: r.quote,
          date: toDate(r.date),
        },
      );
      rows++;
    }
    for (const m of graph.mentions) {
      await session.run(
        `MATCH (a:Article {id: $from}) MATCH (b:${ENTITY} {id: $to})
         MERGE (a)-[r:MENTIONS {id: $id}]->(b) SET r.count = $count`,
        { from: m.article, to: m.entity, id: m.id, count: neo4j.int(m.count) },
      );
      rows++;
    }
    const ms = Date.now() - t0;
    const relationships = graph.relationships.length + graph.mentions.length;
    return {
      rows,
      relationships,
      ms,
      relationshipsPerSecond: relationships / ((Date.now() - tRels) / 1000),
      rowsPerSecond: rows / (ms / 1000),
    };
  } finally {
    await session.close();
  }
}
