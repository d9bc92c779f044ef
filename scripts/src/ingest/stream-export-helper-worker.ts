/**
 * The body of the streaming export's helper thread (started by ExportHelper in
 * stream-export-helper.ts): checks and spools a part of the extraction files, then merges and
 * writes spool buckets, as the export thread does (stream-export.ts).
 */
import { parentPort } from 'node:worker_threads';
import { ENTITY_LABELS } from '@kg/server/contracts';
import {
  bucketCounter,
  checkExtractionPart,
  helperSink,
  mergeBuckets,
  textReader,
} from './stream-export';
import { threadCpuMs } from './script-thread';
import { PACK_SEPARATOR, type HelperReply, type HelperRequest } from './stream-export-helper';
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
    const entities = new Map<string, EntityRef>();
    if (m.entityIds) {
      m.entityIds.split(PACK_SEPARATOR).forEach((id, i) => {
        entities.set(id, { id, label: ENTITY_LABELS[m.entityLabels[i]!]! });
      });
    }
    const articles = new Map<string, ArticleRef>();
    const packed = m.articles ? m.articles.split(PACK_SEPARATOR) : [];
    for (let i = 0; i + 2 < packed.length; i += 3) {
      const [id, date, sourceFile] = [packed[i]!, packed[i + 1]!, packed[i + 2]!];
      articles.set(id, { id, date, sourceFile });
    }
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
  const out = helperSink(m.format, m.dir);
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
