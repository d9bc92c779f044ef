/**
 * Read-only checks for the analyst console, before a query runs. Two layers, both needed:
 *
 * 1. The text, lexed (comments and string literals removed, so neither can hide nor fake a
 *    keyword): one statement only; no LOAD CSV, USE, CALL … IN TRANSACTIONS or administration
 *    command; every `CALL name(...)` on the allowlist.
 * 2. The plan: `EXPLAIN` compiles the query without running it. Its `queryType` must be read
 *    ('r'), and its operators are checked again (ProcedureCall names, LoadCSV, transactional
 *    subqueries, administration and SHOW commands), so that whatever the lexer missed the planner
 *    still reveals.
 *
 * And underneath both, the query runs in a READ transaction, where Neo4j itself refuses writes
 * (Neo.ClientError.Statement.AccessMode), Community edition included.
 */
import type { Plan } from 'neo4j-driver';
import { DomainError, type ErrorCode } from '../contracts/errors';

/**
 * Procedures the console may call: read-only introspection and full-text search. Everything else
 * (db.createLabel, db.clearQueryCaches, dbms.*, apoc.*, gds.*, …) is refused.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/** SHOW commands about the graph's own schema; the other SHOW commands administer the DBMS. */
const ALLOWED_SHOW_OPERATORS = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);

/** Words after SHOW that name an administration command. */
const ADMIN_SHOW = new Set([
  'USER',
  'USERS',
  'CURRENT',
  'ROLE',
  'ROLES',
  'POPULATED',
  'PRIVILEGE',
  'PRIVILEGES',
  'SUPPORTED',
  'DATABASE',
  'DATABASES',
  'DEFAULT',
  'HOME',
  'ALIAS',
  'ALIASES',
  'SERVER',
  'SERVERS',
  'TRANSACTION',
  'TRANSACTIONS',
  'SETTING',
  'SETTINGS',
]);
/** First words of administration commands (user, role, database and server management). */
const ADMIN_FIRST = new Set([
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'START',
  'STOP',
  'RENAME',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
  'TERMINATE',
]);
const ADMIN_OBJECTS = new Set(['DATABASE', 'COMPOSITE', 'USER', 'ROLE', 'ALIAS', 'SERVER']);

export type RefusalCode = Extract<
  ErrorCode,
  'read_only' | 'forbidden_procedure' | 'forbidden_clause' | 'admin_command' | 'multiple_statements'
>;

export function refuse(code: RefusalCode, message: string, cause?: unknown): DomainError {
  return new DomainError(code, message, { cause });
}

interface Token {
  /** Upper-cased word, a quoted identifier's text, or a punctuation character. */
  text: string;
  /** The word as written (procedure names are case-sensitive). */
  raw: string;
  kind: 'word' | 'quoted' | 'punct' | 'string';
}

/**
 * Splits Cypher into tokens, dropping comments and keeping string literals as opaque tokens.
 * Unterminated comments or strings end the text (Neo4j will report the syntax error).
 */
export function lexCypher(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      tokens.push({ text: '', raw: '', kind: 'string' });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= n) break;
        if (query[j] === '`') {
          if (query[j + 1] === '`') {
            text += '`';
            j += 2;
            continue;
          }
          break;
        }
        text += query[j];
        j++;
      }
      tokens.push({ text, raw: text, kind: 'quoted' });
      i = j + 1;
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i;
      while (j < n && /[\p{L}\p{N}_$]/u.test(query[j]!)) j++;
      tokens.push({ text: query.slice(i, j).toUpperCase(), raw: query.slice(i, j), kind: 'word' });
      i = j;
    } else {
      tokens.push({ text: c, raw: c, kind: 'punct' });
      i++;
    }
  }
  return tokens;
}

