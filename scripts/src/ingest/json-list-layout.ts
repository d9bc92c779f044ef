/**
 * The generator's layout of big seed files: JSON written as YAML's flow style, `{`, then
 * `  "key": [` lists of one-line items, then `}` (generate/yaml-out.ts, intake's
 * renderJsonLists). One item per line lets the save path edit such a file on its text
 * (intake/seed-base.ts) and `ingest --article` find items and their lines without parsing the
 * whole file (seed-cache.ts).
 */

/** Whether `src` is in the generator's layout (a cheap test of its first and last bytes). */
export const isJsonListLayout = (src: string): boolean =>
  src.startsWith('{\n  "') && src.endsWith('\n}\n');

/**
 * Start (of the first item) and end (the `\n  ]` that closes it) of the non-empty list `key`,
 * or undefined.
 */
export function listBounds(src: string, key: string): { start: number; end: number } | undefined {
  const open = `\n  ${JSON.stringify(key)}: [\n`;
  const start = src.indexOf(open);
  if (start < 0) return undefined;
  const end = src.indexOf('\n  ]', start + open.length);
  return end < 0 ? undefined : { start: start + open.length, end };
}

/** The items of one list: each one's `id` as written and where its line starts. */
export interface ListScan {
  start: number;
  end: number;
  /** 1-based line of the first item (item k is on line firstLine + k). */
  firstLine: number;
  ids: string[];
  offsets: number[];
}

const ITEM_HEAD = '    {"id":"';

/**
 * The items of list `key`, when every one is a line that starts with its `id` (as the
 * generator and the intake writer write them); undefined otherwise. The ids are taken as
 * written, up to the next quote: a slug has no escapes, and an id that is not a slug fails
 * the schema anyway.
 */
export function scanList(src: string, key: string): ListScan | undefined {
  const bounds = listBounds(src, key);
  if (!bounds) return undefined;
  const firstLine = lineAt(src, bounds.start);
  const ids: string[] = [];
  const offsets: number[] = [];
  let pos = bounds.start;
  for (;;) {
    if (!src.startsWith(ITEM_HEAD, pos)) return undefined;
    const quote = src.indexOf('"', pos + ITEM_HEAD.length);
    const eol = src.indexOf('\n', pos);
    if (quote < 0 || eol < 0 || quote > eol) return undefined;
    ids.push(src.slice(pos + ITEM_HEAD.length, quote));
    offsets.push(pos);
    if (eol === bounds.end) break;
    if (src.charCodeAt(eol - 1) !== 44 /* , */) return undefined;
    pos = eol + 1;
  }
  return { ...bounds, firstLine, ids, offsets };
}

/** 1-based line of offset `at`. */
function lineAt(src: string, at: number): number {
  let line = 1;
  for (let nl = src.indexOf('\n'); nl >= 0 && nl < at; nl = src.indexOf('\n', nl + 1)) line++;
  return line;
}

/** 1-based line of the first item of list `key`, or undefined. */
export function firstItemLine(src: string, key: string): number | undefined {
  const bounds = listBounds(src, key);
  return bounds && lineAt(src, bounds.start);
}

/** Item k of a scanned list, as the JSON text of its line (without the comma). */
export function itemText(src: string, scan: ListScan, k: number): string {
  const from = scan.offsets[k]! + 4;
  const eol = src.indexOf('\n', from);
  const line = src.slice(from, eol);
  return line.endsWith(',') ? line.slice(0, -1) : line;
}
