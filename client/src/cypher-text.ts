/**
 * The only Cypher the explorer writes, in one place: the scene export (a query that finds the
 * scene again in Neo4j Browser) and the console's example queries. Everything else the client
 * asks for goes through the API, whose Cypher lives in server/src/db. Labels and relationship
 * types come from the model's enums (`label`, `rel`: a typo fails the typecheck), values are
 * escaped literals (`cypherString`) or parameters, never pasted text.
 */
import {
  ENTITY,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '@kg/server/contracts';

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

/** A label of the model (or the shared `Entity`); checked at run time too. */
export function label(l: NodeLabel | typeof ENTITY): string {
  if (l !== ENTITY && !(NODE_LABELS as readonly string[]).includes(l))
    throw new Error(`not a label of the model: ${l}`);
  return l;
}

/** A relationship type of the model; checked at run time too. */
export function rel(t: RelationshipType): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(t))
    throw new Error(`not a relationship type of the model: ${t}`);
  return t;
}

export interface SceneNode {
  id: string;
  name: string;
  kind: string;
}

export interface SceneEdge {
  relIds: string[];
}

/** The scene as a query that returns it: its nodes by id and the relationships among them by id. */
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

export interface ConsoleExample {
  title: string;
  query: string;
  params?: Record<string, unknown>;
}

/** What the empty editor shows. */
export const CONSOLE_PLACEHOLDER = 'MATCH (n) RETURN n LIMIT 10';

/** The console's example queries (the first is what the editor opens with). */
export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    title: 'Who denied the reports?',
    query: `MATCH (who)-[d:${rel('DENIED')}]->(claim:${label('Event')})
RETURN who.name AS speaker, d.quote AS quote, d.date AS date, claim.name AS denied, who, d, claim
ORDER BY d.date`,
  },
  {
    title: 'Which outlets reported them?',
    query: `MATCH (o:${label('Outlet')})-[r:${rel('REPORTED')}]->(what)
RETURN o.name AS outletName, what.name AS reported, r.date AS date, o, r, what
ORDER BY r.date`,
  },
  {
    title: 'Everything Hegseth said, with dates',
    query: `MATCH (p:${label(ENTITY)} {id: $id})-[s:${rel('SAID')}]->(about)
RETURN s.date AS date, s.quote AS quote, about.name AS topic, p, s, about
ORDER BY s.date`,
    params: { id: 'pete-hegseth' },
  },
  {
    title: 'Russia–Iran relationships',
    query: `MATCH (a:${label(ENTITY)} {id: $a})-[r]-(b:${label(ENTITY)} {id: $b})
RETURN type(r) AS type, r.date AS date, r.alleged AS alleged, a, r, b`,
    params: { a: 'russia', b: 'iran' },
  },
];
