/**
 * The contract of a held-out gold file (test/fixtures/draft/held-out/<id>.yaml): the article's
 * date, the entities it names, its facts. Parsed strictly, because a typo in a gold file
 * (`qoute:`, `type: SIAD`) would otherwise be scored silently as a different fact and move
 * every figure the eval prints.
 */
import { z } from 'zod';
import { IsoDate, RelationshipType } from '@kg/server/contracts';

/** A registry id, or `new:<Name>` for an entity the registry does not hold. */
const GoldEntity = z.string().min(1);

export const HeldOutFact = z
  .object({
    type: RelationshipType,
    from: GoldEntity,
    to: GoldEntity,
    quote: z.string().min(1).optional(),
    date: IsoDate.optional(),
  })
  .strict();

export const HeldOutGold = z
  .object({
    date: IsoDate.optional(),
    entities: z.array(GoldEntity),
    /** Extra names of new entities: `new:<Name>` -> aliases. */
    aliases: z.record(z.string().startsWith('new:'), z.array(z.string().min(1))).optional(),
    relationships: z.array(HeldOutFact),
  })
  .strict();
export type HeldOutGold = z.infer<typeof HeldOutGold>;

/** Where a gold file breaks its contract, one line per problem, naming the file. */
export class GoldFileError extends Error {
  constructor(file: string, error: z.ZodError) {
    super(
      `${file}: not a valid held-out gold file:\n` +
        error.issues
          .map((i) => `  - ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
          .join('\n'),
    );
    this.name = 'GoldFileError';
  }
}

export function parseHeldOutGold(file: string, raw: unknown): HeldOutGold {
  const r = HeldOutGold.safeParse(raw);
  if (!r.success) throw new GoldFileError(file, r.error);
  return r.data;
}
