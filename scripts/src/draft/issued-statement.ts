/**
 * Stage 6i: a statement printed in full. A ministry's, embassy's or office's statement reposted
 * as the whole text ("Statement by the Ministry of Foreign Affairs of …", "Statement of the
 * Embassy of Russia in Washington", "Press release: …") speaks in its issuer's own voice, with
 * no quote marks and no verb of saying: "We would like to stress once again: such claims are
 * groundless", "The Ministry categorically rejects the allegations …". Without this stage
 * nobody says anything in such a text. Each sentence in the issuer's voice (its subject is the
 * issuer, "we", "the Russian side", or no actor at all) is classified as the quoted words of
 * news copy are (stance.ts): a denial is the issuer's DENIED of the claim it is about, a
 * playing-down DISMISSED; words of condemnation or regret aimed at another state or body are
 * CRITICIZED, a warning to it WARNED. As the readouts' convention has it, unquoted words are no
 * SAID. The date is the one the statement's own closing line prints ("Moscow, 13 November
 * 2026", "Posted by the Embassy … on November 23"), never the page's.
 */
import { SPEECH_VERBS } from './attribution';
import { claimFor, stanceOf } from './stance';
import { topicEvent } from './claims';
import { datesIn } from './dates';
import type { Doc, Mention, Paragraph, Sentence, Span } from './document';
import { relate } from './relate';
import { isActor, mentionsOf, sentenceSubject } from './syntax';

/** "Statement by the …", "Press release of the …", "Joint communiqué from …". */
const TITLE =
  /^\s*(?:(?:joint|official|press|public|formal)\s+)?(?:statement|communiqu[eé]|press release|declaration|comment)\s+(?:of|by|from|issued by)\s+(?:the\s+)?\S/i;
