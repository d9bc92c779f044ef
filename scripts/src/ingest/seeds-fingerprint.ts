/**
 * A fingerprint of what a full ingest would write: a digest of every file of the seed folder
 * (path and content) and of ingestion's own code (the modules that validate and build the rows,
 * and the contracts that define them), so that a change to either is a different fingerprint.
 * An ingest records it on the graph version node once its writes are in (ingest-lock.ts,
 * release), every later write of the graph removes it (graph-version.ts), and a rerun that finds
 * its own fingerprint there has nothing to validate or write. Hashing the 1M corpus (475 MB)
 * takes a few seconds; validating and comparing it row by row takes minutes.
 */
import { createHash, hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every regular file under `dir` (dot-files and dot-folders left out), sorted, relative. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile() || e.isSymbolicLink()) out.push(p);
    }
  };
  walk('');
  return out.sort();
}

/** One read buffer for every file: reading 80,000 files into new buffers left ~100 MB of garbage. */
const buffer = Buffer.allocUnsafe(1 << 20);

/** SHA-1 of a file's content. */
function fileDigest(file: string): string {
  const h = createHash('sha1');
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      h.update(buffer.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** Digest of the files of a folder: each file's path and SHA-1, in path order. */
function folderDigest(dir: string, keep: (rel: string) => boolean = () => true): string {
  const lines: string[] = [];
  for (const rel of filesUnder(dir)) {
    if (keep(rel)) lines.push(`${rel}\0${fileDigest(path.join(dir, rel))}`);
  }
  return hash('sha1', lines.join('\n'), 'hex');
}

const code = (rel: string) => /\.(ts|js|cjs|mjs)$/.test(rel) && !/\.test\./.test(rel);

let codeDigest: string | undefined;

/** Ingestion's code: this folder and the contracts (computed once per process). */
function ingestCodeDigest(): string {
  codeDigest ??= hash(
    'sha1',
    [
      folderDigest(__dirname, code),
      folderDigest(path.dirname(require.resolve('@kg/server/contracts')), code),
    ].join('\n'),
    'hex',
  );
  return codeDigest;
}

/** The fingerprint of the seed folder `dir` as the current code would ingest it. */
export function seedsFingerprint(dir: string): string {
  return `v1:${hash('sha1', `${ingestCodeDigest()}\n${folderDigest(path.resolve(dir))}`, 'hex')}`;
}
