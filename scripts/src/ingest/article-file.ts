/**
 * Reads one article text named by the manifest, confined to the articles folder: the manifest
 * schema already refuses absolute paths and `..`; here symlinks are resolved first, so a link
 * pointing outside the folder is refused too, and a file above ARTICLE_MAX_BYTES is not read.
 * Bytes that are not text in UTF-8 (or UTF-16 with a mark) are a problem that names the line and
 * column, not text with replacement characters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_MAX_BYTES } from '@kg/server/contracts';
import { decodeArticleBytes, DecodeError } from './decode';
import { displayPath } from './yaml-file';

export type ArticleRead = { content: string } | { problem: string };

/**
 * `realDir`: the folder's real path when the caller resolved it already (it reads many files
 * of one folder: a realpath call is ~10 µs, 80,000 of them at 1M relationships).
 */
export function readArticleFile(articlesDir: string, file: string, realDir?: string): ArticleRead {
  const abs = path.join(articlesDir, file);
  let real: string;
  try {
    // realpath(3) in one call: the JS realpathSync lstats every component of the path, which
    // at 1M relationships (40,000 articles, each text read three times) cost ~3 s of CPU.
    realDir ??= fs.realpathSync.native(articlesDir);
    real = fs.realpathSync.native(abs);
  } catch {
    return { problem: `article file not found: ${displayPath(abs)}` };
  }
  const rel = path.relative(realDir, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return {
      problem: `article file ${displayPath(abs)} resolves to ${real}, outside the articles folder`,
    };
  }
  const stat = fs.statSync(real);
  if (!stat.isFile()) return { problem: `article file ${displayPath(abs)} is not a regular file` };
  if (stat.size > ARTICLE_MAX_BYTES) {
    return {
      problem: `article file ${displayPath(abs)} has ${stat.size} bytes, more than the limit of ${ARTICLE_MAX_BYTES}`,
    };
  }
  try {
    return { content: decodeArticleBytes(fs.readFileSync(real)) };
  } catch (err) {
    if (err instanceof DecodeError)
      return { problem: `article file ${displayPath(abs)}: ${err.message}` };
    throw err;
  }
}
