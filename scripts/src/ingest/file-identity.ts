/**
 * Has a seed file changed since we last read it? Size, modification time (ns) and inode, taken
 * without reading the file. Every writer of seed files renames a new file into place (a new
 * inode) or rewrites it (a new mtime, mostly a new size), so an unchanged key means unchanged
 * contents for the in-memory caches of the save path and the draft context. The on-disk
 * cache of `ingest --article` (seed-cache.ts) also checks contents when the key moved.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One file's (or folder's) identity, or 'missing'. */
export function fileIdentity(abs: string): string {
  try {
    const s = fs.statSync(abs, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

/** The identity of several entries of one folder, as one key. */
export function filesKey(dir: string, names: readonly string[]): string {
  return names.map((f) => fileIdentity(path.join(dir, f))).join('|');
}
