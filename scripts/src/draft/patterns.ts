/**
 * Stage 6c: trigger patterns, as data. Each names a relationship type, the words that trigger
 * it, and what its object is: the claim the sentence is about ("denied the allegations"), the
 * first entity after the trigger, or every entity after it ("reached out to both the Kremlin
 * and the Embassy"). The subject is the actor the sentence gives before the trigger (the
 * speaker of a reporting verb wins over an entity inside its clause); inside a quote it is the
 * quote's speaker.
 */
import type { CuratedRelationshipType } from '@kg/server/contracts';
import { SPEECH_VERBS, placeOfSource, type Attribution } from './attribution';
import { isClaim, isCommunicationEvent, topicEvent } from './claims';
import { insideQuote, type Doc, type Mention, type Sentence, type Span } from './document';
import { attackDates, dateNear, mainClauseBefore } from './dates';
import { agrees } from './gender';
import { relate } from './relate';
import type { DraftContext } from './context';
import { existingEntity } from './entities';
import { nameKey } from './normalize';
import {
  CALLED_CLAIM,
  CLAIM_AFTER,
  REJECTED_AS,
  CLAIM_COPULA,
  DISMISSIVE,
  coordinated,
  inParenthetical,
  isActor,
  isModifier,
  isObject,
  mentionsOf,
  sentenceSubject,
} from './syntax';
import { quoteSentences } from './said';
import {
  DENIED_THAT,
  NEGATED_LEAD,
  SHARING_WORDS,
  callsTheClaim,
  extractStances,
  STAGED,
  pronounIsClaim,
} from './stance';
import { extractThreats } from './threats';
import { extractVerdicts } from './verdicts';
import { extractReplies } from './replies';

export interface VerbPattern {
  type: CuratedRelationshipType;
  rule: string;
  trigger: RegExp;
  object: 'claim' | 'entity' | 'entities';
  /** How far after the trigger the object may start (characters; default 60). */
  window?: number;
  /** Labels the subject may have (default: any actor). */
  subjects?: string[];
  /** Also applies to words inside quotes (the speaker is then the subject). */
  inQuotes?: boolean;
  confidence: number;
}

/**
 * "President of the Islamic Republic of Iran Masoud Pezeshkian", "Prime Minister of Qatar X":
 * the country inside an official title of the form "TITLE of COUNTRY" right before a name.
 */
