/**
 * The body of the streaming export's helper thread (started by ExportHelper in
 * stream-export-helper.ts): checks and spools a part of the extraction files, then merges and
 * writes spool buckets, as the export thread does (stream-export.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { EntityLabel } from '@kg/server/contracts';
import {
  bucketCounter,
  checkExtractionPart,
  helperSink,
  mergeBuckets,
  textReader,
} from './stream-export';
import { threadCpuMs } from './script-thread';
import type { HelperReply, HelperRequest } from './stream-export-helper';
import type { ArticleRef, EntityRef } from './validate';
import type { SeedError } from './yaml-file';

const port = parentPort;
if (!port) throw new Error('stream-export-helper-worker.ts runs as a worker thread');
const reply = (m: HelperReply) => port.postMessage(m);

function handle(m: HelperRequest): HelperReply {
  const cpu0 = threadCpuMs();
  const cpuMs = () => {
    const now = threadCpuMs();
    return now === undefined || cpu0 === undefined ? {} : { cpuMs: now - cpu0 };
  };
  if (m.kind === 'check') {
    const entities = new Map<string, EntityRef>(
      m.entityIds.map((id, i) => [id, { id, label: m.entityLabels[i] as EntityLabel }]),
    );
    const articles = new Map<string, ArticleRef>(
      m.articles.map(([id, date, sourceFile]) => [id, { id, date, sourceFile }]),
    );
    const errors: SeedError[] = [];
    const mentioned = checkExtractionPart(
      m.files,
      { entities, articles, redirects: new Map(m.redirects), textOf: textReader(m.seedsDir) },
      errors,
      m.spoolDir,
      m.part,
      m.buckets,
    );
    return { kind: 'checked', errors, mentioned: [...mentioned], ...cpuMs() };
  }
  const out = helperSink(m.format, m.dir, m.run);
  const relationships: Record<string, number> = {};
  mergeBuckets(m.spoolDir, bucketCounter(m.shared, m.buckets), out, relationships);
  const files = out.finish();
  return { kind: 'merged', files, relationships, ...cpuMs() };
}

port.on('message', (m: HelperRequest) => {
  try {
    reply(handle(m));
  } catch (err) {
    reply({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
