/**
 * Console queries off the main thread: a small pool of worker threads (CYPHER_WORKERS, default
 * 1), each with its own Neo4j driver and connections (console-worker.ts). The main thread only
 * hands a query over, relays "the client has gone", and gets back the answer as one buffer of
 * JSON text to write out. Decoding Bolt records, converting values and serialising up to
 * CYPHER_MAX_BYTES cost ~1 s of CPU per heavy answer, and on the main thread that time was taken
 * from every other request (docs/benchmarks.md §5).
 *
 * One pool per Neo4j target and process, shared by every app built on it (the tests build many);
 * its threads are unref'd, so they never keep a process alive, and closeConsoleWorkers() ends
 * them (and their drivers) on shutdown.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Neo4jError } from 'neo4j-driver';
import { DomainError, type ErrorCode } from '../contracts/errors';
import type { CypherLimits } from './cypher-repository';
import type { Neo4jTarget } from './driver';
import type { ConsoleWorkerData } from './console-worker';

export type ConsoleRequest =
  | {
      kind: 'run';
      id: number;
      query: string;
      params: Record<string, unknown>;
      limits: CypherLimits;
    }
  | { kind: 'cancel'; id: number }
  | { kind: 'close' };

export type ConsoleReply =
  | { kind: 'answer'; id: number; body: ArrayBuffer }
  | { kind: 'refused'; id: number; code: ErrorCode; message: string; details?: unknown }
  | { kind: 'failed'; id: number; name: string; message: string; neo4jCode?: string };

export interface ConsolePoolOptions {
  target: Neo4jTarget;
  workers: number;
  /** Queries one worker runs at once (CYPHER_CONCURRENCY: the gate admits no more). */
  concurrency: number;
  connectTimeoutMs: number;
}

/**
 * A worker is started by a bootstrap that registers tsx's require hook first, so the TypeScript
 * module loads the same way under `npm start`, `node --import tsx`, the Docker image and jest.
 * execArgv is not inherited: the parent's own loader flags would start a second loader thread.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.tsxApi).register();
require(workerData.entry);
`;

/** How long past its timeout a worker's query may go unanswered before the pool gives up on it. */
const BACKSTOP_MS = 15_000;

interface Pending {
  resolve: (body: Buffer) => void;
  reject: (err: unknown) => void;
  worker: Slot;
}

interface Slot {
  worker: Worker;
  active: number;
}

export class ConsolePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ConsolePoolOptions) {}

  /**
   * Runs a console query in a worker: resolves with the answer's JSON text, rejects with the
   * same DomainError (or Neo4j error) runConsoleQuery would have thrown on this thread. When
   * `clientGone` aborts, the worker stops the query (and terminates it in Neo4j).
   */
  run(
    query: string,
    params: Record<string, unknown>,
    limits: CypherLimits,
    clientGone?: AbortSignal,
  ): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('the console workers are closed'));
    const slot = this.leastBusy();
    const id = this.nextId++;
    slot.active++;
    return new Promise<Buffer>((resolve, reject) => {
      const onGone = () => slot.worker.postMessage({ kind: 'cancel', id } satisfies ConsoleRequest);
      // The worker stops its query at limits.timeoutMs; this only guards against a worker that
      // cannot answer at all (stuck, or dying without an exit event).
      const backstop = setTimeout(() => {
        onGone();
        this.settle({
          kind: 'refused',
          id,
          code: 'cypher_timeout',
          message: `The query did not finish within ${limits.timeoutMs / 1000} s and was stopped. Add a LIMIT or narrow the pattern.`,
        });
      }, limits.timeoutMs + BACKSTOP_MS);
      backstop.unref();
      const settle = () => {
        clearTimeout(backstop);
        slot.active--;
        clientGone?.removeEventListener('abort', onGone);
      };
      this.pending.set(id, {
        worker: slot,
        resolve: (body) => {
          settle();
          resolve(body);
        },
        reject: (err) => {
          settle();
          reject(err);
        },
      });
      slot.worker.postMessage({ kind: 'run', id, query, params, limits } satisfies ConsoleRequest);
      if (clientGone?.aborted) onGone();
      else clientGone?.addEventListener('abort', onGone, { once: true });
    });
  }

  /** Stops the workers after closing their drivers; queries still running are cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void worker.terminate(), 5000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.postMessage({ kind: 'close' } satisfies ConsoleRequest);
          }),
      ),
    );
  }

  private leastBusy(): Slot {
    if (this.slots.length < this.options.workers) {
      const idle = this.slots.find((s) => s.active === 0);
      if (idle) return idle;
      const slot = this.start();
      this.slots.push(slot);
      return slot;
    }
    return this.slots.reduce((a, b) => (b.active < a.active ? b : a));
  }

  private start(): Slot {
    const { target, connectTimeoutMs, concurrency } = this.options;
    const data: ConsoleWorkerData & { tsxApi: string; entry: string } = {
      target,
      connectTimeoutMs,
      // Its queries, and as many connections again to terminate them at a timeout.
      poolSize: 2 * concurrency + 1,
      tsxApi: require.resolve('tsx/cjs/api'),
      entry: path.join(__dirname, 'console-worker.ts'),
    };
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data, execArgv: [] });
    const slot: Slot = { worker, active: 0 };
    worker.on('message', (reply: ConsoleReply) => this.settle(reply));
    const fail = (err: unknown) => {
      // The worker is gone: its queries fail, and the next query starts a new one.
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const [id, p] of this.pending) {
        if (p.worker !== slot) continue;
        this.pending.delete(id);
        p.reject(err);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`console worker exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again, which kept
    // every process that had run a console query alive at its end (jest never exited).
    worker.unref();
    return slot;
  }

  private settle(reply: ConsoleReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (reply.kind === 'answer') p.resolve(Buffer.from(reply.body));
    else if (reply.kind === 'refused') {
      p.reject(
        new DomainError(
          reply.code,
          reply.message,
          reply.details === undefined ? {} : { details: reply.details },
        ),
      );
    } else if (reply.neo4jCode) {
      // The error handler maps Neo4j errors by code (unavailable, timeout, memory).
      p.reject(
        new Neo4jError(reply.message, reply.neo4jCode, '50N42', reply.message, {
          OPERATION: '',
          OPERATION_CODE: '0',
          CURRENT_SCHEMA: '/',
        }),
      );
    } else {
      p.reject(Object.assign(new Error(reply.message), { name: reply.name }));
    }
  }
}

/** The process's pools, by Neo4j target and settings. */
const pools = new Map<string, ConsolePool>();

export function consolePool(options: ConsolePoolOptions): ConsolePool {
  const { target } = options;
  const key = JSON.stringify([
    target.uri,
    target.user,
    target.password,
    target.database,
    options.workers,
    options.concurrency,
  ]);
  let pool = pools.get(key);
  if (!pool) {
    pool = new ConsolePool(options);
    pools.set(key, pool);
  }
  return pool;
}

/** Ends every console worker of this process (server shutdown). */
export async function closeConsoleWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close()));
}
