/**
 * Stage 6d: the stance of attributed words. News English often prints a denial with no denial
 * verb: "“There is no such cooperation,” the spokesman said", "Nothing of the sort", "“We
 * categorically reject these insinuations,” the embassy said", "called it “a crude
 * fabrication”"; and a downplaying the same way ("It's not a big deal", "it made no
 * difference"). Instead of one pattern per phrasing, each sentence of an attributed quote (or of
 * a Q&A answer) is classified from lexicons of cues grouped by meaning, and so is reported
 * speech that says the claim is untrue without quoting anyone ("Markova said the story was
 * false"). A denial is DENIED, a downplaying DISMISSED, both of the claim the words are about:
 * the claim the sentence (or the one before, or the Q&A question) names, else the article's
 * topic claim. Questions, conditionals and words under a negated lead ("stopped short of
 * calling it “false”") state nothing.
 */
import { SPEECH_VERBS, type Attribution } from './attribution';
import { isClaim, topicEvent } from './claims';
import type { Doc, Sentence } from './document';
import { dateNear, datesIn } from './dates';
import { agrees } from './gender';
import { askingParagraphs } from './qa';
import { relate } from './relate';
import { quoteSentences, statementDate } from './said';
import { CALLED_CLAIM, DISMISSIVE, isActor, mentionsOf, sentenceSubject } from './syntax';
import { involvementDenials, reportedInvolvementDenials } from './involvement';

export type Stance = 'denies' | 'downplays';

