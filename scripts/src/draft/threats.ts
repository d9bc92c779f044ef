/**
 * Stage 6e: warnings carried by their words, not by the verb "warn". News English reports a
 * threat as what will happen to someone: "Moscow would pay a price", "the Russians will come to
 * regret it", "will hold Russia accountable", "there will be consequences" (said to someone).
 * In a quote or in reported speech ("Rubio told Lavrov that Moscow would pay a price"), that is
 * the speaker WARNED the party threatened: the subject of the threatening clause, the one held
 * to account, else the one the words were said to. Negated, questioned or the speaker's own
 * side: nothing.
 */
import { SPEECH_VERBS, type Attribution } from './attribution';
import type { Doc, Sentence, Span } from './document';
import { dateNear, datesIn } from './dates';
import { relate } from './relate';
import { statementDate } from './said';
import { isActor, mentionsOf } from './syntax';

/**
 * What will happen to the subject of the clause; the quote may open after the modal ("Russia
 * would “pay a price”", "must “pay for every one of those drones”").
 */
const FATE =
  /\b(?:will|would|'ll|’ll|is going to|are going to|is to|are to|must|should)\s+["“'‘]?(?:(?:certainly|surely|definitely|also|soon|come to|have to|then)\s+){0,2}(?:pay (?:a|the|dearly|heavily|for)|face (?:consequences|the consequences|serious consequences|retaliation|a response|a price|a heavy price)|regret (?:it|this|that|the day|helping|doing|any)|answer for (?:it|this|that|what|any|its|their|his|her)|be held (?:accountable|responsible|to account)|be punished)\b/g;
