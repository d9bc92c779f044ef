/**
 * The body of a console worker thread (started by console-workers.ts). It owns a Neo4j driver of
 * its own, runs console queries with runConsoleQuery (the same guard, caps, timeout and
 * termination as on the main thread) and sends each answer back as one buffer of JSON text, so
 * the CPU-heavy part of a big answer (decoding Bolt records, turning 20,000 Neo4j Integers per
 * row into numbers, serialising megabytes) never blocks the event loop that answers the other
 * endpoints.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDriver, type Neo4jTarget } from './driver';
import { consoleAnswerJson, runConsoleQuery, type CypherLimits } from './cypher-repository';
import { DomainError } from '../contracts/errors';
import type { ConsoleReply, ConsoleRequest } from './console-workers';

export interface ConsoleWorkerData {
  target: Neo4jTarget;
  connectTimeoutMs: number;
  /** Connections this worker may open: its queries plus the ones that terminate them. */
  poolSize: number;
}

const port = parentPort;
if (!port) throw new Error('console-worker.ts runs as a worker thread (console-workers.ts)');
const { target, connectTimeoutMs, poolSize } = workerData as ConsoleWorkerData;
const driver = createDriver(target, { connectTimeoutMs, maxConnectionPoolSize: poolSize });
/** Each running query's "the client has gone" switch, by request id. */
const running = new Map<number, AbortController>();

function reply(message: ConsoleReply, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function run(
  id: number,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
) {
  const gone = new AbortController();
  running.set(id, gone);
  try {
    const answer = await runConsoleQuery(
      driver,
      target.database,
      query,
      params,
      limits,
      gone.signal,
    );
    const json = Buffer.from(consoleAnswerJson(answer));
    // A fresh ArrayBuffer of exactly the answer, moved (not copied) to the main thread.
    const body = json.buffer.slice(json.byteOffset, json.byteOffset + json.byteLength);
    reply({ kind: 'answer', id, body }, [body]);
  } catch (err) {
    if (err instanceof DomainError) {
      reply({ kind: 'refused', id, code: err.code, message: err.message, details: err.details });
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      const code = (err as { code?: unknown }).code;
      reply({
        kind: 'failed',
        id,
        name: e.name,
        message: e.message,
        ...(typeof code === 'string' ? { neo4jCode: code } : {}),
      });
    }
  } finally {
    running.delete(id);
  }
}

port.on('message', (message: ConsoleRequest) => {
  if (message.kind === 'run') {
    void run(message.id, message.query, message.params, message.limits);
  } else if (message.kind === 'cancel') {
    running.get(message.id)?.abort();
  } else if (message.kind === 'close') {
    for (const gone of running.values()) gone.abort();
    void driver.close().finally(() => port.close());
  }
});
