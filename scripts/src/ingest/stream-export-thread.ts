/**
 * The streaming export (stream-export.ts) on a worker thread with a capped heap. Its live data
 * is small (the registry and manifest: ~170 MB at 1M relationships), but it allocates ~10x that
 * in short-lived strings and objects, and an uncapped V8 lets its heap grow to well over 1 GB
 * before collecting. The cap makes the collector keep the process within its budget.
 */
import path from 'node:path';
import { DomainError } from '@kg/server/contracts';
import { SeedValidationError } from './ingest';
import { startScriptThread } from './script-thread';
import type { ExportFormat, StreamExportResult } from './stream-export';
import type { SeedError } from './yaml-file';

/** Tunables of the export thread, with their defaults. */
export const EXPORT_THREAD_DEFAULTS = {
  /** Old-generation heap of the worker (MB): the live set at 1M relationships is ~170 MB. */
  heapMb: 320,
  /**
   * Young generation (MB): larger means fewer, cheaper collections of short-lived rows, but all
   * of it is resident at the process's peak (48 before 2026-12-04; 32 costs no measurable time).
   */
  youngMb: 32,
};

export interface ExportRequest {
  seedsDir: string;
  dir: string;
  /** Default 'csv'. */
  format?: ExportFormat;
  /** validateAndExport's options. */
  helper?: boolean;
  filesPerBucket?: number;
}

export type ExportReply =
  | { kind: 'log'; line: string }
  | { kind: 'done'; result: StreamExportResult }
  | { kind: 'invalid'; errors: SeedError[] }
  | { kind: 'failed'; message: string };

/** validateAndExport on a worker thread; the same result and the same SeedValidationError. */
export function exportInWorker(
  request: ExportRequest,
  log: (line: string) => void = () => {},
  limits: { heapMb?: number; youngMb?: number } = {},
): Promise<StreamExportResult> {
  return new Promise((resolve, reject) => {
    const worker = startScriptThread(path.join(__dirname, 'stream-export-worker.ts'), request, {
      maxOldGenerationSizeMb: limits.heapMb ?? EXPORT_THREAD_DEFAULTS.heapMb,
      maxYoungGenerationSizeMb: limits.youngMb ?? EXPORT_THREAD_DEFAULTS.youngMb,
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on('message', (m: ExportReply) => {
      if (m.kind === 'log') log(m.line);
      else if (m.kind === 'done') settle(() => resolve(m.result));
      else if (m.kind === 'invalid') settle(() => reject(new SeedValidationError(m.errors)));
      else settle(() => reject(new DomainError('import_failed', m.message)));
    });
    worker.on('error', (err) =>
      settle(() =>
        reject(
          (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new DomainError(
                'import_failed',
                `the CSV export ran out of its ${limits.heapMb ?? EXPORT_THREAD_DEFAULTS.heapMb} MB heap`,
                { cause: err },
              )
            : err,
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the CSV export thread exited with code ${code}`))),
    );
  });
}
