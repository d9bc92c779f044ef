/**
 * Stage 6b: SAID. Each attributed quote becomes one statement per target: the quote is cut at
 * its sentences; a sentence is about the event it names, else the first entity it names by
 * name (a demonym or a role word counts less), else, naming none, the article's topic event;
 * neighbouring sentences about the same target stay one statement. A partial quote inside
 * reported speech ("said that neither country was 'really a factor here'") takes its target
 * from the words around it: the claim the sentence states, or the parties it lists ("China
 * and Russia"; "the countries" looks one sentence back). The date is the one the attribution
 * clause gives ("said on Wednesday").
 */
import type { Attribution } from './attribution';
import { isClaim, isCommunicationEvent, topicEvent } from './claims';
import type { Doc, Mention, MentionKind, Sentence, Span } from './document';
import { dateNear, datesIn } from './dates';
import { subjectBefore } from './patterns';
import { relate } from './relate';
import { CALLED_CLAIM, mentionsOf } from './syntax';

const RANK: Record<MentionKind, number> = {
  event: 0,
  name: 1,
  fuzzy: 1,
  surname: 1,
  capital: 2,
  descriptor: 2,
  role: 2,
  demonym: 3,
  pronoun: 9,
};

/** "the Kremlin's word": a possessor qualifies what the words are about; it is not it. */
function possessor(doc: Doc, m: Mention): boolean {
  return /^['’]s?\s/.test(doc.fold.slice(m.end, m.end + 3));
}

function candidates(doc: Doc, span: Span, speaker: string): Mention[] {
  return mentionsOf(doc, span).filter(
    (m) => m.entity !== speaker && m.kind !== 'pronoun' && !possessor(doc, m),
  );
}

/** The parties of the claim `claim` as the article states it (SHARED_INTELLIGENCE_WITH …). */
function claimParties(doc: Doc, claim: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!claim) return out;
  for (const m of doc.mentions) {
    if (m.entity !== claim || m.kind !== 'event') continue;
    for (const x of mentionsOf(doc, m)) if (x.entity !== claim) out.add(x.entity);
  }
  return out;
}

function targetOf(
  doc: Doc,
  span: Span,
  speaker: string,
  topic?: string,
  parties?: Set<string>,
): string | undefined {
  const ms = candidates(doc, span, speaker);
  const ev = ms.find(
    (m) =>
      doc.entities.get(m.entity)?.label === 'Event' &&
      m.kind !== 'descriptor' &&
      !isCommunicationEvent(doc.entities.get(m.entity)),
  );
  if (ev) return ev.entity;
  const best = [...ms].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start)[0];
  // "whispering to Tehran": a capital or demonym of the claim's parties is the claim's words.
  if (
    best &&
    topic &&
    (best.kind === 'capital' || best.kind === 'demonym') &&
    parties?.has(best.entity)
  )
    return topic;
  return best?.entity;
}

/** The speaker, or the body the speaker represents, belongs to or leads. */
function sameSide(doc: Doc, speaker: string, other: string): boolean {
  return (
    speaker === other ||
    doc.relationships.some(
      (r) =>
        r.from === speaker &&
        r.to === other &&
        (r.type === 'REPRESENTS' || r.type === 'MEMBER_OF' || r.type === 'LEADS'),
    )
  );
}

const DENIAL_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed)\b/;

const PARTY = new Set(['Country', 'Organization']);

/** The largest run of parties joined by and/or/commas in `s`, possessives left out. */
function listedParties(doc: Doc, s: Span, speaker: string): string[] {
  const lower = doc.fold.toLowerCase();
  const ms = candidates(doc, s, speaker).filter(
    (m) =>
      PARTY.has(doc.entities.get(m.entity)?.label ?? '') &&
      !/^['’]s\b/.test(doc.fold.slice(m.end, m.end + 2)),
  );
  let best: string[] = [];
  let run: Mention[] = [];
  for (const m of ms) {
    const prev = run[run.length - 1];
    if (
      prev &&
      /^\s*(?:,|and|or|nor|,\s*and|,\s*or|&)\s*(?:the\s+)?$/.test(
        lower.slice(prev.end, m.phraseStart ?? m.start),
      )
    )
      run.push(m);
    else run = [m];
    if (run.length > best.length) best = run.map((x) => x.entity);
  }
  return best.length >= 2 ? [...new Set(best)] : [];
}

/** Targets of a quote that names nothing, from the sentence around it. */
function contextTargets(doc: Doc, q: Span, speaker: string, sentence: Sentence): string[] {
  const around = candidates(doc, sentence, speaker).filter(
    (m) => m.start >= q.end || m.end <= q.start,
  );
  const claim = around.find((m) => isClaim(doc, m));
  if (claim) return [claim.entity];
  const here = listedParties(doc, sentence, speaker);
  if (here.length) return here;
  const text = doc.fold.slice(sentence.start, sentence.end).toLowerCase();
  if (
    /\b(the|both|neither|these|those|the two) (countries|nations|powers|states|sides)\b|\bneither country\b/.test(
      text,
    )
  ) {
    const prev = doc.sentences[sentence.index - 1];
    if (prev) return listedParties(doc, prev, speaker);
  }
  return [];
}

/** The sentences of a quote (split again inside it: sentence splitters keep quotes whole). */
export function quoteSentences(doc: Doc, q: Span): Span[] {
  const out: Span[] = [];
  const chunk = doc.fold.slice(q.start, q.end);
  const re = /[.!?]+["')\]]*\s+(?=["'(]?[\p{Lu}\d])/gu;
  let from = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const cut = m.index + m[0].trimEnd().length;
    // "U.S. officials", "Mr. Smith": an abbreviation is not a sentence end.
    if (
      /\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|No|vs)\.$/.test(
        chunk.slice(from, cut),
      )
    )
      continue;
    out.push({ start: q.start + from, end: q.start + cut });
    from = m.index + m[0].length;
  }
  out.push({ start: q.start + from, end: q.end });
  return out;
}

