import { z } from 'zod';
import { readPiece, type Environment } from './piece';

const isTimeZone = (name: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

const schema = z
  .object({
    TIME_ZONE: z
      .string()
      .default('Asia/Shanghai')
      .refine(isTimeZone, {
        error: (issue) => `TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${String(issue.input)}"`,
      }),
  })
  .transform((variables) => ({ timeZone: variables.TIME_ZONE }));

/** The zone of EXIF capture times that carry no offset, and of the SLA metrics' calendar days. */
export type TimeZoneConfig = z.output<typeof schema>;

export function timeZoneConfig(env: Environment): TimeZoneConfig {
  return readPiece(schema, { TIME_ZONE: env.TIME_ZONE });
}
