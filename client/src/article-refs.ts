/**
 * Titles and dates of articles, for source links ("Hegseth says US 'not concerned' · 2026-03-07"
 * rather than "Open source"): asked of the server once per id, in batches, and kept.
 */
import type { ArticleRef } from '@kg/server/contracts';
import { api } from './api';

const known = new Map<string, ArticleRef>();
/** The server takes at most this many ids per request (ArticleRefsQuery). */
const BATCH = 100;

/** Remembers refs the client already has (from the statements list, say). */
export function rememberArticles(refs: Iterable<ArticleRef>): void {
  for (const r of refs) known.set(r.id, r);
}

/** The refs for `ids` (unknown ids map to nothing); failures leave them unknown. */
export async function articleRefs(ids: Iterable<string>): Promise<Map<string, ArticleRef>> {
  const want = [...new Set(ids)];
  const missing = want.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += BATCH) {
    try {
      const res = await api.articleRefs(missing.slice(i, i + BATCH));
      rememberArticles(res.articles);
    } catch {
      break; // The links fall back to the id; the banner reports an unreachable server.
    }
  }
  return new Map(want.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}

/** What a source link says: the title and date, or the id when the title is unknown. */
export function sourceLabel(id: string, refs: Map<string, ArticleRef>): string {
  const r = refs.get(id);
  return r ? `${r.title} · ${r.date}` : id;
}
