import { text } from '@quickclaim/http';
import { z } from 'zod';

export const AssessmentBody = z.strictObject({
  lineItems: z
    .array(
      z.strictObject({
        description: text(200),
        amountFen: z.number().int('must be a whole number of fen').positive().max(Number.MAX_SAFE_INTEGER),
      }),
    )
    .min(1)
    .max(100),
  note: text(1000).optional(),
});

export const PayoutResultBody = z.strictObject({
  status: z.enum(['PAID', 'FAILED']),
  reference: text(128).optional(),
  reason: text(1000).optional(),
});
