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
import { SPEECH_VERBS, type Attribution } from './attribution';
import { isClaim, isCommunicationEvent, isLocative, topicEvent } from './claims';
import {
  sentenceAt,
  type Doc,
  type Mention,
  type MentionKind,
  type Sentence,
  type Span,
} from './document';
import { agrees } from './gender';
import { SHARING_WORDS, callsTheClaim, claimFor, stanceOf } from './stance';
import { involvementDenials } from './involvement';
import { attackDates, dateNear, datesIn, mainClauseBefore } from './dates';
import { subjectBefore } from './patterns';
import { relate } from './relate';
import { COUNTRIES } from './lexicon';
import {
  CLAIM_COPULA,
  CLAIM_THAT_COPULA,
  inParenthetical,
  isActor,
  isObject,
  mentionsOf,
  sentenceSubject,
} from './syntax';

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
    (m) =>
      m.entity !== speaker &&
      m.kind !== 'pronoun' &&
      !possessor(doc, m) &&
      !ownTitle(doc, m, speaker) &&
      // "…, according to the semiofficial Tasnim news agency": the source, not the subject.
      !/\baccording to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i.test(
        doc.fold.slice(Math.max(0, m.start - 45), m.start),
      ) &&
      !medium(doc, m),
  );
}

/**
 * "In an interview with CNN on Sunday, X said …", "told Fox News": the outlet the words were
 * given to carries them; it is not what they are about.
 */
function medium(doc: Doc, m: Mention): boolean {
  return (
    doc.entities.get(m.entity)?.label === 'Outlet' &&
    /\b(?:interview(?:ed)?\s+(?:with|on|by)|told|telling|speaking\s+(?:to|with|on)|spoke\s+(?:to|with|on)|appear(?:ed|ing)?\s+on|said\s+on|wrote\s+(?:in|on)|writing\s+(?:in|on)|posted\s+on|in\s+a\s+post\s+on)\s+(?:the\s+)?$/i.test(
      doc.fold.slice(Math.max(0, m.start - 30), m.phraseStart ?? m.start),
    )
  );
}

/**
 * "Iran's military spokesman, Brig. Gen. X, … vowed a “crushing response”": the body in the
 * speaker's own title is whom he speaks for, not what he speaks of.
 */
