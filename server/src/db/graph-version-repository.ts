/**
 * The graph's version token (GRAPH_VERSION in the model), which every committed write of the
 * graph replaces. One label lookup of one node; `null` for a database no writer has versioned.
 */
import { GRAPH_VERSION } from '../contracts/model';
import { readQuery, type Db } from './read';

export async function readGraphVersion(db: Db): Promise<string | null> {
  const records = await readQuery(
    db,
    `MATCH (v:${GRAPH_VERSION}) RETURN v.graphVersion AS version ORDER BY v.versionChangedAt DESC LIMIT 1`,
  );
  const v: unknown = records[0]?.get('version');
  return typeof v === 'string' ? v : null;
}
