/**
 * Talks referred back to after the meetings stage has made them: "Their meeting in Kuala Lumpur
 * was the moment …", "the Thursday session was “businesslike”", "the talks had been “useful”".
 * The meetings stage runs after the statements (it needs the contacts the verb patterns find),
 * so a statement whose own sentence refers back to talks or a meeting is re-aimed here from a
 * place or the topic claim to those talks. Words about talks are about the talks.
 */
import { isClaim } from './claims';
import type { Doc } from './document';
import { eventAnaphora } from './event-refs';

const MEETING = /\b(?:talks|meeting|session|summit)\b/i;
const CLAIM_WORDS =
  /\b(?:stor(?:y|ies)|reports?|accusations?|allegations?|claims?|evidence|intelligence|rumou?rs?|lies)\b/i;

export function statementsAboutTalks(doc: Doc): void {
  eventAnaphora(doc, true);
  eventAnaphora(doc, false);
  for (const r of doc.relationships) {
    if (r.type !== 'SAID' || !r.quote) continue;
    const at = doc.text.indexOf(r.quote);
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) continue;
    // A reference back by a definite noun, in the sentence that carries the quote.
    const ref = doc.mentions.find((m) => {
      if (m.start < s.start || m.end > s.end || m.kind !== 'event') return false;
      const e = doc.entities.get(m.entity);
      return (
        e?.label === 'Event' &&
        !e.alleged &&
        MEETING.test(e.name) &&
        /^(?:the|their|his|her|that|this)\s/i.test(doc.fold.slice(m.start, m.end))
      );
    });
    if (!ref || ref.entity === r.to) continue;
    // "“We have heard these stories before …,” X told reporters after the meeting": a meeting
    // that only says when the words were spoken (after, following it), outside the quote, is
    // not what words about the stories, reports or evidence are about. (Words that name
    // nothing of the kind may tell the talks' outcome, and stay with the talks.)
    const when =
      (ref.start >= at + r.quote.length || ref.end <= at) &&
      CLAIM_WORDS.test(r.quote) &&
      /\b(?:after|following|before|ahead of|at the end of|on the sidelines of)\s+$/i.test(
        doc.fold.slice(Math.max(0, ref.start - 24), ref.start),
      );
    if (when) continue;
    // "during the session he had called U.S. claims that Moscow feeds Iran … “pure invention”":
    // a sentence that names the claim is about the claim.
    if (doc.mentions.some((m) => m.start >= s.start && m.end <= s.end && isClaim(doc, m))) continue;
    // "the talks had been “useful”": the talks are what the words describe, whatever else.
    const described =
      /^\s+(?:was|were|is|are|had been|has been|have been)\s+(?:[\w-]+\s+){0,2}["'“‘«]?\s*$/.test(
        doc.fold.slice(ref.end, at),
      );
    const cur = doc.entities.get(r.to);
    const weak =
      cur?.label === 'Location' ||
      cur?.label === 'Country' ||
      // The topic claim or another non-occasion event the words were aimed at by default.
      (cur?.label === 'Event' && !cur.strike && !cur.occasion && !MEETING.test(cur.name));
    if (weak || described) r.to = ref.entity;
  }
}
