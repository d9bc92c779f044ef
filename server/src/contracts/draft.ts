/**
 * The draft-extraction contract: what `npm run draft -- FILE --format json` prints and what
 * `POST /api/drafts` answers. An extractor (the rule-based engine today, another behind the
 * same interface later) produces a `Draft`; the intake review in the explorer edits it and
 * turns it into the curated seed files.
 *
 * Every `quote` and `evidence` string is a verbatim substring of the article text; `from`/`to`
 * are ids of `entities`; endpoint labels obey RELATIONSHIP_RULES. `validateDraft` in the draft
 * engine checks all of that for any extractor's output.
 */
import { z } from 'zod';
import { CuratedRelationshipType, EntityLabel } from './model';
import { IsoDate, Slug } from './seed';

/** Metadata of the article being drafted; every field may come from the caller or the text. */
export const DraftArticle = z.object({
  id: Slug,
  title: z.string(),
  date: IsoDate.optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
});
export type DraftArticle = z.infer<typeof DraftArticle>;

/** A span of the article text: UTF-16 offsets, start inclusive, end exclusive. */
export const DraftMention = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
});
export type DraftMention = z.infer<typeof DraftMention>;

/** A registry entity the mention might be, with the reason it was considered. */
export const DraftCandidate = z.object({
  id: Slug,
  score: z.number().min(0).max(1),
  why: z.string(),
});
export type DraftCandidate = z.infer<typeof DraftCandidate>;

export const DraftEntity = z.object({
  /** The registry id for an existing entity; a fresh, non-colliding slug for a new one. */
  id: Slug,
  name: z.string().min(1),
  label: EntityLabel,
  status: z.enum(['existing', 'new']),
  aliases: z.array(z.string()),
  /** People: the role the article gives them, when it gives one. */
  role: z.string().optional(),
  mentions: z.array(DraftMention),
  /** Other registry entities this might be; empty when the link is certain. */
  candidates: z.array(DraftCandidate),
});
export type DraftEntity = z.infer<typeof DraftEntity>;

export const DraftRelationship = z.object({
  type: CuratedRelationshipType,
  from: Slug,
  to: Slug,
  quote: z.string().min(1).optional(),
  evidence: z.array(z.string().min(1)).min(1),
  date: IsoDate.optional(),
  detail: z.string().optional(),
  alleged: z.boolean().optional(),
  confidence: z.number().min(0).max(1),
  /** The rule (or extractor) that produced it, for the reviewer and the evaluation. */
  rule: z.string().min(1),
});
export type DraftRelationship = z.infer<typeof DraftRelationship>;

export const Draft = z.object({
  article: DraftArticle,
  /**
   * The text every offset, quote and evidence string points into: the submitted text after a
   * leading "date YYYY-MM-DD" header (cut off as ingestion does), as submitted when cleaning
   * changed only white space (line endings, spaces before a line break, blank-line runs), so
   * quotes are verbatim in the file; else after normalisation (NFC, HTML tags and entities
   * removed; the draft's notes say so).
   */
  text: z.string().optional(),
  entities: z.array(DraftEntity),
  relationships: z.array(DraftRelationship),
  /** Things the reviewer should know: text cleaned of HTML, no entity found, and so on. */
  notes: z.array(z.string()).default([]),
});
export type Draft = z.infer<typeof Draft>;

/** `POST /api/drafts`: the pasted article and what the analyst already knows about it. */
export const DraftRequest = z.object({
  text: z.string().min(1).max(200_000),
  title: z.string().max(500).optional(),
  date: IsoDate.optional(),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
});
export type DraftRequest = z.infer<typeof DraftRequest>;
