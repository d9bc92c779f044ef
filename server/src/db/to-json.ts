/**
 * The one mapping from Neo4j driver values to plain JSON. Nothing outside the data-access layer
 * sees a Neo4j Integer, Node, Relationship, Path, Record or temporal object:
 * - integers become numbers when they are safe, decimal strings when they are not;
 * - temporal values become ISO-8601 strings (a DATE is "2026-03-11");
 * - nodes, relationships and paths become objects keyed by element id;
 * - points, vectors, UUIDs and byte arrays become plain objects, arrays or strings.
 */
import neo4j, {
  type Node,
  type Path,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import type { CypherNode, CypherRelationship } from '../contracts/api';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A node or relationship as JSON: the console's contract (contracts/api.ts), one shape. */
export type JsonNode = CypherNode;
export type JsonRelationship = CypherRelationship;
export interface JsonPath {
  nodes: JsonNode[];
  relationships: JsonRelationship[];
}

/** An integer as a number when it fits, else as its exact decimal string. */
export function intToJson(value: unknown): number | string {
  if (neo4j.isInt(value))
    return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  return Number(value);
}

/** A Neo4j integer (or a plain number) as a JS number; for counts and offsets we store. */
export function toNumber(value: unknown): number {
  const n = intToJson(value);
  return typeof n === 'number' ? n : Number(n);
}

const isTemporal = (v: unknown): boolean =>
  neo4j.isDate(v) ||
  neo4j.isDateTime(v) ||
  neo4j.isLocalDateTime(v) ||
  neo4j.isLocalTime(v) ||
  neo4j.isTime(v) ||
  neo4j.isDuration(v);

export function propertiesToJson(props: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toJson(v);
  return out;
}

export function nodeToJson(node: Node): JsonNode {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: propertiesToJson(node.properties as Record<string, unknown>),
  };
}

export function relationshipToJson(rel: Relationship): JsonRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: propertiesToJson(rel.properties as Record<string, unknown>),
  };
}

export function pathToJson(path: Path): JsonPath {
  return {
    nodes: [path.start, ...path.segments.map((s) => s.end)].map(nodeToJson),
    relationships: path.segments.map((s) => relationshipToJson(s.relationship)),
  };
}

/** Any value a Neo4j result can hold, as plain JSON. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    // JSON has no NaN or Infinity: keep them readable rather than turning them into null.
    return Number.isFinite(value) ? value : String(value);
  }
  if (typeof value === 'bigint' || neo4j.isInt(value)) return intToJson(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) return nodeToJson(value) as unknown as Json;
  if (neo4j.isRelationship(value)) return relationshipToJson(value) as unknown as Json;
  if (neo4j.isPath(value)) return pathToJson(value) as unknown as Json;
  if (neo4j.isPoint(value)) {
    const p = value;
    const out: Record<string, Json> = { srid: intToJson(p.srid), x: p.x, y: p.y };
    if (p.z !== undefined) out.z = p.z;
    return out;
  }
  if (neo4j.isVector(value)) {
    return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, (x) => toJson(x));
  }
  if (neo4j.isUUID(value)) return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    if (value instanceof neo4j.types.Record) return recordToJson(value);
    return propertiesToJson(value as Record<string, unknown>);
  }
  return String(value);
}

export function recordToJson(record: Neo4jRecord): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of record.keys) out[String(key)] = toJson(record.get(key));
  return out;
}

/**
 * Every node and relationship found anywhere in a value (inside lists, maps and paths),
 * collected by element id, so that the console can draw what a query returned.
 */
export class GraphCollector {
  readonly nodes = new Map<string, JsonNode>();
  readonly relationships = new Map<string, JsonRelationship>();

  /** `onNew` sees each element the first time it is collected (the console counts its bytes). */
  constructor(private readonly onNew?: (element: JsonNode | JsonRelationship) => void) {}

  add(value: unknown): void {
    // Integers first: a console row may hold 20,000 of them, and they are never graph elements.
    if (value === null || typeof value !== 'object' || neo4j.isInt(value)) return;
    if (neo4j.isNode(value)) {
      if (!this.nodes.has(value.elementId)) {
        const json = nodeToJson(value);
        this.nodes.set(value.elementId, json);
        this.onNew?.(json);
      }
    } else if (neo4j.isRelationship(value)) {
      if (!this.relationships.has(value.elementId)) {
        const json = relationshipToJson(value);
        this.relationships.set(value.elementId, json);
        this.onNew?.(json);
      }
    } else if (neo4j.isPath(value)) {
      this.add(value.start);
      for (const s of value.segments) {
        this.add(s.relationship);
        this.add(s.end);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (value instanceof neo4j.types.Record) {
      for (const key of value.keys) this.add(value.get(key));
    } else if (!isTemporal(value) && !neo4j.isPoint(value) && !(value instanceof Uint8Array)) {
      for (const v of Object.values(value)) this.add(v);
    }
  }
}

/** Temporal values (DATE properties) as "YYYY-MM-DD" or undefined. */
export function dateToJson(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return String(value).slice(0, 10);
}