/** Words that say a claim is untrue, whatever the verb that carries them. */
const DENIAL_CUES: RegExp[] = [
  // "There is no such cooperation", "no such thing"
  /\bno such\b/,
  /\bnothing of the (?:sort|kind)\b/,
  /\b(?:not|never|n't)\s+(?:\w+\s+)?true\b|\buntrue\b/,
  // "there is no evidence / truth / basis / cooperation"
  /\bthere\s+(?:is|was|has been|have been|are|were)\s+(?:no|not any|never been any)\s+(?:\w+\s+)?(?:evidence|truth|basis|cooperation|sharing|exchange|transfer|link|connection|involvement|help|assistance|support|coordination|data|intelligence|information|imagery)\b/,
  // "the fantasies of American newspapers", "a fabrication", "pure fiction": the claim named
  // as invented.
  /\b(?:fantas(?:y|ies)|fairy[- ]tales?|fabricat(?:ion|ions|ed)|fiction|hoax|inventions?|invented|made[- ]up|fake news)\b/,
  // "That never happened", "None of this took place": the event itself denied.
  /^\W*(?:(?:that|this|it)\s+(?:never|did not|didn't|has never|simply never)|none of (?:that|this|it))\s+(?:happened|happen|took place|take place|occurred|occur)\b(?=\s*(?:[,.!;"”'-]|and\b|$))/,
  // The diplomatic formula: "such claims have nothing in common with reality", "do not
  // correspond to reality", "are divorced from the facts", "have no basis in fact".
  /\bnothing (?:at all )?in common with (?:the )?(?:reality|truth|facts)\b|\b(?:not|n't|never)\s+(?:\w+\s+)?(?:correspond|conform)\w*\s+(?:to|with)\s+(?:the\s+)?(?:reality|truth|facts)\b|\bdivorced from (?:the )?(?:reality|facts|truth)\b|\bno basis in (?:fact|reality|truth)\b/,
  // "a recycled story with nothing behind it", "there is nothing to it"
  /\bnothing (?:behind|to|in) (?:it|them|this|that|these|those|the (?:story|stories|reports?|claims?|allegations?))\b/,
  // "We categorically reject these insinuations", "Moscow denies it"
  /(?<!\b(?:not|never|cannot|can't|to)\s+)\b(?:categorically\s+|firmly\s+|strongly\s+|flatly\s+|resolutely\s+|completely\s+)?(?:reject|rejects|deny|denies|refute|refutes)\s+(?:these|those|the|such|this|that|any|all|it|them|claims|allegations|reports|accusations|insinuations)\b/,
  // "does not supply anyone with targeting data", "we have never passed anything to"
  /\b(?:(?:does|do|did|has|have|had|is|are|was|were|will|would)\s+(?:not|never)|doesn't|don't|didn't|hasn't|haven't|isn't|aren't|wasn't|weren't|never)\s+(?:\w+\s+){0,2}?(?:shar|pass|provid|suppl|giv|gave|send|sent|feed|fed|transfer|hand|leak)\w*\s+(?:\w+\s+){0,4}?(?:intelligence|intel|information|data|imagery|images|coordinates|targeting|anything|anyone)\b/,
];

/** Words that grant a claim but say it does not matter. */
const DOWNPLAY_CUES =
  /\bnot (?:such )?a big deal\b|\bno big deal\b|\b(?:does|did|do|will|would)(?: not|n't) (?:really )?matter\b|\bdoesn't (?:really )?matter\b|\b(?:makes?|made|making) (?:no|little) (?:real )?difference\b|\bwon't make (?:a|any) difference\b|\bnot (?:a|any) (?:real |big )?(?:factor|concern)\b|\bnot (?:really )?(?:concerned|worried)\b|\bold news\b|\bnothing new\b|\boverblown\b|\bblown out of proportion\b|\ba (?:sideshow|distraction|side issue|non-?story|non-?issue)\b|\bno (?:real )?significance\b|\b(?:does not|doesn't|did not|didn't|won't|will not)\s+keep\s+(?:me|us|anyone|anybody|him|her|them)\s+(?:up|awake)\b|\b(?:not|n't|never)\s+(?:\w+\s+)?los(?:e|ing)\s+(?:any\s+)?sleep\b|\bnot (?:a|any) (?:real )?game[- ]changer\b|\b(?:does|do|did|will|would)(?: not|n't) change (?:anything|much|a thing|our (?:approach|policy|position|posture|calculus|assessment|plans?)|the (?:picture|calculus|equation|fundamentals))\b|\b(?:doesn't|don't|didn't|won't) change (?:anything|much|a thing)\b|\b(?:does|do|did)(?: not|n't) (?:deserve|merit|warrant) (?:a |any )?(?:comment|response|reply|attention)\b/;

/**
 * Someone else's words inside the quote: "they assure us", "Moscow says", "he told me" ("such
 * claims", "these claims" are the noun, not someone claiming).
 */
const RELAYED =
  /\b(?:assur\w*|says?|said|tell|tells|told|insist\w*|(?<!\b(?:such|these|those|the|their|its|his|her|our|any|all|of|false|baseless|similar)\s+)claim\w*|promis\w*|swear\w*|swore)\b/;

/** A claim word as the subject of a copula: "the story is false", "these reports are". */
const LABELLED =
  /\b(?:it|this|that|these|those|they|(?:the|these|those|such|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:reports?|story|stories|claims?|allegations?|accusations?|insinuations?|articles?|account))\s*(?:is|are|was|were|'s|’s|remains?)\s+(?:\w+\s+){0,4}?$/;

/** The claim named as staged for an audience: a psychological war, a show for home. */
export const STAGED =
  /\bpsychological war(?:fare)?\b|\b(?:a |an |pure |just )?(?:performance|show|theat(?:re|er)|spectacle)\s+(?:staged\s+)?for\s+(?:domestic|internal|home)\s+(?:consumption|audiences?)\b|\bfor domestic consumption\b/;

/** "whether this is a …", "if it is …": the words after are asked, not asserted. */
const OPEN_QUESTION = /\b(?:whether|if)\s+(?:[\w'-]+\s+){0,6}$/;

/** The stance of one sentence of attributed words, from its own cues. */
export function stanceOf(words: string): Stance | undefined {
  const w = words.toLowerCase().replace(/[’]/g, "'");
  // A question or a condition asserts nothing ("Old news to whom?", "If it made no difference…").
  if (/\?["'”’\s]*$/.test(w) || /^\W*(?:if|whether|unless)\b/.test(w)) return undefined;
  const cue = DENIAL_CUES.map((re) => re.exec(w)).find((m) => m !== null);
  // "The Russians assure us they are not passing …": a denial relayed is the other side's.
  if (cue && RELAYED.test(w.slice(0, cue.index))) return undefined;
  // "They cannot decide whether this is a hoax or …": a verdict inside an open question is
  // nobody's verdict.
  if (cue && OPEN_QUESTION.test(w.slice(0, cue.index))) return undefined;
  if (cue) return 'denies';
  const d = DISMISSIVE.exec(w);
  if (d && OPEN_QUESTION.test(w.slice(0, d.index))) return undefined;
  // "a crude fabrication": a short label; "these reports are lies": the claim labelled.
  if (d && (w.split(/\s+/).filter(Boolean).length <= 6 || LABELLED.test(w.slice(0, d.index))))
    return 'denies';
  if (/\bfantas(?:y|ies)\b/.test(w) && w.split(/\s+/).filter(Boolean).length <= 6) return 'denies';
  // "This is a psychological war against the Iranian nation", "a performance for domestic
  // consumption": the claim named as staged; a short label, or the claim labelled.
  const st = STAGED.exec(w);
  if (st && (w.split(/\s+/).filter(Boolean).length <= 6 || LABELLED.test(w.slice(0, st.index))))
    return 'denies';
  const dp = DOWNPLAY_CUES.exec(w);
  // "It is not old news to the Navy": a downplaying negated is the opposite.
  if (dp && /^(?:not|no|does|doesn|didn)/.test(dp[0])) return 'downplays';
  if (dp && !/\b(?:not|never|hardly)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$/.test(w.slice(0, dp.index)))
    return 'downplays';
  return undefined;
}

/** "denied that <clause>": the clause, to its first comma. */
export const DENIED_THAT =
  /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:\w+ly\s+)?that\s+([^,;]*)/;

/** Words of a clause that tells intelligence passing, help or targeting (a denial's object). */
export const SHARING_WORDS =
  /\b(?:intelligence|intel|satellites?|imag(?:es|ery)|data|information|coordinates|targeting|targets?|shar(?:e|ed|es|ing)|pass(?:ed|es|ing)?|provid\w*|suppl(?:y|ied|ies|ying)|g[ai]ve|given|giving|f(?:e|ee)d(?:ing)?|receiv\w*|guid\w*|help\w*|assist\w*|tracking|radar|spy\w*|reconnaissance)\b/;

/** A lead that takes back what follows: "stopped short of calling it", "did not say it was". */
export const NEGATED_LEAD =
  /\b(?:not|never|n't|stopped short of|declined to|refused to|would not|wouldn't|without)\s+(?:\w+\s+){0,4}$/;

/** The claim words in `s` are about: named in it, the sentence before, the question, the topic. */
export function claimFor(
  doc: Doc,
  s: Sentence | undefined,
  about: string | undefined,
  topic: string | undefined,
): string | undefined {
  const named = (x: Sentence | undefined) =>
    x ? mentionsOf(doc, x).find((m) => isClaim(doc, m))?.entity : undefined;
  const aboutClaim =
    about && doc.entities.get(about)?.label === 'Event' && doc.entities.get(about)?.alleged
      ? about
      : undefined;
  const prev = s ? doc.sentences[s.index - 1] : undefined;
  const claim =
    named(s) ??
    (prev && s && prev.paragraph >= s.paragraph - 1 ? named(prev) : undefined) ??
    aboutClaim ??
    topic;
  // A strike is a fact the article reports, not an allegation one calls untrue.
  return claim && !doc.entities.get(claim)?.strike ? claim : undefined;
}

/** Quoted words, one sentence at a time: their speaker denies or plays down the claim. */
function quotedStances(doc: Doc, attributions: Attribution[], topic: string | undefined): void {
  const lower = doc.fold.toLowerCase();
  // "Russia “is not a party to this conflict”": the side's denial with no denial word.
  const noPart = new Set(involvementDenials(doc, attributions));
  for (const a of attributions) {
    const s = doc.sentences.find((x) => x.start <= a.quote.start && a.quote.start < x.end);
    if (s && a.rule !== 'qa-turn') {
      const lead = lower.slice(s.start, a.quote.start).replace(/["'“‘\s]+$/, ' ');
      if (NEGATED_LEAD.test(lead)) continue;
      // "denied that Iranian drones hit the tanker, calling the accusation “slander”": the
      // words call what the clause denied, which tells no sharing.
      const other = DENIED_THAT.exec(lead);
      if (
        other &&
        !SHARING_WORDS.test(other[1]!) &&
        !mentionsOf(doc, { start: s.start, end: a.quote.start }).some((m) => isClaim(doc, m))
      )
        continue;
    }
    // One quote is one statement: its first denying sentence stands for it.
    const stated = new Set<Stance>();
    for (const [i, piece] of quoteSentences(doc, a.quote).entries()) {
      const words = doc.fold.slice(piece.start, piece.end);
      const own = stanceOf(words);
      // "brushed off the reports as “fantasies”": brushing aside is playing down, whatever
      // the word (the verb rules draft the DISMISSED).
      if (
        own === 'denies' &&
        /\bbrush(?:ed|es|ing)\s+(?:off|aside)\b[^"“”]*$/.test(
          lower.slice(Math.min(a.start, a.quote.start), a.quote.start).replace(/["“‘'\s]+$/, ' '),
        )
      )
        continue;
      // "dismissed the reports as “psychological warfare”": staged words under "dismissed"
      // play the claim down (the verb rules draft the DISMISSED), unless they call it untrue.
      if (
        own === 'denies' &&
        STAGED.test(words.toLowerCase()) &&
        !DENIAL_CUES.some((re) => re.test(words.toLowerCase())) &&
        !DISMISSIVE.test(words) &&
        /\bdismiss(?:ed|es|ing)?\b[^"“”]*$/.test(
          lower.slice(Math.min(a.start, a.quote.start), a.quote.start).replace(/["“‘'\s]+$/, ' '),
        )
      )
        continue;
      const stance = own ?? (i === 0 && noPart.has(a) ? 'denies' : undefined);
      if (!stance || stated.has(stance)) continue;
      // A label that names a person is about that person, not the claim.
      if (
        own &&
        mentionsOf(doc, piece).some((m) => doc.entities.get(m.entity)?.label === 'Person') &&
        !DENIAL_CUES.some((re) => re.test(words.toLowerCase()))
      )
        continue;
      const here = doc.sentences.find((x) => x.start <= piece.start && piece.start < x.end);
      const claim = claimFor(doc, here, a.about, topic);
      if (!claim) continue;
      let { start, end } = piece;
      while (end > start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      const date = statementDate(doc, a);
      stated.add(stance);
      relate(doc, {
        type: stance === 'denies' ? 'DENIED' : 'DISMISSED',
        from: a.speaker,
        to: claim,
        ...(stance === 'denies' ? { quote: { start, end } } : {}),
        evidence: [a.quote, { start: a.start, end: a.end }],
        ...(date ? { date } : {}),
        confidence: 0.55,
        rule: own ? `stance:quoted-${stance}` : 'stance:quoted-no-part',
      });
    }
  }
}

/** "the story was false", "the reports were untrue", "the claims are baseless". */
const REPORTED_UNTRUE =
  /\b(?:the|these|those|such|this|that|its|their|any)\s+(?:[\w-]+\s+){0,2}?(?:reports?|story|stories|allegations?|claims?|accusations?|account|accounts|articles?|charges?)\s+(?:was|were|is|are|had been|to be)\s+(?:(?:simply|completely|totally|entirely|utterly|patently|categorically|plainly|just)\s+)?(?:false|untrue|not true|baseless|groundless|unfounded|fabricated|invented|made up|a lie|lies|nonsense|fake|wrong|inaccurate|incorrect|fiction|a fabrication|a fantasy)\b/;

/** "called the report fabricated", "dismissed the claims as baseless": no quote marks. */
const CALLED_UNTRUE =
  /\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dismiss(?:ed|ing|es)|brand(?:ed|ing|s)|label(?:l)?(?:ed|ing|s)|term(?:ed|ing|s))\s+(?:the|these|those|such|it|them|this|that|its|their)\s+(?:(?:[\w-]+\s+){0,2}?(?:reports?|story|stories|allegations?|claims?|accusations?|account|articles?|charges?)\s+)?(?:as\s+)?(?:(?:simply|completely|totally|entirely|utterly|patently|plainly|just|pure|a|an)\s+){0,2}(?:false|untrue|baseless|groundless|unfounded|fabricated|invented|made up|a lie|lies|nonsense|fake|fiction|fabrications?|fantas(?:y|ies)|absurd|ridiculous|propaganda|disinformation|slander)\b|\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|dismiss(?:ed|ing|es)|brand(?:ed|ing|s)|label(?:l)?(?:ed|ing|s)|term(?:ed|ing|s))\s+(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+){0,2}?(?:reports?|story|stories|allegations?|claims?|accusations?|account|articles?|charges?)\s+(?:as\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:invention|fabrication|fantasy|fiction|lie|hoax|smear|canard|provocation|fairy[- ]tale|propaganda (?:stunt|exercise))\b/;

/** Reported speech that calls the claim untrue without quoting: the subject denies it. */
function reportedDenials(doc: Doc, topic: string | undefined, subjectOf: SubjectOf): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    const c = CALLED_UNTRUE.exec(text);
    if (c && !NEGATED_LEAD.test(text.slice(0, c.index))) {
      const at = s.start + c.index;
      const inQuote = doc.quotes.some((q) => at >= q.start && at < q.end);
      const pronoun = /^\S+\s+(?:it|them|this|that)\b/.test(c[0]);
      const who = inQuote ? undefined : subjectOf(s, at);
      const claim = claimFor(doc, s, undefined, topic);
      if (who && claim && (!pronoun || pronounIsClaim(text.slice(0, c.index)))) {
        const date = dateNear(doc, s, at, doc.quotes);
        relate(doc, {
          type: 'DENIED',
          from: who,
          to: claim,
          quote: { start: at, end: at + c[0].length },
          evidence: [s],
          ...(date ? { date } : {}),
          confidence: 0.5,
          rule: 'stance:called-untrue',
        });
      }
    }
    const m = REPORTED_UNTRUE.exec(text);
    if (!m) continue;
    const at = s.start + m.index;
    // Only words the sentence reports as someone's: a speech verb right before the claim noun.
    const before = text.slice(0, m.index);
    SPEECH_VERBS.lastIndex = 0;
    let verb: RegExpExecArray | null = null;
    for (let v = SPEECH_VERBS.exec(before); v; v = SPEECH_VERBS.exec(before)) verb = v;
    if (!verb || !/^\s*(?:that\s+)?$/.test(before.slice(verb.index + verb[0].length))) continue;
    if (NEGATED_LEAD.test(before.slice(0, verb.index))) continue;
    // Inside quotes the quote's speaker speaks (quotedStances).
    if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
    const who = subjectOf(s, s.start + verb.index);
    const claim = claimFor(doc, s, undefined, topic);
    if (!who || !claim) continue;
    const end = at + m[0].length;
    const date = dateNear(doc, s, s.start + verb.index, doc.quotes);
    relate(doc, {
      type: 'DENIED',
      from: who,
      to: claim,
      quote: { start: at, end },
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'stance:reported-untrue',
    });
  }
}

type SubjectOf = (s: Sentence, at: number) => string | undefined;

/**
 * "calling it “cheap politics”": a pronoun stands for the claim only when the clause before
 * speaks of one ("rejected the report, calling it …"), not of someone's words ("took issue with
 * her description of the White House, calling it …").
 */
export function callsTheClaim(lead: string): boolean {
  const m = CALLED_CLAIM.exec(lead);
  if (!m) return false;
  if (!/^\S+\s+(?:it|them|that|this)\b/.test(m[0])) return true;
  return pronounIsClaim(lead.slice(0, m.index));
}

/**
 * Whether "it"/"them" after `before` stands for the claim: yes when the clause speaks of one
 * ("rejected the report, calling it …") or of nobody's words; no after someone's words ("Asked
 * about Hegseth's remark …, Delaney brushed it aside").
 */
export function pronounIsClaim(before: string): boolean {
  const claimWord =
    /\b(?:reports?|allegations?|claims?|accusations?|story|stories|charges?|account|assertions?|suggestions?|reporting|speculation)\b/;
  const wordsOf =
    /\b(?:description|remarks?|comments?|criticism|characteri[sz]ation|words|statement|proposal|plan|decision|policy|speech|response|answer|argument|approach|move|stance|position)\b/;
  // "Hegseth's remark that the reports …": the remark, whatever it was about.
  const owned = new RegExp(`(?:['’]s|\\b(?:his|her|their))\\s+(?:[\\w-]+\\s+)?${wordsOf.source}`);
  if (owned.test(before)) return false;
  return claimWord.test(before) || !wordsOf.test(before);
}

/** "Asked about X's comment that …, Y pushed back": Y responds to X. */
const ASKED_ABOUT =
  /^\W*(?:when\s+|after\s+being\s+)?(?:asked|pressed|questioned|quizzed)\s+(?:on|about|over|regarding|to respond to|for (?:a |his |her |their )?(?:response|reaction) to)\s+|^\W*(?:in response to|responding to|reacting to|in reply to|replying to)\s+/;
const WORDS_OF =
  /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|statements?|claims?|assertions?|suggestions?|descriptions?|criticism|words|characteri[sz]ations?|accusations?|warnings?|posts?|tweets?|charges?|argument|interview|answer)\b/;

/** "he"/"she": the person who is the subject of the nearest sentence before. */
function personBefore(doc: Doc, lower: string, s: Sentence, not: string): string | undefined {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 4); i--) {
    const subj = sentenceSubject(doc, lower, doc.sentences[i]!, 'Person');
    if (subj && subj.entity !== not) return subj.entity;
  }
  return undefined;
}

function askedAbout(doc: Doc): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const text = lower.slice(s.start, s.end);
    const a = ASKED_ABOUT.exec(text);
    if (!a) continue;
    const ms = mentionsOf(doc, s).filter((m) => isActor(doc, m));
    const author = ms.find(
      (m) => m.start >= s.start + a.index && WORDS_OF.test(lower.slice(m.end, m.end + 60)),
    );
    if (!author) continue;
    // The opening clause ends at the first comma outside quotes after the words' owner.
    let end = -1;
    for (let i = author.end; i < s.end; i++) {
      if (doc.fold[i] !== ',') continue;
      if (doc.quotes.some((q) => i > q.start && i < q.end - 1)) continue;
      end = i;
      break;
    }
    if (end < 0) continue;
    const after = ms.filter(
      (m) => m.start > end && !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
    );
    const rest = lower.slice(end + 1, s.end);
    const first = after[0];
    // The main clause's subject: named right after the comma, else "he"/"she".
    const pronoun = /^["”’'\s]*(?:he|she)\b/.test(rest);
    const who = pronoun
      ? personBefore(doc, lower, s, author.entity)
      : first &&
          /^["”’'\s]*(?:[\w.-]+\s+){0,4}$/.test(
            lower.slice(end + 1, first.phraseStart ?? first.start),
          )
        ? first.entity
        : undefined;
    if (!who || who === author.entity) continue;
    const date = dateNear(doc, s, end, doc.quotes);
    relate(doc, {
      type: 'RESPONDED_TO',
      from: who,
      to: author.entity,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'stance:asked-about',
    });
  }
}

/**
 * "Q: Secretary Hegseth said last week that it made no difference. A: …": an answer to a
 * question that reports someone's words responds to that person.
 */
const SCORN =
  /\b(?:nonsense|absurd|ridiculous|rubbish|garbage|baloney|hogwash|laughable|flat wrong|dead wrong|simply wrong|just wrong|plain wrong|cheap shots?|beneath (?:him|her|them))\b/;

function answersToQuotedQuestions(doc: Doc, attributions: Attribution[]): void {
  const lower = doc.fold.toLowerCase();
  const done = new Set<string>();
  // "Q:" turns, and a transcript's host turns ("RACHEL ORTIZ, CNN ANCHOR: …").
  const asks = askingParagraphs(doc);
  const asking = (i: number) =>
    asks.has(i) ||
    /^\s*(?:q|question|interviewer)\s*:/i.test(
      doc.fold.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.end),
    );
  for (const a of attributions) {
    if (a.rule !== 'qa-turn') continue;
    const qi = doc.paragraphs
      .slice(0, a.quote.paragraph)
      .map((_, i) => i)
      .reverse()
      .find(asking);
    const qp = qi === undefined ? undefined : doc.paragraphs[qi];
    if (!qp) continue;
    const key = `${a.speaker}@${qp.start}`;
    if (done.has(key)) continue;
    done.add(key);
    // A body relayed ("The Kremlin called the story …", "Iran's mission to the United Nations
    // called those reports …") is answered as a person is.
    const who = mentionsOf(doc, qp).find(
      (m) =>
        m.entity !== a.speaker &&
        (doc.entities.get(m.entity)?.label === 'Person' ||
          (doc.entities.get(m.entity)?.label === 'Organization' && !m.nested)) &&
        // "The Kremlin spokesman, Dmitry Peskov, called that …": past the closing comma too.
        /^,?\s+(?:(?:has|had|have)\s+)?(?:said|says|argued|claimed|called|insisted|told|wrote|posted|suggested|dismissed|described)\b/.test(
          lower.slice(m.end, m.end + 30),
        ),
    );
    if (!who) continue;
    // Only an answer that turns to that person ("Mr. Hegseth can say what he likes") responds
    // to them; one that answers the question's substance responds to the interviewer.
    const nextQ = doc.paragraphs.findIndex((_, i) => i > a.quote.paragraph && asking(i));
    const answer = attributions.filter(
      (x) =>
        x.rule === 'qa-turn' &&
        x.speaker === a.speaker &&
        x.quote.paragraph >= a.quote.paragraph &&
        (nextQ < 0 || x.quote.paragraph < nextQ),
    );
    // "He's wrong, and he knows it.", "Well, he would.": an answer that opens on he/she for
    // that person (of that gender) turns to them as well.
    const body = doc.entities.get(who.entity)?.label === 'Organization';
    const opens = (x: Attribution) => {
      const pron =
        /^\W*(?:(?:well|look|no|yes|sure),?\s+)?(?:(?:of course)\s+)?(he|she|they)\b/i.exec(
          doc.fold.slice(x.quote.start, x.quote.end),
        )?.[1];
      if (pron === undefined) return false;
      // "Well, of course they did.": a body is "they".
      if (body) return pron.toLowerCase() === 'they';
      return pron.toLowerCase() !== 'they' && agrees(doc, who.entity, pron.toLowerCase());
    };
    const naming = answer.filter(
      (x) =>
        mentionsOf(doc, x.quote).some((m) => m.entity === who.entity && m.kind !== 'pronoun') ||
        (x === answer[0] && opens(x)),
    );
    if (naming.length === 0) continue;
    // "With respect to the senator, that's nonsense.": words called worthless criticise
    // their author.
    const scorn = naming.find((x) => {
      const w = doc.fold.slice(x.quote.start, x.quote.end).toLowerCase();
      const m = SCORN.exec(w);
      return (
        m !== null &&
        !/\b(?:not|never|no)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$/.test(w.slice(0, m.index))
      );
    });
    if (scorn)
      relate(doc, {
        type: 'CRITICIZED',
        from: a.speaker,
        to: who.entity,
        evidence: [qp, scorn.quote],
        ...(a.date ? { date: a.date } : {}),
        confidence: 0.5,
        rule: 'stance:scorned-answer',
      });
    relate(doc, {
      type: 'RESPONDED_TO',
      from: a.speaker,
      to: who.entity,
      evidence: [qp, a.quote],
      ...(a.date ? { date: a.date } : {}),
      confidence: 0.5,
      rule: 'stance:answer-to-quoted-question',
    });
  }
}

const ANSWERED_ALONE =
  /\b(?:answered|responded|replied|retorted|hit back|shot back|fired back)\b(?=\s*(?:[,.;:]|$|(?:minutes|hours|moments|shortly|soon|later|within|quickly|swiftly|immediately|angrily|sharply|on|in|at|by)\b))/;

/**
 * "Russia's envoy, Pavel Zorin, answered minutes later.": a reply that names no one answers
 * the last other speaker of the article's last paragraphs.
 */
function answeredAlone(doc: Doc, attributions: Attribution[], subjectOf: SubjectOf): void {
  const lower = doc.fold.toLowerCase();
  for (const s of doc.sentences) {
    const m = ANSWERED_ALONE.exec(lower.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    if (doc.quotes.some((q) => at >= q.start && at < q.end)) continue;
    // "Moreau did not say how Putin answered", "asked whether Moscow had replied": an embedded
    // question or a negated clause reports no reply.
    if (/\b(?:how|whether|if|what|not|never|no)\b|n['’]t\b/.test(lower.slice(s.start, at)))
      continue;
    // "fired back at the White House": the reply names whom it answers (the verb rules).
    const after = at + m[0].length;
    if (
      mentionsOf(doc, { start: after, end: s.end }).some(
        (x) =>
          isActor(doc, x) &&
          /^\s+at\s+(?:the\s+)?$/.test(lower.slice(after, x.phraseStart ?? x.start)),
      )
    )
      continue;
    const who = subjectOf(s, at);
    if (!who) continue;
    const before = attributions
      .filter(
        (a) =>
          a.quote.end <= s.start &&
          a.speaker !== who &&
          s.paragraph - a.quote.paragraph <= 3 &&
          ['Person', 'Organization', 'Country'].includes(doc.entities.get(a.speaker)?.label ?? ''),
      )
      .sort((x, y) => x.quote.start - y.quote.start)
      .pop();
    if (!before) continue;
    const date = dateNear(doc, s, at, doc.quotes);
    relate(doc, {
      type: 'RESPONDED_TO',
      from: who,
      to: before.speaker,
      evidence: [s, before.quote],
      ...(date ? { date } : {}),
      confidence: 0.45,
      rule: 'stance:answered',
    });
  }
}

/** "Iran says it does not take targets from anyone": a side's denial with no quote. */
const SAYING_DAY =
  /\b(?:said|says|told\s+\w+|added|insisted|stressed)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b/i;

function reportedNoPart(doc: Doc, topic: string | undefined, subjectOf: SubjectOf): void {
  for (const d of reportedInvolvementDenials(doc, subjectOf)) {
    const claim = claimFor(doc, d.sentence, undefined, topic);
    if (!claim) continue;
    // "Russia does not share intelligence with Iran, the Kremlin said on Tuesday": the day of
    // the saying, right after its verb, is the denial's.
    const said = SAYING_DAY.exec(doc.fold.slice(d.sentence.start, d.sentence.end));
    const sayingDay = said
      ? datesIn(doc, {
          start: d.sentence.start + said.index,
          end: d.sentence.start + said.index + said[0].length,
        }).find((f) => f.date)?.date
      : undefined;
    const date = dateNear(doc, d.sentence, d.span.start, doc.quotes) ?? sayingDay;
    relate(doc, {
      type: 'DENIED',
      from: d.speaker,
      to: claim,
      quote: d.span,
      evidence: [d.sentence],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'stance:reported-no-part',
    });
  }
}

export function extractStances(doc: Doc, attributions: Attribution[], subjectOf: SubjectOf): void {
  const topic = topicEvent(doc);
  quotedStances(doc, attributions, topic);
  reportedDenials(doc, topic, subjectOf);
  reportedNoPart(doc, topic, subjectOf);
  askedAbout(doc);
  answersToQuotedQuestions(doc, attributions);
  answeredAlone(doc, attributions, subjectOf);
}
