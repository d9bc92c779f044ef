/**
 * The claim a story turns on, when the article argues about it without restating it. "The
 * Kremlin rejected the reports", "Hegseth said the claims did not matter", "Ushakov called the
 * allegations a campaign": each statement points at an alleged intelligence-sharing event, and
 * the article thereby tells that the claim was made. Analysts record the claim itself, marked
 * alleged (the curated seeds do: SHARED_INTELLIGENCE_WITH from the giver to the receiver,
 * `alleged: true`, resting on the sentences that report it). When the draft points anything at
 * such an event but holds no sharing edge between its two parties, the edge is added, alleged,
 * on the sentence that names both parties (else the first evidence of what points at it).
 */
import type { DraftContext } from './context';
import type { Doc, DocEntity, Span } from './document';
import { existingEntity } from './entities';
import { COUNTRIES } from './lexicon';
import { nameKey } from './normalize';
import { relate } from './relate';

/** "Alleged Russian intelligence sharing with Iran", "Russia-Iran intel sharing". */
const WITH_FORM =
  /^(?:alleged\s+|reported\s+)?(.+?)\s+intel(?:ligence)?[- ]sharing\s+with\s+(.+)$/i;
const PAIR_FORM =
  /^(?:alleged\s+|reported\s+)?([\w.]+)\s*[-–]\s*([\w.]+)\s+intel(?:ligence)?[- ]sharing$/i;

/** The registry id of the country a name or demonym stands for. */
function countryId(doc: Doc, ctx: DraftContext, words: string): string | undefined {
  const key = nameKey(words);
  const c = COUNTRIES.find((x) =>
    [x.name, ...x.adjective, ...x.aliases].some((w) => nameKey(w) === key),
  );
  if (!c) return undefined;
  const hit =
    [...doc.entities.values()].find(
      (e) => e.label === 'Country' && nameKey(e.name) === nameKey(c.name),
    ) ?? ctx.entities.find((e) => e.label === 'Country' && nameKey(e.name) === nameKey(c.name));
  return hit?.id;
}

/** Giver and receiver of an intelligence-sharing event, read off its name or an alias. */
function partiesOf(doc: Doc, ctx: DraftContext, e: DocEntity): [string, string] | undefined {
  for (const name of [e.name, ...e.aliases]) {
    const m = WITH_FORM.exec(name.trim()) ?? PAIR_FORM.exec(name.trim());
    if (!m) continue;
    const a = countryId(doc, ctx, m[1]!);
    const b = countryId(doc, ctx, m[2]!);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

/** Where `text` (an evidence string) sits in the document. */
function spanOf(doc: Doc, text: string): Span | undefined {
  const at = doc.text.indexOf(text);
  return at < 0 ? undefined : { start: at, end: at + text.length };
}

export function storyClaims(doc: Doc, ctx: DraftContext): void {
  const done = new Set<string>();
  for (const r of [...doc.relationships]) {
    const e = doc.entities.get(r.to);
    if (e?.label !== 'Event' || done.has(e.id)) continue;
    done.add(e.id);
    const parties = partiesOf(doc, ctx, e);
    if (!parties) continue;
    const [a, b] = parties;
    const have = doc.relationships.some(
      (x) =>
        x.type === 'SHARED_INTELLIGENCE_WITH' &&
        ((x.from === a && x.to === b) || (x.from === b && x.to === a)),
    );
    if (have) continue;
    // The first sentence outside quotes that names both parties tells the claim best; else the
    // sentence of the first statement about the event.
    const both = doc.sentences.find((s) => {
      const ids = new Set(
        doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.entity),
      );
      return ids.has(a) && ids.has(b);
    });
    const first = doc.relationships.find((x) => x.to === e.id && x.evidence[0]);
    const span = both ?? (first ? spanOf(doc, first.evidence[0]!) : undefined);
    if (!span) continue;
    if (!existingEntity(doc, ctx, a) || !existingEntity(doc, ctx, b)) continue;
    relate(doc, {
      type: 'SHARED_INTELLIGENCE_WITH',
      from: a,
      to: b,
      evidence: [span],
      alleged: true,
      confidence: 0.45,
      rule: 'claim:story-claim',
    });
  }
}