function ownTitle(doc: Doc, m: Mention, speaker: string): boolean {
  // "the White House press secretary": a body inside the phrase that names the speaker.
  if (
    doc.mentions.some(
      (x) =>
        x.entity === speaker &&
        x.phraseStart !== undefined &&
        x.phraseStart <= m.start &&
        m.end <= x.start,
    )
  )
    return true;
  if (!sameSide(doc, speaker, m.entity)) return false;
  return doc.mentions.some(
    (x) =>
      x.entity === speaker &&
      x.start > m.end &&
      x.start - m.end <= 60 &&
      !/["“”]/.test(doc.fold.slice(m.end, x.start)),
  );
}

/** "accused the Pentagon of “sitting on” …": the one accused (or blamed, urged) is the target. */
const ACCUSED_BEFORE =
  /\b(?:accus\w*|blam\w*|fault\w*|critici[sz]\w*|rebuk\w*|prais\w*|thank\w*|urg\w*|press\w*|warn\w*|call(?:ed|s|ing)? on|appeal(?:ed|s|ing)? to)\s+$/;

const ACTOR_LABELS = new Set(['Person', 'Organization', 'Country']);

/** "X's answers had been", "called his answers", "her testimony was": someone's answers. */
const ANSWERS_OF =
  /(?:(['’]s?)|\b(his|her))\s+(?:[\w-]+\s+)?(?:answers?|responses?|repl(?:y|ies)|testimony|explanations?|handling|remarks|comments|performance|speech(?:es)?|statements?|posture|approach|conduct)\s+(?:(?:of|on|to|at|about|over)\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?)?(?:(?:so far|to date|until now|now)\s+)?(?:(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?|(?:as\s+)?)$/;

const COURTESY =
  /^\W*(?:(?:all right|alright|okay|ok|great|well),?\s+)?(?:thanks?(?: you)?(?: (?:so|very) much)?(?: for having me| for having us| for the invitation)?|good (?:morning|afternoon|evening)|(?:it's |it is )?(?:great|good|nice|a pleasure|glad|happy) to be (?:here|with you|back)|my pleasure|you're welcome)\b(?:,?\s*(?:and\s+)?(?:[a-z.]+\s*){0,3})?[.!?]?\W*$/i;

/** A transcript's lead-in to what comes next, which says nothing of its own. */
const LEAD_IN =
  /^\W*(?:(?:look|listen|well|so|now|again),?\s+)?(?:what i(?:'d| would) (?:say|tell you) is (?:this|that)|(?:i'll|i will|let me) put it (?:this|that) way|here's (?:the thing|what i'd say|my answer)|(?:my|the) (?:response|answer|point) is (?:simple|this)|let me (?:be clear|finish|say this|just say this|answer that|start with this)|i(?:'ll| will| would) say this|can i (?:just )?(?:jump in|say something|add something|finish))\W*$/i;
/**
 * A briefer's running of the room, which says nothing of its own: "Before I take your
 * questions, I'm joined by X, who will …", "I'll turn it over to the general", "let's go
 * straight to your questions", "I have nothing at the top".
 */
const HOUSEKEEPING =
  /^\W*(?:[^.?!]*\b(?:i'm|i am) (?:also )?joined (?:here |today |now )?by\b|[^.?!]*\b(?:i'll|i will|let me) (?:now )?(?:turn|hand) (?:it |things )?over to\b|[^.?!]*\blet's (?:go|get) (?:straight |right )?to (?:your |a few |some )?questions\b|(?:i have |i've got )?nothing (?:at|for) the top\b)/i;
/** A turn broken off ("Can I just --", "The Russians have been —"). */
const CUT_OFF = /(?:--|—|–)\s*$/;

/** Where the clause that runs on after `from` ends: a semicolon, a new clause, the stop. */
function clauseEnd(doc: Doc, from: number, end: number): number {
  const rest = doc.fold.slice(from, end).toLowerCase();
  const stop = rest.search(
    /[;]|,\s+(?:and|but|while|which|who|as|adding|saying)\b|\s+and\s+that\b|,\s+(?:citing|quoting|noting|pointing|referring|according)\b/,
  );
  return stop < 0 ? end : from + stop;
}

/**
 * "Russia is “all but in the war” alongside Iran": the party named as a partner of the
 * clause's subject is not whom the words are about.
 */
function partnerOf(doc: Doc, m: Mention): boolean {
  return /\b(?:alongside|along with|together with|in concert with|in league with)\s+(?:the\s+)?$/.test(
    doc.fold
      .slice(Math.max(0, (m.phraseStart ?? m.start) - 20), m.phraseStart ?? m.start)
      .toLowerCase(),
  );
}

/**
 * "said the president was “fully aware” and “has been very clear with President Putin”", "said
 * President Trump had been briefed on Monday and “is not worried at all”": a partial quote that
 * is a second predicate joined by "and"/"but" to a reported clause whose subject (`m`) stands
 * before it, with no other actor named in between (no new subject, no "that").
 */
function joinedPredicate(doc: Doc, m: Mention, q: Span): boolean {
  const gap = doc.fold.slice(m.end, q.start).toLowerCase();
  const g = gap.replace(/["'“‘\s]+$/, ' ');
  return (
    (JOINED_PREDICATE.test(g) ||
      (JOINED_AUX_PREDICATE.test(g) &&
        doc.entities.get(m.entity)?.label !== 'Country' &&
        m.kind !== 'capital')) &&
    !mentionsOf(doc, { start: m.end, end: q.start }).some((x) =>
      ACTOR_LABELS.has(doc.entities.get(x.entity)?.label ?? ''),
    )
  );
}
/**
 * "said the president was being briefed on the reports “every single day”": a person as the
 * reported clause's subject, its verb phrase running on to the quote, no other actor named.
 */
function longPredicate(doc: Doc, m: Mention, q: Span): boolean {
  return (
    doc.entities.get(m.entity)?.label === 'Person' &&
    /^\s+(?:was|is|were|are|had|has|have|would|will)\b(?:\s+[\w’'-]+){4,6}\s*$/.test(
      doc.fold
        .slice(m.end, q.start)
        .toLowerCase()
        .replace(/["'“‘\s]+$/, ' '),
    ) &&
    !mentionsOf(doc, { start: m.end, end: q.start }).some((x) =>
      ACTOR_LABELS.has(doc.entities.get(x.entity)?.label ?? ''),
    )
  );
}
/** "said the sharing was “a betrayal …”": the sharing itself as the reported subject. */
const SHARING_COPULA =
  /\b(?:the|this|that|such|its|their|any)\s+(?:[\w.-]+\s+){0,2}?(?:sharing|intelligence-sharing)\s+(?:were|was|are|is|had been|has been)\s+(?:(?:simply|just|merely|an?|another)\s+)?$/;

/**
 * "adding that President Donald Trump “has to make Putin feel this.”": a person as the reported
 * subject right before a quote that opens on the clause's own verb (lower case).
 */
function quotedPredicate(doc: Doc, m: Mention, q: Span): boolean {
  return (
    // 'told reporters that Washington "has no moral standing …"': a body or a country too.
    ['Person', 'Organization', 'Country'].includes(doc.entities.get(m.entity)?.label ?? '') &&
    /^\s*["'“‘]?\s*$/.test(doc.fold.slice(m.end, q.start)) &&
    /^(?:has|have|had|is|was|are|were|will|would|can|could|should|must|may|might|does|did|do|needs?|wants?|knows?|understands?)\b/.test(
      doc.fold.slice(q.start, q.end),
    )
  );
}
const JOINED_PREDICATE =
  /^\s+(?:was|is|were|are|had|has|have|would|will)\b[^;:.?!,()]{0,80}?\s(?:and|but)\s*$/;
/**
 * "… and was “weighing …”", "… but would not “litigate …”": the second predicate opens on its
 * own auxiliary before the quote, or the first is a quote of its own ("said the administration
 * “takes every report seriously” but would not “…”"). Not for a country as the subject: "that
 * Washington was “deeply concerned” and would “consult …”" mostly speaks for the speaker's side.
 */
const JOINED_AUX_PREDICATE =
  /^\s+(?:(?:was|is|were|are|had|has|have|would|will)\b[^;:.?!,()]{0,80}?|["“][^"“”;]{1,120}[,.]?["”])\s(?:and|but)\s+(?:(?:was|is|were|are|had|has|have|would|will|could|might|should|must|did|does|do)(?:\s+not|n['’]t)?\s*)?$/;

/**
 * What the words right before a partial quote make it about, whatever the quote names: the
 * claim when the claim is the subject ("said the accusations were “a fairy tale from
 * Washington”"), the person or body accused ("accused the Pentagon of “sitting on” it").
 */
const QUOTE_NAMES_CLAIM =
  /\b(?:the|these|those|such|this|that)\s+(?:[\w-]+\s+){0,2}?(?:reports?|allegations?|claims?|accusations?)\b/i;

function leadTarget(
  doc: Doc,
  quote: Span,
  speaker: string,
  sentence: Sentence,
  topic: string | undefined,
): string | undefined {
  const lower = doc.fold.toLowerCase();
  // "that the administration is, quote, "sleepwalking"": a transcript's spoken quote mark is
  // no word of the clause.
  const spoken = /,?\s*\bquote,?\s*(?:["'“‘]\s*)?$/.exec(lower.slice(sentence.start, quote.start));
  const q = spoken ? { ...quote, start: sentence.start + spoken.index } : quote;
  const lead = lower.slice(sentence.start, q.start).replace(/["'“‘\s]+$/, ' ');
  if (
    topic &&
    (CLAIM_COPULA.test(lead) || CLAIM_THAT_COPULA.test(lead) || SHARING_COPULA.test(lead))
  )
    return topic;
  // 'said that Doha was “following the reports closely” and had raised them with Moscow and
  // Washington': a partial quote that names the reports (allegations, claims) itself is about
  // them, not about the parties its sentence lists afterwards.
  if (topic && QUOTE_NAMES_CLAIM.test(doc.fold.slice(q.start, q.end))) return topic;
  // 'said Monday that Russia was “feeding Iran the map” of U.S. naval positions': the quoted
  // predicate is the sharing itself, its receiver a party of the claim.
  if (topic && PASSING.test(doc.fold.slice(q.start, q.end))) {
    const parties = sharingParties(doc, topic);
    if (mentionsOf(doc, q).some((m) => parties.has(m.entity))) return topic;
  }
  // "told reporters the call was “constructive”": the call the article names last.
  if (
    /\bthe (?:phone |telephone )?(?:call|conversation|talks|meeting|summit)\s+(?:was|were|is|are|had been|has been)\s+(?:[\w-]+\s+){0,2}$/.test(
      lead,
    )
  ) {
    const calls = doc.mentions.filter(
      (m) => m.end <= q.start && isCommunicationEvent(doc.entities.get(m.entity)),
    );
    const call = calls.sort((a, b) => a.start - b.start)[calls.length - 1];
    if (call) return call.entity;
  }
  // "warned Moscow on Sunday that it was “playing with fire” if …", "warned Russia that “there
  // will be a price”": a warning is about the one warned, whatever the condition names.
  const warned = warnedParty(doc, q, speaker, sentence);
  if (warned) return warned;
  // 'Rep. X asked her whether …. Harlan said that was “a policy question, not an intelligence
  // one.”': words that call the question something answer the one who asked it.
  if (
    /\b(?:said|says|replied|answered|responded|countered)\s+(?:that\s+)?(?:that|this|it)\s+(?:was|is|were|had been|would be)\s+(?:(?:simply|just|really|more)\s+)?$/.test(
      lead,
    )
  ) {
    const asker = questioner(doc, sentence, speaker);
    if (asker) return asker;
  }
  // "said on X that Trump was “once again taking Putin at his word”": the subject of the
  // reported clause, a person or a body, whatever the quote names.
  const reported = mentionsOf(doc, { start: sentence.start, end: q.start }).filter(
    (m) =>
      m.entity !== speaker &&
      (['Person', 'Organization'].includes(doc.entities.get(m.entity)?.label ?? '') ||
        // "adding that Washington had produced “not one fact”": a country by its name or
        // capital (not "Russian").
        (doc.entities.get(m.entity)?.label === 'Country' &&
          m.kind !== 'demonym' &&
          // "Hegseth said Washington was “watching”": the speaker's own side speaks.
          !ownCountry(doc, speaker, m.entity, true) &&
          // "that Washington was “watching Moscow's conduct”": words that name someone are
          // about them.
          !mentionsOf(doc, q).some(
            (x) =>
              x.entity !== speaker && ACTOR_LABELS.has(doc.entities.get(x.entity)?.label ?? ''),
          ) &&
          /^\p{Lu}/u.test(doc.text.slice(m.start, m.end)) &&
          // "Washington had “sent a very clear message” to Moscow": the clause goes on to
          // name whom it is about.
          !mentionsOf(doc, { start: q.end, end: clauseEnd(doc, q.end, sentence.end) }).some(
            (x) =>
              ['Person', 'Organization', 'Country', 'Event'].includes(
                doc.entities.get(x.entity)?.label ?? '',
              ) && !partnerOf(doc, x),
          ))) &&
      /\b(?:that|said|says|wrote|writes|argued|warned|added|posted)\s+$/.test(
        lower.slice(
          Math.max(sentence.start, (m.phraseStart ?? m.start) - 12),
          m.phraseStart ?? m.start,
        ),
      ) &&
      (/^\s+(?:was|is|were|are|had|has|have|would|will|could|might|should|must)\b(?:\s+[\w’'-]+){0,3}\s*$/.test(
        lower.slice(m.end, q.start).replace(/["'“‘\s]+$/, ' '),
      ) ||
        joinedPredicate(doc, m, q) ||
        longPredicate(doc, m, q) ||
        quotedPredicate(doc, m, q)),
  );
  let rs = reported[reported.length - 1];
  // "said the president would confront Putin “directly”": the one the clause acts on, named
  // between its subject and the quote.
  if (rs && !joinedPredicate(doc, rs, q)) {
    const object = mentionsOf(doc, { start: rs.end, end: q.start }).find(
      (m) =>
        m.entity !== speaker &&
        m.entity !== rs!.entity &&
        ['Person', 'Organization', 'Country'].includes(doc.entities.get(m.entity)?.label ?? '') &&
        m.kind !== 'demonym',
    );
    if (object) rs = object;
  }
  // "Morrow added that the department was “watching Russian activity …”": the speaker's own
  // body as the subject gives way to what the quote names.
  if (rs && !(sameSide(doc, speaker, rs.entity) && targetOf(doc, q, speaker))) return rs.entity;
  // "said the administration's answers so far had been “weak tea”", "called his answers
  // “evasive”": words about someone's answers are about the one who gave them.
  const answers = ANSWERS_OF.exec(lead);
  if (answers) {
    if (answers[1]) {
      const who = mentionsOf(doc, { start: sentence.start, end: q.start })
        .filter(
          (m) =>
            m.entity !== speaker &&
            ACTOR_LABELS.has(doc.entities.get(m.entity)?.label ?? '') &&
            m.end === sentence.start + answers.index + answers[0].search(/['’]/),
        )
        .pop();
      if (who) return who.entity;
    } else {
      const pr = answers[2] === 'her' ? 'she' : 'he';
      for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
        const subj = sentenceSubject(
          doc,
          lower,
          doc.sentences[i]!,
          'Person',
          (m) => m.entity !== speaker && agrees(doc, m.entity, pr),
        );
        if (subj) return subj.entity;
      }
    }
  }
  // "had called the administration's response “timid”": the one whose deed is called so.
  const owner = mentionsOf(doc, { start: sentence.start, end: q.start }).find(
    (m) =>
      m.entity !== speaker &&
      ['Person', 'Organization', 'Country'].includes(doc.entities.get(m.entity)?.label ?? '') &&
      /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(
        lower.slice(m.end, q.start).replace(/["'“‘\s]+$/, ' '),
      ) &&
      /\b(?:call\w*|describ\w*|label\w*|brand\w*|term\w*|dismiss\w*)\s+(?:the\s+)?$/.test(
        lower.slice(sentence.start, m.phraseStart ?? m.start),
      ),
  );
  if (owner) return owner.entity;
  // "said that the administration's answers so far had been “…”": the one whose deed is the
  // reported clause's subject.
  const whose = mentionsOf(doc, { start: sentence.start, end: q.start }).find(
    (m) =>
      m.entity !== speaker &&
      ['Person', 'Organization'].includes(doc.entities.get(m.entity)?.label ?? '') &&
      /^['’]s?\s+(?:[a-z-]+\s+){1,2}(?:so far\s+|thus far\s+)?(?:was|were|is|are|had been|has been|have been)\s+(?:[a-z-]+\s+){0,2}$/.test(
        lower.slice(m.end, q.start).replace(/["'“‘\s]+$/, ' '),
      ) &&
      /\b(?:that|said|says|told\s+(?:[\w.'’-]+\s+){1,4}?that)\s+(?:the\s+)?$/.test(
        lower.slice(sentence.start, m.phraseStart ?? m.start),
      ),
  );
  if (whose) return whose.entity;
  // "took issue with Hale's description of the White House, calling it “cheap politics”": the
  // one the clause criticises, named right after its verb.
  const crit =
    /\b(?:took|takes|taking) (?:issue with|aim at)\s+|\b(?:lashed|lashes|hit|hits) out at\s+|\b(?:critici[sz]\w*|attack\w*|slamm?\w*|blast\w*|rebuk\w*|mock\w*|ridicul\w*|dismiss\w*|reject\w*)\s+(?=\p{Lu}|the\s)/u.exec(
      doc.fold.slice(sentence.start, q.start),
    );
  if (crit) {
    const at = sentence.start + crit.index + crit[0].length;
    // A possessor counts here: "Hale's description" criticises Hale.
    const next = mentionsOf(doc, { start: at, end: q.start }).find(
      (m) => m.entity !== speaker && (m.phraseStart ?? m.start) - at <= 16,
    );
    if (next && ['Person', 'Organization'].includes(doc.entities.get(next.entity)?.label ?? ''))
      return next.entity;
  }
  // "rejected the criticism, calling it “blackmail”": words about someone's words are about
  // their author, named in the clause ("Hale's remarks") or the person the sentence before
  // names (the critic).
  // A scare-quote of a denial ("rejected the reports, calling them “fabrications”") is
  // about the claim.
  if (callsTheClaim(lead)) return claimFor(doc, sentence, undefined, topic) ?? topic;
  // "Peskov called the warning “cheap theatre”": words about a warning are about the one who
  // warned last, within a few sentences (not the speaker).
  if (
    /\b(?:call\w*|describ\w*|dismiss\w*|label\w*|brand\w*)\s+(?:the|his|her|that|this|those|these)\s+(?:[\w-]+\s+)?(?:warnings?|threats?|ultimatums?)\s+(?:as\s+)?$/.test(
      lead,
    )
  ) {
    for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 6); i--) {
      const x = doc.sentences[i]!;
      const v = /\b(?:warn(?:ed|s|ing)|threaten(?:ed|s|ing))\b/.exec(lower.slice(x.start, x.end));
      const who = v
        ? mentionsOf(doc, { start: x.start, end: x.start + v.index })
            .filter(
              (m) =>
                m.entity !== speaker &&
                doc.entities.get(m.entity)?.label === 'Person' &&
                !sameSide(doc, speaker, m.entity),
            )
            .pop()
        : undefined;
      if (who) return who.entity;
    }
  }
  if (
    /\b(?:call\w*|describ\w*|dismiss\w*|label\w*|brand\w*)\s+(?:it|them|that|this)\s+(?:as\s+)?$/.test(
      lead,
    )
  ) {
    const people = (span: Span) =>
      mentionsOf(doc, span).filter(
        (m) => m.entity !== speaker && doc.entities.get(m.entity)?.label === 'Person',
      );
    const owner = people({ start: sentence.start, end: q.start }).find((m) => possessor(doc, m));
    if (owner) return owner.entity;
    // "the criticism": whoever criticised last, within a few sentences.
    if (/\b(?:criticism|attacks?|accusations?|rebuke|charges?)\b/.test(lead)) {
      for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 4); i--) {
        const x = doc.sentences[i]!;
        const v =
          /\b(?:critici[sz]\w*|condemn\w*|slamm?\w*|blast\w*|rebuk\w*|accus\w*|attack\w*|denounc\w*)\b/.exec(
            lower.slice(x.start, x.end),
          );
        const critic = v ? people({ start: x.start, end: x.start + v.index }).pop() : undefined;
        if (critic) return critic.entity;
      }
      return undefined;
    }
    const prev = doc.sentences[sentence.index - 1];
    const last = prev && prev.paragraph >= sentence.paragraph - 1 ? people(prev).pop() : undefined;
    if (last) return last.entity;
  }
  return accusedOf(doc, q, speaker, sentence);
}

/**
 * The person who asked the speaker a question in the sentence before (same paragraph): "Rep.
 * X, a Republican from Kansas, asked her whether …", "X asked Harlan why …".
 */
function questioner(doc: Doc, sentence: Sentence, speaker: string): string | undefined {
  const prev = doc.sentences[sentence.index - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return undefined;
  const lower = doc.fold.toLowerCase();
  const v =
    /\b(?:asked|pressed|questioned)\s+(?:(?:her|him|them)|(?:[\w.'’-]+\s+){1,4}?)\s*(?:whether|if|about|why|how|what|when|on whether)\b/.exec(
      lower.slice(prev.start, prev.end),
    );
  if (!v) return undefined;
  const at = prev.start + v.index;
  // The one asked is the speaker (a pronoun or the speaker's name right after the verb).
  const asked = lower.slice(at, prev.start + v.index + v[0].length);
  const askedMs = mentionsOf(doc, { start: at, end: prev.start + v.index + v[0].length });
  if (!/\b(?:her|him|them)\b/.test(asked) && !askedMs.some((m) => m.entity === speaker))
    return undefined;
  const who = mentionsOf(doc, { start: prev.start, end: at }).filter(
    (m) =>
      m.entity !== speaker &&
      doc.entities.get(m.entity)?.label === 'Person' &&
      !inParenthetical(doc, prev, m),
  );
  return who[0]?.entity;
}

/** The party a warning is addressed to, named right after the verb of warning. */
function warnedParty(doc: Doc, q: Span, speaker: string, sentence: Sentence): string | undefined {
  const lower = doc.fold.toLowerCase();
  const m = candidates(doc, { start: sentence.start, end: q.start }, speaker).find(
    (x) =>
      ACTOR_LABELS.has(doc.entities.get(x.entity)?.label ?? '') &&
      x.kind !== 'demonym' &&
      !sameSide(doc, speaker, x.entity) &&
      /\b(?:warn(?:ed|s|ing)?|cautioned|put)\s+(?:the\s+)?$/.test(
        lower.slice(
          Math.max(sentence.start, (x.phraseStart ?? x.start) - 16),
          x.phraseStart ?? x.start,
        ),
      ),
  );
  if (!m) return undefined;
  // "warned Moscow on Sunday that it …": a day, then the warning's clause, no new actor.
  const gap = lower.slice(m.end, q.start).replace(/["'“‘\s]+$/, ' ');
  if (
    !/^(?:\s+on notice)?(?:\s+(?:on|last|this|late|early)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:that|it)\b[^,;:()]{0,40}$/.test(
      gap,
    )
  )
    return undefined;
  if (
    mentionsOf(doc, { start: m.end, end: q.start }).some((x) =>
      ACTOR_LABELS.has(doc.entities.get(x.entity)?.label ?? ''),
    )
  )
    return undefined;
  return m.entity;
}

/**
 * "accused the Pentagon of “sitting on” …", "accused Russia on Monday of becoming a
 * “co-belligerent”": the one accused (blamed, urged, praised) is what the partial quote is
 * about, whatever strike or place the sentence names besides.
 */
function accusedOf(doc: Doc, q: Span, speaker: string, sentence: Sentence): string | undefined {
  const lower = doc.fold.toLowerCase();
  // "the Pentagon" is a building in the registry, and a building can be accused as its staff.
  const ms = candidates(doc, { start: sentence.start, end: q.start }, speaker).filter(
    (m) => isActor(doc, m) || doc.entities.get(m.entity)?.label === 'Location',
  );
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    const gap = lower.slice(m.end, q.start).replace(/["'“‘\s]+$/, ' ');
    // "accused American officials of “…”": a demonym's people are their country.
    // "accused Russia on Monday of …": a day between the one accused and the charge.
    if (
      !/^\s+(?:(?:on|last|this|late|early)\s+[\w-]+\s+)?(?:(?:officials|leaders|diplomats|authorities|lawmakers|politicians|commanders|generals|officers)\s+)?(?:of|for|over|to)\s+(?:[\w'’-]+\s+){0,3}$/.test(
        gap,
      )
    )
      continue;
    const before = lower.slice(
      Math.max(sentence.start, (m.phraseStart ?? m.start) - 30),
      m.phraseStart ?? m.start,
    );
    if (ACCUSED_BEFORE.test(before.replace(/\b(?:the|a|an)\s+$/, ''))) return m.entity;
    break;
  }
  return undefined;
}

/**
 * "denied that Moscow had provided “any data of a military nature” to Tehran": a partial quote
 * inside a denied clause that tells the passing of intelligence is the claim's words, whatever
 * party the clause names after it.
 */
function inDeniedSharing(doc: Doc, q: Span, sentence: Sentence): boolean {
  const lower = doc.fold.toLowerCase();
  const m =
    /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:\w+ly\s+)?that\s+([^,;:.]*)$/.exec(
      lower.slice(sentence.start, q.start),
    );
  if (!m) return false;
  return SHARING_WORDS.test(`${m[1]!} ${lower.slice(q.start, q.end)}`);
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

/**
 * The claim's parties, with those of the sharing the article states as a fact ("Russia has
 * passed imagery to Iran"): "reports that Moscow …" is no mention of the claim.
 */
function sharingParties(doc: Doc, topic: string | undefined): Set<string> {
  const out = claimParties(doc, topic);
  if (topic && doc.mentions.some((m) => m.entity === topic && isClaim(doc, m)))
    for (const r of doc.relationships)
      if (r.type === 'SHARED_INTELLIGENCE_WITH') out.add(r.from).add(r.to);
  return out;
}

/** "was “feeding Iran the map”": a quoted predicate that is the act of passing something on. */
const PASSING =
  /^(?:(?:been|now|still|actively|quietly|openly)\s+)*(?:feeding|passing|giving|handing|providing|sharing|supplying|sending|funnell?ing|slipping|leaking)\b/i;

function targetOf(
  doc: Doc,
  span: Span,
  speaker: string,
  topic?: string,
  parties?: Set<string>,
): string | undefined {
  // "the department was “watching Russian activity …”": the speaker's own body or country is
  // where the words come from; what else they name is what they are about.
  // A sentence that names only the speaker's own side ("Iran does not need anyone's eyes in
  // the sky", said by Iran's minister) names nothing else: it is about what the words answer.
  const ms = candidates(doc, span, speaker).filter((m) => !sameSide(doc, speaker, m.entity));
  const ev = ms.find(
    (m) =>
      doc.entities.get(m.entity)?.label === 'Event' &&
      m.kind !== 'descriptor' &&
      !isCommunicationEvent(doc.entities.get(m.entity)),
  );
  if (ev) return ev.entity;
  const best = ms
    .filter((m) => !isCommunicationEvent(doc.entities.get(m.entity)))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start)[0];
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

/**
 * The person a piece of quoted words opens on as its subject ("The commander-in-chief reads
 * …", "Putin knows …"): named by name or role in its first words, not the speaker or their side.
 */
function subjectOfPiece(doc: Doc, p: Span, speaker: string): string | undefined {
  const m = mentionsOf(doc, p)[0];
  if (!m || m.kind === 'pronoun' || m.kind === 'demonym' || m.kind === 'descriptor')
    return undefined;
  if (doc.entities.get(m.entity)?.label !== 'Person' || sameSide(doc, speaker, m.entity))
    return undefined;
  const before = doc.fold.slice(p.start, m.phraseStart ?? m.start);
  if (!/^\W*(?:the\s+|our\s+|their\s+|your\s+)?$/i.test(before)) return undefined;
  // "Putin's word": a possessor is not the subject.
  if (/^['’]s?\s/.test(doc.fold.slice(m.end, m.end + 3))) return undefined;
  return m.entity;
}

/**
 * The person quoted words open on by a role phrase as the subject of their verb ("The senator
 * knows …", "The president keeps …"): not a possessor ("the president's call"), not the
 * speaker's side.
 */
function subjectByRole(doc: Doc, p: Span, speaker: string): string | undefined {
  const m = mentionsOf(doc, p)[0];
  if (!m || (m.kind !== 'role' && m.kind !== 'descriptor')) return undefined;
  if (doc.entities.get(m.entity)?.label !== 'Person' || sameSide(doc, speaker, m.entity))
    return undefined;
  if (!/^\W*$/.test(doc.fold.slice(p.start, m.phraseStart ?? m.start))) return undefined;
  // A verb follows the role phrase: "The senator knows", "The president keeps calling".
  if (
    !/^\s+(?:(?:has|have|had|is|was|does|did|will|would|can|could|keeps|kept|knows|knew|must|should|needs|wants|says|said|thinks|believes)\b|[a-z]+s\b)/.test(
      doc.fold.slice(m.end, m.end + 16),
    )
  )
    return undefined;
  return m.entity;
}

/** The speaker, or the body the speaker represents, belongs to or leads. */
function sameSide(doc: Doc, speaker: string, other: string): boolean {
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

const DENIAL_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed)\b/;

const PARTY = new Set(['Country', 'Organization']);

/** The largest run of parties joined by and/or/commas in `s`, possessives left out. */
function listedParties(doc: Doc, s: Span, speaker: string): string[] {
  const lower = doc.fold.toLowerCase();
  const ms = candidates(doc, s, speaker).filter(
    (m) =>
      PARTY.has(doc.entities.get(m.entity)?.label ?? '') &&
      !/^['’]s\b/.test(doc.fold.slice(m.end, m.end + 2)) &&
      // "In Washington, State Department spokesman …": a place, not a party of a list.
      !isLocative(lower, m),
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

/**
 * "“looking closely” at the reports", "“crossed a line” by feeding targeting data to Iran":
 * the quoted predicate's object is the claim.
 */
const CLAIM_OBJECT =
  /^\W*(?:(?:at|over|on|about|into|by|with|to)\s+(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+){0,2}?(?:reports?|allegations?|claims?|accusations?|findings|intelligence|assessment|sharing)\b|by\s+(?:feeding|passing|sharing|giving|providing|supplying|handing|helping|arming)\b)/;

/**
 * A partial quote that is the predicate of a reported clause is about that clause's subject:
 * "said the administration was “asleep at the wheel”", "wrote that Russia “must pay a price”".
 * A country or capital as that subject mostly speaks for the speaker's side ("said Washington
 * was “looking closely” at the reports"): then what the clause names after the quote wins
 * (the claim, else the first entity), and the subject only when nothing follows.
 */
/** A held attitude quoted right after its verb: 'had “serious concerns”', 'voiced “deep unease”'. */
const HELD =
  /\b(?:had|has|have|having|expressed|expresses|voiced|voices|raised|raises|shared|shares|felt|feels|held|holds|harbou?red)\s+(?:\w+\s+)?["'“‘]?\s*$/;

/**
 * "said the administration had “serious concerns” about Moscow's relationship with Tehran",
 * "voiced “deep unease” over Russia's role": a short quoted attitude is about the one it is
 * held about (named right after "about", "over", "regarding"; a possessor too), not about
 * whoever holds it.
 */
function attitudeAbout(
  doc: Doc,
  q: Span,
  speaker: string,
  sentence: Sentence,
  topic: string | undefined,
): string | undefined {
  const lower = doc.fold.toLowerCase();
  if (!HELD.test(lower.slice(Math.max(sentence.start, q.start - 40), q.start))) return undefined;
  if (doc.fold.slice(q.start, q.end).split(/\s+/).length > 6) return undefined;
  const m = mentionsOf(doc, { start: q.end, end: sentence.end }).find(
    (x) => x.entity !== speaker && x.kind !== 'pronoun' && isActor(doc, x),
  );
  if (!m || sameSide(doc, speaker, m.entity)) return undefined;
  const between = lower.slice(q.end, m.phraseStart ?? m.start);
  if (!/^["'”’.,\s]*(?:about|over|regarding|concerning)\s+(?:the\s+)?$/.test(between))
    return undefined;
  // "about Russian help for Iran": a party's help is the claim, not the party.
  if (
    topic &&
    (isClaim(doc, m) ||
      (claimParties(doc, topic).has(m.entity) &&
        /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:help|assistance|support|aid|cooperation|backing|intelligence|intel|involvement|sharing|data|imagery)\b/.test(
          lower.slice(m.end, m.end + 40),
        )))
  )
    return topic;
  return m.entity;
}

function reportedSubject(
  doc: Doc,
  q: Span,
  speaker: string,
  sentence: Sentence,
  topic: string | undefined,
): string | undefined {
  const lower = doc.fold.toLowerCase();
  const lead = lower.slice(sentence.start, q.start);
  let verbEnd = -1;
  SPEECH_VERBS.lastIndex = 0;
  for (let m = SPEECH_VERBS.exec(lead); m; m = SPEECH_VERBS.exec(lead))
    verbEnd = sentence.start + m.index + m[0].length;
  // "According to Lavrov, the United States “is looking …”": the source named before the
  // clause, as a speech verb would.
  const according = /\baccording to [^,;"“]+,\s*/.exec(lead);
  if (verbEnd < 0 && according) verbEnd = sentence.start + according.index + according[0].length;
  if (verbEnd < 0) return undefined;
  // "said the two had spoken by phone and discussed “the situation in the region”": what was
  // discussed is the call's content.
  const occasion = candidates(doc, { start: verbEnd, end: q.start }, speaker).find(
    (m) =>
      m.kind === 'event' &&
      !isClaim(doc, m) &&
      /\b(?:discuss\w*|talk\w* about|focused on|covered|agreed on)\s+["'“‘]*$/.test(
        lower.slice(m.end, q.start),
      ),
  );
  if (occasion) return occasion.entity;
  const subj = candidates(doc, { start: verbEnd, end: q.start }, speaker).filter(
    (m) =>
      isActor(doc, m) &&
      !isObject(lower, m) &&
      !inParenthetical(doc, sentence, m) &&
      // the subject stands right before its verb phrase: "Russia might simply be “…”"
      /^(?:['’]s\b)?\s*(?:[a-z’']+\s+){0,3}["'“‘\s]*$/.test(lower.slice(m.end, q.start)) &&
      !/[,;]|\bthat\b/.test(lower.slice(m.end, q.start)),
  );
  const y = subj[subj.length - 1];
  if (!y) return undefined;
  // "that Russian help “doesn't matter”": a party's help is the claim, not the party.
  if (
    topic &&
    claimParties(doc, topic).has(y.entity) &&
    /^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:help|assistance|support|aid|cooperation|backing|intelligence|intel|involvement|sharing|data|imagery)\b/.test(
      lower.slice(y.end, q.start),
    )
  )
    return topic;
  const label = doc.entities.get(y.entity)?.label;
  if (label !== 'Country' && y.kind !== 'capital') return y.entity;
  const rest = sentenceRest(doc, q, sentence);
  const after = candidates(doc, rest, speaker);
  const claim = after.find((m) => isClaim(doc, m));
  if (claim) return claim.entity;
  // "“sent a very clear message” to Moscow": the quoted predicate's own complement.
  const complement = after.find(
    (m) =>
      isActor(doc, m) &&
      m.entity !== y.entity &&
      /^["'”’\s]*(?:to|at|with|against|on|toward|towards)\s+(?:the\s+)?$/.test(
        lower.slice(q.end, m.phraseStart ?? m.start),
      ),
  );
  if (complement) return complement.entity;
  if (topic && CLAIM_OBJECT.test(lower.slice(rest.start, rest.end))) return topic;
  if (ownCountry(doc, speaker, y.entity)) return undefined;
  return y.entity;
}

/**
 * "said Doha “does not allow …”": a country is the speaker's own when the speaker speaks for,
 * belongs to or leads it or a body named after it ("Qatar's Foreign Ministry"). American news
 * quotes American officials about "Washington" far more than anyone else, so the United States
 * counts as the speaker's own unless the speaker's bodies name another country.
 */
/**
 * The speaker's own country by what the draft says of them: `strict` leaves out the guess
 * that a speaker tied to no foreign body is American.
 */
function ownCountry(doc: Doc, speaker: string, country: string, strict = false): boolean {
  if (sameSide(doc, speaker, country)) return true;
  const bodies = doc.relationships
    .filter(
      (r) =>
        r.from === speaker &&
        (r.type === 'REPRESENTS' ||
          r.type === 'MEMBER_OF' ||
          r.type === 'PART_OF' ||
          r.type === 'LEADS'),
    )
    .map((r) => doc.entities.get(r.to)?.name ?? '')
    // "Kremlin spokesman": a seat of government speaks for its country.
    .map((b) => (SEATS[b] ? `${b} ${SEATS[b]}` : b));
  const info = (id: string) => {
    const name = doc.entities.get(id)?.name ?? '';
    return COUNTRIES.find((c) => c.name === name || c.aliases.includes(name));
  };
  const names = (c: (typeof COUNTRIES)[number]) =>
    [c.name, ...c.adjective, ...c.capital, ...c.aliases].filter((w) => w.length > 2);
  const names_ = (id: string) => {
    const c = info(id);
    return c ? names(c) : [doc.entities.get(id)?.name ?? ''];
  };
  const names$ = (ws: string[]) =>
    new RegExp(`\\b(?:${ws.map((w) => w.replace(/[.]/g, '\\.')).join('|')})`);
  if (bodies.some((b) => names$(names_(country)).test(b))) return true;
  // The registry's role of a known person ("U.S. Secretary of War").
  const role = doc.entities.get(speaker)?.role ?? '';
  if (role && names$(names_(country)).test(role)) return true;
  if (strict || doc.entities.get(country)?.name !== 'United States') return false;
  const foreign = COUNTRIES.filter((c) => c.name !== 'United States');
  return !bodies.some((b) => foreign.some((c) => names$(names(c)).test(b)));
}

/** Bodies named after their building, and the country they govern. */
const SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'Russia',
  'White House': 'United States',
};

/** The clause after a quote, to the next clause break or the sentence end. */
function sentenceRest(doc: Doc, q: Span, sentence: Sentence): Span {
  const text = doc.fold.slice(q.end, sentence.end).toLowerCase();
  const stop = text.search(
    /[;]|,\s+(?:and|but|while|which|who|as|saying|adding|citing|quoting|noting|pointing|referring|according)\b/,
  );
  return { start: q.end, end: stop < 0 ? sentence.end : q.end + stop };
}

/** A quote that is part of a sentence of reported speech ("said it was “…” and left"). */
function isPartial(doc: Doc, q: Span): boolean {
  const sentence = doc.sentences.find((s) => s.start <= q.start && q.end <= s.end);
  if (!sentence) return false;
  const lead = doc.fold.slice(sentence.start, q.start).replace(/["'\s]+$/, '');
  // “…,” said X, a spokeswoman for …: a quote that opens its sentence is whole.
  if (!/\p{L}/u.test(lead)) return false;
  return (
    (q.end - q.start < 0.6 * (sentence.end - sentence.start) ||
      COPULA_LEAD.test(lead) ||
      SUBJECT_LEAD.test(lead)) &&
    !/[:,]$/.test(lead)
  );
}

/**
 * 'Harlan said that was “a policy question, not an intelligence one.”': a quote right after the
 * copula of a reported clause is its predicate, however short the words around it.
 */
/**
 * 'According to Lavrov, the United States “is looking for someone to blame …”', 'said
 * Washington “has run out of ideas”': a quote right after a reported clause's named subject
 * is that clause's predicate, however long.
 */
const SUBJECT_LEAD =
  /(?:\b(?:said|says|told reporters|added|argued|insisted|claimed)\s+(?:that\s+)?|\b[Aa]ccording to [^,;"“]+,\s*)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*$/u;

/** 'said on Wednesday that President Donald Trump': a day may stand between verb and clause. */
const PERSON_LEAD =
  /\b(?:said|says|told reporters|added|argued|insisted|claimed)\s+(?:(?:on|late on|early on|last)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}.'’-]*$/u;

const COPULA_LEAD =
  /\b(?:said|says|replied|answered|added|insisted|argued)\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}?(?:was|is|were|are|had been|has been|would be)$/i;

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
  if (a.date) return a.date;
  const s = doc.sentences.filter((x) => x.start < a.end && a.start < x.end);
  if (s.length === 0) return undefined;
  // "said he had spoken with Trump on Monday": Monday dates the talk, not the saying.
  const lower = doc.fold.toLowerCase();
  const reported = datesIn(doc, { start: a.end, end: s[s.length - 1]!.end }, doc.quotes)
    .filter(
      (f) =>
        /\b(?:had|has|have)\s+(?:not\s+)?\w+/.test(lower.slice(a.end, f.start)) ||
        // "told reporters the question 'was raised' during Sunday's call", "said the matter
        // came up on Friday": the reported clause's own verb owns the day.
        /\b(?:was|were)\s+(?:not\s+|also\s+|only\s+|first\s+)?[a-z]+(?:ed|en|wn|ld|nt|ht)\b|\bcame\s+up\b/.test(
          lower.slice(a.end, f.start).replace(/["“”]/g, ''),
        ) ||
        // "Vance said Under Secretary X met Ambassador Y on Monday and “…”": the reported
        // clause has a subject and a past verb of its own, and the day is that clause's.
        doc.mentions.some(
          (m) =>
            m.start >= a.end &&
            m.end < f.start &&
            isActorId(doc, m.entity) &&
            /^\s+(?:\w+ly\s+)?(?:met|spoke|called|visited|held|travell?ed|flew|arrived|signed|raised|told|phoned|talked|discussed|delivered|summoned)\b/.test(
              lower.slice(m.end, m.end + 30),
            ),
        ),
    )
    .map((f) => ({ start: f.start, end: f.start + f.text.length }));
  // "Rubio said Russia had “picked a side”, as Russian Foreign Minister Lavrov on Monday
  // rejected …": a clause of its own subject after ", as" keeps its day to that subject.
  const sEnd = s[s.length - 1]!.end;
  const asClause = /,\s+as\s+(?:the\s+)?\p{Lu}/u.exec(doc.fold.slice(a.end, sEnd));
  if (asClause) reported.push({ start: a.end + asClause.index, end: sEnd });
  // "Hegseth hit back on Wednesday at X after the senator accused …" (dates.ts).
  const earlier = mainClauseBefore(doc, s[0]!.start, a.end);
  return dateNear(doc, { start: s[0]!.start, end: s[s.length - 1]!.end }, a.end, [
    ...doc.quotes,
    ...earlier,
    ...reported,
    ...askedObject(doc, lower, s[0]!.start, a.end),
    ...attackDates(doc, { start: s[0]!.start, end: s[s.length - 1]!.end }),
    ...(a.rule === 'relative-clause' ? [] : relativeClauses(doc, s[0]!.start, a.end)),
  ]);
}

/**
 * ", who on Friday accused …," before the main clause's verb: the relative clause's day is of
 * what its person did, not of the main clause's saying. Each runs from ", who" to the next
 * comma outside quote marks (a quote that ends with its own comma closes it too).
 */
function relativeClauses(doc: Doc, from: number, to: number): Span[] {
  const out: Span[] = [];
  const chunk = doc.fold.slice(from, to);
  for (const m of chunk.matchAll(/,\s*who\s/g)) {
    let end = to;
    for (let k = from + m.index + m[0].length; k < to; k++) {
      const q = doc.quotes.find((x) => k >= x.start && k < x.end);
      if (q) {
        if (/,\s*$/.test(doc.fold.slice(q.start, q.end))) {
          end = q.end;
          break;
        }
        k = q.end - 1;
        continue;
      }
      if (doc.fold[k] === ',') {
        end = k;
        break;
      }
    }
    if (end < to) out.push({ start: from + m.index, end });
  }
  return out;
}

/**
 * "Asked about a ministry statement on Saturday that called …, Maddox said": a day inside what
 * he was asked about dates that, not his answer. A day that ends the clause ("Asked about it on
 * Sunday, Peskov said", "Asked on Wednesday whether …") is the day he was asked and answered.
 */
function askedObject(doc: Doc, lower: string, from: number, to: number): Span[] {
  const head = lower.slice(from, to);
  const m =
    /^\W*(?:when\s+)?(?:asked|pressed|questioned|quizzed|challenged)\b[^,]*?\b(?:about|whether|if|over|why|how|what)\b/.exec(
      head,
    );
  if (!m) return [];
  const comma = from + head.lastIndexOf(',');
  if (comma <= from + m[0].length) return [];
  return datesIn(doc, { start: from + m[0].length, end: comma }, doc.quotes)
    .filter((f) => /[a-z]/.test(lower.slice(f.start + f.text.length, comma)))
    .map((f) => ({ start: f.start, end: f.start + f.text.length }));
}

const ASKED =
  /^\W*(?:when\s+)?(?:asked|pressed|questioned|quizzed|challenged)\s+(?:\w+\s+){0,3}?(?:about|on|over|whether|if|why|how|what|when)\b|^\W*on\s+(?:whether|why|how|what)\b/i;

/** What an "Asked whether …," or "Pressed on …," clause before the quote names. */
function askedAbout(
  doc: Doc,
  sentence: Sentence,
  q: Span,
  speaker: string,
  topic: string | undefined,
  parties: Set<string>,
): string | undefined {
  const head = doc.fold.slice(sentence.start, q.start);
  if (!ASKED.test(head)) return undefined;
  const comma = head.search(/[,:]/);
  if (comma < 0) return undefined;
  const span = { start: sentence.start, end: sentence.start + comma };
  const ms = candidates(doc, span, speaker).filter((m) => !sameSide(doc, speaker, m.entity));
  // "Pressed on whether Russia had provided the targeting data behind Iranian attacks": a
  // question that names both parties of the claim asks about the claim.
  const named = new Set(ms.map((m) => m.entity));
  if (topic && parties.size >= 2 && [...parties].every((x) => named.has(x))) return topic;
  // "said at a hearing …, that …": the occasion of the words is not what they are about.
  const ev = ms.find(
    (m) =>
      doc.entities.get(m.entity)?.label === 'Event' &&
      !isCommunicationEvent(doc.entities.get(m.entity)),
  );
  if (ev) return ev.entity;
  const own = (id: string) =>
    doc.entities.get(id)?.label === 'Country' && ownCountry(doc, speaker, id);
  return ms.find(
    (m) =>
      ['Person', 'Organization', 'Country'].includes(doc.entities.get(m.entity)?.label ?? '') &&
      !own(m.entity),
  )?.entity;
}

/**
 * 'Sen. X said Hegseth had finally found the right words. “Better late than never,” X said.':
 * a whole quote right after the speaker's own reported speech goes on about the person that
 * speech was about (the reported clause's subject), when the quote names nothing itself.
 */
function reportedBefore(doc: Doc, sentence: Sentence, speaker: string): string | undefined {
  const prev = doc.sentences[sentence.index - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return undefined;
  if (doc.quotes.some((x) => x.start < prev.end && prev.start < x.end)) return undefined;
  const lower = doc.fold.toLowerCase();
  const text = lower.slice(prev.start, prev.end);
  SPEECH_VERBS.lastIndex = 0;
  const v = SPEECH_VERBS.exec(text);
  if (!v || !/^(?:said|says|told|tells|added|argued|insisted|wrote|noted)$/.test(v[1]!))
    return undefined;
  const verbAt = prev.start + v.index;
  const ms = mentionsOf(doc, prev);
  if (!ms.some((m) => m.end <= verbAt && (m.entity === speaker || m.kind === 'pronoun')))
    return undefined;
  // "told Brooks that Defense Secretary Pete Hegseth should testify": past the one told.
  const that = /^\s+(?:[\w.'’-]+\s+){0,3}?that\s/.exec(text.slice(v.index + v[0].length));
  const after = verbAt + v[0].length + (that ? that[0].length : 0);
  const subj = ms.find((m) => m.start >= after && m.kind !== 'pronoun');
  if (!subj || subj.entity === speaker) return undefined;
  if (doc.entities.get(subj.entity)?.label !== 'Person') return undefined;
  const gap = lower.slice(after, subj.phraseStart ?? subj.start);
  if (!/^\s+(?:(?:[\w.'’-]+\s+){1,3}?that\s+|that\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?$/.test(gap))
    return undefined;
  if (
    !/^(?:['’]s?\s)?\s*(?:had|has|have|was|is|were|would|should|must|will|could|did|does|\w+ed)\b/.test(
      lower.slice(subj.end, subj.end + 12),
    )
  )
    return undefined;
  return subj.entity;
}

export function extractSaid(doc: Doc, attributions: Attribution[]): void {
  const topic = topicEvent(doc);
  const parties = claimParties(doc, topic);
  const sharing = sharingParties(doc, topic);
  const lower = doc.fold.toLowerCase();
  // "Russia “is not a party to this conflict”": a side's denial with no denial word is about
  // the claim it answers, whatever the reported clause's subject.
  const noPart = new Set(involvementDenials(doc, attributions));
  // The last statement drafted: a speaker's next words that name nothing go on about the same
  // thing (“…the Russians will come to regret it,” he said. “We will find out …”).
  let previous: { speaker: string; paragraph: number; target: string } | undefined;
  // The body the speaker's last words judged, partial quotes included ("said the
  // administration's handling had been “weak”"), for a "They …" that follows.
  let judged: { speaker: string; paragraph: number; target: string } | undefined;
  for (const a of attributions) {
    const q = a.quote;
    const goesOn =
      previous &&
      !isPartial(doc, q) &&
      previous.speaker === a.speaker &&
      a.rule !== 'qa-turn' &&
      q.paragraph - previous.paragraph <= 1 &&
      q.paragraph >= previous.paragraph
        ? previous.target
        : undefined;
    const pieces = quoteSentences(doc, q).filter((p) =>
      /\p{L}/u.test(doc.text.slice(p.start, p.end)),
    );
    const sentence = doc.sentences.find((s) => s.start <= q.start && q.end <= s.end);
    // A partial quote sits inside reported speech; "said: “…”" introduces a whole one.
    // "that the Pentagon is, quote, “asleep”": the spoken quote mark leaves it partial.
    const lead = sentence
      ? doc.fold
          .slice(sentence.start, q.start)
          .replace(/["'\s]+$/, '')
          .replace(/,?\s*\bquote,?$/i, '')
      : '';
    const quoteLead = lead;
    // A quote that opens its sentence is whole, however long the attribution after it.
    const opensSentence = !/\p{L}/u.test(lead);
    // A quote the splitter cut in two sentences lies in none: its first sentence is its home.
    const home = sentence ?? sentenceAt(doc, q.start);
    const partial =
      sentence !== undefined &&
      (q.end - q.start < 0.6 * (sentence.end - sentence.start) ||
        COPULA_LEAD.test(lead) ||
        SUBJECT_LEAD.test(lead)) &&
      !/[:,]$/.test(lead);
    // "…, saying it targeted “a base serving American aggression”": a strike the sentence
    // names outside the quote is what the quote is about.
    const strike = sentence
      ? candidates(doc, sentence, a.speaker).find(
          (m) =>
            (m.start >= q.end || m.end <= q.start) &&
            m.kind === 'event' &&
            doc.entities.get(m.entity)?.strike === true,
        )?.entity
      : undefined;
    const accused = partial && sentence ? accusedOf(doc, q, a.speaker, sentence) : undefined;
    const deniedSharing =
      partial && sentence && topic && !doc.entities.get(topic)?.strike
        ? inDeniedSharing(doc, q, sentence)
        : false;
    const led =
      (deniedSharing ? topic : undefined) ??
      accused ??
      strike ??
      (partial ? attitudeAbout(doc, q, a.speaker, sentence, topic) : undefined) ??
      (partial ? leadTarget(doc, q, a.speaker, sentence, topic) : undefined);
    const inner = partial && !led ? targetOf(doc, q, a.speaker) : undefined;
    const unnamed = partial && !led && !inner;
    // 'said the United States “is looking for someone to blame for its failures in the Middle
    // East”': a quoted predicate is about its subject, not a place its words pass through.
    const placeInside =
      partial &&
      !led &&
      inner !== undefined &&
      inner !== topic &&
      !parties.has(inner) &&
      /^(?:Location|Country)$/.test(doc.entities.get(inner)?.label ?? '');
    // 'said on Wednesday that President Donald Trump “takes Vladimir Putin at his word”': a
    // quoted predicate right after a named person is about that person, not the one its words
    // name (the golds' "said that Trump was “…”").
    const personSubject =
      partial && !led && inner !== undefined && inner !== topic && PERSON_LEAD.test(lead)
        ? reportedSubject(doc, q, a.speaker, sentence, topic)
        : undefined;
    const personFirst =
      personSubject !== undefined &&
      personSubject !== inner &&
      personSubject !== a.speaker &&
      doc.entities.get(personSubject)?.label === 'Person'
        ? personSubject
        : undefined;
    const subject =
      led ??
      personFirst ??
      (unnamed || placeInside ? reportedSubject(doc, q, a.speaker, sentence, topic) : undefined);
    const fallback = subject
      ? [subject]
      : unnamed
        ? contextTargets(doc, q, a.speaker, sentence)
        : [];
    // No topic: what the attribution sentence names ("said of Iran"), else what came just before.
    const aroundQuote = sentence
      ? candidates(doc, sentence, a.speaker).find(
          (m) =>
            (m.start >= q.end || m.end <= q.start) &&
            !isCommunicationEvent(doc.entities.get(m.entity)),
        )
      : undefined;
    const context =
      a.about ??
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
    // "Asked whether the White House had been slow to act, she said: “Slow is a kind word.”":
    // words that name nothing answer what the question names (not the speaker's own side).
    const asked = sentence ? askedAbout(doc, sentence, q, a.speaker, topic, parties) : undefined;
    const told =
      sentence && !isPartial(doc, q) ? reportedBefore(doc, sentence, a.speaker) : undefined;
    const groups: { span: Span; target: string }[] = [];
    // A Q&A answer may say several things: its sentences that say something ("No." alone
    // says nothing a reader can place) are grouped like any quote's, neighbours about the same
    // target staying one statement (was one statement per sentence).
    const turn = a.rule === 'qa-turn';
    // "The Russians are not neutral bystanders here. They have chosen a side": a sentence that
    // opens with a personal pronoun goes on about what the sentence before named.
    let named: string | undefined;
    for (const p of pieces) {
      if (turn && doc.fold.slice(p.start, p.end).split(/\s+/).filter(Boolean).length < 3) continue;
      // "Thanks for having me, Dana.", "Good morning.": a guest's courtesy says nothing.
      if (turn && COURTESY.test(doc.fold.slice(p.start, p.end))) continue;
      // "What I'd say is this.", "Let me finish --": a lead-in or a sentence cut off says
      // nothing either.
      if (
        turn &&
        (LEAD_IN.test(doc.fold.slice(p.start, p.end)) ||
          HOUSEKEEPING.test(doc.fold.slice(p.start, p.end)) ||
          CUT_OFF.test(doc.fold.slice(p.start, p.end)))
      )
        continue;
      const negated = /\b(?:not|no|never|nothing|none)\b|n't\b/.test(lower.slice(p.start, p.end));
      // Words that deny the claim ("There is no such cooperation") are about the claim,
      // whatever place the attribution names ("told reporters in Moscow").
      // So are words that play it down ("It's not a big deal for our mission").
      const stance = stanceOf(doc.fold.slice(p.start, p.end));
      // "Every time a Russian satellite photographs one of our carriers and that picture ends
      // up in Tehran, …": a whole quote that names both parties of the claim, each only by a
      // capital or a demonym (nothing by name), tells the claim itself.
      const both = candidates(doc, p, a.speaker).filter((m) => !sameSide(doc, a.speaker, m.entity));
      const own =
        topic &&
        !partial &&
        both.length &&
        both.every((m) => weakMention(doc, m)) &&
        new Set(both.filter((m) => sharing.has(m.entity)).map((m) => m.entity)).size >= 2
          ? topic
          : targetOf(doc, p, a.speaker, topic, parties);
      // "The commander-in-chief reads every one of those reports, and he is not losing sleep
      // over them": words that play the claim down by what a person does are about that person,
      // named as the sentence's subject (not the speaker's side, not a denial).
      const personSubject =
        stance !== 'denies' && own && own === subjectOfPiece(doc, p, a.speaker) ? own : undefined;
      // 'She also criticized Defense Secretary X, who said in March he was “not concerned”.
      // “That was wrong then and it is dangerous now,” she said.': a whole quote that names
      // nothing, right after its speaker criticised a person, is about that person.
      const criticised =
        !named &&
        !own &&
        p.start === pieces[0]!.start &&
        // '… described the reports as “rumors.” “It was never …”': a quote after a full stop
        // opens a sentence of its own, whatever the splitter kept together.
        (!partial || opensSentence || /[.!?]$/.test(quoteLead)) &&
        home
          ? criticisedBefore(doc, home, q, a.speaker)
          : undefined;
      const denies =
        !personSubject && !criticised && ((denial && negated) || stance !== undefined)
          ? claimFor(doc, sentenceAt(doc, p.start), a.about, topic)
          : undefined;
      // "He doesn't need to negotiate with Putin": the pronoun subject is the one the sentence
      // before named (he/she a person, they anyone), before anything the sentence names later.
      const lead = /^\W*(they|he|she)\b/i.exec(doc.fold.slice(p.start, p.end))?.[1]?.toLowerCase();
      // "They are giving Tehran eyes": a capital or demonym later in the sentence is its object,
      // not a new subject.
      const pronoun =
        named &&
        lead &&
        (lead === 'they'
          ? (!own || !namesByName(doc, p, a.speaker, own)) &&
            doc.entities.get(named)?.label !== 'Person'
          : doc.entities.get(named)?.label === 'Person')
          ? named
          : undefined;
      // '“He came on an American show to lie to Americans,” she wrote.', '“He told me they
      // are not doing it,” Trump said.' after "Putin's assurances": a whole quote that opens on
      // he/she with nothing said before it is about the person named last before the quote
      // (not the speaker; of that gender), over a country it names only by a demonym.
      const opener =
        !named &&
        p.start === pieces[0]!.start &&
        !partial &&
        (lead === 'he' || lead === 'she') &&
        sentence &&
        (!own || doc.entities.get(own)?.label !== 'Person')
          ? // 'Asked whether President Trump should raise it with Putin, X said: “He should …”':
            // the pronoun is the one the question is about, not the last name in it.
            ((asked !== undefined &&
            asked !== a.speaker &&
            doc.entities.get(asked)?.label === 'Person' &&
            agrees(doc, asked, lead)
              ? asked
              : undefined) ??
            mentionsOf(doc, {
              start: doc.sentences[Math.max(0, sentence.index - 1)]!.start,
              end: q.start,
            })
              .filter(
                (m) =>
                  m.entity !== a.speaker &&
                  doc.entities.get(m.entity)?.label === 'Person' &&
                  !doc.quotes.some((x) => m.start >= x.start && m.end <= x.end) &&
                  agrees(doc, m.entity, lead),
              )
              .pop()?.entity)
          : undefined;
      // 'said the administration's handling had been “weak and confused.” “They cannot decide
      // …,” she said.': a whole quote that opens on "they" right after the same speaker judged
      // a body goes on about that body.
      const theyOpener =
        !named &&
        !own &&
        p.start === pieces[0]!.start &&
        !partial &&
        lead === 'they' &&
        judged?.speaker === a.speaker &&
        q.paragraph - judged.paragraph <= 1
          ? judged.target
          : undefined;
      // '“They are not bystanders,” X said.' after a sentence whose clause is about Russia: a
      // whole quote that opens on "they" with nothing named before it is about the first
      // country or body the sentence before names (not the speaker's own side, not a person,
      // not an outlet).
      const theyBefore =
        !named &&
        !theyOpener &&
        p.start === pieces[0]!.start &&
        (!partial || opensSentence) &&
        lead === 'they' &&
        home &&
        !a.about &&
        // '“They …,” X said of the administration': the sentence names them itself.
        !/\b(?:said|says|added|told\s+[\w\s.'’-]{0,40}?)\s+(?:of|about|referring to)\s/i.test(
          doc.fold.slice(q.end, Math.max(q.end, home.end)),
        ) &&
        (!own || !namesByName(doc, p, a.speaker, own))
          ? theyAntecedent(doc, home, q, a.speaker)
          : undefined;
      // '“The senator knows better than to discuss intelligence on the Senate floor,” X said',
      // '“The president keeps calling Putin a friend …”': words whose subject is a person named
      // by a role phrase are about that person, not a name later in the sentence.
      const roleSubject =
        !denies && !pronoun && own && doc.entities.get(own)?.label !== 'Event'
          ? subjectByRole(doc, p, a.speaker)
          : undefined;
      named = pronoun ?? roleSubject ?? opener ?? theyOpener ?? theyBefore ?? criticised ?? own;
      const noPartClaim =
        noPart.has(a) && partial
          ? claimFor(doc, sentenceAt(doc, p.start), a.about, topic)
          : undefined;
      const targets = noPartClaim
        ? [noPartClaim]
        : fallback.length
          ? fallback
          : [
              denies ??
                pronoun ??
                roleSubject ??
                opener ??
                theyOpener ??
                theyBefore ??
                criticised ??
                own ??
                asked ??
                told ??
                goesOn ??
                context,
            ].filter((t): t is string => !!t);
      for (const target of targets) {
        const g = groups.find((x) => x.target === target && x.span.end >= p.start - 2);
        if (g && groups[groups.length - 1] === g) g.span.end = p.end;
        else groups.push({ span: { ...p }, target });
      }
    }
    const date = statementDate(doc, a);
    // A partial quote's target is its reported clause's; only whole quotes set the subject.
    const lastGroup = groups[groups.length - 1];
    if (lastGroup) {
      const e = doc.entities.get(lastGroup.target);
      judged =
        e?.label === 'Organization' && !sameSide(doc, a.speaker, e.id)
          ? { speaker: a.speaker, paragraph: q.paragraph, target: e.id }
          : undefined;
    }
    previous =
      lastGroup && !isPartial(doc, q)
        ? { speaker: a.speaker, paragraph: q.paragraph, target: lastGroup.target }
        : lastGroup
          ? undefined
          : previous;
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

const CRITICISED =
  /\b(?:critici[sz](?:ed|es)|took aim at|takes aim at|faulted|faults|rebuked|rebukes|slammed|slams|blasted|blasts|lashed out at|hit out at|went after|goes after|singled out|chided|scolded|castigated|denounced|assailed)\s+/g;

/**
 * The person (else body or country) the speaker criticised in the sentence before the quote (the same paragraph or
 * the one before; "X took aim at Y, who …" or "She also criticized Y"); the quote's own
 * sentence counts when the quote follows the criticism in it.
 */
function criticisedBefore(
  doc: Doc,
  sentence: Sentence,
  q: Span,
  speaker: string,
): string | undefined {
  const lower = doc.fold.toLowerCase();
  const spans: Span[] = [];
  const prev = doc.sentences[sentence.index - 1];
  if (prev && sentence.paragraph - prev.paragraph <= 1) spans.push(prev);
  spans.push({ start: sentence.start, end: q.start });
  let found: string | undefined;
  for (const x of spans) {
    const text = lower.slice(x.start, x.end);
    CRITICISED.lastIndex = 0;
    for (let v = CRITICISED.exec(text); v; v = CRITICISED.exec(text)) {
      const at = x.start + v.index;
      const after = at + v[0].length;
      // The critic is the speaker: named before the verb, or "she"/"he" opening the sentence.
      const before = mentionsOf(doc, { start: x.start, end: at });
      const bySpeaker =
        before.some((m) => m.entity === speaker) ||
        (before.length === 0 && /^\W*(?:she|he)\b/.test(text));
      if (!bySpeaker) continue;
      // "took aim at White House press secretary X": the person, past the body of the title.
      const ms = mentionsOf(doc, { start: after, end: x.end });
      const object = ms[0] && (ms[0].phraseStart ?? ms[0].start) - after <= 50 ? ms[0] : undefined;
      const person = ms.find(
        (m) =>
          m.entity !== speaker &&
          doc.entities.get(m.entity)?.label === 'Person' &&
          !/[,;.]/.test(lower.slice(after, m.phraseStart ?? m.start)) &&
          (m.phraseStart ?? m.start) - after <= 50,
      );
      if (object && person) found = person.entity;
      else if (object && ACTOR_LABELS.has(doc.entities.get(object.entity)?.label ?? ''))
        found = object.entity;
    }
  }
  return found;
}

/** Whether `p` names `id` by a name, role or event (not only a capital or a demonym). */
function namesByName(doc: Doc, p: Span, speaker: string, id: string): boolean {
  return candidates(doc, p, speaker).some((m) => m.entity === id && !weakMention(doc, m));
}

/** "Russian" in "Russian officials": the country's adjective, not "the Russians". */
function adjectiveForm(doc: Doc, m: Mention): boolean {
  const name = doc.entities.get(m.entity)?.name ?? '';
  const c = COUNTRIES.find((x) => x.name === name || x.aliases.includes(name));
  const surface = doc.fold.slice(m.start, m.end).toLowerCase();
  return !!c && c.adjective.some((w) => w.toLowerCase() === surface);
}

/** A country named only by its capital or a demonym ("Tehran", "Russian"), however linked. */
function weakMention(doc: Doc, m: Mention): boolean {
  if (m.kind === 'capital' || m.kind === 'demonym') return true;
  const name = doc.entities.get(m.entity)?.name ?? '';
  const c = COUNTRIES.find((x) => x.name === name || x.aliases.includes(name));
  if (!c) return false;
  const surface = doc.fold.slice(m.start, m.end).toLowerCase();
  return [...c.capital, ...c.adjective].some((w) => w.toLowerCase() === surface);
}

/**
 * Whom a quote's opening "They" stands for: the first country or body named in the sentence
 * before the quote (the same paragraph or the one before) or before the quote in its own
 * sentence; the outer name of nested ones ("Russia's foreign ministry" is the ministry).
 */
/** The words before a body spoken to: "testified before the", "told the", "briefed". */
const AUDIENCE_BEFORE =
  /\b(?:testif(?:y|ies|ied|ying)\s+(?:before|to)|appear(?:s|ed|ing)?\s+before|told|tells|telling|briefed|briefing|brief|address(?:ed|es|ing)?|(?:speaking|spoke|speaks|talking|talked)\s+to|wrote\s+to|writing\s+to)\s+(?:(?:the|a|an)\s+)?$/i;

function theyAntecedent(
  doc: Doc,
  sentence: Sentence,
  q: Span,
  speaker: string,
): string | undefined {
  const prev = doc.sentences[sentence.index - 1];
  const from =
    prev && sentence.paragraph - prev.paragraph <= 1 && !doc.paragraphs[prev.paragraph]?.heading
      ? prev.start
      : sentence.start;
  // Words of the speaker's titles in the article ("military spokesman Brig. Gen. X").
  const titled = new Set(
    doc.mentions
      .filter((m) => m.entity === speaker)
      .flatMap((m) =>
        (
          doc.fold
            .slice(Math.max(0, (m.phraseStart ?? m.start) - 40), m.start)
            .toLowerCase()
            .split(/[,;:"“”()]|['‘’]{2}/)
            .pop() ?? ''
        ).split(/\W+/),
      )
      .filter((w) => w.length > 3),
  );
  const fits = (m: Mention) => {
    const e = doc.entities.get(m.entity);
    return (
      m.entity !== speaker &&
      m.kind !== 'pronoun' &&
      (e?.label === 'Country' || e?.label === 'Organization') &&
      !sameSide(doc, speaker, m.entity) &&
      !(e.label === 'Country' && ownCountry(doc, speaker, m.entity)) &&
      // "raised the reports with Russian officials. “They tell us …”": an adjective stands for
      // the people it qualifies, not for its country ("the Russians" does).
      !(m.kind === 'demonym' && adjectiveForm(doc, m)) &&
      // "Israel's military said …. “They are flying …,” military spokesman X told …": the body
      // the speaker's own title names is the speaker's side.
      !(e.label === 'Organization' && titled.has(e.name.toLowerCase().split(/\s+/).pop() ?? '')) &&
      // "Testifying before the Senate Armed Services Committee, X said …. “They are seeing
      // …”": the body spoken to is the audience, not "they".
      !AUDIENCE_BEFORE.test(
        doc.fold.slice(Math.max(0, (m.phraseStart ?? m.start) - 40), m.phraseStart ?? m.start),
      )
    );
  };
  const ms = mentionsOf(doc, { start: from, end: q.start }).filter(
    (m) => m.start < sentence.start || m.end <= q.start,
  );
  // "They are flying with Russian maps": the quote's own Russia is not its "they".
  const inQuote = new Set(mentionsOf(doc, q).map((m) => m.entity));
  // "accused Russia of passing Iran the locations …": the parties inside the claim's own words
  // are its parties, not a subject of the sentence.
  const inClaim = (m: Mention) =>
    ms.some((x) => x !== m && isClaim(doc, x) && x.start <= m.start && m.end <= x.end);
  const ok = ms.filter((m) => fits(m) && !inQuote.has(m.entity) && !inClaim(m));
  const outer = ok.filter(
    (m) =>
      !ms.some(
        (x) =>
          x !== m &&
          x.entity !== m.entity &&
          (x.phraseStart ?? x.start) <= m.start &&
          m.end <= x.end &&
          fits(x),
      ),
  );
  return outer[0]?.entity;
}

function isActorId(doc: Doc, id: string): boolean {
  const l = doc.entities.get(id)?.label;
  return l === 'Person' || l === 'Organization' || l === 'Country';
}
