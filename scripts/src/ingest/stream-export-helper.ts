/**
 * The streaming export's helper thread (stream-export.ts), seen from the export: one request
 * at a time, answered by a promise. The thread (stream-export-helper-worker.ts) holds no
 * registry rows: entity ids and labels, article ids, dates and files are all it is sent.
 */
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CsvFile } from './csv-export';
import { startScriptThread } from './script-thread';
import type { ExportFormat } from './stream-export';
import type { SeedError } from './yaml-file';

/** Tunables of the helper thread, with their defaults. */
export const HELPER_THREAD_DEFAULTS = {
  /**
   * Old-generation heap (MB): its live set is the entity ids and labels (~20 MB at 144,000
   * entities), the article list and one spool bucket's relationships while it merges.
   */
  heapMb: 96,
  /**
   * Young generation (MB). The helper merges most spool buckets, and a bucket's relationships
   * all live until it is written: with 8 MB (a ~2.7 MB semi-space) they were copied by scavenge
   * after scavenge and promoted (at 100k 263 scavenges, 137 with 24 MB). Every MB of it is
   * resident once grown: the 1M ingest's peak stays under 500 MB (417 MB measured;
   * docs/benchmarks.md §1, 2026-12-04 night). 16 MB before 2026-12-04, then 8.
   */
  youngMb: 24,
};

/** Between the values packed into one string: no id, date or file name holds it. */
export const PACK_SEPARATOR = '\u0000';

/** Step 2 for the second half of the extraction files. */
export interface CheckRequest {
  seedsDir: string;
  files: string[];
  /** Entity ids joined by PACK_SEPARATOR. */
  entityIds: string;
  /** Each entity's label, as its index in ENTITY_LABELS. */
  entityLabels: Uint8Array;
  /** Of each article: id, date, sourceFile, all joined by PACK_SEPARATOR. */
  articles: string;
  redirects: [string, string][];
  spoolDir: string;
  part: string;
  buckets: number;
}

export interface CheckReply {
  errors: SeedError[];
  /** The thread's CPU time for it (ms; threadCpuMs). */
  cpuMs?: number;
  /** Article -> the entities it names, as in the export's own part. */
  mentioned: [string, string[]][];
}

/** Step 4 for the buckets the shared counter hands this thread. */
export interface MergeRequest {
  spoolDir: string;
  /** The counter, an Int32 shared with the export (bucketCounter). */
  shared: SharedArrayBuffer;
  buckets: number;
  format: ExportFormat;
  /** The export's folder (`dir/csv` or `dir/rows` is written). */
  dir: string;
}

export interface MergeReply {
  files: CsvFile[];
  cpuMs?: number;
  relationships: Record<string, number>;
}

export type HelperRequest = ({ kind: 'check' } & CheckRequest) | ({ kind: 'merge' } & MergeRequest);
export type HelperReply =
  | ({ kind: 'checked' } & CheckReply)
  | ({ kind: 'merged' } & MergeReply)
  | { kind: 'failed'; message: string };

export class ExportHelper {
  private readonly worker: Worker;
  private pending: { resolve: (r: HelperReply) => void; reject: (e: Error) => void } | undefined;
  /** Why the thread can no longer answer (it failed or was closed). */
  private broken: Error | undefined;

  constructor(limits: { heapMb?: number; youngMb?: number } = {}) {
    this.worker = startScriptThread(
      path.join(__dirname, 'stream-export-helper-worker.ts'),
      {},
      {
        maxOldGenerationSizeMb: limits.heapMb ?? HELPER_THREAD_DEFAULTS.heapMb,
        maxYoungGenerationSizeMb: limits.youngMb ?? HELPER_THREAD_DEFAULTS.youngMb,
      },
    );
    const fail = (err: Error) => {
      this.broken ??= err;
      const p = this.pending;
      this.pending = undefined;
      p?.reject(err);
    };
    this.worker.on('message', (m: HelperReply) => {
      const p = this.pending;
      this.pending = undefined;
      if (m.kind === 'failed') p?.reject(new Error(`the export's helper thread: ${m.message}`));
      else p?.resolve(m);
    });
    this.worker.on('error', (err) =>
      fail(
        (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(`the export's helper thread ran out of its heap`, { cause: err })
          : err,
      ),
    );
    this.worker.on('exit', (code) =>
      fail(new Error(`the export's helper thread exited with code ${code}`)),
    );
  }

  private request(message: HelperRequest): Promise<HelperReply> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.pending) return Promise.reject(new Error('the export helper is busy'));
    const reply = new Promise<HelperReply>((resolve, reject) => {
      this.pending = { resolve, reject };
    });
    // Nobody may await it when the export fails first: that rejection is not news.
    reply.catch(() => {});
    this.worker.postMessage(message);
    return reply;
  }

  async check(request: CheckRequest): Promise<CheckReply> {
    const reply = await this.request({ kind: 'check', ...request });
    if (reply.kind !== 'checked') throw new Error(`the export helper answered ${reply.kind}`);
    return reply;
  }

  async merge(request: MergeRequest): Promise<MergeReply> {
    const reply = await this.request({ kind: 'merge', ...request });
    if (reply.kind !== 'merged') throw new Error(`the export helper answered ${reply.kind}`);
    return reply;
  }

  /** Ends the thread (what it was doing is abandoned). */
  async close(): Promise<void> {
    this.broken ??= new Error('the export helper was closed');
    await this.worker.terminate();
  }
}
