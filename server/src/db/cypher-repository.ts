/**
 * Runs an analyst's Cypher read-only, bounded in time and rows, and maps the result to plain
 * JSON: row-major values, plus every node and relationship found anywhere in them for the canvas.
 *
 * Order of events: text checks (cypher-guard) -> in a READ transaction with the configured
 * timeout: `EXPLAIN` and plan checks -> the query itself, streamed in small batches, consumption
 * stopped at the row cap or the byte cap (the rest is discarded on the server) -> rollback.
 * At the timeout, or when the client goes away, the answer and the collection stop at once and
 * the transaction is terminated in Neo4j (console-transactions.ts) rather than left to run.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import type { CypherResponse } from '../contracts/api';
import { DomainError } from '../contracts/errors';
import { MEMORY_REFUSED, TIMEOUT_CODES } from './neo4j-codes';
import { checkCypherPlan, checkCypherText, refuse } from './cypher-guard';
import { terminateConsoleTransaction } from './console-transactions';
import { GraphCollector, toJson } from './to-json';
import { slicer } from '../http/json-slices';

export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
  /** Most bytes of JSON rows and graph elements in one answer. */
  maxBytes: number;
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

function timedOut(limits: CypherLimits, cause?: unknown): DomainError {
  return new DomainError(
    'cypher_timeout',
    `The query did not finish within ${limits.timeoutMs / 1000} s and was stopped. Add a LIMIT or narrow the pattern.`,
    { cause },
  );
}

/** Neo4j's answer to a bad query, as a DomainError; anything else is rethrown unchanged. */
function fromNeo4j(err: unknown, limits: CypherLimits): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  const message = err.message.split('\n')[0] ?? err.message;
  if (TIMEOUT_CODES.has(code) || code === 'Neo.TransientError.Transaction.Terminated')
    return timedOut(limits, err);
  const details = { neo4jCode: code };
  if (code === MEMORY_REFUSED) {
    return new DomainError(
      'cypher_too_much_memory',
      'The query needs more memory than one query may use, and the database refused it. ' +
        'Narrow the pattern, add a LIMIT, or aggregate less (collect() keeps everything in memory).',
      { details, cause: err },
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new DomainError('cypher_syntax', withoutExplain(err.message), { details, cause: err });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return refuse('read_only', 'The console is read-only: the database refused a write.', err);
  }
  // The server's own credentials refused (a console worker given the wrong ones): a fault of
  // the deployment, answered 500 and logged with its cause, not "forbidden" to the analyst.
  if (code === 'Neo.ClientError.Security.Unauthorized') return err;
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DomainError('forbidden', message, { details, cause: err });
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') {
    return refuse('forbidden_procedure', message, err);
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new DomainError('cypher_error', err.message, { details, cause: err });
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

/**
 * Rows the driver pulls per round trip. Small on purpose: a batch is buffered whole in this
 * process before the byte cap can look at it, and one console row can hold a 20,000-element list.
 */
const FETCH_SIZE = 50;

const utf8Bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? 'null');

/**
 * Each answer's rows as the JSON text already made to count their bytes, for the route to send
 * without serialising them twice (http/json-slices.ts).
 */
export const rowTexts = new WeakMap<CypherResponse, string[]>();

