/**
 * Requests for comment: "The Kremlin did not respond to a request for comment", "Russia's
 * Defense Ministry declined to comment". The publisher asked, so it CONTACTED the body. The
 * publisher is the article's outlet (--outlet), the agency of its wire dateline ("KYIV, March
 * 18 (AP) —") or the outlet a repost says it came from ("This article originally appeared in
 * X"), found in the registry or proposed as an outlet. "did not respond to NBC News' questions":
 * the outlet named asked. The day of the sentence ("declined to comment on Tuesday") dates it.
 */
import type { DraftContext } from './context';
import { sentenceAt, type Doc, type DocEntity } from './document';
import { existingEntity, newEntity } from './entities';
import { nameKey } from './normalize';
import { subjectBefore } from './patterns';
import { relate } from './relate';
import { dateNear } from './dates';

/** Agency abbreviations of datelines. */
const AGENCIES: Record<string, string> = {
  ap: 'Associated Press',
  afp: 'Agence France-Presse',
  upi: 'United Press International',
  dpa: 'Deutsche Presse-Agentur',
};

const NO_COMMENT =
  /\b(?:(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|could not|couldn't be reached to|would not)\s+(?:immediately\s+)?(?:respond|reply|return|answer)\w*\s+(?:to\s+)?(?:a\s+|an\s+|the\s+|several\s+|repeated\s+|multiple\s+)?(?:request|requests|message|messages|call|calls|email|emails|e-mail|inquiry|inquiries|questions)|(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|would not)\s+(?:immediately\s+)?(?:respond|reply|answer)\w*\s+to\s+([^.;]{2,40}?)['’]s?\s+(?:request|requests|questions|inquiry|inquiries|emails?|calls?|messages?)|declined\s+(?:a\s+request\s+)?to\s+comment|(?:was|were)\s+not\s+immediately\s+available\s+for\s+comment)\b/;

export function outletNamed(doc: Doc, ctx: DraftContext, name: string): DocEntity | undefined {
  const keys = new Set([nameKey(name), nameKey(AGENCIES[nameKey(name)] ?? name)]);
  const fits = (e: { label: string; name: string; aliases: string[] }) =>
    e.label === 'Outlet' && [e.name, ...e.aliases].some((f) => keys.has(nameKey(f)));
  // The registry's agency before a name proposed in this article: "Copied from the AP story"
  // may have made "AP" a new outlet before the dateline's "(AP)" is read.
  const reg = ctx.entities.find(fits);
  if (reg) return existingEntity(doc, ctx, reg.id);
  for (const e of doc.entities.values()) if (fits(e)) return e;
  return undefined;
}

/** "This article originally appeared in the Capitol Ledger": the outlet a repost came from. */
const SYNDICATED =
  /\b(?:(?:originally|first)\s+(?:appeared|published|ran)\s+(?:in|on|by|at)|republished\s+(?:with\s+permission\s+)?from|courtesy\s+of)\s+(?:the\s+)?$/i;

/**
 * The outlet at `at` is where this very text came from: "This article originally appeared in
 * X", "This story was first published by X", "Republished with permission from X" (the line or
 * sentence says so of itself). "The reports, first published by The Washington Post, said …"
 * and "officials cited in a report first published by The Guardian" tell where a claim came
 * from, not who published the copy in hand.
 */
function syndicatedFrom(doc: Doc, at: number): boolean {
  const lower = doc.fold.toLowerCase();
  const m = SYNDICATED.exec(lower.slice(Math.max(0, at - 50), at));
  if (!m) return false;
  const phrase = Math.max(0, at - 50) + m.index;
  const s = sentenceAt(doc, phrase);
  const line = lower.lastIndexOf('\n', phrase - 1) + 1;
  const head = lower.slice(Math.max(line, s?.start ?? 0), phrase);
  return /^[^a-z0-9]*(?:(?:this|the|a\s+version\s+of\s+this)\s+(?:article|story|piece|post|column|report|item|content|interview|text)\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?)?$/.test(
    head,
  );
}

/** Wire agencies that sign a story off on its last line ("— AFP"). */
export const SIGNING_AGENCIES =
  /^(?:AFP|AP|Reuters|UPI|dpa|DPA|AAP|PA|Xinhua|Kyodo|ANSA|EFE|Anadolu|Bloomberg)$/;

/**
 * "— AFP" alone on the last line: the agency whose story it is (the translated or syndicated
 * copy of many outlets ends so, with or without a dateline agency).
 */
