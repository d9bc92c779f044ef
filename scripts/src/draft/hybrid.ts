/**
 * The hybrid extractor (opt-in, `--extractor hybrid`): the rule engine's draft and the LLM's
 * draft of the same article, merged. NOT MEASURED: no LLM is reachable where this is built, so
 * whether the union beats either alone (the model's extra recall against its extra errors) is
 * unknown; docs/extraction.md says so.
 *
 * The union, de-duplicated: an entity is one per id (a registry id, or a new entity's slug of
 * the same name and label; a new entity of the same name under another label stays apart), a
 * relationship one per type and ends (and, for a quoted type, quotes of which one holds the
 * other). What both drafted keeps the rule engine's fields (quote, date, confidence), gains the
 * model's evidence, and says both in `rule` ("said:verb+llm:model"); what one drafted keeps its
 * own `rule` ("said:verb", "llm:model"). The model's failure is the draft's failure.
 */
import type { Draft, DraftEntity, DraftRelationship } from '@kg/server/contracts';
import { QUOTED_TYPES } from '@kg/server/contracts';
import type { DraftContext } from './context';
import { slugify } from './entities';
import { ruleExtractor, type DraftExtractor, type DraftInput } from './extractor';
import { createLlmExtractor, type LlmSettings } from './llm';
import { nameKey } from './normalize';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The same statement: one quote holds the other (the rules and a model cut quotes apart). */
function sameQuote(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const x = flat(a);
  const y = flat(b);
  return x.includes(y) || y.includes(x);
}

function sameRelationship(a: DraftRelationship, b: DraftRelationship): boolean {
  return (
    a.type === b.type &&
    a.from === b.from &&
    a.to === b.to &&
    (!QUOTED_TYPES.includes(a.type) || sameQuote(a.quote, b.quote))
  );
}

/** `rules` and `llm`, drafts of the same text, as one draft; see the module comment. */
export function mergeDrafts(rules: Draft, llm: Draft, ctx: DraftContext): Draft {
  if (rules.text !== llm.text)
    throw new Error('hybrid: the two drafts are not of the same text (offsets would not agree)');
  const entities: DraftEntity[] = rules.entities.map((e) => ({
    ...e,
    mentions: [...e.mentions],
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  /** The model's entity ids as the merged draft has them. */
  const idOf = new Map<string, string>();
  for (const e of llm.entities) {
    const same =
      byId.get(e.id)?.label === e.label
        ? byId.get(e.id)
        : e.status === 'new'
          ? entities.find(
              (x) =>
                x.status === 'new' && x.label === e.label && nameKey(x.name) === nameKey(e.name),
            )
          : undefined;
    if (same) {
      idOf.set(e.id, same.id);
      const at = new Set(same.mentions.map((m) => `${m.start}:${m.end}`));
      for (const m of e.mentions) if (!at.has(`${m.start}:${m.end}`)) same.mentions.push(m);
      same.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
      continue;
    }
    let id = e.id;
    if (byId.has(id)) {
      // A new entity of the model's whose slug the rules gave to another label.
      const base = slugify(e.name);
      for (let n = 2; byId.has(id) || ctx.byId.has(id); n++) id = `${base}-${n}`;
    }
    const added = { ...e, id, mentions: [...e.mentions] };
    entities.push(added);
    byId.set(id, added);
    idOf.set(e.id, id);
  }

  const relationships: DraftRelationship[] = rules.relationships.map((r) => ({
    ...r,
    evidence: [...r.evidence],
  }));
  const fromRules = relationships.length;
  const notes: string[] = [];
  const merged = new Set<DraftRelationship>();
  let both = 0;
  let llmOnly = 0;
  for (const m of llm.relationships) {
    const r = { ...m, from: idOf.get(m.from) ?? m.from, to: idOf.get(m.to) ?? m.to };
    const same = relationships.slice(0, fromRules).find((x) => sameRelationship(x, r));
    if (!same) {
      relationships.push(r);
      llmOnly++;
      continue;
    }
    if (!merged.has(same)) {
      merged.add(same);
      both++;
      same.rule = `${same.rule}+${r.rule}`;
    }
    for (const e of r.evidence) if (!same.evidence.includes(e)) same.evidence.push(e);
    if (!same.date && r.date) same.date = r.date;
    else if (same.date && r.date && same.date !== r.date)
      notes.push(
        `Hybrid: ${same.type} ${same.from} -> ${same.to}: the rules dated it ${same.date}, the model ${r.date}; the rules' date is kept.`,
      );
    if (r.alleged) same.alleged = true;
  }
  return {
    article: rules.article,
    ...(rules.text === undefined ? {} : { text: rules.text }),
    entities,
    relationships,
    notes: [
      `Hybrid draft (unmeasured: no figure says it beats the rules or the model alone): the rule engine's ${fromRules} relationships and the model's ${llm.relationships.length}, merged: ${both} drafted by both (rule "…+llm:…"), ${fromRules - both} by the rules only, ${llmOnly} by the model only.`,
      ...notes,
      ...rules.notes,
      ...llm.notes,
    ],
  };
}

/** The rule engine and the model behind `settings`, merged (mergeDrafts). */
export function createHybridExtractor(settings: LlmSettings): DraftExtractor {
  const llm = createLlmExtractor(settings);
  return {
    name: 'hybrid',
    async extract(input: DraftInput, ctx: DraftContext, signal?: AbortSignal): Promise<Draft> {
      const fromModel = await llm.extract(input, ctx, signal);
      return mergeDrafts(ruleExtractor.extract(input, ctx), fromModel, ctx);
    },
  };
}
