/**
 * Stage 6i: replies. A statement that turns to someone who spoke earlier in the article is a
 * response to them: '"Senator Dunmore is getting ahead of the facts," Sorensen said' (the quote
 * names the earlier speaker), or 'The embassy called the senator's remarks "hysteria"' (a
 * criticism of someone's words). Only a person who has a statement of their own before the
 * reply counts; the speaker's own side, or naming oneself, gives nothing.
 */
import type { Doc } from './document';
import { relate } from './relate';
import { mentionsOf } from './syntax';

const STATEMENTS = new Set(['SAID', 'CRITICIZED', 'WARNED', 'DENIED', 'DISMISSED']);
const TIES = new Set(['REPRESENTS', 'MEMBER_OF', 'LEADS', 'ADVISES']);
/** Someone's words as the object of a reply ("the senator's remarks", "her comments"). */
const THEIR_WORDS =
  /['’]s?\s+(?:(?:latest|recent|earlier)\s+)?(?:remarks|comments|testimony|words|criticism|accusations?|statements?|promises?|pledges?|threats?|vows?|warnings?|assurances?|denials?|charges?)\b|\b(?:his|her)\s+(?:remarks|comments|testimony|words|criticism|accusations?|promises?|pledges?|threats?|vows?|warnings?|assurances?|denials?|charges?)\b/i;

const at = (doc: Doc, evidence: string[]) => {
  const e = evidence[0];
  return e ? doc.text.indexOf(e) : -1;
};

export function extractReplies(doc: Doc): void {
  const spoke = (who: string, before: number) =>
    doc.relationships.some((x) => {
      if (x.from !== who || !STATEMENTS.has(x.type)) return false;
      const p = at(doc, x.evidence);
      return p >= 0 && p < before;
    });
  const tied = (a: string, b: string) =>
    doc.relationships.some(
      (x) => TIES.has(x.type) && ((x.from === a && x.to === b) || (x.from === b && x.to === a)),
    );
  for (const r of [...doc.relationships]) {
    if (r.from === r.to || doc.entities.get(r.to)?.label !== 'Person' || tied(r.from, r.to))
      continue;
    const sentences = doc.sentences.filter((s) =>
      r.evidence.some((e) => e.includes(doc.text.slice(s.start, s.end))),
    );
    const first = sentences[0];
    if (!first) continue;
    let reply = false;
    if (r.type === 'SAID' && r.quote) {
      // The quote names the one it answers.
      for (const s of sentences) {
        const q = doc.text.indexOf(r.quote, s.start);
        if (q < 0 || q >= s.end) continue;
        if (/\?\s*$/.test(r.quote.trim())) continue;
        const inQuote = mentionsOf(doc, { start: q, end: q + r.quote.length });
        if (inQuote.some((m) => m.entity === r.to) && spoke(r.to, q)) reply = true;
      }
    } else if (r.type === 'CRITICIZED') {
      // Criticism of the person's words, said after them.
      const text = doc.fold.slice(first.start, first.end);
      if (THEIR_WORDS.test(text) && spoke(r.to, first.start)) reply = true;
    }
    if (!reply) continue;
    relate(doc, {
      type: 'RESPONDED_TO',
      from: r.from,
      to: r.to,
      evidence: sentences,
      ...(r.date ? { date: r.date } : {}),
      confidence: 0.5,
      rule: r.type === 'SAID' ? 'reply:names-the-speaker' : 'reply:criticised-words',
    });
  }
}
