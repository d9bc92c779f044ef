/**
 * Runs an analyst's Cypher read-only, bounded in time and rows, and maps the result to plain
 * JSON: row-major values, plus every node and relationship found anywhere in them for the canvas.
 *
 * Order of events: text checks (cypher-guard) -> in a READ transaction with the configured
 * timeout: `EXPLAIN` and plan checks -> the query itself, streamed, consumption stopped at the
 * row cap (the rest is discarded on the server) -> rollback. A query that outlives its timeout is
 * stopped by Neo4j (TransactionTimedOut); a client-side timer a little later is the backstop.
 */
import neo4j, { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import type { CypherResponse } from '../contracts/api';
import { HttpError } from '../http/errors';
import { checkCypherPlan, checkCypherText, refuse } from './cypher-guard';
import { GraphCollector, toJson } from './to-json';

export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
}

/** JSON parameters as Cypher values: whole numbers become INTEGER (so `LIMIT $n` works). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function timedOut(limits: CypherLimits): HttpError {
  return new HttpError(
    408,
    'cypher_timeout',
    `The query did not finish within ${limits.timeoutMs / 1000} s and was stopped. Add a LIMIT or narrow the pattern.`,
  );
}

/** Neo4j's answer to a bad query, as an API error; anything else is rethrown unchanged. */
function fromNeo4j(err: unknown, limits: CypherLimits): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  const message = err.message.split('\n')[0] ?? err.message;
  if (TIMEOUT_CODES.has(code) || code === 'Neo.TransientError.Transaction.Terminated')
    return timedOut(limits);
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new HttpError(400, 'cypher_syntax', withoutExplain(err.message), { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return refuse('read_only', 'The console is read-only: the database refused a write.');
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new HttpError(403, 'forbidden', message, { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    return refuse('forbidden_procedure', message);
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new HttpError(400, 'cypher_error', err.message, { neo4jCode: code });
  }
  return err;
}

const EXPLAIN = 'EXPLAIN ';

/**
 * Neo4j's syntax message quotes the query it compiled, which is ours with `EXPLAIN ` in front:
 * show the user's own text, with the caret and the line-1 column moved back accordingly.
 */
export function withoutExplain(message: string): string {
  if (!message.includes(`"${EXPLAIN}`)) return message;
  const shift = EXPLAIN.length;
  return message
    .split('\n')
    .map((line) => {
      if (line.startsWith(`"${EXPLAIN}`)) return `"${line.slice(1 + shift)}`;
      if (/^\s+\^\s*$/.test(line)) return line.slice(Math.min(shift, line.indexOf('^')));
      return line.replace(
        /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
        (_m, ln: string, col: string, off: string) => {
          const column = ln === '1' ? Math.max(1, Number(col) - shift) : Number(col);
          return `(line ${ln}, column ${column} (offset: ${Math.max(0, Number(off) - shift)}))`;
        },
      );
    })
    .join('\n');
}

export async function runConsoleQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
): Promise<CypherResponse> {
  checkCypherText(query);
  const cypherParams = toCypherParams(params) as Record<string, unknown>;
  const session: Session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    // Pull no more than we will keep, so stopping at the cap leaves nothing in flight.
    fetchSize: Math.min(limits.rowCap + 1, 1000),
  });
  const started = Date.now();
  let backstop: NodeJS.Timeout | undefined;
  const work = (async (): Promise<CypherResponse> => {
    const tx = await session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: 'kg-explorer', use: 'console' },
    });
    try {
      const explained = await tx.run(`${EXPLAIN}${query}`, cypherParams);
      checkCypherPlan(explained.summary.queryType, explained.summary.plan);

      const result = tx.run(query, cypherParams);
      const columns = (await result.keys()).map(String);
      const rows: unknown[][] = [];
      const graph = new GraphCollector();
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= limits.rowCap) {
          truncated = true;
          break; // cancels the stream: the server discards the remaining rows
        }
        graph.add(record);
        rows.push(columns.map((c) => toJson(record.get(c))));
      }
      const summary = truncated ? null : await result.summary();
      return {
        columns,
        rows,
        graph: { nodes: [...graph.nodes.values()], edges: [...graph.relationships.values()] },
        summary: {
          queryType: explained.summary.queryType,
          rows: rows.length,
          truncated,
          elapsedMs: Date.now() - started,
          notifications: (summary?.notifications ?? []).map((n) => ({
            code: n.code,
            title: n.title,
            description: n.description,
          })),
        },
      };
    } finally {
      await tx.rollback().catch(() => {});
    }
  })();
  // Backstop in case the server-side timeout does not fire: answer anyway, the session is closed.
  let backstopFired = false;
  const backstopPromise = new Promise<never>((_, reject) => {
    backstop = setTimeout(() => {
      backstopFired = true;
      reject(timedOut(limits));
    }, limits.timeoutMs + 3000);
  });
  try {
    return await Promise.race([work, backstopPromise]);
  } catch (err) {
    throw fromNeo4j(err, limits);
  } finally {
    clearTimeout(backstop);
    if (backstopFired) {
      work.catch(() => {}); // settles when the server gives up; nobody waits for it
      void session.close().catch(() => {});
    } else {
      await session.close().catch(() => {});
    }
  }
}
