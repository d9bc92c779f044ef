/**
 * What the graph holds: labels, relationship types and property keys as the database reports
 * them, with counts from the count store (`MATCH (n:L) RETURN count(n)` and
 * `MATCH ()-[r:T]->() RETURN count(r)` are constant-time lookups, not scans).
 */
import { RELATIONSHIP_RULES } from '../contracts/model';
import type { SchemaResponse } from '../contracts/api';
import { identifier, readTransaction, type Db } from './read';
import { toNumber } from './to-json';

export async function readSchema(db: Db): Promise<SchemaResponse> {
  return readTransaction(db, async (tx) => {
    const names = await tx.run(
      `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
       CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
       CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
       RETURN labels, types, keys`,
    );
    const row = names.records[0];
    const labels = ((row?.get('labels') as string[]) ?? []).sort();
    const types = ((row?.get('types') as string[]) ?? []).sort();
    const keys = ((row?.get('keys') as string[]) ?? []).sort();

    // Names reported by the database are quoted as identifiers; one count-store lookup each.
    const parts = [
      ...labels.map(
        (l, i) =>
          `MATCH (n:${identifier(l)}) RETURN 'label' AS kind, $n${i} AS name, count(n) AS count`,
      ),
      ...types.map(
        (t, i) =>
          `MATCH ()-[r:${identifier(t)}]->() RETURN 'type' AS kind, $t${i} AS name, count(r) AS count`,
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
    const meanings = RELATIONSHIP_RULES as Record<string, { meaning: string } | undefined>;
    return {
      labels: labels.map((label) => ({ label, count: counts.get(`label:${label}`) ?? 0 })),
      relationshipTypes: types.map((type) => {
        const meaning = meanings[type]?.meaning;
        return { type, count: counts.get(`type:${type}`) ?? 0, ...(meaning ? { meaning } : {}) };
      }),
      propertyKeys: keys,
    };
  });
}
