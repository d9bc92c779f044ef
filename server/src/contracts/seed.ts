/**
 * Contracts of the seed files: the article manifest, the entity registry and the per-article
 * extraction files under seeds/. Ingestion validates every file against these schemas before it
 * writes anything; the corpus generator writes files that pass them.
 *
 * Offsets are not written by hand: an extraction gives the verbatim evidence sentence(s) and
 * quote, and ingestion locates them in the article text.
 */
import { z } from 'zod';
import { ISO_DATE_PATTERN, SLUG_PATTERN, isCalendarDate } from './constants';
import { CuratedRelationshipType, DateSource, EntityLabel, Stance } from './model';

/** A stable, readable slug: lower-case words joined by hyphens. */
export const Slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a lower-case slug such as "pete-hegseth"');

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/** A date marked external needs a note; a date source or note needs a date. */
function checkDateSource(
  x: { date?: string | undefined; dateSource?: string | undefined; dateNote?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (x.dateSource === 'external' && !x.dateNote)
    ctx.addIssue({
      code: 'custom',
      path: ['dateNote'],
      message: 'an external date needs a note saying where it comes from',
    });
  if (!x.date && x.dateSource)
    ctx.addIssue({ code: 'custom', path: ['dateSource'], message: 'is set but there is no date' });
}

/** Largest article text ingestion reads (bytes); the seed articles are a few kB each. */
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

/** A path under the articles folder: relative, `/`-separated, no `..`, no drive or NUL. */
const ArticleFile = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (f) => !f.startsWith('/') && !/^[A-Za-z]:/.test(f),
    'must be relative to the articles folder, not absolute',
  )
  .refine((f) => !f.includes('\\') && !f.includes('\0'), 'must use / as separator and no NUL')
  .refine(
    (f) =>
      f.startsWith('/') ||
      f.split('/').every((part) => part !== '..' && part !== '.' && part !== ''),
    'must stay inside the articles folder (no "..", "." or empty path segments)',
  );

/** One source article, as listed in seeds/articles.yaml. */
export const ArticleSeed = z
  .object({
    id: Slug,
    /**
     * File name under the articles folder: a relative path that stays inside it (ingestion
     * also resolves symlinks before it reads, see scripts/src/ingest/validate.ts).
     */
    file: ArticleFile,
    /** The name the file had in the shared corpus, kept for provenance. */
    originalFile: z.string().min(1),
    title: z.string().min(1),
    date: IsoDate,
    /** True when the article carries no date and `date` was inferred from its content. */
    dateInferred: z.boolean().default(false),
    /** Why the date was inferred, when it was. */
    dateNote: z.string().optional(),
    /** Id of the Outlet (in entities.yaml) that published the article, when known. */
    publisher: Slug.optional(),
    /** How the publisher is known: named in the text, or from outside it (then say how). */
    publisherSource: DateSource.optional(),
    publisherNote: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.publisherSource === 'external' && !a.publisherNote)
      ctx.addIssue({
        code: 'custom',
        path: ['publisherNote'],
        message: 'an external publisher needs a note saying where it comes from',
      });
    if (!a.publisher && (a.publisherSource || a.publisherNote))
      ctx.addIssue({
        code: 'custom',
        path: ['publisher'],
        message: 'publisherSource and publisherNote need a publisher',
      });
  });
export type ArticleSeed = z.infer<typeof ArticleSeed>;

export const ArticleManifest = z.object({ articles: z.array(ArticleSeed).min(1) }).strict();
export type ArticleManifest = z.infer<typeof ArticleManifest>;

/** One real-world entity, as listed in seeds/entities.yaml. */
export const EntitySeed = z
  .object({
    id: Slug,
    label: EntityLabel,
    name: z.string().min(1),
    /** Every other form the articles use for this entity. */
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1),
    /** People: role or title as of the articles. */
    role: z.string().optional(),
    /** Events: when it happened (start), where known. */
    date: IsoDate.optional(),
    /** Events: when it ended, for spans. */
    endDate: IsoDate.optional(),
    /** Where `date` comes from (see the relationship's `dateSource`). */
    dateSource: DateSource.optional(),
    dateNote: z.string().min(1).optional(),
    /** Events and claims that the articles present as reported but unconfirmed. */
    alleged: z.boolean().optional(),
  })
  .strict()
  .superRefine((e, ctx) => checkDateSource(e, ctx));
export type EntitySeed = z.infer<typeof EntitySeed>;

