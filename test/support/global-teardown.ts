/** Stops the Neo4j the global setup started, whether the tests passed or not. */
import fs from 'node:fs';
import type { LocalNeo4j } from '../../scripts/src/neo4j/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __KG_NEO4J__?: { neo: LocalNeo4j; dataDir: string } })
    .__KG_NEO4J__;
  if (!state) return;
  await state.neo.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
}