/** A dotted procedure name starting at token `start` (db.index.fulltext.queryNodes, `db`.`labels`). */
function procedureNameAt(tokens: Token[], start: number): { name: string; next: number } | null {
  // Names are word/quoted tokens joined by '.', e.g. db.index.fulltext.queryNodes or `db`.`labels`.
  const parts: string[] = [];
  let k = start;
  for (;;) {
    const t = tokens[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted')) return null;
    parts.push(t.raw);
    if (tokens[k + 1]?.text === '.') k += 2;
    else break;
  }
  return { name: parts.join('.'), next: k + 1 };
}

/**
 * The text checks. Throws a DomainError (a refusal code) naming the problem;
 * returns the procedure names the text calls.
 */
export function checkCypherText(query: string): string[] {
  const tokens = lexCypher(query);
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon >= 0 && semicolon < tokens.length - 1) {
    throw refuse(
      'multiple_statements',
      'Only one statement can run at a time: remove the ";" and run the statements one by one.',
    );
  }
  const first = tokens.find((t) => t.kind === 'word');
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  if (first && ADMIN_FIRST.has(first.text)) {
    throw refuse(
      'admin_command',
      `${first.text} is an administration command; the console only reads the graph.`,
    );
  }
  if (
    first &&
    (first.text === 'CREATE' || first.text === 'DROP') &&
    words.slice(1, 4).some((w) => ADMIN_OBJECTS.has(w))
  ) {
    throw refuse(
      'admin_command',
      'Database, user, role and server management is not available in the console.',
    );
  }

  const procedures: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const afterDot = prev?.text === '.' || prev?.text === '$' || prev?.text === ':';
    if (afterDot) continue;
    if (t.text === 'LOAD' && next?.text === 'CSV') {
      throw refuse(
        'forbidden_clause',
        'LOAD CSV is not allowed: the console cannot read files or URLs.',
      );
    }
    if (t.text === 'IN' && (next?.text === 'TRANSACTIONS' || next?.text === 'CONCURRENT')) {
      throw refuse('forbidden_clause', 'CALL { … } IN TRANSACTIONS is not allowed in the console.');
    }
    if (
      t.text === 'USE' &&
      (next?.kind === 'word' || next?.kind === 'quoted') &&
      (!prev ||
        prev.text === '{' ||
        prev.text === 'UNION' ||
        prev.text === 'ALL' ||
        prev.text === 'DISTINCT')
    ) {
      throw refuse(
        'forbidden_clause',
        'USE is not allowed: the console reads the graph database only.',
      );
    }
    if (t.text === 'SHOW' && next && ADMIN_SHOW.has(next.text)) {
      throw refuse(
        'admin_command',
        `SHOW ${next.text} is an administration command and is not available in the console.`,
      );
    }
    if (t.text === 'CALL' && next && (next.kind === 'word' || next.kind === 'quoted')) {
      const proc = procedureNameAt(tokens, k + 1);
      if (proc && tokens[proc.next]?.text !== '{') {
        procedures.push(proc.name);
        if (!ALLOWED_PROCEDURES.has(proc.name)) throw forbiddenProcedure(proc.name);
      }
    }
  }
  return procedures;
}

function forbiddenProcedure(name: string): DomainError {
  return refuse(
    'forbidden_procedure',
    `Procedure ${name} is not allowed in the console. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
  );
}

function operatorName(plan: Plan): string {
  return plan.operatorType.replace(/@.*$/, '');
}

function* walk(plan: Plan): Generator<Plan> {
  yield plan;
  for (const child of plan.children) yield* walk(child);
}

/** The procedure a ProcedureCall operator runs, from its Details: "db.labels() :: (label :: STRING)". */
export function procedureOf(plan: Plan): string | null {
  const details = plan.arguments?.Details ?? plan.arguments?.Signature;
  const m = /^\s*([\w.$`]+)\s*\(/.exec(String(details ?? ''));
  return m ? m[1]!.replace(/`/g, '') : null;
}

/** The plan checks, on the result of `EXPLAIN <query>`. */
export function checkCypherPlan(queryType: string, plan: Plan | false): void {
  if (queryType === 'w' || queryType === 'rw') {
    throw refuse('read_only', 'The console is read-only: this query would write to the graph.');
  }
  const ops = plan ? [...walk(plan)] : [];
  let allowedDbmsProcedure = false;
  for (const op of ops) {
    const name = operatorName(op);
    if (name === 'ProcedureCall') {
      const proc = procedureOf(op);
      if (!proc || !ALLOWED_PROCEDURES.has(proc)) throw forbiddenProcedure(proc ?? 'unknown');
      if (proc.startsWith('dbms.')) allowedDbmsProcedure = true;
    } else if (name === 'LoadCSV') {
      throw refuse(
        'forbidden_clause',
        'LOAD CSV is not allowed: the console cannot read files or URLs.',
      );
    } else if (name.startsWith('Transaction')) {
      throw refuse('forbidden_clause', 'CALL { … } IN TRANSACTIONS is not allowed in the console.');
    } else if (name.startsWith('Administration') || name.startsWith('Terminate')) {
      throw refuse('admin_command', 'Administration commands are not available in the console.');
    } else if (name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name)) {
      throw refuse(
        'admin_command',
        'This SHOW command administers the DBMS and is not available in the console.',
      );
    } else if (/^(Create|Drop|Set|Remove|Delete|DetachDelete|Merge|Foreach|LockNodes)/.test(name)) {
      throw refuse(
        'read_only',
        'The console is read-only: this query would write to the graph or its schema.',
      );
    }
  }
  // 's' (schema/DBMS) is acceptable only for an allowlisted DBMS procedure such as dbms.components.
  if (queryType !== 'r' && !(queryType === 's' && allowedDbmsProcedure)) {
    throw refuse(
      'read_only',
      `The console only runs read queries (this one is of type "${queryType}").`,
    );
  }
}