/** "will hold Russia accountable", 'would “hold Moscow accountable”': the one held to account. */
const HOLD = /\b(?:will|would|'ll|’ll|must|is going to|are going to)\s+["“'‘]?hold\s+$/;
const HELD =
  /^\s*["“'‘]?\s*(?:(?:fully|directly|personally|solely|entirely)\s+)?(?:accountable|responsible|to account)\b/;
/**
 * "there will be consequences", "there has to be a price for that": a threat whose party is the
 * one told, or named after "for" ("for that": the one the speaker's sentence before names).
 */
const THERE_WILL_BE =
  /\bthere (?:will|would|is going to|has to|have to|must|needs to|is going to have to) be (?:a (?:heavy |high |steep )?price|consequences|serious consequences|a response|a cost|hell to pay)\b|\b(?:will|would|is going to|must)\s+be\s+met\s+(?:with|by)\s+(?:(?:serious|severe|swift|real|grave)\s+)?(?:consequences|a (?:(?:firm|swift|strong|decisive|forceful|severe|military)\s+)?response|force)\b/g;
const IF_THEN =
  /\bif\s+([^,;]{3,100}?),\s*((?:then\s+)?(?:there\s+(?:should|must|will|would|has to)\s+be\s+)?(?:sanctions|consequences|penalties|retaliation|a response|a price|a cost)(?:\s+(?:should|must|will|would|have to|need to)\s+(?:follow|come|be imposed))?)/g;
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/;
const PLAYING_WITH_FIRE = /\bplaying with fire\b/g;
/** "would not rule out new sanctions on Russian banks": a threat kept open. */
const RULE_OUT =
  /\b(?:(?:would|will|did|does|do)\s+not|wouldn['’]t|won['’]t|didn['’]t|doesn['’]t|refused to|declined to)\s+rule\s+out\s+(?:(?:new|further|more|fresh|tougher|additional|possible)\s+)?(?:sanctions|strikes|retaliation|military action|a military response|penalties|punitive measures|countermeasures)\b/g;
/** "The Russians know exactly what happens if they touch an American sailor." */
const KNOW_WHAT_HAPPENS =
  /\b(?:knows?|understands?|are aware|is aware)\s+(?:exactly\s+|full well\s+|very well\s+|perfectly well\s+)?what\s+(?:will\s+|would\s+)?happens?\s+(?:if|when)\b/g;

/**
 * A threat that names no fate: "will respond at a time (and place) of our choosing",
 * "everything is on the table", "all options remain on the table". The party is found around it.
 */
const OPEN_THREAT =
  /\b(?:(?:respond|answer|retaliate|act|react)\w*\s+(?:\w+\s+){0,3}?)?at a (?:time|moment)(?: and (?:a )?place)? of (?:our|its|their|my) (?:own )?choosing\b|\b(?:everything|all (?:the )?options|every option|all options)\s+(?:is|are|remains?|stays?)\s+(?:still\s+)?on the table\b|\bnothing (?:is|remains) off the table\b|\b(?:will|would|shall)\s+not\s+hesitate\s+to\s+(?:respond|act|retaliate|strike|defend|use force|take (?:(?:further|decisive|swift|all necessary|necessary|military|appropriate)\s+)?(?:action|measures|steps))\b|\b(?:won['’]t|wouldn['’]t)\s+hesitate\s+to\s+(?:respond|act|retaliate|strike|defend|use force|take (?:(?:further|decisive|swift|all necessary|necessary|military|appropriate)\s+)?(?:action|measures|steps))\b|\b(?:will|would|is|are)\s+(?:weigh|weighing|consider|considering|look at|looking at)\s+(?:every|each|all(?:\s+(?:the|its|our|available))?)\s+(?:possible\s+|available\s+)?options?\b/g;

type SubjectOf = (s: Sentence, at: number) => string | undefined;

/** The actor right before `at` in its clause ("Moscow would …", "the Russians will …"). */
function clauseSubject(doc: Doc, lower: string, span: Span, at: number): string | undefined {
  // A partial quote that opens on the verb ("that Moscow “will pay a price”") has its subject
  // right before the quote mark.
  const opens = /^[\s"“'‘]*$/.test(lower.slice(span.start, at));
  const from = opens ? Math.max(0, span.start - 40) : span.start;
  const ms = mentionsOf(doc, { start: from, end: at }).filter(
    (m) =>
      isActor(doc, m) &&
      (m.start >= span.start || /^\s*["“'‘]?\s*$/.test(lower.slice(m.end, span.start))),
  );
  const m = ms[ms.length - 1];
  if (!m) return undefined;
  return /^(?:['’]s?)?\s*["“'‘]?\s*(?:[a-z-]+\s+){0,1}$/.test(lower.slice(m.end, at))
    ? m.entity
    : undefined;
}

/**
 * The party a conditional threat names: "if Russia had helped Iran, there will be
 * consequences", "would respond … if it confirmed that Russia had given Iran …" (the first
 * actor of the "if" clause, not a pronoun); "If it's true, …" about the story's claim is its
 * giver's. Only the threat's own sentence counts.
 */
function conditionParty(doc: Doc, lower: string, s: Sentence): string | undefined {
  const IF = /\b(?:if|unless|should it turn out that)\s+([^,;]{3,140})/g;
  for (const m of lower.slice(s.start, s.end).matchAll(IF)) {
    const from = s.start + m.index + m[0].length - m[1]!.length;
    const clause = { start: from, end: from + m[1]!.length };
    if (
      /^["“'‘]?(?:it|this|that|any of this|these reports|the reports?|the reporting)(?:['’]s| is| are| proves?| turns out(?: to be)?| were)\s+(?:\w+\s+)?(?:true|confirmed|accurate|correct|right)\b/.test(
        m[1]!,
      )
    ) {
      const giver = doc.relationships.find(
        (r) => r.type === 'SHARED_INTELLIGENCE_WITH' || r.type === 'SUPPLIED_ARMS_TO',
      )?.from;
      if (giver) return giver;
    }
    // "if the United States is attacked": the one acted upon is not the one warned.
    // The clause's subject (a pronoun the text resolved counts), or the subject of a "that"
    // clause inside it ("if it confirmed that Russia had …"); never its object ("if they are
    // helping the Iranians …").
    const actor = mentionsOf(doc, clause).find((x) => {
      const before = lower.slice(clause.start, x.phraseStart ?? x.start);
      return (
        isActor(doc, x) &&
        (/^["“'‘]?(?:the\s+)?$/.test(before) ||
          (x.kind !== 'pronoun' && /\bthat\s+(?:the\s+)?$/.test(before))) &&
        !/^\s+(?:is|are|was|were|be|gets?|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b/.test(
          lower.slice(x.end, x.end + 30),
        )
      );
    });
    if (actor) return actor.entity;
  }
  return undefined;
}

/** The one the words were said to: "told Lavrov that …", "Moscow had been told …". */
function addressee(doc: Doc, lower: string, s: Sentence): string | undefined {
  for (const m of mentionsOf(doc, s).filter((x) => isActor(doc, x))) {
    const before = lower.slice(
      Math.max(s.start, (m.phraseStart ?? m.start) - 30),
      m.phraseStart ?? m.start,
    );
    if (/\b(?:told|telling|tell|warned|warning|cautioned|reminded)\s+(?:the\s+)?$/.test(before))
      return m.entity;
    // "We have been very clear with Moscow, publicly and privately, that …"
    if (
      /\bclear\s+(?:with|to)\s+(?:the\s+)?$/.test(before) &&
      /^\s*(?:,[^,;]{0,40},\s*)?(?:that\b|,)/.test(lower.slice(m.end, m.end + 60))
    )
      return m.entity;
    if (
      /^\s+(?:had been|has been|have been|was|were|is|are)\s+(?:\w+\s+)?told\b/.test(
        lower.slice(m.end, m.end + 30),
      )
    )
      return m.entity;
  }
  return undefined;
}

/**
 * The party of an open threat: the one named after it ("… of our choosing to any attack by
 * Iran", "on the table against Moscow"), the one told, else the attacker of an attack the
 * sentence tells (the response is to it), else the one foreign country the sentence, or the
 * question or sentence before in the paragraph, names ("Any consequences for Moscow?"). Not the
 * subject that will respond ("Washington will respond …").
 */
function openThreatParty(
  doc: Doc,
  lower: string,
  span: Span,
  s: Sentence,
  at: number,
  end: number,
): string | undefined {
  const after = mentionsOf(doc, { start: end, end: Math.min(s.end, end + 40) }).find(
    (x) =>
      isActor(doc, x) &&
      /^\W*(?:(?:for|against)\s+(?:the\s+)?|(?:in\s+)?(?:answering|responding\s+to|dealing\s+with|confronting)\s+(?:the\s+)?|to\s+(?:any\s+|the\s+|its\s+|their\s+)?(?:further\s+)?(?:attacks?|strikes?|aggression|provocations?)\s+(?:by|from)\s+(?:the\s+)?)$/.test(
        lower.slice(end, x.phraseStart ?? x.start),
      ),
  );
  if (after) return after.entity;
  const told = addressee(doc, lower, s);
  if (told) return told;
  const condition = conditionParty(doc, lower, s);
  if (condition) return condition;
  const inSentence = mentionsOf(doc, s).map((x) => x.entity);
  const attacker = doc.relationships.find(
    (r) =>
      r.type === 'PARTICIPATED_IN' &&
      doc.entities.get(r.to)?.strike === true &&
      inSentence.includes(r.to),
  );
  if (attacker) return attacker.from;
  // The sentence, then the question it answers (a Q&A turn's question, just before), then the
  // speaker's next sentence.
  const next = doc.sentences[s.index + 1];
  const before = doc.sentences
    .slice(Math.max(0, s.index - 2), s.index)
    .filter(
      (x) => x.paragraph >= s.paragraph - 1 && /\?\s*["”’']?\s*$/.test(lower.slice(x.start, x.end)),
    )
    .reverse();
  const scope: Sentence[] = [s, ...before];
  if (next && next.paragraph === s.paragraph) scope.push(next);
  const countryMentions = scope.flatMap((sc) =>
    mentionsOf(doc, sc).filter((x) => doc.entities.get(x.entity)?.label === 'Country'),
  );
  // The one that will act ("Washington “will respond …”", "what the United States would do").
  const acting = new Set(
    countryMentions
      .filter((x) =>
        /^(?:['’]s)?\s*["“'‘]?\s*(?:will|would|'ll|’ll|is going to|can|could|must|should)\s+(?:not\s+hesitate\s+to\s+|\w+\s+)?(?:respond|answer|retaliate|act|react|do|strike|decide|hit|take|weigh)\b/.test(
          lower.slice(x.end, x.end + 44),
        ),
      )
      .map((x) => x.entity),
  );
  for (const sc of scope) {
    const countries = [
      ...new Set(
        countryMentions
          .filter((x) => x.start >= sc.start && x.end <= sc.end && !acting.has(x.entity))
          .map((x) => x.entity),
      ),
    ];
    if (countries.length === 1) return countries[0];
    if (countries.length > 1) return undefined;
  }
  void span;
  return undefined;
}

/** Parties threatened in `span` (words of one speaker), with where each threat sits. */
function threatened(
  doc: Doc,
  lower: string,
  span: Span,
  s: Sentence,
): { who: string; at: number; open?: boolean }[] {
  const text = lower.slice(span.start, span.end);
  if (/\?\s*["”’']?\s*$/.test(text)) return [];
  const out: { who: string; at: number; open?: boolean }[] = [];
  FATE.lastIndex = 0;
  for (let m = FATE.exec(text); m; m = FATE.exec(text)) {
    if (NEGATED.test(m[0])) continue;
    const at = span.start + m.index;
    const who = clauseSubject(doc, lower, span, at);
    if (who) out.push({ who, at });
  }
  for (const m of mentionsOf(doc, span).filter((x) => isActor(doc, x))) {
    const start = m.phraseStart ?? m.start;
    const lead = lower.slice(Math.max(span.start, start - 30), start);
    const h = HOLD.exec(lead);
    // (The threat sits at its modal, which may be outside a quote that opens on "hold".)
    if (h && HELD.test(lower.slice(m.end, m.end + 20)))
      out.push({ who: m.entity, at: start - lead.length + h.index });
  }
  KNOW_WHAT_HAPPENS.lastIndex = 0;
  for (let m = KNOW_WHAT_HAPPENS.exec(text); m; m = KNOW_WHAT_HAPPENS.exec(text)) {
    const at = span.start + m.index;
    if (NEGATED.test(lower.slice(Math.max(span.start, at - 12), at))) continue;
    const who = clauseSubject(doc, lower, span, at);
    if (who) out.push({ who, at });
  }
  // "If Moscow is putting lives at risk, sanctions should follow": a conditional threat to the
  // subject of the condition.
  IF_THEN.lastIndex = 0;
  for (let m = IF_THEN.exec(text); m; m = IF_THEN.exec(text)) {
    const at = span.start + m.index;
    const cond = at + m[0].indexOf(m[1]!);
    const subject = mentionsOf(doc, { start: cond, end: cond + m[1]!.length }).find(
      // The condition's subject opens it ("if Moscow is …", "if the Kremlin keeps …").
      (x) => isActor(doc, x) && /^(?:the\s+)?$/.test(lower.slice(cond, x.phraseStart ?? x.start)),
    );
    if (subject && !NEGATED.test(m[2]!)) out.push({ who: subject.entity, at });
  }
  // "Russia is playing with fire", 'that Moscow was "playing with fire"'.
  PLAYING_WITH_FIRE.lastIndex = 0;
  for (let m = PLAYING_WITH_FIRE.exec(text); m; m = PLAYING_WITH_FIRE.exec(text)) {
    const at = span.start + m.index;
    if (NEGATED.test(lower.slice(Math.max(0, at - 25), at))) continue;
    const subject = mentionsOf(doc, { start: Math.max(s.start, at - 60), end: at })
      .filter((x) => isActor(doc, x))
      .pop();
    if (
      subject &&
      // "Russia would be “playing with fire” if …": a conditional warning all the same.
      /^(?:['’]s)?\s+(?:is|are|was|were|has been|have been|had been|'s|’s|would be|will be|could be|might be)\s+(?:\w+\s+)?["“'‘]?\s*$/.test(
        lower.slice(subject.end, at),
      )
    )
      out.push({ who: subject.entity, at });
  }
  OPEN_THREAT.lastIndex = 0;
  for (let m = OPEN_THREAT.exec(text); m; m = OPEN_THREAT.exec(text)) {
    const at = span.start + m.index;
    if (NEGATED.test(lower.slice(Math.max(span.start, at - 12), at))) continue;
    const who = openThreatParty(doc, lower, span, s, at, at + m[0].length);
    if (who) out.push({ who, at, open: true });
  }
  THERE_WILL_BE.lastIndex = 0;
  for (let m = THERE_WILL_BE.exec(text); m; m = THERE_WILL_BE.exec(text)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    const forWhom = mentionsOf(doc, { start: end, end: Math.min(span.end, end + 40) }).find(
      (x) =>
        isActor(doc, x) &&
        /^\s*(?:for|to)\s+(?:the\s+)?$/.test(lower.slice(end, x.phraseStart ?? x.start)),
    );
    // "any Russian support for Iran's attacks would be met with consequences": the one whose
    // help the subject names.
    const helper = mentionsOf(doc, { start: Math.max(span.start, at - 120), end: at }).find(
      (x) =>
        x.kind === 'demonym' &&
        /\b(?:any|such|further|continued)\s+$/.test(
          lower.slice(Math.max(0, x.start - 12), x.start),
        ) &&
        /^\s+(?:military\s+|intelligence\s+)?(?:support|help|assistance|aid|backing|involvement|intelligence|cooperation)\b/.test(
          lower.slice(x.end, x.end + 30),
        ) &&
        !/[;.!?]|\bthat\s/.test(lower.slice(x.end, at)),
    )?.entity;
    const who =
      forWhom?.entity ??
      helper ??
      addressee(doc, lower, s) ??
      conditionParty(doc, lower, s) ??
      (/^\s*for\s+(?:that|this|it)\b/.test(lower.slice(end, end + 12))
        ? doneBefore(doc, doc.sentences.find((x) => x.start <= at && at < x.end) ?? s)
        : undefined);
    if (who) out.push({ who, at });
  }
  return out;
}

/**
 * '“Putin is helping a regime … take aim at American sailors. There has to be a price for
 * that.”': what "that" points back to was done by the subject of the quoted sentence before
 * (the first person, body or country it names by name, not by a demonym).
 */
function doneBefore(doc: Doc, s: Sentence): string | undefined {
  // The sentence before the one the threat is in, inside the quote or a quote of its own.
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  return mentionsOf(doc, prev).find(
    (x) =>
      isActor(doc, x) &&
      x.kind !== 'demonym' &&
      x.kind !== 'capital' &&
      doc.quotes.some((q) => x.start >= q.start && x.end <= q.end),
  )?.entity;
}

/** The speaker, or a body or country the speaker stands for. */
function ownSide(doc: Doc, speaker: string, other: string): boolean {
  return (
    speaker === other ||
    doc.relationships.some(
      (r) =>
        r.from === speaker &&
        r.to === other &&
        (r.type === 'REPRESENTS' ||
          r.type === 'MEMBER_OF' ||
          r.type === 'PART_OF' ||
          r.type === 'LEADS'),
    )
  );
}

/**
 * Words that threaten are about the party threatened: 'said the administration "would weigh
 * every option" if Moscow …', 'that the United States "will not hesitate to respond"' (the
 * golds' reading: the statement goes to the one warned, not to the side that will act, nor to
 * the story's claim), unless the quote itself names what it is about.
 */
function aboutThreatened(doc: Doc, a: Attribution, who: string): void {
  if (ownSide(doc, a.speaker, who) || doc.entities.get(who)?.label === 'Event') return;
  const words = doc.text.slice(a.quote.start, a.quote.end).trim();
  for (const r of doc.relationships) {
    if (r.type !== 'SAID' || r.from !== a.speaker || !r.quote || r.to === who) continue;
    const q = r.quote.trim();
    if (!q || !(words.includes(q) || q.includes(words))) continue;
    if (mentionsOf(doc, a.quote).some((m) => m.entity === r.to)) continue;
    r.to = who;
  }
}

export function extractThreats(doc: Doc, attributions: Attribution[], subjectOf: SubjectOf): void {
  const lower = doc.fold.toLowerCase();
  const warn = (
    from: string,
    to: string,
    evidence: Span[],
    date: string | undefined,
    rule: string,
  ) => {
    if (ownSide(doc, from, to) || doc.entities.get(to)?.label === 'Event') return;
    relate(doc, {
      type: 'WARNED',
      from,
      to,
      evidence,
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule,
    });
  };
  // Quoted words: the quote's speaker threatens.
  for (const a of attributions) {
    const s = doc.sentences.find((x) => x.start <= a.quote.start && a.quote.start < x.end);
    if (!s) continue;
    for (const t of threatened(doc, lower, a.quote, s)) {
      // "I'd tell Putin directly that if an American dies …, there will be consequences": a
      // warning the speaker says they would give is a proposal, not one given.
      const sentenceStart = Math.max(
        a.quote.start,
        doc.sentences.find((x) => x.start <= t.at && t.at < x.end)?.start ?? a.quote.start,
      );
      if (
        /\b(?:i['’]d|i would|we['’]d|we would)\s+(?:\w+\s+){0,2}?(?:tell|say to|warn|remind|make (?:it )?clear to)\b/.test(
          lower.slice(sentenceStart, t.at),
        )
      )
        continue;
      aboutThreatened(doc, a, t.who);
      warn(
        a.speaker,
        t.who,
        [a.quote, { start: a.start, end: a.end }],
        t.open && a.rule !== 'qa-turn' && datesIn(doc, s, doc.quotes).length === 0
          ? undefined
          : statementDate(doc, a),
        t.open ? 'threat:open' : 'threat:quoted',
      );
    }
  }
  // "Rubio would not rule out new sanctions on Russian banks if Moscow …": the one the
  // measures would fall on ("on"/"against" X), else the subject of the condition.
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    RULE_OUT.lastIndex = 0;
    const m = RULE_OUT.exec(text);
    if (!m || /\?\s*["”’']?\s*$/.test(text)) continue;
    const at = s.start + m.index;
    const end = at + m[0].length;
    if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
    const on = mentionsOf(doc, { start: end, end: Math.min(s.end, end + 30) }).find(
      (x) =>
        isActor(doc, x) &&
        /^\s+(?:on|against|targeting)\s+(?:the\s+)?$/.test(
          lower.slice(end, x.phraseStart ?? x.start),
        ),
    );
    const cond = /\bif\s+(?:the\s+)?$/;
    const ifSubject = mentionsOf(doc, { start: end, end: s.end }).find(
      (x) =>
        isActor(doc, x) &&
        cond.test(
          lower.slice(Math.max(end, (x.phraseStart ?? x.start) - 8), x.phraseStart ?? x.start),
        ),
    );
    const target = on ?? ifSubject;
    const who = subjectOf(s, at);
    if (!target || !who) continue;
    warn(who, target.entity, [s], dateNear(doc, s, at, doc.quotes), 'threat:not-ruled-out');
  }
  // Reported speech: "Rubio told Lavrov that Moscow would pay a price".
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    SPEECH_VERBS.lastIndex = 0;
    const v = SPEECH_VERBS.exec(text);
    // "he could at least say that Russia will pay a price": a saying wished for is not said.
    if (
      !v ||
      /\b(?:could|should|would|might|must|can|may|will|to|not|never)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$/.test(
        text.slice(0, v.index),
      )
    )
      continue;
    const from = s.start + v.index + v[0].length;
    // "asked whether Moscow would “pay a price”": a question threatens nobody.
    if (
      /\b(?:ask|asks|asked|asking|wonder\w*|question\w*)$/.test(v[0]) ||
      /^\s+(?:(?:him|her|them|reporters|senators|lawmakers|on \w+)\s+)?(?:whether|if)\b/.test(
        lower.slice(from, s.end),
      )
    )
      continue;
    const outside = (at: number) => !doc.quotes.some((q) => at >= q.start && at < q.end);
    const found = threatened(doc, lower, { start: from, end: s.end }, s).filter((t) =>
      outside(t.at),
    );
    if (found.length === 0) continue;
    // "… remarks by Secretary of State X, who said on Friday that Moscow would “pay a price”":
    // the relative clause's speaker is the person it hangs on, not the sentence's subject.
    const rel = /,\s+who\s+(?:(?:had|has|also|then|later|earlier)\s+)?$/.exec(
      text.slice(0, v.index),
    );
    const antecedent = rel
      ? doc.mentions
          .filter(
            (m) =>
              !m.nested &&
              m.start >= s.start &&
              m.end <= s.start + rel.index &&
              /^[\s,]*$/.test(doc.fold.slice(m.end, s.start + rel.index)) &&
              doc.entities.get(m.entity)?.label === 'Person',
          )
          .pop()?.entity
      : undefined;
    const who = antecedent ?? subjectOf(s, s.start + v.index);
    if (!who) continue;
    const date = dateNear(doc, s, s.start + v.index, doc.quotes);
    for (const t of found) warn(who, t.who, [s], date, 'threat:reported');
  }
}
