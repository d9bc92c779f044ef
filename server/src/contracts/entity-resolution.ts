/**
 * Entity resolution contracts: merging one entity into another
 * (`POST /api/entities/:id/merge`), the duplicates report (`GET /api/duplicates`) and
 * dismissing a pair from it (`POST /api/duplicates/dismiss`). Shared by the server, the
 * explorer and the scripts.
 */
import { z } from 'zod';
import { EntityLabel } from './model';
import { Slug } from './seed';

export const MergeRequest = z
  .object({
    /** The entity that stays; the one in the path becomes a redirect to it. */
    into: Slug,
    /** Only plan and validate: what the merge would do, nothing written (the preview). */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type MergeRequest = z.input<typeof MergeRequest>;

export const EntityRef = z.object({ id: Slug, label: EntityLabel, name: z.string() });
export type EntityRef = z.infer<typeof EntityRef>;

export const MergeResult = z.object({
  dryRun: z.boolean(),
  from: EntityRef,
  into: EntityRef,
  /** Forms `into` gains: the merged entity's name and aliases it did not have. */
  aliasesAdded: z.array(z.string()),
  /** Fields of `into` filled from the merged entity because it had none (`role`, ...). */
  filled: z.array(z.string()),
  relationships: z.object({
    /** Relationships of the merged entity, now on `into`. */
    moved: z.number().int(),
    /** Of those, how many became one with a relationship `into` already had. */
    combined: z.number().int(),
    /** The moved relationships as they are after the merge (at most 200). */
    items: z.array(z.object({ id: z.string(), type: z.string(), from: Slug, to: Slug })),
  }),
  /** Articles whose extraction names the merged entity (they keep naming it: a redirect). */
  articles: z.array(Slug),
  /** Seed files changed (or that would be), relative to the seeds folder. */
  files: z.array(z.string()),
  /** What the graph write did; absent on a dry run. */
  graph: z
    .object({
      deletedNodes: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      ms: z.number(),
    })
    .optional(),
});
export type MergeResult = z.infer<typeof MergeResult>;

export const DUPLICATE_REASONS = [
  'shared-form',
  'name-similarity',
  'initials',
  'surname',
  'same-role',
  'co-mention',
] as const;
export const DuplicateReasonKind = z.enum(DUPLICATE_REASONS);

export const DuplicateReason = z.object({
  kind: DuplicateReasonKind,
  /** Readable: `both are called "Hegseth"`, `"Sergey" ~ "Sergei" (0.93)`. */
  detail: z.string(),
  /** What the reason adds to the score. */
  weight: z.number(),
});
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const DuplicatePair = z.object({
  a: EntityRef,
  b: EntityRef,
  /** 0..1; pairs below the report's threshold are not listed. */
  score: z.number().min(0).max(1),
  reasons: z.array(DuplicateReason),
  /** The suggested survivor (the one with more mentions, then the fuller name). */
  keep: Slug,
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DuplicatesQuery = z
  .object({
    min: z.coerce.number().min(0).max(1).default(0.5),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const DuplicatesResponse = z.object({
  pairs: z.array(DuplicatePair),
  /** Pairs not listed because a reviewer dismissed them. */
  dismissed: z.number().int(),
});
export type DuplicatesResponse = z.infer<typeof DuplicatesResponse>;

export const DismissRequest = z
  .object({ a: Slug, b: Slug, note: z.string().trim().min(1).max(500).optional() })
  .strict();
export type DismissRequest = z.input<typeof DismissRequest>;

export const DismissResult = z.object({
  ids: z.tuple([Slug, Slug]),
  /** False when the pair was already dismissed (nothing written). */
  added: z.boolean(),
  files: z.array(z.string()),
});
export type DismissResult = z.infer<typeof DismissResult>;
