/**
 * The extractor seam. An extractor turns an article into a Draft; `draftArticle` (an extractor
 * that answers at once) and `draftArticleWith` (any, awaited) run one and pass its output
 * through `validateDraft`, whatever produced it. The rule-based extractor below is the pipeline
 * of stages over one annotated document; the LLM extractor (llm.ts: an OpenAI-compatible
 * endpoint named by KG_LLM_BASE_URL / KG_LLM_MODEL) implements the same interface with a
 * promise: it receives the same request and context, and must return offsets into
 * `draft.text` and verbatim quotes, which the validation then enforces.
 */
import { storyClaims } from './story-claim';
import type { Draft, DraftRequest } from '@kg/server/contracts';
import { attribute } from './attribution';
import { findClaims } from './claims';
import type { DraftContext } from './context';
import { resolveCoreference, resolveDescriptors } from './coref';
import { articleDateFromText } from './dates';
import { createDoc, type Doc } from './document';
import { sortMentions } from './entities';
import { publisherOf, requestsForComment } from './comment';
import {
  extractEvents,
  hostInterviewEvents,
  hostInterviews,
  laterOnProgramme,
  pairTalks,
} from './events';
import { officialAnaphora } from './official-anaphora';
import { findNestedMentions, findRegistryMentions, findTypos, seatsAsBodies } from './mentions';
import { findNewNames, foldBareHeads, foldPaperShortNames } from './names';
import { extractVerbPatterns } from './patterns';
import { bodyReports } from './body-reports';
import { outletReports } from './outlet-reports';
import { findQuotes } from './quotes';
import { extractRoles, homeCountries } from './roles';
import { extractSaid } from './said';
import { extractStructures } from './structure';
import { slugify } from './entities';
import { SECTION_LABEL } from './boilerplate';
import { commandsOfForces, findLowerCaseBodies } from './bodies';
import { commentaryAuthor } from './opinion';
import { issuedStatement } from './issued-statement';
import { briefingTranscript, lawmakerLabels, qaTurns, transcriptAppearances } from './qa';
import { findStrikes } from './strikes';
import { eventAnaphora, linkEventReferences, mergeDraftedEvents } from './event-refs';
import { cityCountries } from './places';
import { statementsAboutTalks } from './meeting-refs';
import { statementsAboutCalls, statementsAboutEvents, statementsPushingBack } from './targets';
import { meetings } from './meetings';
import { carryDates, echoDates } from './carry';
import { creditLines, datelineReports, itemCredits, ownSources, quotedBy } from './credits';

export type DraftInput = DraftRequest & { id?: string };

export interface DraftExtractor {
  /** Shown in `rule` of what it produces and in the notes. */
  readonly name: string;
  /**
   * The rule engine answers at once; an extractor behind a network answers with a promise, and
   * stops its requests when `signal` aborts (the client went away).
   */
  extract(input: DraftInput, ctx: DraftContext, signal?: AbortSignal): Draft | Promise<Draft>;
}

/** An extractor that answers at once: what the synchronous `draftArticle` runs. */
export interface SyncDraftExtractor extends DraftExtractor {
  extract(input: DraftInput, ctx: DraftContext): Draft;
}

/** The document of the article, dated by the caller or, failing that, by its first lines. */
export function openDoc(input: DraftInput): Doc {
  const doc = createDoc(input.text, input.date);
  if (!doc.date) {
    const d = articleDateFromText(doc);
    if (d) {
      doc.date = d;
      doc.notes.push(`No article date was given; ${d} was read from the first lines.`);
    } else doc.notes.push('No article date: relative dates ("on Friday") are left undated.');
  }
  return doc;
}

