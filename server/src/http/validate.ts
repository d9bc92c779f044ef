/** Validation at the edge: a zod schema in, typed input out, or a 400 naming the field. */
import type { z } from 'zod';
import { fieldIssues, invalidInput } from '../contracts/errors';

export type Where = 'query' | 'params' | 'body';

export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: Where,
): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw invalidInput(fieldIssues(parsed.error, where), `Invalid ${where}`);
  return parsed.data;
}
