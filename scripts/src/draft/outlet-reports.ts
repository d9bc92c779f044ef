/**
 * An outlet's report named as a noun phrase: "a New York Times report that Russia had given
 * Iran …", "The Washington Post's report on Russian help to Iran", "a report in the Financial
 * Times that …", "reports by CNN and the Post that …". News copy names the story's source this
 * way at least as often as with a verb ("The Post reported that …", patterns.ts), mostly in a
 * sentence about something else: who was asked about it, who dismissed it. The outlet REPORTED
 * the claim when the same sentence tells the claim (the claims stage drafted the sharing from
 * it, or a mention of the claim sits in it).
 *
 * The day is taken only from words right after the report noun ("a report on Tuesday", "a
 * report published Monday"): the sentence's other days are of the asking or the answering.
 */
import { isClaim, topicEvent } from './claims';
import { dateNear } from './dates';
import type { Doc, Mention, Sentence } from './document';
import { relate } from './relate';

const SHARING = 'SHARED_INTELLIGENCE_WITH';

/** The words naming a piece of reporting. */
const NOUN =
  '(?:report|reports|reporting|story|stories|article|investigation|exclusive|scoop|account)';

/** "<outlet> report", "<outlet>'s report": the outlet ends right before. */
const AFTER_OUTLET = new RegExp(
  `^(?:['’]s?)?\\s+(?:(?:new|latest|earlier|recent|original|initial|exclusive|first|own|weekend|bombshell)\\s+)?${NOUN}\\b`,
);
/** "a report in/by <outlet>", "reports carried by <outlet>": the outlet starts right after. */
const BEFORE_OUTLET = new RegExp(
  `\\b${NOUN}\\s+(?:(?:first\\s+|originally\\s+|later\\s+)?(?:published|carried|aired|broadcast|run)\\s+)?(?:in|by|from|on)\\s+(?:the\\s+)?$`,
);
/** A day named in the words after the report noun. */
const DAY_WORD =
  /\b(?:\w+day|yesterday|today|tonight|last\s+night|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
/** What makes a noun phrase an outlet's report rather than a report on an outlet. */
const OUTLET_OF_REPORT = /\b(?:a|an|the|that|this|its|recent|earlier|new)\s+$/;

function sentenceMentions(doc: Doc, s: Sentence): Mention[] {
  return doc.mentions
    .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
    .sort((a, b) => a.start - b.start);
}

/** The claim a sentence tells: a mention of it, else the claim the sharing in it belongs to. */
function claimOf(doc: Doc, s: Sentence, text: string): string | undefined {
  const named = sentenceMentions(doc, s).find((m) => isClaim(doc, m));
  if (named) return named.entity;
  const tells = doc.relationships.some(
    (r) => r.type === SHARING && r.evidence.some((e) => e.includes(text)),
  );
  if (!tells) return undefined;
  const topic = topicEvent(doc);
  return topic && doc.entities.get(topic)?.strike !== true ? topic : undefined;
}

export function outletReports(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    let claim: string | undefined | null = null;
    for (const m of sentenceMentions(doc, s)) {
      if (doc.entities.get(m.entity)?.label !== 'Outlet') continue;
      const opens = m.phraseStart ?? m.start;
      const after = AFTER_OUTLET.exec(lower.slice(m.end, Math.min(s.end, m.end + 40)));
      const before =
        !after && BEFORE_OUTLET.exec(lower.slice(Math.max(s.start, opens - 60), opens));
      if (after) {
        // "a Times report", "The Post's report": a determiner (or the sentence start) before
        // the outlet; "told CNN reports were false" is no report of CNN's.
        const possessive = /^['’]/.test(after[0]);
        const lead = lower.slice(Math.max(s.start, opens - 12), opens);
        if (!possessive && opens !== s.start && !OUTLET_OF_REPORT.test(lead)) continue;
      } else if (!before) continue;
      if (claim === null) claim = claimOf(doc, s, text);
      if (!claim) break;
      // Where the report noun ends: the day may follow it ("a report on Tuesday").
      const nounEnd = after ? m.end + after[0].length : opens;
      const nounAt = after
        ? nounEnd
        : Math.max(s.start, opens - 60) + (before as RegExpExecArray).index;
      const window = { start: nounAt, end: Math.min(s.end, (after ? nounEnd : m.end) + 28) };
      const words = lower.slice(window.start, window.end);
      const date =
        DAY_WORD.test(words) &&
        dateNear(doc, s, window.start, [
          { start: s.start, end: window.start },
          { start: window.end, end: s.end },
        ]);
      relate(doc, {
        type: 'REPORTED',
        from: m.entity,
        to: claim,
        evidence: [s],
        ...(date ? { date } : {}),
        confidence: 0.55,
        rule: 'credit:outlet-report',
      });
    }
  }
}
