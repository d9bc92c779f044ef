/**
 * Requests for comment: "The Kremlin did not respond to a request for comment", "Russia's
 * Defense Ministry declined to comment". The publisher asked, so it CONTACTED the body. The
 * publisher is the article's outlet (--outlet) or the agency of its wire dateline
 * ("KYIV, March 18 (AP) —"), found in the registry or proposed as an outlet.
 */
import type { DraftContext } from './context';
import type { Doc, DocEntity } from './document';
import { existingEntity, newEntity } from './entities';
import { nameKey } from './normalize';
import { subjectBefore } from './patterns';
import { relate } from './relate';

/** Agency abbreviations of datelines. */
const AGENCIES: Record<string, string> = {
  ap: 'Associated Press',
  afp: 'Agence France-Presse',
  upi: 'United Press International',
  dpa: 'Deutsche Presse-Agentur',
};

const NO_COMMENT =
  /\b(?:(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|could not|couldn't be reached to|would not)\s+(?:immediately\s+)?(?:respond|reply|return|answer)\w*\s+(?:to\s+)?(?:a\s+|the\s+|several\s+|repeated\s+|multiple\s+)?(?:request|requests|message|messages|call|calls|email|emails|e-mail|inquiry|inquiries|questions)|declined\s+(?:a\s+request\s+)?to\s+comment|(?:was|were)\s+not\s+immediately\s+available\s+for\s+comment)\b/;

function outletNamed(doc: Doc, ctx: DraftContext, name: string): DocEntity | undefined {
  const keys = new Set([nameKey(name), nameKey(AGENCIES[nameKey(name)] ?? name)]);
  const fits = (e: { label: string; name: string; aliases: string[] }) =>
    e.label === 'Outlet' && [e.name, ...e.aliases].some((f) => keys.has(nameKey(f)));
  for (const e of doc.entities.values()) if (fits(e)) return e;
  const reg = ctx.entities.find(fits);
  if (reg) return existingEntity(doc, ctx, reg.id);
  return undefined;
}

export function publisherOf(doc: Doc, ctx: DraftContext, outlet?: string): DocEntity | undefined {
  if (outlet) return outletNamed(doc, ctx, outlet) ?? newEntity(doc, ctx, outlet, 'Outlet');
  for (const d of doc.datelines) {
    const m = /\(([A-Za-z .&-]{2,30})\)/.exec(doc.text.slice(d.start, d.end));
    if (!m) continue;
    const name = m[1]!.trim();
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
    const who = antecedent ?? subjectBefore(doc, lower, s, at);
    if (!who) continue;
    if (publisher === null) publisher = publisherOf(doc, ctx, outlet);
    if (!publisher || publisher.id === who) continue;
    relate(doc, {
      type: 'CONTACTED',
      from: publisher.id,
      to: who,
      evidence: [s],
      confidence: 0.5,
      rule: 'structure:request-for-comment',
    });
  }
}