/** "Unofficial translation", "Reproduced in full", "[Translated from Russian]". */
const FURNITURE =
  /^\s*[[(]?\s*(?:unofficial translation|translated from\b|reproduced in full|full text|text of the statement|end of statement|ends)\b/i;
/** The issuer speaking of itself. */
const SELF =
  /^\W*(?:we|our|us|the (?:embassy|ministry|mission|office|department|government|side|(?:\w+\s+)?side|foreign ministry|press service|secretariat|delegation|consulate))\b/i;
/** Condemnation, regret or blame in the issuer's own words. */
const CRITICISM =
  /\b(?:condemn\w*|deplor\w*|denounc\w*|regrettabl\w*|we regret|unfriendly|hostile|provocati\w*|irresponsib\w*|destabili[sz]\w*|source of instability|interference|information campaign|smear campaign|campaign of (?:pressure|lies|disinformation)|disinformation|unacceptable|illegal|illegitimate|blackmail|pressure campaign|propaganda)\b/i;
/** A warning in the issuer's own words. */
const WARNING =
  /\b(?:we warn|warns?\s+that|should have no illusions|will not go unanswered|will not remain unanswered|(?:decisive|resolute|firm|appropriate|swift|proportionate|crushing)\s+response|reserves? the right to respond)\b/i;
/** A sentence that asks or supposes asserts nothing. */
const OPEN = /\?["'”’\s]*$|^\W*(?:if|whether|unless)\b/i;

/** The statement's title paragraph and its issuer, when the text is a statement in full. */
function issuer(doc: Doc): { title: Paragraph; id: string; own: Set<string> } | undefined {
  for (const p of doc.paragraphs.slice(0, 2)) {
    // "[Translated from Russian] Statement by the …": a bracketed note before the title.
    const full = doc.fold.slice(p.start, p.end);
    const note = /^\s*\[?[^\]\n]{1,40}\]\s*/.exec(full)?.[0].length ?? 0;
    const t = full.slice(note);
    if (!TITLE.test(t) || t.length > 220) continue;
    const named = doc.mentions.filter(
      (m) => m.start >= p.start && m.end <= p.end && isActor(doc, m),
    );
    // The body that issued it: the first organisation (else person) the title names.
    const org =
      named.find((m) => doc.entities.get(m.entity)?.label === 'Organization') ??
      named.find((m) => doc.entities.get(m.entity)?.label === 'Person');
    if (!org) return undefined;
    // The issuer's side is what its name names ("… of the Islamic Republic of Iran", "… of
    // Russia in Washington"), up to what the statement is about ("in connection with new US
    // sanctions", "on the …").
    const about =
      /\s(?:in connection with|in response to|on|regarding|concerning|about|following|after|over)\s/i.exec(
        t.slice(org.end - p.start - note),
      );
    const end = about ? org.end + about.index : p.end;
    // "… of Russia in Washington": the state it is "of" is its side; where it sits is not.
    const own = new Set([
      org.entity,
      ...named
        .filter(
          (m) =>
            m.start < end &&
            /\bof\s+(?:the\s+)?$/i.test(doc.fold.slice(Math.max(p.start, m.start - 8), m.start)),
        )
        .map((m) => m.entity),
    ]);
    return { title: p, id: org.entity, own };
  }
  return undefined;
}

/**
 * The day the statement's closing lines print for it, if they print exactly one. Its last
 * lines, read from the text itself: a sign-off such as "Posted by the Embassy on its channel on
 * November 23." is page furniture to the paragraph reader.
 */
function closingDate(doc: Doc, after: number): string | undefined {
  const lines: Span[] = [];
  let at = 0;
  for (const line of doc.fold.split('\n')) {
    if (line.trim() && at >= after) lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  for (const l of lines.slice(-2).reverse()) {
    const t = doc.fold.slice(l.start, l.end);
    // "Moscow, 13 November 2026" or "Posted by the Embassy on its channel on November 23."
    const closing =
      /^\s*\p{Lu}[\p{L} .'’-]{1,30},\s+\S.{3,30}$/u.test(t) ||
      /^\W*(?:(?:this|the) (?:statement|text) (?:was|is)\s+)?(?:posted|published|issued|released|dated|shared|circulated|distributed)\b/i.test(
        t,
      );
    if (!closing || t.length > 200) continue;
    const days = new Set(
      datesIn(doc, l)
        .map((d) => d.date)
        .filter(Boolean),
    );
    if (days.size === 1) return [...days][0];
  }
  return undefined;
}

/** Whether `s` is in the issuer's own voice. */
function ownVoice(doc: Doc, lower: string, s: Sentence, id: string, own: Set<string>): boolean {
  const text = lower.slice(s.start, s.end);
  if (SELF.test(text)) return true;
  const subj = sentenceSubject(doc, lower, s);
  if (!subj) return true;
  return subj.entity === id || own.has(subj.entity);
}

/** Who the issuer's words in `s` are aimed at: the first other state or body named. */
function aimedAt(doc: Doc, s: Sentence, own: Set<string>): string | undefined {
  const other = (m: Mention) => {
    const e = doc.entities.get(m.entity);
    return (
      !own.has(m.entity) &&
      isActor(doc, m) &&
      e !== undefined &&
      e.label !== 'Person' &&
      !doc.quotes.some((q) => m.start >= q.start && m.start < q.end)
    );
  };
  return mentionsOf(doc, s).find(other)?.entity;
}

/** Stances whose speaker the issuer's own voice decides. */
const VOICED = new Set(['DENIED', 'DISMISSED', 'CRITICIZED', 'WARNED']);

/**
 * "The Russian side categorically rejects …" in the Russian ministry's statement: the stages
 * before took the side named for the speaker; in the issuer's own voice it is the issuer.
 */
function reaimOwnSide(doc: Doc, lower: string, id: string, own: Set<string>, after: number): void {
  const keep = [];
  for (const r of doc.relationships) {
    const at = r.evidence[0] ? doc.text.indexOf(r.evidence[0]) : -1;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    const moves =
      VOICED.has(r.type) &&
      r.from !== id &&
      own.has(r.from) &&
      s !== undefined &&
      s.start >= after &&
      SELF.test(lower.slice(s.start, s.end));
    if (!moves) {
      keep.push(r);
      continue;
    }
    if (doc.relationships.some((x) => x.type === r.type && x.from === id && x.to === r.to))
      continue;
    r.from = id;
    keep.push(r);
  }
  doc.relationships.splice(0, doc.relationships.length, ...keep);
}

export function issuedStatement(doc: Doc): void {
  const found = issuer(doc);
  if (!found) return;
  const { title, id, own } = found;
  const lower = doc.fold.toLowerCase();
  const topic = topicEvent(doc);
  const date = closingDate(doc, title.end);
  const dated = date ? { date } : {};
  for (const s of doc.sentences) {
    if (s.start < title.end) continue;
    const para = doc.paragraphs[s.paragraph];
    if (!para || para.heading) continue;
    const text = doc.fold.slice(s.start, s.end);
    if (FURNITURE.test(text) || OPEN.test(text)) continue;
    // The issuer's words without what it quotes of others ("under the pretext of “…”").
    const plain = text.replace(/["“][^"”]*["”]/g, ' ');
    if (!ownVoice(doc, lower, s, id, own)) {
      // "Washington should have no illusions: none of these hostile steps will go unanswered":
      // a warning with the one warned for its subject.
      const subj = sentenceSubject(doc, lower, s);
      SPEECH_VERBS.lastIndex = 0;
      if (subj && WARNING.test(plain) && !SPEECH_VERBS.test(plain.toLowerCase()))
        relate(doc, {
          type: 'WARNED',
          from: id,
          to: subj.entity,
          evidence: [s],
          ...dated,
          confidence: 0.45,
          rule: 'statement:issuer-warning',
        });
      continue;
    }
    const stance = stanceOf(plain);
    if (stance) {
      const claim = claimFor(doc, s, undefined, topic);
      if (claim)
        relate(doc, {
          type: stance === 'denies' ? 'DENIED' : 'DISMISSED',
          from: id,
          to: claim,
          // The contract wants a denial's words: the issuer's sentence is them.
          quote: { start: s.start, end: s.start + text.trimEnd().length },
          evidence: [s],
          ...dated,
          confidence: 0.5,
          rule: 'statement:issuer-voice',
        });
    }
    // A denial's words ("rejects the insinuations about … to Tehran") judge a claim, not whom
    // it names.
    if (stance) continue;
    const target = aimedAt(doc, s, own);
    if (!target) continue;
    if (CRITICISM.test(plain))
      relate(doc, {
        type: 'CRITICIZED',
        from: id,
        to: target,
        evidence: [s],
        ...dated,
        confidence: 0.45,
        rule: 'statement:issuer-criticism',
      });
    if (WARNING.test(plain))
      relate(doc, {
        type: 'WARNED',
        from: id,
        to: target,
        evidence: [s],
        ...dated,
        confidence: 0.45,
        rule: 'statement:issuer-warning',
      });
  }
  reaimOwnSide(doc, lower, id, own, title.end);
}
