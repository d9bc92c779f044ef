/**
 * The JSON export of the current scene: the payload the canvas draws. (The Cypher export is in
 * cypher-text.ts, with the rest of the Cypher the client writes.) Pure.
 */
export function sceneToJson(payload: { nodes: unknown[]; edges: unknown[] }): string {
  return `${JSON.stringify({ exportedAt: new Date().toISOString(), ...payload }, null, 2)}\n`;
}
