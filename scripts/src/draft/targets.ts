/**
 * Which entity a statement is about, where the statements stage could not yet know it.
 *
 * Calls: the meetings stage makes phone calls after the statements (it needs the contacts the
 * verb patterns find), so words that describe a call ("It was a good conversation", "said it
 * had been “a very, very good call”", "the call had been “frank”") are re-aimed here to the
 * call the text names nearest before them (the sentence, the one or two before, or right after
 * in the same sentence). Words about a call are about the call, whatever else the sentence names
 * ("…, and the president made clear where we stand").
 */
import type { Doc, Sentence } from './document';

const CALL = String.raw`(?:phone\s+|telephone\s+)?(?:call|conversation|exchange|chat)`;

/** "It was a good conversation", "By every account it was a constructive call". */
const IT_WAS_A_CALL = new RegExp(
  String.raw`^\W*(?:[\w'’-]+,?\s+){0,4}?(?:it|this|that)\s+(?:was|is|'s|’s|had been|has been)\s+(?:(?:a|an|one)\s+)?(?:[\w-]+,?\s+){0,4}?${CALL}\b`,
  'i',
);
/** A quote that is a call and its verdict: "good call", "a very, very good call". */
const A_CALL = new RegExp(
  String.raw`^\W*(?:(?:a|an|one|the)\s+)?(?:[\w-]+,?\s+){1,4}${CALL}\W*$`,
  'i',
);
/** "said the call had been “…”", "described the conversation as “…”". */
const THE_CALL_WAS = new RegExp(
  String.raw`\b(?:the|that|their|this)\s+(?:[\w-]+\s+){0,2}?${CALL}\s+(?:(?:was|were|is|had been|has been)\s+(?:[\w-]+\s+){0,2}|as\s+)["'“‘\s]*$`,
  'i',
);

function isCall(doc: Doc, id: string): boolean {
  const e = doc.entities.get(id);
  return e?.label === 'Event' && !e.alleged && /\b(?:call|conversation)\b/i.test(e.name);
}

/** The call the text names nearest before `at` (two sentences back), else after it here. */
function callNear(doc: Doc, s: Sentence, at: number, end: number): string | undefined {
  const from = doc.sentences[Math.max(0, s.index - 2)]!;
  const before = doc.mentions.filter(
    (m) =>
      m.end <= at &&
      m.start >= from.start &&
      (doc.sentences.find((x) => x.start <= m.start && m.start < x.end)?.paragraph ?? -9) >=
        s.paragraph - 1 &&
      isCall(doc, m.entity),
  );
  const last = before[before.length - 1];
  if (last) return last.entity;
  return doc.mentions.find((m) => m.start >= end && m.end <= s.end && isCall(doc, m.entity))
    ?.entity;
}

export function statementsAboutCalls(doc: Doc): void {
  for (const r of doc.relationships) {
    if (r.type !== 'SAID' || !r.quote || isCall(doc, r.to)) continue;
    const at = doc.text.indexOf(r.quote);
    if (at < 0) continue;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    const words = r.quote;
    const lead = doc.fold.slice(s.start, at);
    if (!IT_WAS_A_CALL.test(words) && !A_CALL.test(words) && !THE_CALL_WAS.test(lead)) continue;
    const call = callNear(doc, s, at, at + words.length);
    if (call) r.to = call;
  }
}
