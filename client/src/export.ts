/**
 * Exports of the current scene: JSON (the payload the canvas draws) and the Cypher that
 * recreates it in Neo4j Browser. Pure. The Cypher matches by ids only and writes every string
 * as an escaped literal, so a name like `O'Brien \ "x"` cannot break out of its quotes.
 */
export interface SceneNode {
  id: string;
  name: string;
  kind: string;
}

export interface SceneEdge {
  relIds: string[];
}

/** A Cypher string literal: single-quoted, with backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || code === 0x7f)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

export function sceneToCypher(nodes: readonly SceneNode[], edges: readonly SceneEdge[]): string {
  const rows = nodes.map((n) => `  {id: ${cypherString(n.id)}, name: ${cypherString(n.name)}}`);
  const relIds = [...new Set(edges.flatMap((e) => e.relIds))].sort();
  const lines = [
    '// The scene from the KG Explorer: its entities by id, and the relationships among them.',
    'UNWIND [',
    rows.join(',\n'),
    '] AS row',
    'MATCH (n {id: row.id})',
    'WITH collect(n) AS nodes',
    `OPTIONAL MATCH (a)-[r]->(b) WHERE a IN nodes AND b IN nodes AND r.id IN [${relIds
      .map(cypherString)
      .join(', ')}]`,
    'RETURN nodes, collect(r) AS relationships',
  ];
  return `${lines.join('\n')}\n`;
}

export function sceneToJson(payload: { nodes: unknown[]; edges: unknown[] }): string {
  return `${JSON.stringify({ exportedAt: new Date().toISOString(), ...payload }, null, 2)}\n`;
}