/** The stages, in order, each reading and adding to the document. */
export function annotate(input: DraftInput, ctx: DraftContext): Doc {
  const doc = openDoc(input);
  findRegistryMentions(doc, ctx);
  findTypos(doc, ctx);
  findNewNames(doc, ctx);
  findLowerCaseBodies(doc, ctx);
  findNestedMentions(doc, ctx);
  seatsAsBodies(doc, ctx);
  foldBareHeads(doc);
  foldPaperShortNames(doc);
  sortMentions(doc);
  resolveCoreference(doc);
  resolveDescriptors(doc, ctx);
  homeCountries(doc, ctx);
  findClaims(doc, ctx);
  sortMentions(doc);
  const quotes = findQuotes(doc);
  const attributions = [...attribute(doc, quotes), ...qaTurns(doc)];
  officialAnaphora(doc, attributions);
  extractRoles(doc, ctx);
  extractEvents(doc, ctx, attributions);
  pairTalks(doc, ctx);
  laterOnProgramme(doc);
  hostInterviews(doc, attributions);
  hostInterviewEvents(doc, ctx);
  transcriptAppearances(doc, ctx, quotes);
  briefingTranscript(doc, ctx);
  lawmakerLabels(doc, ctx);
  findStrikes(doc, ctx);
  linkEventReferences(doc, ctx);
  eventAnaphora(doc, true);
  sortMentions(doc);
  extractSaid(doc, attributions);
  eventAnaphora(doc, false);
  extractVerbPatterns(doc, attributions, ctx);
  // "X spoke with host Y on NPR's …": a guest with the host who interviewed them in that
  // sentence is an interview, no conversation of two parties.
  doc.relationships = doc.relationships.filter(
    (r) =>
      r.type !== 'SPOKE_WITH' ||
      !doc.relationships.some(
        (x) =>
          x.type === 'INTERVIEWED' &&
          ((x.from === r.from && x.to === r.to) || (x.from === r.to && x.to === r.from)) &&
          x.evidence[0] === r.evidence[0],
      ),
  );
  bodyReports(doc);
  meetings(doc, ctx);
  statementsAboutTalks(doc);
  statementsAboutCalls(doc);
  statementsAboutEvents(doc);
  statementsPushingBack(doc);
  mergeDraftedEvents(doc, ctx);
  cityCountries(doc, ctx);
  extractStructures(doc, attributions);
  requestsForComment(doc, ctx, input.outlet);
  creditLines(doc, ctx, input.outlet);
  datelineReports(doc, ctx);
  itemCredits(doc, ctx);
  quotedBy(doc);
  outletReports(doc);
  ownSources(doc, ctx, input.outlet);
  commentaryAuthor(doc, ctx);
  issuedStatement(doc);
  storyClaims(doc, ctx);
  commandsOfForces(doc, ctx);
  carryDates(doc);
  echoDates(doc);
  // The publisher the text itself gives (its dateline's or sign-off's agency, "This article
  // originally appeared in X"), never an outlet it merely names ("first reported by CNN"):
  // the intake prefills its outlet field with it.
  doc.publisher = publisherOf(doc, ctx, input.outlet)?.id;
  return doc;
}

/**
 * The headline: the first heading line among the first paragraphs (page furniture is already
 * out), its section label ("Opinion | ") cut; else the first sentence without its dateline.
 */
export function titleOf(input: DraftInput, doc: Doc): string {
  if (input.title) return input.title;
  const head = doc.paragraphs.slice(0, 3).find((p) => p.heading);
  let line = '';
  if (head) line = doc.text.slice(head.start, head.end).replace(SECTION_LABEL, '');
  else {
    const s = doc.sentences[0];
    if (s) {
      const d = doc.datelines.find((x) => x.start <= s.start && x.end > s.start);
      line = doc.text.slice(d ? d.end : s.start, s.end);
    }
  }
  line = line.replace(/\s+/g, ' ').trim();
  if (line.length > 160) line = `${line.slice(0, 157).replace(/\s+\S*$/, '')}...`;
  return line || 'Untitled article';
}

export function toDraft(input: DraftInput, doc: Doc, extractor: string): Draft {
  const used = new Set<string>();
  for (const m of doc.mentions) used.add(m.entity);
  for (const r of doc.relationships) {
    used.add(r.from);
    used.add(r.to);
  }
  if (doc.publisher) used.add(doc.publisher);
  const title = titleOf(input, doc);
  const entities = [...doc.entities.values()]
    .filter((e) => used.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      label: e.label,
      status: e.status,
      aliases: e.aliases,
      ...(e.role ? { role: e.role } : {}),
      mentions: doc.mentions
        .filter((m) => m.entity === e.id)
        .map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
      candidates: e.candidates,
    }));
  if (entities.length === 0) doc.notes.push('No entity was found in the text.');
  return {
    article: {
      id:
        input.id ?? slugify(`${doc.date ?? 'undated'} ${title.split(/\s+/).slice(0, 8).join(' ')}`),
      title,
      ...(doc.date ? { date: doc.date } : {}),
      ...(input.outlet ? { outlet: input.outlet } : doc.publisher ? { outlet: doc.publisher } : {}),
      ...(input.url ? { url: input.url } : {}),
    },
    text: doc.text,
    entities,
    relationships: doc.relationships.map((r) =>
      extractor === 'rules' ? r : { ...r, rule: `${extractor}:${r.rule}` },
    ),
    notes: doc.notes,
  };
}

export const ruleExtractor: SyncDraftExtractor = {
  name: 'rules',
  extract(input, ctx) {
    return toDraft(input, annotate(input, ctx), 'rules');
  },
};