export function signOff(doc: Doc): string | undefined {
  for (let k = doc.paragraphs.length - 1; k >= 0; k--) {
    const p = doc.paragraphs[k]!;
    const t = doc.text.slice(p.start, p.end).trim();
    if (!t) continue;
    const m = /^[—–-]{1,2}\s*([A-Za-z]{2,12})\s*$/.exec(t);
    if (m) return SIGNING_AGENCIES.test(m[1]!) ? m[1]! : undefined;
    break;
  }
  // A digest credits each item at its end ("… no casualties. — Reuters"): two items or more
  // credited to one agency, and none to another, make it the agency's copy.
  const credited = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const m = /\s[—–]\s*([A-Za-z]{2,12})\s*$/.exec(doc.text.slice(p.start, p.end).trim());
    if (m && SIGNING_AGENCIES.test(m[1]!)) credited.set(m[1]!, (credited.get(m[1]!) ?? 0) + 1);
  }
  const [only] = [...credited];
  return credited.size === 1 && only![1] >= 2 ? only![0] : undefined;
}

/**
 * Names the article's own agency goes by (its dateline's "(AP)", its "— AFP" sign-off, with
 * the agency's full name): "told The Associated Press" in an AP story is the reporter's own
 * interview, not an appearance on another outlet.
 */
export function publisherNames(doc: Doc): Set<string> {
  const names = doc.datelines
    .map((d) => /\(([A-Za-z .&-]{2,30})\)/.exec(doc.text.slice(d.start, d.end))?.[1]?.trim())
    .filter((n): n is string => !!n);
  const sign = signOff(doc);
  if (sign) names.push(sign);
  return new Set(names.flatMap((n) => [nameKey(n), nameKey(AGENCIES[nameKey(n)] ?? n)]));
}

export function publisherOf(doc: Doc, ctx: DraftContext, outlet?: string): DocEntity | undefined {
  if (outlet) return outletNamed(doc, ctx, outlet) ?? newEntity(doc, ctx, outlet, 'Outlet');
  const dated = doc.datelines.some((d) =>
    /\([A-Za-z .&-]{2,30}\)/.test(doc.text.slice(d.start, d.end)),
  );
  if (!dated)
    for (const m of doc.mentions) {
      const e = doc.entities.get(m.entity);
      if (e?.label !== 'Outlet' || m.nested) continue;
      if (syndicatedFrom(doc, m.start)) return e;
    }
  const names = doc.datelines
    .map((d) => /\(([A-Za-z .&-]{2,30})\)/.exec(doc.text.slice(d.start, d.end))?.[1])
    .filter((n): n is string => !!n);
  const sign = signOff(doc);
  if (sign) names.push(sign);
  for (const n of names) {
    const name = n.trim();
    // An agency the registry does not know is proposed under the name the dateline uses.
    return (
      outletNamed(doc, ctx, name) ??
      newEntity(
        doc,
        ctx,
        name,
        'Outlet',
        AGENCIES[nameKey(name)] ? { aliases: [AGENCIES[nameKey(name)]!] } : {},
      )
    );
  }
  return undefined;
}

export function requestsForComment(doc: Doc, ctx: DraftContext, outlet?: string): void {
  const lower = doc.fold.toLowerCase();
  let publisher: DocEntity | undefined | null = null;
  for (const s of doc.sentences) {
    const m = NO_COMMENT.exec(lower.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    // "…referred questions to the White House, which did not respond": the relative
    // pronoun's antecedent is the name right before it.
    const which = /,\s+(?:which|who)\s+(?:\w+\s+)?$/.exec(lower.slice(s.start, at));
    const antecedent = which
      ? doc.mentions
          .filter((x) => !x.nested && x.start >= s.start && x.end <= s.start + which.index)
          .filter((x) => /^\s*$/.test(lower.slice(x.end, s.start + which.index)))
          .pop()?.entity
      : undefined;
    // "A spokeswoman for the Russian Embassy did not respond": the body the spokeswoman speaks for.
    const who =
      antecedent ??
      subjectBefore(doc, lower, s, at) ??
      doc.mentions.find(
        (x) =>
          !x.nested &&
          x.start >= s.start &&
          x.end <= at &&
          /\b(?:spokes(?:man|woman|person)|representative|official|aide)s?\s+(?:for|of|at|with)\s+(?:the\s+)?$/.test(
            lower.slice(
              Math.max(s.start, (x.phraseStart ?? x.start) - 40),
              x.phraseStart ?? x.start,
            ),
          ),
      )?.entity;
    if (!who) continue;
    // "did not respond to NBC News' questions": the outlet named asked.
    const asker = m[1]
      ? doc.mentions.find(
          (x) =>
            x.start >= s.start + m.index &&
            x.end <= s.start + m.index + m[0].length &&
            doc.entities.get(x.entity)?.label === 'Outlet',
        )
      : undefined;
    if (publisher === null) publisher = publisherOf(doc, ctx, outlet);
    const from = asker ? doc.entities.get(asker.entity) : publisher;
    if (!from || from.id === who) continue;
    const date = dateNear(doc, s, s.start + m.index, doc.quotes);
    relate(doc, {
      type: 'CONTACTED',
      from: from.id,
      to: who,
      evidence: [s],
      ...(date ? { date } : {}),
      confidence: 0.5,
      rule: 'structure:request-for-comment',
    });
  }
}