/**
 * A merged entity: `id` was found to be the same entity as `into` and now redirects to it.
 * Extraction files, publishers and shared explorer URLs that name `id` still resolve (validation
 * and ingestion follow the redirect, the graph keeps `id` in the target's `formerIds`).
 */
export const EntityRedirect = z
  .object({
    id: Slug,
    into: Slug,
    /** The day the merge was saved. */
    on: IsoDate.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type EntityRedirect = z.infer<typeof EntityRedirect>;

/**
 * Two entities a reviewer looked at and declared different ("not a duplicate"): the duplicates
 * report stops proposing the pair.
 */
export const DistinctPair = z
  .object({
    ids: z.tuple([Slug, Slug]),
    on: IsoDate.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type DistinctPair = z.infer<typeof DistinctPair>;

export const EntityRegistry = z
  .object({
    entities: z.array(EntitySeed).min(1),
    /** Merged entities: old id -> the entity it is now part of. */
    merged: z.array(EntityRedirect).default([]),
    /** Pairs dismissed from the duplicates report. */
    distinct: z.array(DistinctPair).default([]),
  })
  .strict();
export type EntityRegistry = z.infer<typeof EntityRegistry>;

/**
 * What `npm run draft -- --format yaml` marks each drafted fact with. A file that still holds
 * one is a draft that nobody has reviewed: the schema reads it so that ingestion can say so,
 * and ingestion refuses it.
 */
export const DraftMarker = z
  .object({
    confidence: z.number().min(0).max(1),
    rule: z.string().min(1),
  })
  .strict();
export type DraftMarker = z.infer<typeof DraftMarker>;

/** One curated fact from one article. */
export const RelationshipSeed = z
  .object({
    type: CuratedRelationshipType,
    from: Slug,
    to: Slug,
    /** Verbatim sentence(s) of the article the fact rests on; each must occur in the text. */
    evidence: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** SAID and DENIED: the words exactly as the article prints them. */
    quote: z.string().min(1).optional(),
    /**
     * The day the fact happened or the statement was made: stated in the text or resolved from
     * it ("on Friday") against the article's date; never the article date as a stand-in, never
     * after it. A recap that gives no day stays undated. See docs/graph-model.md, "Dates".
     */
    date: IsoDate.optional(),
    /** `external` when the date comes from outside the text (then `dateNote` says whence). */
    dateSource: DateSource.optional(),
    /** How the date was resolved or where it comes from. */
    dateNote: z.string().min(1).optional(),
    /** Statements: the stance toward what the statement is about, where the text shows one. */
    stance: Stance.optional(),
    /** Statements: where it was said: the Event (interview, briefing, post), Outlet, platform or place. */
    at: Slug.optional(),
    /**
     * SAID / DENIED reported only in the article's words, with no quotation: no `quote`. Marked
     * explicitly so that a forgotten quote is still an error.
     */
    paraphrase: z.literal(true).optional(),
    /** Reported but unconfirmed (intelligence sharing, arms transfers). */
    alleged: z.boolean().optional(),
    /** Free detail an analyst reads with the edge: a title, what was supplied, the medium. */
    detail: z.string().min(1).optional(),
    /**
     * Distinguishes two facts of the same type between the same two entities that are not the
     * same fact (e.g. two separate attacks). Facts with the same type, endpoints, quote and key
     * in different articles are one relationship with several sources.
     */
    key: Slug.optional(),
    /** Unreviewed draft marker; ingestion refuses files that still carry one. */
    draft: DraftMarker.optional(),
  })
  .strict()
  .superRefine((r, ctx) => checkDateSource(r, ctx));
export type RelationshipSeed = z.infer<typeof RelationshipSeed>;

/** seeds/extractions/<article-id>.yaml */
export const ExtractionFile = z
  .object({
    article: Slug,
    /** Entities the article names besides the endpoints of its relationships. */
    mentions: z.array(Slug).default([]),
    relationships: z.array(RelationshipSeed).default([]),
    /** Unreviewed draft: how it was made. Ingestion refuses files that still carry it. */
    draft: z
      .object({ status: z.literal('unreviewed'), extractor: z.string() })
      .strict()
      .optional(),
    /** Unreviewed draft: entities to add to entities.yaml (then delete this section). */
    proposedEntities: z.array(EntitySeed).optional(),
  })
  .strict();
export type ExtractionFile = z.infer<typeof ExtractionFile>;
