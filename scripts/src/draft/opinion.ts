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
import type { Doc } from './document';
import { addMention, existingEntity, newEntity } from './entities';
import { nameKey } from './normalize';
import { relate } from './relate';
import { AFFILIATION } from './names';

const COMMENTARY_LABEL =
  /^\s*(?:opinion|analysis|commentary|editorial|op-ed|column|perspective|viewpoint|news analysis)\s*(?:[|:–—-]|$)|^\s*(?:contributing |guest |staff )?(?:columnist|opinion writer|op-ed contributor)\b/im;
const BYLINE = /^[ \t]*By\s+(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})/mu;
/** The author's own critical verdicts (not reported ones: quotes are excluded). */
const VERDICT =
  /\b(?:a shrug|shrugged|not good enough|(?:hard|harder|impossible) to defend|indefensible|inexcusable|too quiet|too little,? too late|too timid|looking the other way|(?:a|an) (?:irritant|footnote) rather than|has failed|have failed|failed to|a failure|complacen\w+|feckless|naive|naïve|a mistake|a blunder|a gift to|must do (?:far )?more|has to do (?:far )?more|should have (?:acted|spoken|said))\b/i;
const GOVERNMENT = /\b(?:administration|government)\b/i;

/** The closing tagline of a column: its last paragraph, "Jane Roe is a senior fellow at …". */
function tagline(doc: Doc): { name: string; start: number } | undefined {
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  if (!last) return undefined;
  const t = doc.text.slice(last.start, last.end);
  const m = /^(\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})(?=\s+is\s)/u.exec(t);
  if (!m || !AFFILIATION.test(t.slice(m[0].length)) || t.length > 300) return undefined;
  return { name: m[1]!, start: last.start };
}

export function commentaryAuthor(doc: Doc, ctx: DraftContext): void {
  const head = doc.text.slice(0, 600);
  const tag = tagline(doc);
  // A column is labelled as one, or closes with its author's tagline.
  if (!COMMENTARY_LABEL.test(head) && !tag) return;
  const byline = BYLINE.exec(head);
  const by = byline
    ? { name: byline[1]!, start: byline.index + byline[0].indexOf(byline[1]!) }
    : tag;
  if (!by) return;
  const lower = doc.fold;
  const verdict = doc.sentences.find((s) => {
    const t = lower.slice(s.start, s.end);
    return VERDICT.test(t) && !doc.quotes.some((q) => q.start < s.end && s.start < q.end);
  });
  if (!verdict) return;
  const target = doc.mentions.find(
    (m) =>
      !m.nested &&
      doc.entities.get(m.entity)?.label === 'Organization' &&
      GOVERNMENT.test(doc.entities.get(m.entity)!.name) &&
      !doc.quotes.some((q) => m.start >= q.start && m.end <= q.end),
  );
  if (!target) return;
  const { name, start } = by;
  const known = ctx.entities.find(
    (e) => e.label === 'Person' && [e.name, ...e.aliases].some((f) => nameKey(f) === nameKey(name)),
  );
  const author = known ? existingEntity(doc, ctx, known.id)! : newEntity(doc, ctx, name, 'Person');
  author.role ??= 'author';
  if (!doc.mentions.some((m) => m.start === start && m.entity === author.id))
    addMention(doc, author, start, start + name.length, 'name', 0.6);
  relate(doc, {
    type: 'CRITICIZED',
    from: author.id,
    to: target.entity,
    evidence: [verdict],
    confidence: 0.4,
    rule: 'opinion:author-verdict',
  });
}
