/**
 * Syntax errors from the console, made readable: Neo4j's message ends with the offending line in
 * quotes and a caret under it, which a proportional font misaligns (and the quote mark shifts by
 * one). We keep the sentence, and draw the query's own line with a caret under the column Neo4j
 * names ("line 2, column 3"), to be shown in a monospace block. Pure.
 */
export interface SyntaxCaret {
  /** The message without Neo4j's quoted line and caret. */
  message: string;
  /** The query line the error is on, and a caret line under its column (same length prefix). */
  line: string;
  caret: string;
  lineNumber: number;
  column: number;
}

export function syntaxCaret(message: string, query: string): SyntaxCaret | null {
  const m = /\(line (\d+), column (\d+)(?: \(offset: \d+\))?\)/.exec(message);
  if (!m) return null;
  const lineNumber = Number(m[1]);
  const column = Number(m[2]);
  const line = query.split(/\r\n|\n|\r/)[lineNumber - 1];
  if (line === undefined || column < 1) return null;
  // Tabs would widen the line unevenly: show them as one space each, so columns stay columns.
  const shown = line.replace(/\t/g, ' ');
  const text = message.slice(0, m.index + m[0].length).trim();
  return {
    message: text,
    line: shown,
    caret: `${' '.repeat(Math.min(column - 1, shown.length))}^`,
    lineNumber,
    column,
  };
}
