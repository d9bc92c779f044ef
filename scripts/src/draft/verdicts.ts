/**
 * Stage 6f: criticism carried by a verdict, not by a verb of criticising. "Hale said the
 * administration was “sleepwalking”", "called the administration's response “timid”", "“Every
 * day this White House says nothing … Wake up.”", and, without quote marks, "said the
 * administration had waited far too long to confront Moscow". When words of one speaker judge
 * a person, body or country (the one the statement is about, or the subject of the reported
 * clause) with a word of failure, weakness or neglect, the speaker CRITICIZED them. A negated
 * verdict ("not timid"), a question, or the speaker's own side gives nothing.
 */
import { severalStrikes } from './targets';
import { SPEECH_VERBS } from './attribution';
import type { Doc, Sentence } from './document';
import { dateNear } from './dates';
import { relate } from './relate';
import { isActor, isObject, mentionsOf } from './syntax';

/** Words that judge someone's conduct as failing. */
export const VERDICT_WORDS =
  /\b(?:timid|weak|evasive|evasions?|stonewall\w*|non-answers?|feckless|reckless|na[iï]ve|spineless|cowardly|incompeten\w*|irresponsible|shameful\w*|disgrace\w*|inexcusable|unacceptable|outrageous|misguided|a mistake|a blunder|a failure|dereliction|negligen\w*|complacen\w*|appeas\w*|capitulat\w*|asleep|sleepwalk\w*|looking the other way|look(?:ed|s)? the other way|turn(?:ed|ing|s)? a blind eye|blame game|cheap politics|playing politics|hypocri\w*|bungl\w*|botch\w*|mishandl\w*|clueless|in denial|head in the sand|too (?:little|late|slow|soft|weak|quiet|timid|passive|long)|slow to (?:say|act|respond|react|admit|acknowledge|name|confront|recogni[sz]e|accept)|(?:says|said|saying|doing|done) nothing(?! wrong)|a shrug|being played|(?:chose|chosen|choosing|chooses|decided) to look away|look(?:ed|ing|s)? away from|wake up|dropped the ball|out of touch|(?:an? )?embarrass(?:ment|ing)|humiliat\w*|pathetic|a joke|a farce|a fiasco|a disaster|(?:its|their|his|her) own (?:failures?|mistakes|blunders|incompetence|conduct)|(?:its|their|his|her) failures|pretend(?:s|ed|ing)?|hiding behind|looking away|(?:say|says|said|saying) nothing(?! wrong)|lost control|look(?:s|ed|ing)? (?:in|into) the mirror|(?:has|have|had) failed|failed (?:on|us|the)|a pretext|lie[sd]?\s+to|lied\s+about|owes? (?:[\w-]+ ){0,2}(?:answers|an answer|an explanation|the truth)|deserves? (?:a straight answer|straight answers|better|the truth)|(?:a reward for|reward(?:s|ing|ed)?) bad behaviou?r|inventing (?:enemies|threats|stories|pretexts)|(?:still )?(?:hasn't|has not|haven't|have not) grasped|fail(?:s|ed)? to grasp|cover(?:s|ed|ing)? (?:up )?for|cheap shots?|scapegoat\w*|(?:weeks|months|years) (?:too )?late|(?:months|years|weeks) of drift|whitewash\w*)\b/i;
const NEGATED_BEFORE =
  /\b(?:not|never|no|hardly|far from)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$/i;

/** Scorn for someone's words: they are hysteria, fairy tales, noise, lies, propaganda. */
const SCORN_WORDS =
  /\b(?:hysteri\w*|fairy[- ]tales?|noise|nonsense|propaganda|lies|lying|slander\w*|smears?|russophob\w*|paranoi\w*|absurd\w*|ridiculous|theat(?:re|er)|a circus|blaming others|blackmail\w*|cheap shots?|(?:crude|cheap|clumsy|cynical|desperate) (?:attempt|ploy|trick|stunt)s?)\b/i;