export const TITLE_OF_COUNTRY =
  /\b(?:president|vice president|prime minister|(?:deputy\s+)?(?:foreign\s+|defen[cs]e\s+)?minister(?:\s+of\s+(?:state\s+for\s+)?(?:foreign affairs|defen[cs]e|the interior))?|king|queen|emir|amir|sultan|crown prince|chancellor|premier|head of state|leader|supreme leader|ambassador)\s+of\s+(?:the\s+)?(?:(?:islamic\s+|arab\s+|federal\s+|people's\s+|democratic\s+)*republic\s+of\s+|(?:united\s+)?kingdom\s+of\s+|state\s+of\s+|sultanate\s+of\s+)?$/;

/** A country mention that is the COUNTRY of "TITLE of COUNTRY Name" (the person follows). */
export function headOfStateTitle(doc: Doc, lower: string, x: Mention, ms: Mention[]): boolean {
  if (doc.entities.get(x.entity)?.label !== 'Country') return false;
  const y = ms.find((m) => m.start >= x.end && doc.entities.get(m.entity)?.label === 'Person');
  if (!y) return false;
  // "the Islamic Republic of Iran": the country named twice before the name.
  let gap = lower.slice(x.end, y.phraseStart ?? y.start);
  for (const m of ms)
    if (m.start >= x.end && m.end <= (y.phraseStart ?? y.start)) {
      if (doc.entities.get(m.entity)?.label !== 'Country') return false;
      gap = gap.replace(lower.slice(m.start, m.end), ' ');
    }
  if (!/^(?:\s+of)?\s+$/.test(gap)) return false;
  const from = x.phraseStart ?? x.start;
  return TITLE_OF_COUNTRY.test(lower.slice(Math.max(0, from - 80), from));
}

/** Title words between a demonym and the title kept with a name ("deputy foreign", "crown"). */
const TITLE_GAP =
  /^\s*(?:(?:deputy|vice|first|senior|acting|foreign|defen[cs]e|interior|prime|crown|chief|state|national|security|special|top)\s+){0,4}(?:minister\s+of\s+state\s+for\s+|minister\s+(?:of|for)\s+)?$/;

const V = (
  type: CuratedRelationshipType,
  rule: string,
  trigger: string,
  object: VerbPattern['object'],
  confidence = 0.6,
  inQuotes = false,
): VerbPattern => ({
  type,
  rule,
  trigger: new RegExp(`\\b(?:${trigger})\\b`, 'g'),
  object,
  confidence,
  inQuotes,
});

export const VERB_PATTERNS: VerbPattern[] = [
  // "repeated the denial", "reiterated its denials", "issued a denial": the denial restated.
  V(
    'DENIED',
    'deny',
    'denied|denies|deny|denying|rejected|rejects|refuted|refutes|(?:repeated|repeats|reiterated|reiterates|renewed|renews|echoed|echoes|issued|issues) (?:the|its|his|her|their|that|this|a|an|an earlier|the same|those|these) (?:flat |blanket |categorical |earlier |firm )?denials?',
    'claim',
    0.65,
  ),
  V(
    'DISMISSED',
    'dismiss',
    "dismiss(?:ed|es|ing)?|downplay(?:ed|s|ing)?|play(?:ed|s|ing)? (?:(?:the|it|them|this|that|those|these|such)(?: [\\w-]+){0,2} )?down|brush(?:ed|es|ing)? (?:(?:the|it|them|this|that|those|these|such|their|his|her)(?: [\\w-]+){0,2} )?(?:off|aside)|shrug(?:ged|s)? (?:(?:the|it|them|this|that|those|these|such)(?: [\\w-]+){0,2} )?off|minimi[sz](?:ed|es|ing)|wav(?:ed|es) off|made light of|not concerned|not worried|(?:does|did|do|would|will) not (?:really )?matter|(?:doesn't|didn't|don't|won't|wouldn't) (?:really )?matter|not a game[- ]changer|not a big deal|no relevance|not really a factor|(?:made|makes|making) (?:no|little) (?:real )?difference|old news|overblown|(?:was|were|is|are|been|being) (?:(?:greatly|vastly|wildly|grossly|much|badly|largely) )?(?:overstated|exaggerated|overhyped|blown out of proportion)",
    'claim',
    0.6,
    true,
  ),
  V(
    'CRITICIZED',
    'criticise',
    'critici[sz](?:ed|es)|(?:is|was|were|are|been) critici[sz]ing|condemn(?:ed|s)?|slam(?:med|s)?|blast(?:ed|s)|rebuk(?:ed|es)|denounc(?:ed|es)|lambast(?:ed|s)|castigat(?:ed|es)|chid(?:ed|es)|berat(?:ed|es)|accus(?:ed|es)|took aim at|takes aim at|fault(?:ed|s)|mock(?:ed|s)|ridicul(?:ed|es)|derid(?:ed|es)|lampoon(?:ed|s)|scoff(?:ed|s) at|scold(?:ed|s)|assail(?:ed|s)|decri(?:ed|es)|excoriat(?:ed|es)|tore into|railed against|hit out at|lashed out at|called out|took to task|questioned the judgment of|(?:took|takes|taking) issue with|blam(?:ed|es)',
    'entity',
    0.6,
    true,
  ),
  {
    ...V('WARNED', 'warn', 'warn(?:ed|s|ing)?|caution(?:ed|s)|warning to', 'entity', 0.6),
    window: 6,
  },
  {
    ...V(
      'REPORTED',
      'report',
      'reported|reports|first reported|revealed|published|broke the news|highlighted|quoted sources',
      'claim',
      0.65,
    ),
    subjects: ['Outlet'],
  },
  {
    ...V('CITED', 'cite', 'citing|cited|quoting|quoted', 'entity', 0.5),
    subjects: ['Outlet', 'Person', 'Organization'],
  },
  V(
    'CONTACTED',
    'contact',
    'reached out to|contacted|sought comment from|asked for comment|requested comment from',
    'entities',
    0.6,
  ),
  // "wrote to Defense Secretary X asking …", "in a letter to Rubio", "sent a letter to the
  // White House": a letter is a contact with the one it is addressed to.
  V(
    'CONTACTED',
    'letter',
    'wrote (?:a (?:joint |formal )?letter )?to|(?:sent|sends|send|sending) (?:a (?:joint |formal )?letter|letters) to|in (?:a|their|his|her) (?:joint )?letter to',
    'entity',
    0.55,
  ),
  // "summoned the Russian ambassador in London, Andrei Volsky": the envoy, not his country.
  V('CONTACTED', 'summon', 'summoned|summons|summoning', 'entity', 0.55),
  V(
    'SPOKE_WITH',
    'speak-with',
    // "spoke by phone on Tuesday evening with his Russian counterpart": a time between.
    '(?:spoke|spoken|speaks|speaking|talked)(?: (?:by|over the|on the) (?:phone|telephone|video link|videoconference|video call))?(?: (?:(?:late|early) )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?| (?:today|yesterday|tonight|this (?:morning|afternoon|evening)|earlier today|later today|separately|again|briefly))? (?:with|to)|talks to|phoned|telephoned|held (?:a )?(?:phone )?call with|held talks with|talks with|met with|met|meeting with|meeting|meets|phone call with|call with|conversation with|discussions with|negotiat(?:ed|ing) with|discussed [^.]{0,60}? with|raised (?:it|them|this|that|the (?:issue|matter|subject|question|concerns?|reports?)|(?:his|her|their|our) concerns?) (?:directly )?with',
    'entity',
    0.65,
  ),
  V(
    'ATTACKED',
    'attack',
    'struck|strikes? on|strikes? against|attack(?:ed|s)?(?: on| against)?|bomb(?:ed|ing)|hit|targeted|shell(?:ed|ing)|invaded|launched (?:strikes|attacks|missiles|drones) (?:on|at|against)|fired (?:missiles|drones|rockets) at',
    'entity',
    0.55,
  ),
  // "asked whether X had …": X is what the question is about, not who was asked.
  V(
    'INTERVIEWED',
    'interview',
    'interviewed|asked(?!\\s+(?:whether|if|about|why|how|what|when|where|who|for)\\b)',
    'entity',
    0.5,
  ),
  {
    ...V(
      'RESPONDED_TO',
      'respond',
      'responded to|reacted to|hit back at|shot back at|fired back at|pushed back (?:on|against)',
      'entity',
      0.55,
    ),
    window: 30,
  },
];

/** "rejected the criticism": a response to whoever criticised last. */
const RESPONSE_TO_CRITIC =
  /\b(?:rejected|dismissed|brushed (?:off|aside)|hit back at|pushed back (?:on|against)|responded to|answered|rebuffed)\s+(?:the|those|these|his|her|their|such)\s+(?:criticism|remarks|comments|accusations?|charges?|attacks?|rebuke)\b/g;

function responsesToCritics(doc: Doc, lower: string): void {
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    RESPONSE_TO_CRITIC.lastIndex = 0;
    for (let m = RESPONSE_TO_CRITIC.exec(text); m; m = RESPONSE_TO_CRITIC.exec(text)) {
      const at = s.start + m.index;
      const who = subjectBefore(doc, lower, s, at);
      const critic = [...doc.relationships]
        .reverse()
        .find(
          (r) => r.type === 'CRITICIZED' && r.from !== who && doc.text.indexOf(r.evidence[0]!) < at,
        );
      if (!who || !critic) continue;
      relate(doc, {
        type: 'RESPONDED_TO',
        from: who,
        to: critic.from,
        evidence: [s],
        confidence: 0.5,
        rule: 'verb:rejected-the-criticism',
      });
    }
  }
}

/**
 * "called the Kremlin's denials “noise”", "despite Moscow's repeated denials": a denial the
 * text takes as made, by its possessor, of the story's claim.
 */
const POSSESSED_DENIAL =
  /['’]s?\s+(?:repeated\s+|flat\s+|categorical\s+|blanket\s+|angry\s+|latest\s+|official\s+|public\s+)?denials?\b/g;
function possessedDenials(doc: Doc, lower: string): void {
  const topic = topicEvent(doc);
  if (!topic) return;
  for (const s of doc.sentences) {
    // A headline ("Moscow's denials should not settle anything") tells of no act.
    // (a headline ends without a full stop).
    if (
      doc.paragraphs[s.paragraph]?.heading ||
      !/[.!?"”'’)]\s*$/.test(doc.fold.slice(s.start, s.end))
    )
      continue;
    const text = lower.slice(s.start, s.end);
    POSSESSED_DENIAL.lastIndex = 0;
    for (let m = POSSESSED_DENIAL.exec(text); m; m = POSSESSED_DENIAL.exec(text)) {
      const at = s.start + m.index;
      const who = sentenceMentions(doc, s).find((x) => x.end === at && isActor(doc, x));
      if (
        !who ||
        /\b(?:no|any|without)\s+$/.test(lower.slice(Math.max(s.start, at - 40), who.start))
      )
        continue;
      relate(doc, {
        type: 'DENIED',
        from: who.entity,
        to: topic,
        // DENIED carries words: the noun phrase that tells of the denial.
        quote: { start: who.start, end: at + m[0].length },
        evidence: [s],
        confidence: 0.5,
        rule: 'noun:possessed-denial',
      });
    }
  }
}

/** "declined to", "refused to confirm or": before a denial verb, the denial is withheld. */
const WITHHELD =
  /\b(?:declin\w*|refus\w*|fail\w*|unwilling|reluctant|hesitat\w*)\s+to\s+(?:(?:confirm|comment)\s+or\s+)?$/;

/** The words right after a claim-taking verb that name the claim itself. */
const CLAIM_OBJECT =
  /^\s+(?:the|these|those|such|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:reports?|allegations?|claims?|accusations?|story|stories|charges?|reporting)\b/;

const CLAIM_NOUN =
  /\b(reports?|allegations?|claims?|possibility|story|significance|intelligence|intel|sharing|accusations?|suggestions?|threat|idea)\b/;

function sentenceMentions(doc: Doc, s: Sentence): Mention[] {
  return doc.mentions
    .filter((m) => !m.nested && m.start >= s.start && m.end <= s.end)
    .sort((a, b) => a.start - b.start);
}

/**
 * The actor a clause ending at `at` is about: in "X said Y had denied ..." Y (the subject of
 * the reported clause), else the last actor before the trigger that is not an object or a
 * modifier; "he"/"she" is the subject of the nearest sentence before that names a person.
 */
export function subjectBefore(
  doc: Doc,
  lower: string,
  s: Sentence,
  at: number,
): string | undefined {
  return subjectMentionBefore(doc, lower, s, at)?.entity;
}

export function subjectMentionBefore(
  doc: Doc,
  lower: string,
  s: Sentence,
  at: number,
): Mention | undefined {
  const before = lower.slice(s.start, at);
  let speech = -1;
  SPEECH_VERBS.lastIndex = 0;
  for (let m = SPEECH_VERBS.exec(before); m; m = SPEECH_VERBS.exec(before))
    speech = s.start + m.index;
  // "Russia-Iran intel reports …, but talks with Moscow go on": a pair joined by a hyphen
  // qualifies a noun; neither of the two is a subject.
  const all = sentenceMentions(doc, s);
  const paired = (m: Mention) =>
    all.some(
      (x) =>
        x !== m &&
        isActor(doc, x) &&
        ((x.start > m.end && /^[-–]$/.test(doc.fold.slice(m.end, x.start))) ||
          (x.end < m.start && /^[-–]$/.test(doc.fold.slice(x.end, m.start)))),
    );
  const actorsIn = (from: number, to: number) =>
    all.filter(
      (m) =>
        m.start >= from &&
        m.end <= to &&
        isActor(doc, m) &&
        !paired(m) &&
        !isObject(lower, m) &&
        !isModifier(lower, m) &&
        !inParenthetical(doc, s, m) &&
        !placeOfSource(lower, m) &&
        !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
    );
  // "Witkoff came out of his talks with Kremlin aide Yuri Ushakov and told CNBC …": a verb
  // joined by "and" to the clause's first verb has that clause's subject, not the last name
  // of its object.
  if (speech < 0 && /\band\s+(?:then\s+|also\s+|later\s+|later\s+that\s+day\s+)?$/.test(before)) {
    const subj = sentenceSubject(doc, lower, { ...s, end: at });
    if (subj && subj.end <= at && !paired(subj)) return subj;
  }
  const reported = speech >= 0 ? actorsIn(speech, at) : [];
  const limit = reported.length ? at : speech >= 0 ? speech : at;
  const actors = reported.length ? reported : actorsIn(s.start, limit);
  const pick = actors[actors.length - 1];
  // "A Russian diplomat, who spoke on condition of anonymity because he was not authorised to
  // comment, said …": a pronoun inside a relative clause is the clause's head (here an unnamed
  // source), not someone named in a sentence before.
  const pron = /\b(he|she)\b/.exec(
    lower
      .slice(pick ? pick.end : s.start, limit)
      .replace(/,\s*(?:who|whom|whose)\b[^,;]*(?:,|$)/g, (r) => ' '.repeat(r.length)),
  );
  if (pron) {
    for (let i = s.index - 1; i >= Math.max(0, s.index - 4); i--) {
      const subj = sentenceSubject(doc, lower, doc.sentences[i]!, 'Person');
      if (subj) return subj;
    }
  }
  return pick;
}

const NEGATION = /\b(not|no|never|nothing|none)\b|n't\b/i;

/**
 * The words of a denial: a negated sentence of a quote that follows in the same or the next
 * paragraph ("The Russians assure us they are not passing intelligence..."), else the clause
 * the denial verb opens ("denied the allegations").
 */
function denialWords(
  doc: Doc,
  attributions: Attribution[],
  s: Sentence,
  at: number,
  end: number,
  deniers: string[],
): Span {
  for (const a of attributions) {
    const q = a.quote;
    // A Q&A answer is a whole turn of talk, not the words of a denial near it.
    if (a.rule === 'qa-turn') continue;
    // "Moscow rejected the claims. … Iran's foreign minister said it 'takes targets from no
    // one.'": another's words are not this denial's.
    if (!deniers.some((d) => speaksFor(doc, a.speaker, d))) continue;
    if (q.start < s.start || doc.paragraphs[q.paragraph]!.start > s.end + 400) continue;
    if (q.paragraph > s.paragraph + 2) continue;
    for (const piece of quoteSentences(doc, q)) {
      if (NEGATION.test(doc.fold.slice(piece.start, piece.end))) return piece;
    }
  }
  let e = end;
  while (e > at && /[\s.,;:"”]/.test(doc.text[e - 1]!)) e--;
  return { start: at, end: e };
}

/** Ties by which one speaks for another: a spokesman, a minister, a member. */
const SPEAKS_FOR = new Set(['REPRESENTS', 'LEADS', 'MEMBER_OF', 'ADVISES', 'PART_OF']);

/**
 * Whether `speaker`'s words can be `denier`'s: the same entity, or tied to it by a role the
 * draft holds, directly or through one body (Peskov, the Kremlin's spokesman, for the Kremlin,
 * and for Russia, the Kremlin being Russia's).
 */
function speaksFor(doc: Doc, speaker: string, denier: string): boolean {
  if (speaker === denier) return true;
  const ties = (from: string) =>
    doc.relationships.filter((r) => r.from === from && SPEAKS_FOR.has(r.type)).map((r) => r.to);
  const first = ties(speaker);
  if (first.includes(denier)) return true;
  return first.some((b) => ties(b).includes(denier));
}

/** The object the claim-taking verbs ("denied", "dismissed", "reported") are about. */
function claimObject(
  doc: Doc,
  lower: string,
  s: Sentence,
  after: Mention[],
  end: number,
  clauseEnd: number,
  topic?: string,
): string | undefined {
  const isEvent = (x: Mention) => doc.entities.get(x.entity)?.label === 'Event';
  const claim = sentenceMentions(doc, s).find((x) => isClaim(doc, x));
  if (claim) return claim.entity;
  const object = lower.slice(end, end + 60);
  // "dismissed the reports as “…” at his news conference": the reports are the object, not
  // the occasion named after them.
  if (topic && CLAIM_OBJECT.test(object)) return topic;
  // "Moscow denies it.": the claim the sentence before told.
  if (/^\s+(?:it|them|this|that)\b/.test(object)) {
    const prev = doc.sentences[s.index - 1];
    const before = prev && sentenceMentions(doc, prev).find((x) => isClaim(doc, x));
    if (before && prev.paragraph === s.paragraph) return before.entity;
  }
  // "denied receiving Russian satellite data before a drone strike on …": the help denied is
  // the claim, not the attack named after it.
  if (topic && doc.entities.get(topic)?.strike !== true && HELP_RECEIVED.test(object)) return topic;
  const named = after.find((x) => isEvent(x) && x.kind !== 'descriptor');
  if (named) return named.entity;
  if (topic && CLAIM_NOUN.test(lower.slice(s.start, s.end))) return topic;
  return after.find(isEvent)?.entity ?? topic;
}

/** A gerund of getting or giving help from outside: "receiving Russian satellite data". */
const HELP_RECEIVED =
  /^\s+(?:ever\s+|having\s+)?(?:receiv|gett|accept|obtain|shar|pass|provid|suppl|giv|us)\w*\s+(?:any\s+)?(?:russian|foreign|outside|moscow's)\b[^.;]{0,30}?\b(?:intelligence|intel|data|imagery|images|information|help|assistance|coordinates|targeting)\b/;

export function extractVerbPatterns(
  doc: Doc,
  attributions: Attribution[],
  ctx?: DraftContext,
): void {
  const lower = doc.fold.toLowerCase();
  // The quoted word of "calling the report “X”" is the better quote of a denial: first.
  denialShapes(doc, attributions, lower);
  extractTriggers(doc, attributions, lower, ctx);
  responsesToCritics(doc, lower);
  possessedDenials(doc, lower);
  // Denials and downplayings carried by the words, not the verb (stance.ts).
  extractStances(doc, attributions, (s, at) => subjectBefore(doc, lower, s, at));
  // Warnings carried by their words ("Moscow would pay a price"; threats.ts).
  extractThreats(doc, attributions, (s, at) => subjectBefore(doc, lower, s, at));
  // Criticism carried by a verdict ("was “sleepwalking”"; verdicts.ts).
  extractVerdicts(doc, (s, at) => subjectBefore(doc, lower, s, at));
  // Replies to an earlier speaker ("“Senator X is wrong,” Y said"; replies.ts).
  extractReplies(doc);
}

/** Words that call a claim a scare or a nothing ("hysteria", "noise"): the claim played down. */
const DOWNPLAYING_WORDS =
  /\b(?:hysteri\w*|noise|gossip|rumou?rs?|overblown|exaggerat\w*|speculation|distraction|sideshow|old news|paranoi\w*|scaremongering|alarmis\w*|much ado)\b/i;

/** A claim called a fantasy or a motive's work ("an attempt to poison relations"): untrue. */
const CALLED_UNTRUE =
  /\b(?:fantas(?:y|ies)|smears?|(?:an|another) attempt to|scripts?|screenplay|hollywood|(?:movie|film) plot)\b/i;

/** "The two governments", "both countries": a pair named before. */
const TWO_OF =
  /^\s*(?:the\s+)?(?:two|both)\s+(?:governments|countries|capitals|sides|nations|allies)\b/;

/**
 * The last two countries named as a pair ("Russia and Iran", "the governments of Russia and
 * Iran") in the three sentences before `s`, in the same or the previous paragraphs.
 */
function pairBefore(doc: Doc, lower: string, s: Sentence): string[] {
  for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
    const p = doc.sentences[k]!;
    if (doc.paragraphs[p.paragraph]?.heading) continue;
    const cs = sentenceMentions(doc, p).filter(
      (x) => doc.entities.get(x.entity)?.label === 'Country' && !insideQuote(doc, x.start),
    );
    for (let i = cs.length - 2; i >= 0; i--) {
      const [x, y] = [cs[i]!, cs[i + 1]!];
      if (x.entity !== y.entity && /^\s*(?:and|&)\s*(?:the\s+)?$/.test(lower.slice(x.end, y.start)))
        return [x.entity, y.entity];
    }
  }
  return [];
}

const GAVE_WORD =
  /(?:\b(?:had|has|have)\s+)?["“']?\b(?:given|gave|give|giving)\s+(?:his|her|their|its|a|a personal)\s+(?:word|assurances?|personal assurance|guarantee)\b/;

/** "Russian officials had assured him they were not sharing …": a denial relayed. */
const ASSURED_NOT =
  /\b(?:assur(?:ed|es|e|ing)|told|promised|insisted to)\s+(?:him|her|us|them|me|the \w+|washington|[\w-]+ officials)\s+(?:that\s+)?(?:they|it|he|she|moscow|tehran|russia|iran)\s+(?:were|was|are|is|had|have|has|would|will|did|do|does)\s+(?:not|never|n't)\b/;

/** "rejected claims that Moscow had passed data to Tehran as", "dismissed reports of … as". */
const CLAIM_THAT_AS =
  /\b(?:call(?:ed|ing|s)?|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|denounc(?:ed|es|ing)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|label(?:l)?(?:ed|ing|s)?)\s+(?:(?:the|those|these|such|its|their|new|recent|renewed|fresh|media|press|news|western|u\.s\.|us|american)\s+){0,3}(?:reports?|allegations?|claims?|accusations?|charges?|suggestions?|assertions?)\s+(?:that|of)\s+[^"“”.;]{3,160}?\s+as\s+$/;

/**
 * Denials in two shapes the verb list misses: a claim called something in quotes ("calling the
 * report “nonsense”": the speaker denies the claim, with that quote), and an assurance relayed
 * by someone else ("assured him they were not sharing …": the one who assured denies it, with
 * the relayed words as the quote).
 */
function denialShapes(doc: Doc, attributions: Attribution[], lower: string): void {
  const topic = topicEvent(doc);
  const speakerOf = (q: Span) =>
    attributions.find((a) => a.quote.start === q.start && a.quote.end === q.end)?.speaker;
  for (const s of doc.sentences) {
    for (const q of doc.quotes) {
      if (q.start < s.start || q.end > s.end) continue;
      const lead = lower.slice(s.start, q.start).replace(/["'“‘\s]+$/, ' ');
      // "calling the report “nonsense”", "said the accusations were “a fairy tale”".
      const copula =
        CLAIM_COPULA.test(lead) &&
        (DISMISSIVE.test(untrueWords(doc.fold.slice(q.start, q.end))) ||
          STAGED.test(lower.slice(q.start, q.end)));
      // "rejected as “fabricated” a newspaper report that …": the claim after the quote.
      const rejectedAs = REJECTED_AS.test(lead) && CLAIM_AFTER.test(lower.slice(q.end, q.end + 60));
      // "rejected claims that it had fed data to Iran as “…”": the claim, then "as".
      const thatAs = CLAIM_THAT_AS.test(lead);
      if (!callsTheClaim(lead) && !copula && !rejectedAs && !thatAs) continue;
      const shape = copula
        ? CLAIM_COPULA
        : rejectedAs
          ? REJECTED_AS
          : callsTheClaim(lead)
            ? CALLED_CLAIM
            : CLAIM_THAT_AS;
      // "stopped short of calling the reports “false”": taken back before it is said.
      if (NEGATED_LEAD.test(lead.slice(0, lead.search(shape)))) continue;
      // "denied that Tehran carried out the attack, calling the accusation “baseless”": the
      // words call what the clause denied, which tells no sharing.
      const deniedThat = DENIED_THAT.exec(lead);
      if (
        deniedThat &&
        !SHARING_WORDS.test(deniedThat[1]!) &&
        !sentenceMentions(doc, s).some((x) => x.end <= q.start && isClaim(doc, x))
      )
        continue;
      const at = s.start + lead.search(shape);
      // What the quote calls the claim: untrue ("a fabrication") is a denial, a scare
      // ("hysteria", "noise") a dismissal; anything else ("deeply concerning", "a five-alarm
      // fire", "unconfirmed") takes the claim as it is and denies nothing.
      const words = doc.fold.slice(q.start, q.end);
      // "called the reports “psychological warfare”", "are a “performance for domestic
      // consumption”": staged, so untrue; but "dismissed … as" such plays it down.
      const staged = STAGED.test(words.toLowerCase());
      const dismissing = /\b(?:dismiss|brush)\w*\b/.test(lead);
      const type =
        DISMISSIVE.test(untrueWords(words)) || CALLED_UNTRUE.test(words)
          ? 'DENIED'
          : staged && !dismissing
            ? 'DENIED'
            : DOWNPLAYING_WORDS.test(words) || staged
              ? 'DISMISSED'
              : undefined;
      if (!type) continue;
      // "The two governments called the accusation “…”": both of the pair named before.
      const pair = TWO_OF.test(lead) ? pairBefore(doc, lower, s) : [];
      const one = speakerOf(q) ?? subjectBefore(doc, lower, s, at);
      const speakers = pair.length ? pair : one ? [one] : [];
      const claim =
        sentenceMentions(doc, s).find((x) => isClaim(doc, x))?.entity ??
        doc.sentences
          .slice(Math.max(0, s.index - 1), s.index)
          .flatMap((p) => sentenceMentions(doc, p))
          .find((x) => isClaim(doc, x))?.entity ??
        topic;
      // A strike is a fact, not an allegation one calls untrue.
      if (!claim || doc.entities.get(claim)?.strike) continue;
      for (const who of speakers)
        relate(doc, {
          type,
          from: who,
          to: claim,
          ...(type === 'DENIED' ? { quote: { start: q.start, end: q.end } } : {}),
          evidence: [s],
          confidence: 0.6,
          rule: type === 'DENIED' ? 'verb:called-the-claim' : 'verb:called-the-claim-scare',
        });
    }
    const text = lower.slice(s.start, s.end);
    // "an official said Putin had “given his word” that Russia was not helping": the one
    // who gave his word denies the claim, with those words as the quote.
    const w = GAVE_WORD.exec(text);
    if (w && topic && NEGATION.test(text.slice(w.index))) {
      const at = s.start + w.index;
      const who = sentenceMentions(doc, s).filter(
        (x) =>
          x.end <= at &&
          isActor(doc, x) &&
          /^\s+(?:had\s+|has\s+|have\s+)?["“']?$/.test(lower.slice(x.end, at)),
      )[0];
      const q = doc.quotes.find((x) => x.start >= at - 1 && x.start <= at + 12);
      if (who) {
        let end = s.end;
        while (end > at && /[\s.,;:"”]/.test(doc.text[end - 1]!)) end--;
        relate(doc, {
          type: 'DENIED',
          from: who.entity,
          to: topic,
          quote: q ? { start: q.start, end: q.end } : { start: at, end },
          evidence: [s],
          confidence: 0.5,
          rule: 'verb:gave-his-word',
        });
      }
    }
    const a = ASSURED_NOT.exec(text);
    if (a) {
      const at = s.start + a.index;
      let who = subjectBefore(doc, lower, s, at);
      // '“He told me they are not doing it, and I believe him,” Trump said.': inside a quote,
      // "he" is the one the text named before the quote (Putin, of "Putin's assurances"),
      // never the speaker who relays it.
      const inQ = doc.quotes.find((q) => at >= q.start && at < q.end);
      const pr = inQ ? /\b(he|she)\s+$/i.exec(lower.slice(inQ.start, at)) : null;
      if (inQ && pr) {
        const speaker = speakerOf(inQ);
        const from = doc.sentences[Math.max(0, s.index - 2)]!.start;
        who = mentionsOf(doc, { start: from, end: inQ.start })
          .filter(
            (x) =>
              x.entity !== speaker &&
              doc.entities.get(x.entity)?.label === 'Person' &&
              !doc.quotes.some((q) => x.start >= q.start && x.end <= q.end) &&
              agrees(doc, x.entity, pr[1]!),
          )
          .pop()?.entity;
      }
      const claim = sentenceMentions(doc, s).find((x) => isClaim(doc, x))?.entity ?? topic;
      if (!who || !claim) continue;
      let end = s.end;
      const stop = text.slice(a.index).search(/[;,]\s+(?:but|and|while|which|though)\b|[;]/);
      if (stop > 0) end = at + stop;
      while (end > at && /[\s.,;:"”]/.test(doc.text[end - 1]!)) end--;
      relate(doc, {
        type: 'DENIED',
        from: who,
        to: claim,
        quote: { start: at, end },
        evidence: [s],
        confidence: 0.55,
        rule: 'verb:assured-not',
      });
    }
  }
}

/** The words without "lies" as a verb ("a matter that lies outside our control"). */
function untrueWords(words: string): string {
  return words.replace(
    /\blies\s+(?:in|on|at|with|within|outside|beyond|ahead|behind|elsewhere|at the heart)\b/gi,
    ' ',
  );
}

/**
 * "citing U.S. intelligence officials": the source is the country's intelligence community
 * when the registry has one ("U.S. intelligence community"), else the country.
 */
function intelligenceOf(doc: Doc, ctx: DraftContext | undefined, m: Mention, lower: string) {
  if (!ctx || doc.entities.get(m.entity)?.label !== 'Country') return undefined;
  if (!/^\s+intelligence\b/.test(lower.slice(m.end, m.end + 20))) return undefined;
  const form = nameKey(doc.text.slice(m.start, m.end));
  const country = nameKey(doc.entities.get(m.entity)!.name);
  const hit = ctx.entities.find(
    (e) =>
      e.label === 'Organization' &&
      [e.name, ...e.aliases].some((f) => {
        const k = nameKey(f).replace(/^the /, '');
        return k.startsWith(`${form} intelligence`) || k.startsWith(`${country} intelligence`);
      }),
  );
  return hit ? existingEntity(doc, ctx, hit.id)?.id : undefined;
}

function extractTriggers(
  doc: Doc,
  attributions: Attribution[],
  lower: string,
  ctx?: DraftContext,
): void {
  const topic = topicEvent(doc);
  const speakerOf = (at: number) =>
    attributions.find((a) => at >= a.quote.start && at < a.quote.end)?.speaker;
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    const ms = sentenceMentions(doc, s);
    for (const p of VERB_PATTERNS) {
      p.trigger.lastIndex = 0;
      for (let m = p.trigger.exec(text); m; m = p.trigger.exec(text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        const quoted = doc.quotes.some((q) => at >= q.start && at < q.end);
        if (quoted && !p.inQuotes) continue;
        // "that the reports were …": the noun, not the verb.
        if (
          p.type === 'REPORTED' &&
          m[0] === 'reports' &&
          /\b(?:the|these|those|such|its|their|his|her|our|any|all|two|three|several|many|media|news|press|new|earlier|recent|initial|first)\s+$/.test(
            text.slice(Math.max(0, m.index - 12), m.index),
          )
        )
          continue;
        // "If it made no difference, why …?", "Old news to whom?": a question or a condition
        // plays nothing down.
        if (
          p.type === 'DISMISSED' &&
          /\b(?:it|them|this|that)\b/.test(m[0]) &&
          !pronounIsClaim(text.slice(0, m.index))
        )
          continue;
        if (p.type === 'DISMISSED') {
          // "It is not old news": a downplaying negated is the opposite.
          if (
            !/^(?:not|no|does|doesn|didn|dismiss|downplay|play|brush|shrug|minimi|wav|made light)/.test(
              m[0],
            ) &&
            /\b(?:not|never|hardly)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$/.test(
              text.slice(Math.max(0, m.index - 20), m.index),
            )
          )
            continue;
          // "accused Hegseth of “playing down a direct threat”", "faulted them for downplaying
          // it", "Stop minimizing this": the playing down is alleged or asked to end, by someone
          // who criticises it; nobody is drafted as dismissing.
          if (
            /\b(?:accus\w+|charg(?:e|es|ed|ing)|blam\w+|criticis\w+|criticiz\w+|fault\w+|rebuk\w+|condemn\w+|slam\w*)\s+(?:[\w.'’-]+\s+){0,6}?(?:of|for)\s+["“'‘]?\s*$|\b(?:stop|quit|cease)\s+["“'‘]?$/.test(
              text.slice(Math.max(0, m.index - 90), m.index),
            )
          )
            continue;
          // The quote the trigger is in, else the sentence.
          const inQ = doc.quotes.find((q) => at >= q.start && at < q.end);
          const piece = inQ
            ? quoteSentences(doc, inQ).find((x) => at >= x.start && at < x.end)
            : undefined;
          const clause = piece
            ? doc.fold.slice(piece.start, piece.end)
            : doc.fold.slice(s.start, s.end);
          if (
            /\?["'”’\s]*$/.test(clause) ||
            /\b(?:if|whether|unless)\s+(?:\w+\s+){0,3}$/i.test(
              text.slice(Math.max(0, m.index - 30), m.index),
            )
          )
            continue;
        }
        // "Iranian missiles struck Camp Arifjan in Kuwait": a strike the strikes stage made an
        // event of says who took part and what it hit there; the verb adds no attack of its own
        // (the place after it is where, not whom).
        if (
          p.type === 'ATTACKED' &&
          doc.mentions.some(
            (x) =>
              x.kind === 'event' &&
              doc.entities.get(x.entity)?.strike === true &&
              x.start <= at &&
              at < x.end,
          )
        )
          continue;
        // "Has the president raised it with Putin?": a question states no talk, strike or
        // contact, whoever asks it.
        if (p.type !== 'DISMISSED' && quoted) {
          const inQ = doc.quotes.find((q) => at >= q.start && at < q.end)!;
          const piece = quoteSentences(doc, inQ).find((x) => at >= x.start && at < x.end);
          if (piece && /\?["'”’\s]*$/.test(doc.fold.slice(piece.start, piece.end))) continue;
        }
        // "Trump was asked about Putin's assurances": the one asked is the subject, and what
        // follows is the topic, not someone questioned. "Hegseth was interviewed by host X":
        // a passive; the host after "by" is the interviewer (events.ts drafts that).
        if (
          p.type === 'INTERVIEWED' &&
          /^(?:asked|interviewed)$/.test(m[0]) &&
          /\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?$/.test(
            text.slice(Math.max(0, m.index - 20), m.index),
          )
        )
          continue;
        // 'X asked: "Has …?"': the question is quoted, nobody in it was interviewed.
        if (
          p.type === 'INTERVIEWED' &&
          /^\s*(?::|,)?\s*["“]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
        )
          continue;
        // "after a meeting of NATO ambassadors": a meeting of a body is no talk with it.
        // "told the meeting that London …": the noun after a determiner is the session, and
        // the one who spoke to it did not meet whoever comes next.
        if (
          p.type === 'SPOKE_WITH' &&
          /^meeting$/.test(m[0]) &&
          (/^\s+of\b/.test(text.slice(m.index + m[0].length)) ||
            /\b(?:the|a|an|this|that|its|their|his|her|our|closed|emergency|private|council)\s+$/i.test(
              text.slice(Math.max(0, m.index - 12), m.index),
            ))
        )
          continue;
        // "did not say whether the United States had raised the issue with Russia": a fact
        // inside a question or a condition is not told as having happened.
        if (
          ['SPOKE_WITH', 'ATTACKED', 'CONTACTED', 'INTERVIEWED', 'CITED'].includes(p.type) &&
          /\b(?:whether|if)\b[^,.;:"“”]*$/i.test(text.slice(Math.max(0, m.index - 80), m.index))
        )
          continue;
        // "had not discussed": a negated verb states nothing (denials have their own verbs).
        const lead = text.slice(Math.max(0, m.index - 20), m.index);
        // "Russia is accused of …": a passive verb's subject is the one acted upon.
        if (
          (p.type === 'CRITICIZED' || p.type === 'WARNED' || p.type === 'ATTACKED') &&
          /\b(?:is|was|are|were|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$/.test(lead)
        )
          continue;
        // "companies accused of passing imagery", "an envoy criticised for his silence": a
        // participle right before "of" / "for" has no object; it is a passive (a reduced
        // relative clause), and the clause's subject accuses no one.
        if (p.type === 'CRITICIZED' && /^\s+(?:of|for)\b/.test(text.slice(m.index + m[0].length)))
          continue;
        // "Israeli officials blamed Iran for the attack", "blamed the blast on Tehran",
        // "officials blamed Iranian-backed militias": the author of a deed named, an attribution
        // of responsibility rather than criticism. Blame is criticism when it is for a failing
        // ("blamed the White House for the delay", "blamed the administration's silence").
        if (
          p.type === 'CRITICIZED' &&
          /^blam/.test(m[0]) &&
          (!/^\s+[^.;:]{1,60}?(?:['’]s\s|\s+for\s)/.test(text.slice(m.index + m[0].length)) ||
            /^[^.;:]{0,80}?\b(?:for|on)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+|their\s+|last\s+|[\w-]+day['’]s\s+)*(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|bombings?|explosions?|blasts?|incidents?|fires?|raids?|shootings?|sinking|crash|deaths?|killings?|launch(?:es)?|shelling|drone)\b|^\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|bombings?|explosions?|blasts?|incidents?|raids?|shootings?|sinking|crash|deaths?|killings?)\s+on\b/.test(
              text.slice(m.index + m[0].length),
            ))
        )
          continue;
        if (
          p.type !== 'DISMISSED' &&
          /\b(?:not|never|no|nor)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$/.test(lead)
        )
          continue;
        // "Iran denied that it had ever asked Moscow for such help": a verb inside a denied
        // clause tells what did not happen.
        if (
          p.type !== 'DENIED' &&
          p.type !== 'DISMISSED' &&
          /\b(?:denied|denies|deny|denying)\s+(?:\w+ly\s+)?that\s+[^,;:.]*$/.test(
            text.slice(Math.max(0, m.index - 120), m.index),
          )
        )
          continue;
        // "never bothered to deny it", "did not care to dismiss it": a verb after a negated
        // "bother / care / try to" is not done either.
        if (
          /\b(?:not|never|no|nor)\s+(?:\w+\s+)?(?:bother(?:ed)?|cared?|tr(?:y|ied)|managed?|dared?)\s+to\s+$|n't\s+(?:bother|care|try|manage|dare)\s+to\s+$/.test(
            text.slice(Math.max(0, m.index - 40), m.index),
          )
        )
          continue;
        // "a day after a Senate report accused Moscow of passing imagery to Tehran": a report
        // that accuses puts the claim out (its author REPORTED it, body-reports.ts); the body
        // named before the noun is no critic.
        if (
          p.type === 'CRITICIZED' &&
          /\b(?:report|study|assessment|memo|dossier|review|investigation|findings|document)s?\s+(?:(?:also|has|had|have|now|had\s+also|has\s+also)\s+)?$/.test(
            text.slice(0, m.index),
          )
        )
          continue;
        // "has neither confirmed nor denied it": both verbs of the pair are negated.
        if (/\bneither\s+(?:\w+\s+){0,3}$/.test(lead)) continue;
        // "declined to deny that …", "refused to confirm or deny it": a denial withheld is none.
        if (p.type === 'DENIED' && WITHHELD.test(text.slice(Math.max(0, m.index - 40), m.index)))
          continue;
        // "Tehran has denied every single thing it's been caught doing", "has been denying
        // things it later turned out to be doing": a habit of denial, its object a generic thing
        // with a clause of its own, denies nothing in this story ("the Kremlin denies
        // everything" still does).
        if (
          p.type === 'DENIED' &&
          /^\s+(?:every(?:\s+single)?\s+thing|everything|anything|things)\s+(?:that\s+)?(?:it|they|he|she|we|you)(?:['’](?:s|re|ve|d))?\s/.test(
            text.slice(m.index + m[0].length, m.index + m[0].length + 40),
          )
        )
          continue;
        // "Who says …, and who denies it": an interrogative "who" is nobody.
        if (/(?:^|\b(?:and|or|but)\s+|[:?]\s+)who\s+(?:\w+ly\s+)?$/.test(text.slice(0, m.index)))
          continue;
        // "calls to suspend talks with the Kremlin", "before talks with Washington", "when he
        // next speaks with Putin", "plans for a meeting with …": talks ended, asked for, ahead
        // or to come did not take place (SPOKE_WITH tells a conversation that happened).
        if (
          p.type === 'SPOKE_WITH' &&
          /\b(?:suspend\w*|halt\w*|end(?:s|ed|ing)?|cancel\w*|break\s+off|cut\s+off|resume|calls?\s+(?:for|to)|plans?\s+(?:for|to)|prepar\w*\s+for|planned|proposed|possible|potential|upcoming|future|next|ahead\s+of|before|would|will|wo|to\s+hold|seek\w*|want\w*|hop(?:e|es|ed|ing)\s+(?:for|to))\s+(?:(?:a|an|the|his|her|their|its|new|fresh|direct|further|any|more|formal|face-to-face|in-person|phone|telephone|planned)\s+){0,3}$/.test(
            text.slice(Math.max(0, m.index - 45), m.index),
          )
        )
          continue;
        // "pressed him on whether Trump had raised the matter with Putin", "if Russia attacks":
        // a question or a condition in the same clause states no fact.
        if (
          p.type !== 'DISMISSED' &&
          p.type !== 'INTERVIEWED' &&
          /\b(?:whether|if)\b[^,;:"“”]*$/.test(text.slice(0, m.index))
        )
          continue;
        let subjects: string[] = [];
        // A noun trigger ("attacks on U.S. forces") has only the agent right before it
        // ("Iranian strikes on", "Iran's attack on"), never the subject of the clause.
        const noun =
          p.type === 'ATTACKED' && /^(?:strikes?|attacks?)\s+(?:on|against)|^attacks?$/.test(m[0]);
        // "any Iranian strike on U.S. forces would draw …", "future attacks on": a strike feared
        // or threatened, not one that happened.
        if (
          noun &&
          /\b(?:any|future|possible|potential|further)\s+(?:[\w-]+\s+){0,2}$/.test(
            text.slice(0, m.index),
          )
        )
          continue;
        if (noun) {
          const agent = ms.filter(
            (x) =>
              x.end <= at &&
              isActor(doc, x) &&
              /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(lower.slice(x.end, at)) &&
              // "the Guards claimed the attack": who claims or condemns an attack is no agent
              // of the words after it.
              !/\b(?:claimed|claims|denied|denies|condemned|condemns|ordered|blamed|blames|praised|admitted|acknowledged|welcomed|confirmed|reported|defended|justified)\b/.test(
                lower.slice(x.end, at),
              ) &&
              !/\b(?:in|on|at|against|of|from|to|with)\s/.test(lower.slice(x.end, at)),
          );
          const a = agent[agent.length - 1];
          if (a) subjects = [a.entity];
        } else if (quoted) {
          const sp = speakerOf(at);
          if (sp) subjects = [sp];
        } else {
          // "Peskov also said Moscow had no plans … and accused Washington of …": a verb joined
          // to the verb of saying by "and" has the speaker's subject, not the reported clause's.
          const before = text.slice(0, m.index);
          const saying = [...before.matchAll(new RegExp(SPEECH_VERBS.source, 'g'))][0];
          const joined =
            saying !== undefined &&
            (p.type === 'CRITICIZED' || p.type === 'WARNED' || p.type === 'RESPONDED_TO') &&
            /\band\s+(?:also\s+|then\s+|later\s+)?$/.test(before) &&
            !/[,;]/.test(
              before.slice(saying.index! + saying[0].length).replace(/,\s*(?:and)\s*$/, ''),
            );
          const sm = subjectMentionBefore(doc, lower, s, joined ? s.start + saying.index! : at);
          if (sm) subjects = sm.start >= s.start ? coordinated(doc, lower, s, sm) : [sm.entity];
        }
        // "Russia calls U.S. claims “a smear” after talks with Iran": talks in a phrase of time
        // ("after", "following", "during") are the main clause's subject's, not the last actor
        // of its object.
        if (
          p.type === 'SPOKE_WITH' &&
          /^(?:talks|meeting|phone call|call|conversation|discussions)\b/.test(m[0]) &&
          /\b(?:after|following|before|during|ahead of|since)\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:(?![\w-]+ing\s)[\w-]+\s+){0,2}$/.test(
            text.slice(Math.max(0, m.index - 40), m.index),
          )
        ) {
          const main = sentenceSubject(doc, lower, { ...s, end: at });
          subjects = main ? [main.entity] : [];
        }
        if (noun && subjects.length === 0) continue;
        // "The Journal reported that Russian officers helped Iran's Guards …, citing U.S.
        // officials": the participle's subject is the clause's reporter, the outlet.
        if (p.type === 'CITED' && /^citing\b/.test(m[0]) && /,\s*$/.test(text.slice(0, m.index))) {
          const outlet = ms.find(
            (x) =>
              x.end <= at &&
              !insideQuote(doc, x.start) &&
              doc.entities.get(x.entity)?.label === 'Outlet',
          );
          if (outlet) subjects = [outlet.entity];
        }
        // "according to a report in The New York Times on Sunday that cited two officials",
        // "…, The Washington Post, which cited …": the relative clause's antecedent, the outlet
        // named right before its pronoun, cited them.
        if (p.type === 'CITED' && /^cited$/.test(m[0])) {
          const rel = /(?:,\s*which|\bthat)\s+(?:also\s+|had\s+)?$/.exec(text.slice(0, m.index));
          if (rel) {
            const pron = at - (m.index - rel.index);
            const outlet = ms
              .filter(
                (x) =>
                  x.end <= pron &&
                  !insideQuote(doc, x.start) &&
                  doc.entities.get(x.entity)?.label === 'Outlet' &&
                  /^\s*(?:(?:on|last|this|earlier|late)\s+[\w-]+(?:\s+[\w-]+)?\s*)?$/.test(
                    lower.slice(x.end, pron).replace(/,\s*$/, ''),
                  ),
              )
              .pop();
            if (outlet) subjects = [outlet.entity];
          }
        }
        subjects = subjects.filter(
          (x) => !p.subjects || p.subjects.includes(doc.entities.get(x)?.label ?? ''),
        );
        if (subjects.length === 0) continue;
        const clauseEnd = (() => {
          const rest = lower.slice(end, s.end);
          // A full stop ends the clause, not the one of "U.S." or "Sen.".
          const stop = rest.search(
            /[;]|,\s+(?:and|but|while|which|who|as)\b|(?<!\b[a-z]|\b(?:mr|mrs|ms|dr|sen|rep|gen|gov|st))\.\s/,
          );
          return stop < 0 ? s.end : end + stop;
        })();
        const after = ms.filter(
          (x) =>
            x.start >= end &&
            x.end <= clauseEnd &&
            !subjects.includes(x.entity) &&
            (p.type === 'CITED' || !isModifier(lower, x)),
        );
        let objects: string[] = [];
        // "rejected the criticism", "dismissed his remarks": words answered, not the claim.
        const answersWords =
          (p.type === 'DENIED' || p.type === 'DISMISSED') &&
          /^\s+(?:the|this|that|these|those|such|his|her|their|its|any)\s+(?:[\w-]+\s+){0,2}?(?:criticism|critique|remarks?|comments?|attacks?|rebuke|charges? of|suggestions?|calls?|demands?)\b/.test(
            lower.slice(end, end + 60),
          );
        if (p.object === 'claim' && answersWords) continue;
        if (p.object === 'claim') {
          const o = claimObject(doc, lower, s, after, end, clauseEnd, topic);
          if (o) objects = [o];
          // "denied that talks … had been suspended", "denied that Tehran carried out the
          // attack": a clause that tells no sharing is denied, not the claim; an event it names
          // (the attack) is what was denied.
          if (p.type === 'DENIED' && /^\s+(?:\w+ly\s+)?that\s/.test(lower.slice(end, end + 20))) {
            const told = ms.some((x) => x.start >= end && x.end <= clauseEnd && isClaim(doc, x));
            if (!told && !SHARING_WORDS.test(lower.slice(end, clauseEnd))) {
              const ev = after.find(
                (x) =>
                  doc.entities.get(x.entity)?.label === 'Event' &&
                  !isClaim(doc, x) &&
                  !isCommunicationEvent(doc.entities.get(x.entity)),
              );
              objects = ev ? [ev.entity] : [];
            }
          }
        } else if (p.object === 'entity') {
          // The first thing named after the verb is its object (none if that is a modifier).
          // "with Russian Foreign Minister Sergei Lavrov": a demonym inside the title of the
          // person named next is part of that person's phrase, not the object.
          const inTitle = (x: Mention) =>
            headOfStateTitle(doc, lower, x, ms) ||
            // "met Russian Security Council Secretary Sergei Shoigu": a demonym opening a run of
            // capitalised title words before a person's name is the title's.
            (x.kind === 'demonym' &&
              ms.some(
                (y) =>
                  y.start > x.end &&
                  doc.entities.get(y.entity)?.label === 'Person' &&
                  /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for)\s+){1,6}$/u.test(
                    doc.fold.slice(x.end, y.phraseStart ?? y.start),
                  ),
              )) ||
            (isModifier(lower, x) &&
              ms.some(
                (y) =>
                  y.start >= x.end &&
                  (y.phraseStart === undefined
                    ? // "Iranian diplomat Reza Tavan": lower-case role words between.
                      /^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(lower.slice(x.end, y.start))
                    : x.start >= y.phraseStart ||
                      // "Russian Deputy Foreign Minister X", "Saudi Crown Prince X": title words
                      // between the demonym and the title the name stage kept.
                      TITLE_GAP.test(lower.slice(x.end, y.phraseStart))),
              ));
          // "warned Moscow to stop passing … to Iran": the claim the words tell starts at Moscow,
          // but the one warned is Moscow.
          const claimSpan = (x: Mention) =>
            x.kind === 'event' &&
            ms.some(
              (y) =>
                y !== x && y.start === x.start && y.end < x.end && !subjects.includes(y.entity),
            );
          const next = ms.find(
            (x) => x.start >= end && !subjects.includes(x.entity) && !inTitle(x) && !claimSpan(x),
          );
          let first =
            next &&
            after.includes(next) &&
            (next.phraseStart ?? next.start) - end <= (p.window ?? 60)
              ? next
              : undefined;
          // "met Iran's ambassador to Russia, Ali Jafarzadeh": a demonym or a possessive country
          // before the envoy is a modifier; the envoy named after it is the object.
          const lead =
            first ??
            (next &&
            doc.entities.get(next.entity)?.label === 'Country' &&
            (next.phraseStart ?? next.start) - end <= 12
              ? next
              : undefined);
          // "met his Turkish counterpart, Selim Kaya,", "summoned the Russian ambassador in London,
          // Andrei Volsky": the person, not the country.
          if (lead && doc.entities.get(lead.entity)?.label === 'Country') {
            const cp = /^\s+counterparts?\s*,?\s*$/;
            // "spoke with his counterpart in Ankara, Hakan Fidan": the counterpart, not the city.
            const envoy =
              /^\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,2}?(?:ambassador|envoy|charg[eé] d['’]affaires|counterparts?)(?:\s+(?:in|to|from)\s+[^,;.]{1,30})?\s*,\s*$/;
            const person = ms.find(
              (x) =>
                x.start > lead.end &&
                doc.entities.get(x.entity)?.label === 'Person' &&
                ((first && cp.test(lower.slice(lead.end, x.phraseStart ?? x.start))) ||
                  envoy.test(lower.slice(end, x.phraseStart ?? x.start))),
            );
            if (person) first = person;
          }
          const isEvent = first && doc.entities.get(first.entity)?.label === 'Event';
          const gap = first ? lower.slice(end, first.phraseStart ?? first.start) : '';
          // "spoke to reporters before boarding a flight to Brussels": the verb's object is an
          // audience, and what follows is another clause; "citing two European diplomats, …":
          // unnamed people are the source, not the country named later.
          const unnamedObject =
            // "pushed back on questions about Hegseth": questions answered, not Hegseth.
            (p.type === 'RESPONDED_TO' &&
              /\b(?:questions?|queries|reports?|suggestions?|claims?|criticism)\s+(?:about|on|over|regarding|of|that)\b/.test(
                gap,
              )) ||
            ((p.type === 'SPOKE_WITH' || p.type === 'CITED' || p.type === 'CONTACTED') &&
              (/\b(?:reporters|journalists|the press|the media|supporters|students|lawmakers|diplomats|officials|sources|people|persons|officers|analysts|aides|experts|before|after|while|when|during|as)\b/.test(
                gap,
              ) ||
                // "citing a senior official, …"; "Iranian diplomat Omid Sarvi" is a title.
                /\b(?:diplomat|official|source|officer|analyst|aide|expert)\s*[,;]/.test(gap) ||
                // "after a meeting at the Kremlin": a place, not a partner.
                (p.type === 'SPOKE_WITH' &&
                  /^\s*(?:at|in|inside|outside|near)\s+(?:the\s+)?$/.test(gap)) ||
                // "X and Y met for two hours, Oman's foreign ministry said": past a comma, the
                // one named before a verb of saying is the source of the sentence.
                (p.type === 'SPOKE_WITH' &&
                  first !== undefined &&
                  /,/.test(gap) &&
                  /^\s*(?:said|says|told|reported|announced|added)\b/.test(
                    lower.slice(first.end, first.end + 12),
                  ))));
          // "warned that Moscow would respond": a clause follows, not the one warned (a threat
          // told in the clause is threats.ts's).
          const warnedClause = p.type === 'WARNED' && /\bthat\b/.test(gap);
          // "spoke with The Harbor Review": an interview (the events stage), not talks.
          const outlet =
            p.type === 'SPOKE_WITH' && first && doc.entities.get(first.entity)?.label === 'Outlet';
          // "struck launch sites near Kermanshah": a place is attacked as its country is (the
          // strikes stage relates that); a place itself is attacked by nobody.
          const placeHit =
            p.type === 'ATTACKED' && first && doc.entities.get(first.entity)?.label === 'Location';
          // "targeted “a base serving American aggression”": a demonym deep inside the quoted
          // object qualifies the speaker's words for the target; it is not the one hit.
          const quotedQualifier =
            p.type === 'ATTACKED' &&
            first?.kind === 'demonym' &&
            doc.quotes.some(
              (q) =>
                first!.start >= q.start &&
                first!.end <= q.end &&
                /\S+\s+\S+\s+\S*$/.test(lower.slice(q.start, first!.start)),
            );
          if (
            first &&
            !outlet &&
            !unnamedObject &&
            !warnedClause &&
            !placeHit &&
            !quotedQualifier &&
            (!isEvent || p.type === 'CITED')
          ) {
            objects = [
              (p.type === 'CITED' && intelligenceOf(doc, ctx, first, lower)) || first.entity,
            ];
            // "citing U.S. and Israeli officials": both countries' officials are the sources.
            const also = ms.find(
              (x) =>
                p.type === 'CITED' &&
                x.start > first!.end &&
                /^\s+and\s+$/.test(lower.slice(first!.end, x.phraseStart ?? x.start)) &&
                doc.entities.get(x.entity)?.label === 'Country' &&
                doc.entities.get(first!.entity)?.label === 'Country',
            );
            if (also) objects.push(also.entity);
          }
        } else objects = [...new Set(after.map((x) => x.entity))];
        // "denies that its forces attacked the tanker, which was hit … on Wednesday": the day of
        // an attack told in the sentence is the attack's, never a statement's.
        const statement = ['DENIED', 'DISMISSED', 'CRITICIZED', 'WARNED', 'RESPONDED_TO'].includes(
          p.type,
        );
        const date = dateNear(doc, s, at, [
          ...doc.quotes,
          ...mainClauseBefore(doc, s.start, at),
          ...(statement ? attackDates(doc, s) : []),
        ]);
        const quote =
          p.type === 'DENIED'
            ? denialWords(doc, attributions, s, at, clauseEnd, subjects)
            : undefined;
        // "asked Defense Secretary Pete Hegseth for a classified briefing", "asked the director
        // to brief senators": a request, not an interview.
        const request =
          p.type === 'INTERVIEWED' &&
          /^asked$/.test(m[0]) &&
          objects.length === 1 &&
          (() => {
            const o = ms.find((x) => x.entity === objects[0] && x.start >= end);
            return !!o && /^\s+(?:for|to\s+[a-z]+)\b/.test(lower.slice(o.end, o.end + 30));
          })();
        for (const from of subjects) {
          // "The Meridian Post spoke on Tuesday with X": an outlet's interview, not talks.
          if (p.type === 'SPOKE_WITH' && doc.entities.get(from)?.label === 'Outlet') continue;
          // "Rep. X, R-Ind., asked Mabry whether …": a lawmaker questioning a witness (at a
          // hearing, in a hallway) holds no interview.
          if (p.type === 'INTERVIEWED' && !request && isLawmaker(doc, from)) continue;
          for (const o of objects) {
            relate(doc, {
              type: request ? 'CONTACTED' : p.type,
              from,
              to: o,
              evidence: quote && (quote.start < s.start || quote.end > s.end) ? [s, quote] : [s],
              ...(quote ? { quote } : {}),
              ...(date ? { date } : {}),
              confidence: p.confidence,
              rule: `verb:${p.rule}`,
            });
          }
        }
      }
    }
  }
}

/** A lawmaker's title before the name, or the party tag after it ("Sen.", "Rep.", "(D-Md.)"). */
const LAWMAKER_BEFORE =
  /\b(?:sen|senator|rep|representative|congressman|congresswoman|chairman|chairwoman|chair|ranking member)\.?\s+$/i;
const LAWMAKER_AFTER =
  /^\s*\((?:[DRI])-[A-Z][\w.]*\)|^,\s+[DRI]-[A-Z][\w.]*|^,\s+(?:an?|the)\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:Republican|Democrat)\b/u;

/** A senator or representative by a title before a mention or a party tag after one. */
export function isLawmaker(doc: Doc, id: string): boolean {
  return doc.mentions.some(
    (x) =>
      x.entity === id &&
      (LAWMAKER_BEFORE.test(
        doc.fold.slice(Math.max(0, (x.phraseStart ?? x.start) - 24), x.phraseStart ?? x.start),
      ) ||
        LAWMAKER_AFTER.test(doc.fold.slice(x.end, x.end + 40))),
  );
}
