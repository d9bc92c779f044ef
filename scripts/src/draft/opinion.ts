/**
 * Stage 6h: the author of a commentary. An opinion or analysis piece ("Opinion | …",
 * "Analysis: …", "Contributing columnist") states its author's own views in unattributed
 * sentences; the byline ("By Eleanor Marsh") is page furniture, so without this stage the
 * author is never an agent. When such a piece uses the language of criticism in its own voice
 * ("The official response has been a shrug", "That posture is getting harder to defend"), the
 * author is drafted as criticising the government the piece names (its "… administration" or
 * "… government"), with low confidence: the reviewer decides.
 */
import type { DraftContext } from './context';
import type { Doc, Sentence } from './document';
import { agrees } from './gender';
import { addMention, existingEntity, newEntity } from './entities';
import { nameKey } from './normalize';
import { relate } from './relate';
import { AFFILIATION } from './names';
import { mentionsOf, sentenceSubject } from './syntax';

const COMMENTARY_LABEL =
  /^\s*(?:opinion|analysis|commentary|editorial|op-ed|column|perspective|viewpoint|news analysis|guest essay)\s*(?:[|:–—-]|$)|^\s*(?:contributing |guest |staff )?(?:columnist|opinion writer|op-ed contributor)\b/im;
const BYLINE = /^[ \t]*By\s+(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})/mu;
/** "By Theo Marchetti, Foreign Affairs Columnist": a byline whose role makes the piece a column. */
const COLUMNIST_BYLINE =
  /^[ \t]*By\s+[^\n,]{3,60},\s*(?:[\p{L}'’ -]{0,40}\s)?(?:columnist|contributor|opinion writer|contributing (?:writer|editor)|editor-at-large)\b/imu;
/** The author's own critical verdicts (not reported ones: quotes are excluded). */
const VERDICT =
  /\b(?:a shrug|shrugged|not good enough|(?:hard|harder|impossible) to defend|indefensible|inexcusable|too quiet|too little,? too late|too timid|looking the other way|(?:a|an) (?:irritant|footnote) rather than|has failed|have failed|failed to|a failure|complacen\w+|feckless|naive|naïve|a mistake|a blunder|a gift to|must do (?:far )?more|has to do (?:far )?more|should have (?:acted|spoken|said)|(?:is|was) not an answer|(?:is|was) not a policy|(?:has|have) said (?:remarkably|very|almost|next to) (?:little|nothing)|(?:to|trying to|tried to) change the subject|wishful thinking|explain(?:ing|ed|s)? (?:(?:it|them|this|that|the problem) )?away|(?:doing|done|did|does|do) (?:so|too) little|(?:has|have) done less)\b/i;
/** A body of government the verdict sentence names, before the piece's first "administration". */
const GOVERNING =
  /\b(?:administration|government|white house|state department|department of|ministry|kremlin|pentagon)\b/i;
const GOVERNMENT = /\b(?:administration|government)\b/i;

/**
 * An unsigned editorial speaks for its paper: "THE CALLOWAY TRIBUNE | EDITORIAL", "Editorial |
 * The Harbor Courier" on one of the first lines. The paper is the author.
 */
function masthead(doc: Doc): { name: string; start: number; paper: true } | undefined {
  for (const p of doc.paragraphs.slice(0, 3)) {
    const t = doc.text.slice(p.start, p.end);
    const m =
      /^\s*((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s*[|:–—-]\s*(?:editorial|the editorial board|editorial board)\s*$/iu.exec(
        t,
      ) ??
      /^\s*(?:editorial|the editorial board|editorial board)\s*[|:–—-]\s*((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s*$/iu.exec(
        t,
      );
    if (!m || !OUTLET_WORD.test(m[1]!)) continue;
    return { name: titleCase(m[1]!), start: p.start + t.indexOf(m[1]!), paper: true };
  }
  return undefined;
}
const OUTLET_WORD =
  /\b(?:times|post|journal|tribune|herald|gazette|courier|chronicle|observer|guardian|telegraph|independent|examiner|inquirer|ledger|sentinel|star|globe|news|review|dispatch|record|register|bulletin|monitor)\s*$/i;
const titleCase = (s: string) =>
  s === s.toUpperCase()
    ? s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : s;

/** The closing tagline of a column: its last paragraph, "Jane Roe is a senior fellow at …". */
function tagline(doc: Doc): { name: string; start: number } | undefined {
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  return last ? bioLine(doc, last) : undefined;
}

/** A paragraph that is a writer's bio line: "Jane Roe is a senior fellow at …". */
function bioLine(
  doc: Doc,
  p: { start: number; end: number },
): { name: string; start: number } | undefined {
  const t = doc.text.slice(p.start, p.end);
  const m = /^(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})(?=\s+is\s)/u.exec(t);
  if (!m || !AFFILIATION.test(t.slice(m[0].length)) || t.length > 300) return undefined;
  return { name: m[1]!, start: p.start };
}

/**
 * A signed column that introduces its writer right under the byline: "By Jane Roe" and then
 * "Jane Roe is a senior fellow at …" as the next paragraph (the same name).
 */
function bioUnderByline(doc: Doc, byline: RegExpExecArray | null): boolean {
  if (!byline) return false;
  // The byline itself may be no paragraph of the text (page furniture).
  const next = doc.paragraphs.find((p) => p.start > byline.index + byline[0].length);
  const bio = next ? bioLine(doc, next) : undefined;
  return bio !== undefined && nameKey(bio.name) === nameKey(byline[1]!);
}

/**
 * An editorial signed by its board: "By the Halverson Gazette Editorial Board", "The Editorial
 * Board" on a line of its own near the top. The board is the author of the piece's verdicts: an
 * Organization ("Halverson Gazette Editorial Board") that is PART_OF its paper, which the
 * byline names, else the masthead ("THE NORTHFIELD REGISTER" on a line of its own, "The X |
 * Editorial").
 */
const BOARD_BYLINE =
  /^[ \t]*(?:(?:By|BY)[ \t]+)?(?:(?:the|The|THE)[ \t]+)?((?:\p{Lu}[\p{L}'’.&-]*[ \t]+){0,5}?)(?:Editorial[ \t]+Board|EDITORIAL[ \t]+BOARD|Editorial[ \t]+board)[ \t]*$/mu;
const PAPER_LINE = /^\s*((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s*$/iu;

function editorialBoard(
  doc: Doc,
): { name: string; start: number; paper?: { name: string; start: number } } | undefined {
  const head = doc.text.slice(0, 800);
  const m = BOARD_BYLINE.exec(head);
  if (!m) return undefined;
  const start = m.index + m[0].search(/\S/);
  const own = m[1]!.trim();
  let paper: { name: string; start: number } | undefined;
  if (own && OUTLET_WORD.test(own))
    paper = { name: titleCase(own), start: m.index + m[0].indexOf(own) };
  else {
    const mast = masthead(doc);
    if (mast) paper = { name: mast.name, start: mast.start };
    else
      for (const p of doc.paragraphs.slice(0, 4)) {
        const t = doc.text.slice(p.start, p.end);
        const line = PAPER_LINE.exec(t);
        if (p.start >= start || !line || !OUTLET_WORD.test(line[1]!)) continue;
        paper = { name: titleCase(line[1]!), start: p.start + t.indexOf(line[1]!) };
        break;
      }
  }
  const base = paper ? paper.name.replace(/^the\s+/i, '') : '';
  return { name: `${base ? `${base} ` : ''}Editorial Board`, start, paper };
}

/** The paper's own voice: "This page faulted the White House …", "We have criticised X". */
const WE_JUDGED =
  /^\W*(?:[\w’',-]+\s+){0,4}?(?:we|this (?:page|newspaper|paper|board|space)|these pages|the board|this editorial board)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|repeatedly\s+|long\s+|often\s+|already\s+)?(?:faulted|criticized|criticised|blamed|condemned|rebuked|chided|took to task|taken to task)\s+(?:the\s+)?$/;

export function commentaryAuthor(doc: Doc, ctx: DraftContext): void {
  const head = doc.text.slice(0, 600);
  const tag = tagline(doc);
  // A column is labelled as one, or closes with its author's tagline, or introduces its
  // author under the byline.
  const paper = masthead(doc);
  const byline = BYLINE.exec(head);
  const board = editorialBoard(doc);
  if (
    !COMMENTARY_LABEL.test(head) &&
    !COLUMNIST_BYLINE.test(head) &&
    !tag &&
    !paper &&
    !board &&
    !bioUnderByline(doc, byline)
  )
    return;
  const by = board
    ? { name: board.name, start: board.start }
    : byline
      ? { name: byline[1]!, start: byline.index + byline[0].indexOf(byline[1]!) }
      : (tag ?? paper);
  if (!by) return;
  const lower = doc.fold;
  const verdicts = doc.sentences.filter((s) => {
    const t = lower.slice(s.start, s.end);
    return VERDICT.test(t) && !doc.quotes.some((q) => q.start < s.end && s.start < q.end);
  });
  // The first verdict sentence that names a body of government, else the first one.
  const governing = (s: Sentence) =>
    mentionsOf(doc, s).find(
      (m) =>
        doc.entities.get(m.entity)?.label === 'Organization' &&
        GOVERNING.test(doc.entities.get(m.entity)!.name),
    );
  const ownWords = (s: Sentence) => !OTHERS_WORDS.test(lower.slice(s.start, s.end).toLowerCase());
  const verdict = verdicts.find((s) => governing(s) && ownWords(s)) ?? verdicts[0];
  // "It is wishful thinking, and it has been the White House's habit": the body the verdict
  // sentence names in the author's own voice, when the piece names no administration in it
  // (the golds give a column's verdict to the administration it names: round 7's op-ed).
  // Someone else's words ("Hegseth said the Kremlin had failed to …") are no verdict of the
  // author on the body they name.
  const inVerdict = verdict && ownWords(verdict) ? governing(verdict) : undefined;
  const target =
    doc.mentions.find(
      (m) =>
        !m.nested &&
        doc.entities.get(m.entity)?.label === 'Organization' &&
        GOVERNMENT.test(doc.entities.get(m.entity)!.name) &&
        !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end) &&
        ownVoice(doc, m),
    ) ?? inVerdict;
  const judged = authorJudgements(doc, by.start, tag?.start);
  if ((!verdict || !target) && judged.length === 0 && !board) return;
  const { name, start } = by;
  const isPaper = by === paper;
  const label = isPaper ? 'Outlet' : board ? 'Organization' : 'Person';
  const author = knownOr(doc, ctx, name, label);
  author.role ??= 'author';
  if (!doc.mentions.some((m) => m.start === start && m.entity === author.id))
    addMention(
      doc,
      author,
      start,
      start + (board ? doc.text.slice(start).search(/[ \t]*(?:\n|$)/) : name.length),
      'name',
      0.6,
    );
  if (board?.paper) {
    const outlet = knownOr(doc, ctx, board.paper.name, 'Outlet');
    const at = board.paper.start;
    const len = doc.text.slice(at).search(/[ \t]*(?:\n|$)/);
    if (!doc.mentions.some((m) => m.start <= at && at < m.end))
      addMention(doc, outlet, at, at + Math.min(len, board.paper.name.length), 'name', 0.6);
    relate(doc, {
      type: 'PART_OF',
      from: author.id,
      to: outlet.id,
      evidence: [{ start: at, end: at + Math.min(len, board.paper.name.length) }],
      confidence: 0.6,
      rule: 'opinion:board-of-paper',
    });
  }
  if (verdict && target)
    relate(doc, {
      type: 'CRITICIZED',
      from: author.id,
      to: target.entity,
      evidence: [verdict],
      confidence: 0.4,
      rule: 'opinion:author-verdict',
    });
  // The board's verdicts are the paper's: "This page faulted the White House …".
  if (board) judged.push(...paperJudgements(doc));
  for (const j of judged)
    if (j.entity !== author.id)
      relate(doc, {
        type: 'CRITICIZED',
        from: author.id,
        to: j.entity,
        evidence: [j.sentence],
        confidence: 0.4,
        rule: 'opinion:author-failing',
      });
}

function knownOr(
  doc: Doc,
  ctx: DraftContext,
  name: string,
  label: 'Outlet' | 'Person' | 'Organization',
) {
  const key = (f: string) => nameKey(f.replace(/^the\s+/i, ''));
  const known = ctx.entities.find(
    (e) => e.label === label && [e.name, ...e.aliases].some((f) => key(f) === key(name)),
  );
  const have = [...doc.entities.values()].find(
    (e) => e.label === label && [e.name, ...e.aliases].some((f) => key(f) === key(name)),
  );
  return known ? existingEntity(doc, ctx, known.id)! : (have ?? newEntity(doc, ctx, name, label));
}

/** The paper speaking of itself: "This page faulted the White House in November …". */
function paperJudgements(doc: Doc): { entity: string; sentence: Sentence }[] {
  const lower = doc.fold.toLowerCase();
  const out: { entity: string; sentence: Sentence }[] = [];
  for (const s of doc.sentences) {
    if (doc.quotes.some((q) => q.start < s.end && s.start < q.end)) continue;
    for (const m of mentionsOf(doc, s)) {
      if (!WE_JUDGED.test(lower.slice(s.start, m.phraseStart ?? m.start))) continue;
      const label = doc.entities.get(m.entity)?.label;
      if (label === 'Person' || label === 'Organization' || label === 'Country')
        out.push({ entity: m.entity, sentence: s });
      break;
    }
  }
  return out;
}

/**
 * The author names the government in their own voice: in a heading, or in a sentence that
 * quotes nobody ("Rep. X called the administration's response “…”" is the congresswoman's
 * criticism, not the columnist's).
 */
function ownVoice(doc: Doc, m: { start: number; end: number }): boolean {
  const s = doc.sentences.find((x) => x.start <= m.start && m.end <= x.end);
  if (!s || doc.paragraphs[s.paragraph]?.heading) return true;
  return !doc.quotes.some((q) => q.start < s.end && s.start < q.end);
}

/**
 * A columnist judges without verdict words by saying what someone failed to do: "X's reply
 * ignores the one question that matters", "The White House has yet to explain what it knew",
 * "she failed to answer", "It has simply declined to engage", "answered a different question";
 * or by a verdict on what the sentence before told ("… left it there. That was a mistake.").
 * Each clause of the author's own voice (no quote, nobody else's verb of saying) whose subject
 * is a person or body so judged is criticism of it by the author.
 */
const FAILING =
  /\b(?:ignores?|ignored|ignoring|(?:has|have) yet to|failed to|fails to|(?:has|have) (?:still )?not (?:explained|answered|said why|addressed)|(?:has|have|had) (?:simply )?declined to (?:engage|explain|answer|say)|refused to (?:explain|answer|engage|say)|refuses to (?:explain|answer|engage|say)|dodged|dodges|ducked|ducks|sidestepped|sidesteps|evaded|evades|glossed over|answered a different question|(?:has|have) offered (?:nothing|no answer)|offered no answer|(?:was|were|has been|is) no more (?:forthcoming|candid|convincing|helpful|persuasive))\b/i;
/**
 * A columnist's verdict that a country or body takes part in what it claims to stand apart
 * from: "Russia is not a bystander in this war", "it is a co-belligerent", "Moscow has stopped
 * pretending to be neutral", "an accomplice". (Not "not a party to the conflict": that is how
 * a denial is worded.)
 */
const COMPLICIT =
  /\b(?:(?:is|are|was|were|has been|have been)\s+(?:no|not\s+(?:a|an))\s+(?:innocent\s+|neutral\s+|mere\s+|passive\s+)?(?:bystander|neutral party|honest broker|spectator|onlooker)|co-belligerent|an accomplice|(?:is|are|was|were)\s+complicit|stopped pretending)\b/i;
const OTHERS_WORDS =
  /\b(?:said|says|told|tells|according to|argued|argues|wrote|writes|accused|accuses|insisted|claimed|claims|complained|charged)\b/i;
const THAT_WAS =
  /^\W*(?:that|this|it)\s+(?:was|is|has been)\s+(?:a (?:mistake|blunder|failure|misjudg\w+|dereliction)|an (?:error|abdication|evasion)|wrong|not an answer)\b/i;
const CLAUSE_CUT = /,\s+(?:and|but|while|yet)\s+|;\s+/g;

function authorJudgements(
  doc: Doc,
  bylineAt: number,
  taglineAt: number | undefined,
): { entity: string; sentence: { start: number; end: number } }[] {
  const lower = doc.fold.toLowerCase();
  const out: { entity: string; sentence: { start: number; end: number } }[] = [];
  let prevSubject: string | undefined;
  let prevSentence: Sentence | undefined;
  for (const s of doc.sentences) {
    if (s.end <= bylineAt + 1 || doc.paragraphs[s.paragraph]?.heading) continue;
    // The closing tagline ("X is a senior fellow …") is about the author.
    if (taglineAt !== undefined && s.start >= taglineAt) break;
    const quoted = doc.quotes.some((q) => q.start < s.end && s.start < q.end);
    const text = lower.slice(s.start, s.end);
    const clauses: { start: number; end: number }[] = [];
    let from = s.start;
    for (const m of text.matchAll(CLAUSE_CUT)) {
      clauses.push({ start: from, end: s.start + m.index });
      from = s.start + m.index + m[0].length;
    }
    clauses.push({ start: from, end: s.end });
    let subjectHere: string | undefined;
    for (const c of clauses) {
      const t = lower.slice(c.start, c.end);
      const subj = sentenceSubject(doc, lower, { ...s, start: c.start, end: c.end });
      const label = subj ? doc.entities.get(subj.entity)?.label : undefined;
      const own =
        subj && (label === 'Person' || label === 'Organization' || label === 'Country')
          ? subj.entity
          : undefined;
      // "It has simply declined …", "she failed to …": the subject of the clause before (of
      // the pronoun's gender).
      const pr = /^\W*(?:[a-z]+\s+){0,3}?(it|he|she)\s/.exec(t)?.[1];
      const pronoun =
        pr === 'it'
          ? (subjectHere ?? prevSubject)
          : pr && prevSentence
            ? sentenceSubject(doc, lower, prevSentence, 'Person', (m) => agrees(doc, m.entity, pr))
                ?.entity
            : undefined;
      const who = subj && subj.start - c.start < 60 ? own : pronoun;
      if (!quoted && !OTHERS_WORDS.test(t) && FAILING.test(t) && who)
        out.push({ entity: who, sentence: s });
      // "If the reporting is right, … then Moscow is not a bystander": a verdict on a condition.
      else if (
        !quoted &&
        !OTHERS_WORDS.test(t) &&
        COMPLICIT.test(t) &&
        !/\b(?:if|unless|whether|would|could|might)\b/.test(text) &&
        who
      )
        out.push({ entity: who, sentence: s });
      else if (!quoted && THAT_WAS.test(t) && c.start === s.start && prevSubject)
        out.push({ entity: prevSubject, sentence: s });
      subjectHere = who ?? subjectHere;
    }
    // "I blame Rubio and Hegseth, who …": the author's own blame of whom follows.
    const blame = quoted
      ? null
      : /\b(?:i|we)\s+(?:also\s+|mostly\s+|largely\s+)?blame\s+/.exec(text);
    if (blame) {
      let from = s.start + blame.index + blame[0].length;
      for (const m of mentionsOf(doc, { start: from, end: s.end })) {
        if (
          !/^\s*(?:the\s+)?(?:(?:and|,)\s+(?:the\s+)?)?$/.test(
            lower.slice(from, m.phraseStart ?? m.start),
          )
        )
          break;
        const label = doc.entities.get(m.entity)?.label;
        if (label === 'Person' || label === 'Organization' || label === 'Country')
          out.push({ entity: m.entity, sentence: s });
        from = m.end;
      }
    }
    prevSubject = subjectHere;
    prevSentence = s;
  }
  return out;
}