/** With no topic event: what the text named last before the quote (this or the last paragraph). */
function recentEntity(
  doc: Doc,
  q: Span & { paragraph: number },
  speaker: string,
  speakers: Set<string>,
): string | undefined {
  const from = doc.paragraphs[Math.max(0, q.paragraph - 1)]!.start;
  // Someone who spoke before is the previous voice, not what this quote is about.
  const ms = candidates(doc, { start: from, end: q.start }, speaker).filter(
    (m) => !speakers.has(m.entity),
  );
  return ms[ms.length - 1]?.entity;
}

/** A statement is dated by the attribution clause, nearest to its verb. */
export function statementDate(doc: Doc, a: Attribution): string | undefined {
  const s = doc.sentences.filter((x) => x.start < a.end && a.start < x.end);
  if (s.length === 0) return undefined;
  // "said he had spoken with Trump on Monday": Monday dates the talk, not the saying.
  const lower = doc.fold.toLowerCase();
  const reported = datesIn(doc, { start: a.end, end: s[s.length - 1]!.end }, doc.quotes)
    .filter((f) => /\b(?:had|has|have)\s+(?:not\s+)?\w+/.test(lower.slice(a.end, f.start)))
    .map((f) => ({ start: f.start, end: f.start + f.text.length }));
  return dateNear(doc, { start: s[0]!.start, end: s[s.length - 1]!.end }, a.end, [
    ...doc.quotes,
    ...reported,
  ]);
}

export function extractSaid(doc: Doc, attributions: Attribution[]): void {
  const topic = topicEvent(doc);
  const parties = claimParties(doc, topic);
  const lower = doc.fold.toLowerCase();
  for (const a of attributions) {
    const q = a.quote;
    // "…, calling them “fabrications”": a scare-quote of a denial (patterns), no statement.
    const s0 = doc.sentences.find((s) => s.start <= q.start && q.end <= s.end);
    if (s0 && CALLED_CLAIM.test(lower.slice(s0.start, q.start).replace(/["'\s]+$/, ' '))) continue;
    const pieces = quoteSentences(doc, q).filter((p) =>
      /\p{L}/u.test(doc.text.slice(p.start, p.end)),
    );
    const sentence = doc.sentences.find((s) => s.start <= q.start && q.end <= s.end);
    // A partial quote sits inside reported speech; "said: “…”" introduces a whole one.
    const lead = sentence ? doc.fold.slice(sentence.start, q.start).replace(/["'\s]+$/, '') : '';
    const partial =
      sentence !== undefined &&
      q.end - q.start < 0.6 * (sentence.end - sentence.start) &&
      !/[:,]$/.test(lead);
    const fallback =
      partial && !targetOf(doc, q, a.speaker) ? contextTargets(doc, q, a.speaker, sentence) : [];
    // No topic: what the attribution sentence names ("said of Iran"), else what came just before.
    const aroundQuote = sentence
      ? candidates(doc, sentence, a.speaker).find((m) => m.start >= q.end || m.end <= q.start)
      : undefined;
    const context =
      topic ??
      aroundQuote?.entity ??
      recentEntity(doc, q, a.speaker, new Set(attributions.map((x) => x.speaker)));
    // A denial's words are about the claim denied: "The Kremlin rejected the report. “Russia
    // does not interfere,” Peskov said."
    // Only the speaker's own side denying counts; a relayed denial is about the denier.
    const prevS = sentence ? doc.sentences[sentence.index - 1] : undefined;
    const deniedBySpeaker = (x: Sentence | undefined): boolean => {
      if (!x || !sentence || sentence.paragraph - x.paragraph > 1) return false;
      const v = DENIAL_VERB.exec(lower.slice(x.start, x.end));
      if (!v) return false;
      const who = subjectBefore(doc, lower, x, x.start + v.index);
      return who !== undefined && sameSide(doc, a.speaker, who);
    };
    const denial = topic !== undefined && (deniedBySpeaker(sentence) || deniedBySpeaker(prevS));
    const groups: { span: Span; target: string }[] = [];
    for (const p of pieces) {
      const negated = /\b(?:not|no|never|nothing|none)\b|n't\b/.test(lower.slice(p.start, p.end));
      const targets = fallback.length
        ? fallback
        : [
            denial && negated ? topic : (targetOf(doc, p, a.speaker, topic, parties) ?? context),
          ].filter((t): t is string => !!t);
      for (const target of targets) {
        const g = groups.find((x) => x.target === target && x.span.end >= p.start - 2);
        if (g && groups[groups.length - 1] === g) g.span.end = p.end;
        else groups.push({ span: { ...p }, target });
      }
    }
    const date = statementDate(doc, a);
    for (const g of groups) {
      let { start, end } = g.span;
      while (end > start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      relate(doc, {
        type: 'SAID',
        from: a.speaker,
        to: g.target,
        quote: { start, end },
        evidence: [q, { start: a.start, end: a.end }],
        ...(date ? { date } : {}),
        confidence: a.rule === 'continued-quote' ? 0.6 : 0.8,
        rule: `said:${a.rule}`,
      });
    }
  }
}
