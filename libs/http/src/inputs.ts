import { z } from 'zod';

/** Trimmed text with something in it; documented as a pattern so fuzzers know blank is refused. */
export const text = (max: number) => z.string().trim().regex(/\S/, 'must not be blank').max(max);

/** An ISO-8601 instant with its offset, answered back in UTC. */
export const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

export const ReasonBody = z.strictObject({ reason: text(1000) });

/** `?status=` of a list. */
export const StatusQuery = z.object({
  status: z
    .string()
    .regex(/^[A-Z_]{2,40}$/)
    .optional(),
});
