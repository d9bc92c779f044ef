/**
 * The intake contract: a reviewed article as the explorer (or any client) submits it to
 * `POST /api/articles`, and what the server answers once the seed files are written and the
 * article is ingested. The same shape is what the seed-set writer (scripts/src/intake) takes.
 */
import { z } from 'zod';
import { EntitySeed, IsoDate, RelationshipSeed, Slug } from './seed';

/** Largest article text accepted through the intake, in UTF-8 bytes. */
export const INTAKE_TEXT_MAX_BYTES = 200 * 1024;

/** The manifest entry of the new article; `id` also names its two files, so it is a slug. */
export const IntakeArticle = z
  .object({
    id: Slug.max(120),
    title: z.string().trim().min(1).max(500),
    date: IsoDate,
    /** True when the article carries no date and `date` was inferred by the reviewer. */
    dateInferred: z.boolean().optional(),
    publisher: z.string().trim().min(1).max(200).optional(),
    /** Where the text came from; recorded as the article's `originalFile`. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .strict();
export type IntakeArticle = z.infer<typeof IntakeArticle>;

/** One click in the review: another form of an existing registry entity. */
export const AliasAddition = z
  .object({ entity: Slug, alias: z.string().trim().min(1).max(200) })
  .strict();
export type AliasAddition = z.infer<typeof AliasAddition>;

export const ArticleSubmission = z
  .object({
    article: IntakeArticle,
    text: z
      .string()
      .min(1, 'is empty')
      .refine(
        (t) => Buffer.byteLength(t, 'utf8') <= INTAKE_TEXT_MAX_BYTES,
        `is longer than ${INTAKE_TEXT_MAX_BYTES / 1024} KB`,
      ),
    /** New registry entries (the reviewer chose "create"). */
    entities: z.array(EntitySeed).max(500).default([]),
    aliases: z.array(AliasAddition).max(500).default([]),
    /** Entities the article names besides the endpoints of its relationships. */
    mentions: z.array(Slug).max(2000).default([]),
    /** The accepted statements, with no draft markers (confidence, rule). */
    relationships: z.array(RelationshipSeed).max(2000).default([]),
  })
  .strict();
export type ArticleSubmission = z.input<typeof ArticleSubmission>;
export type ArticleSubmissionParsed = z.output<typeof ArticleSubmission>;

export const SavedRelationship = z.object({
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
});

/** `POST /api/articles`: what was written and what the graph gained. */
export const ArticleSaved = z.object({
  article: Slug,
  /** Seed files written, relative to the seeds folder. */
  files: z.array(z.string()),
  /** Ids of the registry entries created and the number of aliases added. */
  created: z.object({ entities: z.array(Slug), aliases: z.number().int() }),
  /** The article's relationships (curated facts) as they are in the graph now. */
  relationships: z.array(SavedRelationship),
  /** Entity ids the article is linked to by MENTIONS. */
  mentions: z.array(Slug),
  ingest: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    deleted: z.number().int(),
    ms: z.number(),
  }),
});
export type ArticleSaved = z.infer<typeof ArticleSaved>;