export async function runConsoleQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  /** Aborts when the client has gone: the query is stopped in Neo4j too. */
  clientGone?: AbortSignal,
): Promise<CypherResponse> {
  checkCypherText(query);
  const cypherParams = toCypherParams(params) as Record<string, unknown>;
  const consoleId = randomUUID();
  const session: Session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.rowCap + 1, FETCH_SIZE),
  });
  const started = Date.now();

  // One signal for "stop now": the timeout or the client going away, whichever comes first.
  const stop = new AbortController();
  let stopError: DomainError | undefined;
  const stopWith = (err: DomainError) => {
    stopError ??= err;
    stop.abort();
  };
  const timer = setTimeout(() => stopWith(timedOut(limits)), limits.timeoutMs);
  const onGone = () =>
    stopWith(new DomainError('client_closed_request', 'The client closed the request.'));
  if (clientGone?.aborted) onGone();
  clientGone?.addEventListener('abort', onGone, { once: true });
  const stopped = new Promise<never>((_, reject) =>
    stop.signal.addEventListener('abort', () => reject(stopError), { once: true }),
  );
  stopped.catch(() => {}); // only the race below waits for it

  const work = (async (): Promise<CypherResponse> => {
    const tx = await session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: 'kg-explorer', use: 'console', consoleId },
    });
    try {
      const explained = await tx.run(`${EXPLAIN}${query}`, cypherParams);
      checkCypherPlan(explained.summary.queryType, explained.summary.plan);

      const result = tx.run(query, cypherParams);
      const columns = (await result.keys()).map(String);
      const rows: unknown[][] = [];
      const texts: string[] = [];
      let bytes = 0;
      // A 20,000-element row takes ~15 ms to convert on a busy core, and the driver hands a
      // whole fetched batch over without a break: give the event loop back every few ms, so
      // that the other endpoints are answered while a big result is collected.
      const slice = slicer();
      const graph = new GraphCollector((element) => (bytes += utf8Bytes(element)));
      let truncatedBy: 'rows' | 'bytes' | undefined;
      for await (const record of result) {
        if (stop.signal.aborted) break; // the race has answered already
        if (rows.length >= limits.rowCap) {
          truncatedBy = 'rows';
          break; // cancels the stream: the server discards the remaining rows
        }
        const row = columns.map((c) => toJson(record.get(c)));
        const text = JSON.stringify(row);
        const rowBytes = Buffer.byteLength(text);
        if (bytes + rowBytes > limits.maxBytes) {
          truncatedBy = 'bytes';
          break;
        }
        bytes += rowBytes;
        rows.push(row);
        texts.push(text);
        graph.add(record);
        if (slice.due()) await slice.pause();
      }
      const summary = truncatedBy || stop.signal.aborted ? null : await result.summary();
      const answer: CypherResponse = {
        columns,
        rows,
        graph: { nodes: [...graph.nodes.values()], edges: [...graph.relationships.values()] },
        summary: {
          queryType: explained.summary.queryType,
          rows: rows.length,
          truncated: truncatedBy !== undefined,
          ...(truncatedBy ? { truncatedBy } : {}),
          elapsedMs: Date.now() - started,
          notifications: (summary?.notifications ?? []).map((n) => ({
            code: n.code,
            title: n.title,
            description: n.description,
          })),
        },
      };
      rowTexts.set(answer, texts);
      return answer;
    } finally {
      await tx.rollback().catch(() => {});
    }
  })();
  try {
    return await Promise.race([work, stopped]);
  } catch (err) {
    throw fromNeo4j(err, limits);
  } finally {
    clearTimeout(timer);
    clientGone?.removeEventListener('abort', onGone);
    if (stop.signal.aborted) {
      work.catch(() => {}); // settles once Neo4j has stopped it; nobody waits for it
      // Neo4j would stop it only at its own timeout check, or never for a client that left.
      await terminateConsoleTransaction(driver, database, consoleId).catch(() => 0);
      void session.close().catch(() => {});
    } else {
      await session.close().catch(() => {});
    }
  }
}

/**
 * A console answer as the JSON text `JSON.stringify(answer)` gives, the rows taken from the
 * texts already made to count their bytes (each row is serialised once).
 */
export function consoleAnswerJson(answer: CypherResponse): string {
  const texts = rowTexts.get(answer);
  const fields = Object.entries(answer).map(
    ([key, value]) =>
      `${JSON.stringify(key)}:${key === 'rows' && texts ? `[${texts.join(',')}]` : JSON.stringify(value)}`,
  );
  return `{${fields.join(',')}}`;
}
