/**
 * Reading one seed YAML file against its zod schema, with every problem reported as a
 * SeedError that names the file, the path inside it and (when known) the line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { CURATED_RELATIONSHIP_TYPES, formatPath } from '@kg/server/contracts';
import { isJsonListLayout, listBounds } from './json-list-layout';

/** One problem in the seeds. Formatted as `file: path: message` (see formatSeedError). */
export interface SeedError {
  /** The file, relative to the working directory when it is inside it. */
  file: string;
  /** Where in the file, written as every path is (contracts/errors.ts formatPath), e.g.
   * `relationships[3].quote`; empty for the file as a whole. */
  path: string;
  message: string;
  /** 1-based line of the offending value, when the file could be mapped. */
  line?: number;
}

export function formatSeedError(e: SeedError): string {
  const where = e.path ? `${e.path}: ` : '';
  // Syntax errors carry their position in `path` already.
  const line = e.line !== undefined && !e.path.startsWith('line ') ? ` (line ${e.line})` : '';
  return `${e.file}: ${where}${e.message}${line}`;
}

/** How a file is named in messages: relative to the working directory when inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

export type PathKey = string | number;

/**
 * A parsed YAML file that can answer "which line is this path on?". The YAML document is built
 * lazily: files read through the JSON fast path are only parsed again when they have errors.
 */
export class YamlSource {
  private parsed?: { doc: Document; lines: LineCounter };
  /** Set when the lines are known without parsing (withLines). */
  private known?: (p: readonly PathKey[]) => number | undefined;

  /**
   * `src`: the text, or a function that reads it when a line is first asked for (a big file
   * then does not keep its text in memory for messages that are rarely needed).
   */
  constructor(
    readonly file: string,
    private src: string | (() => string | undefined) | undefined,
    parsed?: { doc: Document; lines: LineCounter },
  ) {
    if (parsed) this.parsed = parsed;
  }

  /**
   * A file whose lines are known without parsing it: one list item per line (the generated
   * layout, seed-cache.ts), where any path inside an item is on the item's line.
   */
  static withLines(
    file: string,
    lineOf: (p: readonly PathKey[]) => number | undefined,
  ): YamlSource {
    const source = new YamlSource(file, undefined);
    source.known = lineOf;
    return source;
  }

