/**
 * The body of the streaming export's worker thread (started by exportInWorker in
 * stream-export-thread.ts): runs validateAndExport and posts its log lines and its outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SeedValidationError } from './ingest';
import { validateAndExport } from './stream-export';
import type { ExportReply, ExportRequest } from './stream-export-thread';

const port = parentPort;
if (!port) throw new Error('stream-export-worker.ts runs as a worker thread');
const { seedsDir, dir, format, helper, filesPerBucket } = workerData as ExportRequest;
const reply = (m: ExportReply) => port.postMessage(m);

validateAndExport(seedsDir, dir, (line) => reply({ kind: 'log', line }), {
  format,
  ...(helper !== undefined ? { helper } : {}),
  ...(filesPerBucket !== undefined ? { filesPerBucket } : {}),
}).then(
  (result) => reply({ kind: 'done', result }),
  (err: unknown) =>
    reply(
      err instanceof SeedValidationError
        ? { kind: 'invalid', errors: err.errors }
        : { kind: 'failed', message: err instanceof Error ? err.message : String(err) },
    ),
);
