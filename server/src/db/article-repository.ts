/**
 * One article with every evidence span that points into it. Spans are found through the
 * article's MENTIONS (ingestion links an article to the endpoints of every relationship it
 * supports), so the lookup reads only the relationships of the entities the article names, never
 * a scan of all relationships.
 */
import type { Node, Relationship } from 'neo4j-driver';
import type { ArticleResponse, EntitySummary } from '../contracts/api';
import type { RelationshipType } from '../contracts/model';
import { notFound } from '../contracts/errors';
import { readTransaction, type Db } from './read';
import { articleView } from '../contracts/stored';
import { nodeToJson, relationshipToJson } from './to-json';
import { toEntitySummary, toEvidence } from './views';

export async function readArticle(db: Db, id: string): Promise<ArticleResponse> {
  return readTransaction(db, async (tx) => {
    const found = await tx.run(
      `MATCH (a:Article {id: $id})
       OPTIONAL MATCH (o:Outlet)-[p:PUBLISHED]->(a)
       RETURN a, o, p`,
      { id },
    );
    const rec = found.records[0];
    if (!rec) throw notFound(`No article with id "${id}".`);
    const article = rec.get('a') as Node;
    const outlet = rec.get('o') as Node | null;
    const published = rec.get('p') as Relationship | null;

    const mentioned = await tx.run(
      'MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e ORDER BY e.name',
      { id },
    );
    const spansRes = await tx.run(
      `MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity)
       MATCH (e)-[r]->(o:Entity)
       WHERE $id IN coalesce(r.evidenceArticles, [])
       RETURN DISTINCT r, e.id AS source, o.id AS target`,
      { id },
    );

    const spans: ArticleResponse['spans'] = [];
    for (const row of spansRes.records) {
      const r = row.get('r') as Relationship;
      const quote = typeof r.properties.quote === 'string' ? r.properties.quote : undefined;
      for (const span of toEvidence(r)) {
        if (span.articleId !== id) continue;
        spans.push({
          ...span,
          relationshipId: String(r.properties.id ?? r.elementId),
          type: r.type as RelationshipType,
          source: String(row.get('source')),
          target: String(row.get('target')),
          ...(quote ? { quote } : {}),
        });
      }
    }
    spans.sort(
      (x, y) =>
        x.start - y.start || x.end - y.end || x.relationshipId.localeCompare(y.relationshipId),
    );

    const entities: EntitySummary[] = mentioned.records.map((m) =>
      toEntitySummary(m.get('e') as Node),
    );
    return {
      article: articleView(
        nodeToJson(article).properties,
        outlet && published
          ? { outlet: nodeToJson(outlet), published: relationshipToJson(published) }
          : undefined,
      ),
      spans,
      entities,
    };
  });
}