  lineOf(p: readonly PathKey[]): number | undefined {
    if (this.known) return this.known(p);
    if (typeof this.src === 'function') this.src = this.src();
    if (this.src === undefined) return undefined;
    if (!this.parsed) {
      const lines = new LineCounter();
      this.parsed = { doc: parseDocument(this.src, { lineCounter: lines }), lines };
    }
    const { doc, lines } = this.parsed;
    // The deepest node that exists on the path: a missing key is reported at its parent.
    for (let n = p.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  error(p: readonly PathKey[], message: string): SeedError {
    const line = this.lineOf(p);
    return { file: this.file, path: formatPath(p), message, ...(line ? { line } : {}) };
  }
}

export interface YamlRead<T> {
  /** The valid content; when only some items of `itemsKey` were bad, without those items. */
  data?: T;
  source: YamlSource;
  errors: SeedError[];
  /** Maps an index in `data[itemsKey]` to the item's index in the file. */
  items: (k: number) => number;
}

/** zod's wording for the one enum analysts meet most, made readable. */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_value' && last === 'type') {
    const got = valueAt(input, issue.path);
    return `unknown relationship type ${JSON.stringify(got)}; expected one of ${CURATED_RELATIONSHIP_TYPES.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return 'is required';
  }
  return issue.message;
}

function valueAt(input: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Parses `abs` as YAML and validates it with `schema`. Never throws for bad content. */
export function readYamlFile<S extends z.ZodType>(
  abs: string,
  schema: S,
  options: { itemsKey?: string } = {},
): YamlRead<z.output<S>> {
  const file = displayPath(abs);
  let src: string;
  try {
    src = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(err);
    return {
      source: new YamlSource(file, undefined),
      errors: [{ file, path: '', message: reason }],
      items: identity,
    };
  }
  // JSON is YAML: a file written as one JSON object (the fast format for generated corpora) is read
  // with JSON.parse, which is ~50x faster than the yaml package on large files.
  const json = src.trimStart().startsWith('{') ? tryJson(src) : undefined;
  let source: YamlSource;
  let input: unknown;
  if (json !== undefined) {
    source = new YamlSource(file, src);
    input = json.value;
  } else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(src, { lineCounter, prettyErrors: false, uniqueKeys: true });
    source = new YamlSource(file, src, { doc, lines: lineCounter });
    if (doc.errors.length > 0) {
      return {
        source,
        // The first error only: the yaml parser's later errors mostly follow from it.
        errors: doc.errors.slice(0, 1).map((e) => {
          const pos = lineCounter.linePos(e.pos[0]);
          return {
            file,
            path: `line ${pos.line}, column ${pos.col}`,
            message: `YAML syntax error: ${e.message.split('\n')[0]}`,
            line: pos.line,
          };
        }),
        items: identity,
      };
    }
    input = doc.toJS();
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data, source, errors: [], items: identity };
  const errors = parsed.error.issues.map((i) =>
    source.error(i.path as PathKey[], issueMessage(i, input)),
  );
  // Keep going without the bad items of the file's list, so that the good ones are still
  // cross-checked and one bad entry does not hide every other problem.
  const key = options.itemsKey;
  const list = key && isRecord(input) ? input[key] : undefined;
  if (!key || !Array.isArray(list)) return { source, errors, items: identity };
  const bad = new Set<number>();
  for (const i of parsed.error.issues) {
    if (i.path[0] !== key || typeof i.path[1] !== 'number')
      return { source, errors, items: identity };
    bad.add(i.path[1]);
  }
  const kept = list.map((_, k) => k).filter((k) => !bad.has(k));
  const retry = schema.safeParse({
    ...(input as Record<string, unknown>),
    [key]: kept.map((k) => list[k]),
  });
  if (!retry.success) return { source, errors, items: identity };
  return { data: retry.data, source, errors, items: (k) => kept[k] ?? k };
}

const identity = (k: number) => k;

/**
 * readYamlFile for a big seed file in the generator's layout (json-list-layout.ts: one item of
 * the list `itemsKey` per line): the items are parsed and checked against `item` one line at a
 * time, so the file is never held as parsed JSON and as zod's output at once (at 1M
 * relationships the registry is 28 MB of JSON, 144,000 entities: the two whole copies were the
 * ingest's peak memory). The rest of the file is checked with `schema` itself, the first item
 * standing in for the list. On any problem, or in any other layout, it is readYamlFile: same
 * data, and the errors are always readYamlFile's.
 */
export function readListFile<S extends z.ZodType>(
  abs: string,
  schema: S,
  itemsKey: string,
  item: z.ZodType,
): YamlRead<z.output<S>> {
  const whole = () => readYamlFile(abs, schema, { itemsKey });
  let src: string;
  try {
    src = fs.readFileSync(abs, 'utf8');
  } catch {
    return whole();
  }
  const bounds = isJsonListLayout(src) ? listBounds(src, itemsKey) : undefined;
  if (!bounds) return whole();
  const items: unknown[] = [];
  let first: unknown;
  for (let pos = bounds.start; ;) {
    const eol = src.indexOf('\n', pos);
    if (eol < 0 || eol > bounds.end) return whole();
    const last = eol === bounds.end;
    if (!last && src.charCodeAt(eol - 1) !== 44 /* , */) return whole();
    const raw = tryJson(src.slice(pos, last ? eol : eol - 1));
    if (!raw) return whole();
    const parsed = item.safeParse(raw.value);
    if (!parsed.success) return whole();
    if (items.length === 0) first = raw.value;
    items.push(parsed.data);
    if (last) break;
    pos = eol + 1;
  }
  // The file without the items: `"key": [` then `\n  ]`, an empty list. Read whole, a second
  // list of the same key would win over the first: such a file is left to readYamlFile.
  const restText = src.slice(0, bounds.start) + src.slice(bounds.end);
  const rest = tryJson(restText);
  const key = `${JSON.stringify(itemsKey)}:`;
  if (
    !rest ||
    !isRecord(rest.value) ||
    restText.indexOf(key) !== restText.lastIndexOf(key) ||
    !Array.isArray(rest.value[itemsKey]) ||
    (rest.value[itemsKey] as unknown[]).length > 0
  )
    return whole();
  const top = schema.safeParse({ ...rest.value, [itemsKey]: [first] });
  if (!top.success) return whole();
  return {
    data: { ...(top.data as object), [itemsKey]: items } as z.output<S>,
    // Read again if a message needs a line: at 1M relationships the registry's text is 28 MB,
    // held through the registry's checks, the ingest's peak of memory.
    source: new YamlSource(displayPath(abs), () => readOrUndefined(abs)),
    errors: [],
    items: identity,
  };
}

function readOrUndefined(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function tryJson(src: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(src) as unknown };
  } catch {
    return undefined;
  }
}
