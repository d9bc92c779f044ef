/**
 * What the graph holds: labels, relationship types and property keys as the database reports
 * them, with counts from the count store (`MATCH (n:L) RETURN count(n)` and
 * `MATCH ()-[r:T]->() RETURN count(r)` are constant-time lookups, not scans).
 */
import {
  ARTICLE,
  EntityLabel,
  INTERNAL_LABELS,
  INTERNAL_PROPERTY_KEYS,
  RELATIONSHIP_RULES,
} from '../contracts/model';

const EVENT = EntityLabel.enum.Event;
import type { SchemaResponse } from '../contracts/api';
import { identifier, readTransaction, type Db } from './read';
import { dateToJson, toNumber } from './to-json';

export async function readSchema(db: Db): Promise<SchemaResponse> {
  return readTransaction(db, async (tx) => {
    const names = await tx.run(
      `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
       CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
       CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
       RETURN labels, types, keys`,
    );
    const row = names.records[0];
    // Ingestion's run marker and lock are bookkeeping, not the analysts' graph.
    const labels = ((row?.get('labels') as string[]) ?? [])
      .filter((l) => !INTERNAL_LABELS.includes(l))
      .sort();
    const types = ((row?.get('types') as string[]) ?? []).sort();
    const keys = ((row?.get('keys') as string[]) ?? [])
      .filter((k) => !INTERNAL_PROPERTY_KEYS.includes(k))
      .sort();

    // Names reported by the database are quoted as identifiers; one count-store lookup each.
    // The count is aggregated alone (WITH) and the constant columns added after it: counted
    // next to them, they became grouping keys and the planner scanned every node and
    // relationship instead (1.9 million db hits at 1M; now one per name).
    const parts = [
      ...labels.map(
        (l, i) =>
          `MATCH (n:${identifier(l)}) WITH count(n) AS count RETURN 'label' AS kind, $n${i} AS name, count`,
      ),
      ...types.map(
        (t, i) =>
          `MATCH ()-[r:${identifier(t)}]->() WITH count(r) AS count RETURN 'type' AS kind, $t${i} AS name, count`,
      ),
    ];
    const counts = new Map<string, number>();
    if (parts.length) {
      const params: Record<string, string> = {};
      labels.forEach((l, i) => (params[`n${i}`] = l));
      types.forEach((t, i) => (params[`t${i}`] = t));
      const res = await tx.run(parts.join('\nUNION ALL\n'), params);
      for (const r of res.records)
        counts.set(`${r.get('kind')}:${r.get('name')}`, toNumber(r.get('count')));
    }
    // The first and last dated article or event: the explorer's time slider spans them. Each end
    // is one step along a date index (article_date, event_date), not a scan.
    const span = await tx.run(
      `CALL () {
         MATCH (a:${ARTICLE}) WHERE a.date IS NOT NULL RETURN a.date AS d ORDER BY d ASC LIMIT 1
         UNION MATCH (a:${ARTICLE}) WHERE a.date IS NOT NULL RETURN a.date AS d ORDER BY d DESC LIMIT 1
         UNION MATCH (e:${EVENT}) WHERE e.date IS NOT NULL RETURN e.date AS d ORDER BY d ASC LIMIT 1
         UNION MATCH (e:${EVENT}) WHERE e.date IS NOT NULL RETURN e.date AS d ORDER BY d DESC LIMIT 1
       }
       RETURN min(d) AS first, max(d) AS last`,
    );
    const first = dateToJson(span.records[0]?.get('first'));
    const last = dateToJson(span.records[0]?.get('last'));
    const meanings = RELATIONSHIP_RULES as Record<string, { meaning: string } | undefined>;
    return {
      labels: labels.map((label) => ({ label, count: counts.get(`label:${label}`) ?? 0 })),
      relationshipTypes: types.map((type) => {
        const meaning = meanings[type]?.meaning;
        return { type, count: counts.get(`type:${type}`) ?? 0, ...(meaning ? { meaning } : {}) };
      }),
      propertyKeys: keys,
      ...(first && last ? { dates: { first, last } } : {}),
    };
  });
}