/** A scorn word in `words` that is not negated and not asked. */
function scornIn(words: string): boolean {
  if (/\?\s*["”’']?\s*$/.test(words)) return false;
  const m = SCORN_WORDS.exec(words);
  return m !== null && !NEGATED_BEFORE.test(words.slice(0, m.index));
}

/**
 * What comes before a scornful quote that makes it criticism of someone: someone's words
 * called it ("called the senator's remarks", "dismissed Hegseth's comments as"), or someone was
 * it ("said NATO was"). Claims called it ("called the reports “propaganda”") are denials, not
 * criticism, and are left to the stance stage.
 */
const SCORN_LEAD =
  /(?:\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l)?(?:ed|s|ing)|dismiss(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w.-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:remarks?|comments?|denials?|statements?|testimony|words|answers?|response|speech|briefing|posts?)\s+(?:as\s+)?|\b(?:said|says|argued|insisted|told [\w ]{1,40}?)(?:\s+(?:in|on|at|after|during)\s+[\w ]{1,50}?)?\s+(?:that\s+)?(?:the\s+)?(?:[A-Z\w.'’-]+\s+){1,4}?(?:was|were|is|are|had been|has been|of)\s+)["“‘']?\s*$/;

/** The criticised, then this, then the critic: "drew sharp criticism from", "was rebuked by". */
const CRITICISED_BY =
  /\b(?:(?:drew|draws|has drawn|had drawn)\s+(?:(?:sharp|fresh|swift|heavy|bipartisan|strong|harsh|angry|pointed|rare|open)\s+){0,2}(?:criticism|condemnation|rebukes?|fire|scorn|ire)|(?:came|comes|has come|had come)\s+under\s+(?:(?:sharp|fresh|heavy|harsh|intense|renewed|growing)\s+){0,2}(?:fire|criticism|attack))\s+from\b|\b(?:was|were|has been|had been)\s+(?:(?:sharply|harshly|roundly|publicly|openly|strongly|widely)\s+)?(?:critici[sz]ed|condemned|rebuked|blasted|slammed|denounced|faulted|lambasted|castigated|chided|scolded|assailed)\s+by\b/g;

/**
 * A critic described in an apposition or relative clause after their name: ", a frequent critic
 * of", ", one of the fiercest critics of", ", one of the administration's sharpest critics",
 * ", who has been sharply critical of". Group 1 is set when the one judged is inside ("X's
 * critics"); otherwise the one judged is named right after.
 */
const CRITIC_ADJ =
  '(?:(?:most|more|longtime|long-time|frequent|fierce|fiercest|sharp|sharper|sharpest|vocal|most vocal|outspoken|leading|persistent|harsh|harshest|staunch|staunchest|prominent|bitter|loudest|toughest|consistent|relentless|biggest|strongest|severest|fellow|early|constant|noted|well-known)\\s+){0,3}';
const CRITIC_OF = new RegExp(
  `,\\s+(?:[^,;.]{1,60}?\\s+and\\s+)?(?:who\\s+(?:has|had|have|is|was)\\s+(?:long\\s+|often\\s+|repeatedly\\s+|also\\s+)?(?:been\\s+)?)?(?:(?:one\\s+of\\s+(?:the\\s+)?(?:[\\w.-]+\\s+){0,3}?[\\w.-]+(['’]s?)\\s+${CRITIC_ADJ}critics\\b)|(?:(?:(?:a|an|the)\\s+)?${CRITIC_ADJ}critic\\s+of|one\\s+of\\s+(?:the\\s+)?${CRITIC_ADJ}critics\\s+of|(?:(?:sharply|highly|deeply|openly|fiercely|increasingly|very|strongly|harshly|publicly)\\s+)?critical\\s+of)\\s+)`,
  'g',
);

type SubjectOf = (s: Sentence, at: number) => string | undefined;

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
 * Words before a verdict that disown it: "Nobody here is covering for anybody", "I reject the
 * idea that anyone is covering for Moscow", "It is not true that we looked away".
 */
const DISOWNED_BEFORE =
  /\b(?:nobody|no one|none of (?:us|them|you)|reject(?:s|ed|ing)? (?:the |any )?(?:idea|notion|suggestion|claim|charge|accusation)|(?:deny|denies|denied|denying) (?:that|the|any)|(?:is|was|it['’]s) (?:not true|false|untrue) that)\b[^.;!?]*$/i;

/** A verdict word in `words` that is not negated, disowned or asked. */
export function verdictIn(words: string): boolean {
  if (/\?\s*["”’']?\s*$/.test(words)) return false;
  const m = VERDICT_WORDS.exec(words);
  return (
    m !== null &&
    !NEGATED_BEFORE.test(words.slice(0, m.index)) &&
    !DISOWNED_BEFORE.test(words.slice(0, m.index))
  );
}

const JUDGED = new Set(['Person', 'Organization', 'Country']);

/**
 * Whether the verdict of `quote` is "lie(s|d) to …" or "covering for …" with `target` right
 * after it: those lied to, or covered for, are not the ones judged.
 */
function liedToTarget(doc: Doc, quote: string, target: string, sentences: Sentence[]): boolean {
  const m = VERDICT_WORDS.exec(quote);
  if (!m || !/^(?:lie|cover)/i.test(m[0])) return false;
  for (const s of sentences) {
    const at = doc.text.indexOf(quote, s.start);
    if (at < 0 || at >= s.end) continue;
    const end = at + m.index + m[0].length;
    const next = mentionsOf(doc, { start: end, end: Math.min(s.end, end + 40) })[0];
    if (next && next.entity === target) return true;
  }
  return false;
}

/** The actor right before a quote that opens on the predicate: 'the White House was "…"'. */
function subjectBeforeQuote(
  doc: Doc,
  lower: string,
  quote: string,
  sentences: Sentence[],
): string | undefined {
  for (const s of sentences) {
    const at = doc.text.indexOf(quote, s.start);
    if (at < 0 || at >= s.end) continue;
    const m = mentionsOf(doc, { start: s.start, end: at })
      .filter((x) => isActor(doc, x))
      .pop();
    if (
      m &&
      /^(?:['’]s\s+[\w-]+\s+)?\s*(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?["“'‘]?\s*$/.test(
        lower.slice(m.end, at),
      )
    )
      return m.entity;
  }
  return undefined;
}

/** An armed act named by its noun: "the strike", "the American strikes", "the boarding". */
const ACT_NOUN =
  '(?:(?:air|missile|drone|military|naval|overnight|latest|new|american|u\\.s\\.|us|israeli|iranian|russian)\\s+){0,2}(?:strikes?|attacks?|raids?|bombings?|bombardment|boarding|seizure|assaults?|barrages?|shelling)';
const DET =
  '(?:the|these|those|this|that|its|their|sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
/** "called the strike “reckless”", "condemned the strikes as “…”", "denounced the boarding as". */
const CALLED_ACT = new RegExp(
  `\\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l)?(?:ed|s|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\\s+(?:${DET}(?:['’]s)?\\s+)?(${ACT_NOUN})\\s+(?:as\\s+)?$`,
);
/** "said the strikes were “an act of aggression”". */
const ACT_WAS = new RegExp(
  `\\b(?:said|says|stated|insisted|declared)\\s+(?:that\\s+)?(?:${DET}\\s+)?(${ACT_NOUN})\\s+(?:was|were|is|are|had been|amounted to|constituted)\\s+$`,
);
/** "condemned the attack", "denounced Tuesday's assault on the base": the verb is the verdict. */
const CONDEMNED_ACT = new RegExp(
  `\\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing))\\s+(?:${DET}(?:['’]s)?\\s+)?(${ACT_NOUN})\\b`,
  'g',
);
/** Words that condemn an act as wrongful. */
const CONDEMNING =
  /\b(?:reckless\w*|aggression|aggressive|piracy|pirates?|escalat\w*|violations?|provocat\w*|crimes?|criminal|illegal|unlawful|barbar\w*|terror\w*|outrag\w*|unacceptable|irresponsible|act of war|hostile act|murder\w*|banditry|lawless\w*)\b/i;
/** "U.S. forces boarded …", "American jets struck …": who carried out an act told before. */
const ACTED =
  /^\s*(?:[\w-]+\s+){0,2}(?:boarded|seized|raided|struck|bombed|attacked|hit|fired on|launched strikes)\b/;

/** The country behind an actor: itself, the country inside its name, else the actor. */
function countryOf(doc: Doc, id: string): string {
  if (doc.entities.get(id)?.label === 'Country') return id;
  // "Iran's Revolutionary Guards" drafted PART_OF Iran: the state's force acts for the state.
  const part = doc.relationships.find(
    (r) => r.type === 'PART_OF' && r.from === id && doc.entities.get(r.to)?.label === 'Country',
  );
  if (part) return part.to;
  for (const m of doc.mentions)
    if (m.entity === id && !m.nested) {
      const inner = doc.mentions.find(
        (x) =>
          x.nested &&
          x.start >= m.start &&
          x.end <= m.end &&
          doc.entities.get(x.entity)?.label === 'Country',
      );
      if (inner) return inner.entity;
      // "U.S. Navy" read as the country, then "Navy".
      const before = doc.mentions.find(
        (x) =>
          x.end <= m.start &&
          /^\s*$/.test(doc.text.slice(x.end, m.start)) &&
          doc.entities.get(x.entity)?.label === 'Country',
      );
      if (before) return before.entity;
    }
  // "U.S. Navy", "Russian Foreign Ministry": a country's form or demonym opens the name.
  const name = doc.entities.get(id)?.name.toLowerCase() ?? '';
  for (const e of doc.entities.values()) {
    if (e.label !== 'Country') continue;
    const forms = [e.name, ...e.aliases].map((f) => f.toLowerCase().replace(/^the\s+/, ''));
    if (forms.some((f) => name.startsWith(`${f} `))) return e.id;
  }
  return id;
}

/**
 * Who carried out the act a sentence condemns: the country its noun phrase names ("the
 * American strikes"), else the attacker of the last strike or attack drafted before it, else
 * the subject of "… boarded / struck …" in the four sentences before.
 */
function actorOf(
  doc: Doc,
  s: Sentence,
  phrase: { start: number; end: number },
): string | undefined {
  const named = mentionsOf(doc, phrase).find(
    (m) => doc.entities.get(m.entity)?.label === 'Country',
  );
  if (named) return named.entity;
  let best: { at: number; id: string } | undefined;
  for (const r of doc.relationships) {
    const strike =
      r.type === 'ATTACKED' || (r.type === 'PARTICIPATED_IN' && !!doc.entities.get(r.to)?.strike);
    if (!strike) continue;
    const at = doc.text.indexOf(r.evidence[0] ?? '\u0000');
    if (at < 0 || at >= s.start) continue;
    if (!best || at > best.at) best = { at, id: r.from };
  }
  if (best) return countryOf(doc, best.id);
  const lower = doc.fold.toLowerCase();
  for (let i = s.index - 1; i >= Math.max(0, s.index - 4); i--) {
    const p = doc.sentences[i]!;
    const actor = mentionsOf(doc, p).find(
      (m) => isActor(doc, m) && ACTED.test(lower.slice(m.end, p.end)),
    );
    if (actor) return countryOf(doc, actor.entity);
  }
  return undefined;
}

/**
 * The author of the act "condemned the attack" names: the strike the noun was resolved to
 * (its attacker's country), else the last strike's; nothing when two strikes were told before.
 */
function condemnedActor(
  doc: Doc,
  s: Sentence,
  phrase: { start: number; end: number },
): string | undefined {
  const named = mentionsOf(doc, phrase).find(
    (m) => doc.entities.get(m.entity)?.label === 'Country',
  );
  if (named) return named.entity;
  // Two strikes told before (a strike and the answer to it): which one "the attack" is, is not
  // said.
  const strikes = new Set<string>();
  for (const m of doc.mentions)
    if (m.end <= s.start && doc.entities.get(m.entity)?.strike) strikes.add(m.entity);
  // "condemned the strikes" after a drone attack and an operation told as several strikes: the
  // plural names the operation.
  const several = [...strikes].filter((id) => severalStrikes(doc.entities.get(id)));
  if (
    strikes.size > 1 &&
    several.length === 1 &&
    /\b(?:strikes|attacks|raids)\b/i.test(doc.fold.slice(phrase.start, phrase.end))
  ) {
    const by = doc.relationships.find((r) => r.type === 'PARTICIPATED_IN' && r.to === several[0]);
    return by ? countryOf(doc, by.from) : undefined;
  }
  if (strikes.size > 1) return undefined;
  const ref = doc.mentions.find(
    (m) => m.start < phrase.end && phrase.start < m.end && doc.entities.get(m.entity)?.strike,
  );
  if (ref) {
    const by = doc.relationships.find((r) => r.type === 'PARTICIPATED_IN' && r.to === ref.entity);
    return by ? countryOf(doc, by.from) : undefined;
  }
  return actorOf(doc, s, phrase);
}

export function extractVerdicts(doc: Doc, subjectOf: SubjectOf): void {
  const lower = doc.fold.toLowerCase();
  const criticize = (
    from: string,
    to: string,
    evidence: string[],
    date: string | undefined,
    rule: string,
  ) => {
    if (ownSide(doc, from, to) || !JUDGED.has(doc.entities.get(to)?.label ?? '')) return;
    const spans = doc.sentences.filter((s) => evidence.includes(doc.text.slice(s.start, s.end)));
    relate(doc, {
      type: 'CRITICIZED',
      from,
      to,
      evidence: spans.length ? spans : [],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule,
    });
  };
  // Statements already drafted: their words judge what they are about.
  for (const r of [...doc.relationships]) {
    if (r.type !== 'SAID' || !r.quote) continue;
    const sentences = doc.sentences.filter((s) =>
      r.evidence.some((e) => e.includes(doc.text.slice(s.start, s.end))),
    );
    const evidence = sentences.map((s) => doc.text.slice(s.start, s.end));
    if (verdictIn(r.quote)) {
      // "came on an American show to lie to Americans": the liar is judged, not those lied to;
      // 'said the White House was "covering for the Kremlin"': the subject right before the
      // quote is.
      if (liedToTarget(doc, r.quote, r.to, sentences)) {
        const subject = subjectBeforeQuote(doc, lower, r.quote, sentences);
        if (subject && subject !== r.to)
          criticize(r.from, subject, evidence, r.date, 'verdict:quoted');
        continue;
      }
      criticize(r.from, r.to, evidence, r.date, 'verdict:quoted');
      continue;
    }
    // "called the senator's remarks “hysteria”", "said NATO was “repeating fairy tales”":
    // scorn for someone's words, or for someone, in the words that introduce the quote.
    if (!scornIn(r.quote)) continue;
    const lead = sentences
      .map((s) => {
        const text = lower.slice(s.start, s.end);
        const at = text.indexOf(r.quote!.toLowerCase());
        return at < 0 ? undefined : text.slice(0, at);
      })
      .find((t) => t !== undefined && SCORN_LEAD.test(t));
    if (lead !== undefined) criticize(r.from, r.to, evidence, r.date, 'verdict:scorned');
  }
  // "called the strike “reckless”", "said the strikes were “an act of aggression”": the one
  // who carried out the act is criticised by whoever condemns it.
  for (const s of doc.sentences) {
    for (const q of doc.quotes) {
      if (q.start < s.start || q.end > s.end) continue;
      const lead = lower.slice(s.start, q.start).replace(/["'“‘\s]+$/, ' ');
      const m = CALLED_ACT.exec(lead) ?? ACT_WAS.exec(lead);
      if (!m) continue;
      const words = doc.fold.slice(q.start, q.end);
      const c = CONDEMNING.exec(words);
      if (!c || /\?\s*["”’']?\s*$/.test(words) || NEGATED_BEFORE.test(words.slice(0, c.index)))
        continue;
      const at = s.start + m.index;
      // "stopped short of calling the strike “reckless”", "did not call …": nothing said.
      if (
        /\b(?:not|never|short of|refused to|declined to)\s+(?:\w+\s+){0,1}$|n['’]t\s+(?:\w+\s+){0,1}$/.test(
          lead.slice(0, m.index),
        )
      )
        continue;
      const nounAt = s.start + m.index + m[0].indexOf(m[1]!);
      const actor = actorOf(doc, s, { start: nounAt, end: nounAt + m[1]!.length });
      // "told reporters that Russia “…” and called the strike “…”": the teller calls it.
      SPEECH_VERBS.lastIndex = 0;
      const saying = SPEECH_VERBS.exec(lead.slice(0, m.index));
      const joined = saying && /\band\s+(?:also\s+|then\s+)?$/.test(lead.slice(0, m.index));
      const who = subjectOf(s, joined ? s.start + saying.index : at);
      if (!actor || !who || countryOf(doc, who) === actor) continue;
      criticize(
        who,
        actor,
        [doc.text.slice(s.start, s.end)],
        dateNear(doc, s, at, doc.quotes),
        'verdict:condemned-act',
      );
    }
  }
  // "Jordan's government condemned the assault", "Russia's foreign ministry condemned the
  // attack, calling it …": to condemn an armed act is to criticise whoever carried it out,
  // with or without a quote (the verb is the verdict). Not negated, asked or refused, and only
  // an act told before (the last strike's attacker, or the country its noun names).
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    if (/\?\s*["”’']?\s*$/.test(text)) continue;
    for (const m of text.matchAll(CONDEMNED_ACT)) {
      const at = s.start + m.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      const before = text.slice(0, m.index);
      if (
        /\b(?:not|never|short of|refused to|declined to|whether|if)\s+(?:\w+\s+){0,1}$|n['’]t\s+(?:\w+\s+){0,1}$/.test(
          before,
        )
      )
        continue;
      const nounAt = at + m[0].length - m[1]!.length;
      const actor = condemnedActor(doc, s, { start: nounAt, end: nounAt + m[1]!.length });
      const who = subjectOf(s, at);
      if (!actor || !who || countryOf(doc, who) === actor) continue;
      criticize(
        who,
        actor,
        [doc.text.slice(s.start, s.end)],
        dateNear(doc, s, at, doc.quotes),
        'verdict:condemned-act-noun',
      );
    }
  }
  // "Hegseth drew sharp criticism from Senator Marsh", "the White House came under fire from
  // …", "Rubio was rebuked by …": the one criticised named first, the critic after from/by.
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    if (/\?\s*["”’']?\s*$/.test(text)) continue;
    for (const v of text.matchAll(CRITICISED_BY)) {
      const at = s.start + v.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      const ms = mentionsOf(doc, s).filter((m) => isActor(doc, m));
      const target = ms.filter((m) => m.end <= at && /^\s*$/.test(lower.slice(m.end, at))).pop();
      const critic = ms.find(
        (m) =>
          m.start >= at + v[0].length &&
          /^\s*(?:the\s+)?(?:[\w.-]+\s+){0,6}?$/.test(
            lower.slice(at + v[0].length, m.phraseStart ?? m.start),
          ),
      );
      if (!target || !critic || critic.entity === target.entity) continue;
      criticize(
        critic.entity,
        target.entity,
        [doc.text.slice(s.start, s.end)],
        dateNear(doc, s, at, doc.quotes),
        'verdict:criticised-by',
      );
    }
  }
  // "Kessler, one of the administration's sharpest critics, said …", "Voss, a frequent critic
  // of the White House", "Pell, who has been sharply critical of Hegseth": a critic described.
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    for (const c of text.matchAll(CRITIC_OF)) {
      const at = s.start + c.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      if (/\b(?:former|once|ex|erstwhile|no longer|not|never)\b/.test(c[0])) continue;
      const ms = mentionsOf(doc, s);
      const critic = ms.filter((m) => m.end === at && isActor(doc, m)).pop();
      if (!critic) continue;
      const end = at + c[0].length;
      // "one of the administration's sharpest critics": the one judged is named inside.
      const inside = c[1]
        ? ms.filter((m) => m.start > at && m.end <= end && isActor(doc, m)).pop()
        : undefined;
      const after = c[1]
        ? undefined
        : ms.find(
            (m) =>
              m.start >= end &&
              isActor(doc, m) &&
              /^(?:the\s+)?$/.test(lower.slice(end, m.phraseStart ?? m.start)),
          );
      const judged = inside ?? after;
      if (!judged || judged.entity === critic.entity) continue;
      criticize(
        critic.entity,
        judged.entity,
        [doc.text.slice(s.start, s.end)],
        undefined,
        'verdict:critic-of',
      );
    }
  }
  // Reported speech: "said the administration had waited far too long to confront Moscow".
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    // (The verbs are collected first: the helpers below run the same global pattern.)
    SPEECH_VERBS.lastIndex = 0;
    for (const v of [...text.matchAll(SPEECH_VERBS)]) {
      const at = s.start + v.index;
      if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
      if (
        /\b(?:could|should|would|might|must|can|may|will|to|not|never)\s+(?:\w+\s+){0,2}$/.test(
          text.slice(0, v.index),
        )
      )
        continue;
      const after = s.start + v.index + v[0].length;
      const subj = mentionsOf(doc, { start: after, end: s.end }).find(
        (m) =>
          isActor(doc, m) &&
          !isObject(lower, m) &&
          /^\s*(?:that\s+)?(?:the\s+)?$/.test(lower.slice(after, m.phraseStart ?? m.start)),
      );
      if (!subj) continue;
      // The reported clause's predicate, to its first break, outside quotes.
      const rest = lower.slice(subj.end, s.end);
      const stop = rest.search(/[,;]|\band that\b|\bbut\b/);
      const predicate = rest.slice(0, stop < 0 ? rest.length : stop);
      if (
        !/^\s*(?:['’]s\s+\w+\s+)?(?:had|has|have|was|were|is|are|would|will|did|does)\b/.test(
          predicate,
        )
      )
        continue;
      if (doc.quotes.some((q) => q.start < subj.end + predicate.length && q.end > subj.end))
        continue;
      if (!verdictIn(predicate)) continue;
      const who = subjectOf(s, at);
      if (!who) continue;
      criticize(
        who,
        subj.entity,
        [doc.text.slice(s.start, s.end)],
        dateNear(doc, s, at, doc.quotes),
        'verdict:reported',
      );
    }
  }
}
