/**
 * The gate every extractor's output passes (the rules today, an LLM later): the draft must
 * parse as the contract, every quote and evidence string must be verbatim in the text, every
 * type known, every endpoint an entity of the draft with labels RELATIONSHIP_RULES allows,
 * SAID and DENIED must carry their quote, mentions must point at their text.
 */
import { Draft, QUOTED_TYPES, isAllowedEndpoint } from '@kg/server/contracts';

export interface DraftProblem {
  path: string;
  message: string;
}

export function validateDraft(draft: unknown, text: string): DraftProblem[] {
  const parsed = Draft.safeParse(draft);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }
  const d = parsed.data;
  const problems: DraftProblem[] = [];
  const byId = new Map<string, (typeof d.entities)[number]>();
  d.entities.forEach((e, i) => {
    if (byId.has(e.id))
      problems.push({ path: `entities.${i}.id`, message: `duplicate entity id "${e.id}"` });
    byId.set(e.id, e);
    e.mentions.forEach((m, k) => {
      if (m.end <= m.start || text.slice(m.start, m.end) !== m.text) {
        problems.push({
          path: `entities.${i}.mentions.${k}`,
          message: `does not match the text at ${m.start}-${m.end}`,
        });
      }
    });
  });
  d.relationships.forEach((r, i) => {
    const at = `relationships.${i}`;
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from) problems.push({ path: `${at}.from`, message: `unknown entity "${r.from}"` });
    if (!to) problems.push({ path: `${at}.to`, message: `unknown entity "${r.to}"` });
    if (from && to && !isAllowedEndpoint(r.type, from.label, to.label)) {
      problems.push({
        path: `${at}.type`,
        message: `${r.type} cannot connect ${from.label} to ${to.label}`,
      });
    }
    if (QUOTED_TYPES.includes(r.type) && !r.quote)
      problems.push({ path: `${at}.quote`, message: `${r.type} needs a quote` });
    if (r.quote !== undefined && !text.includes(r.quote))
      problems.push({ path: `${at}.quote`, message: 'is not verbatim in the text' });
    r.evidence.forEach((e, k) => {
      if (!text.includes(e))
        problems.push({ path: `${at}.evidence.${k}`, message: 'is not verbatim in the text' });
    });
  });
  return problems;
}
