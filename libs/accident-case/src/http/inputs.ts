import { isoInstant, text } from '@quickclaim/http';
import { z } from 'zod';
import { LIABILITY_LEVELS, PHOTO_KINDS } from '../domain/case.types';

/** The request bodies and queries the case's routes share. */

const level = z.enum(LIABILITY_LEVELS);

export const PartyInput = z.strictObject({
  driverName: text(64),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{5,20}$/, 'must be a phone number'),
  licenceNo: text(32),
  plate: text(16),
  vehicleType: text(32).optional(),
  insurer: text(64),
  policyNumber: text(64),
  coverage: z.strictObject({
    thirdPartyLimitFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    ownDamage: z.boolean(),
  }),
});

export const Situations = z.array(z.string().regex(/^S\d{2}$/, 'must be a code S01–S21'));

export const Allocation = z.strictObject({ A: level, B: level });

export const PhotoKinds = z.enum(PHOTO_KINDS);

export const AuditStateQuery = z
  .object({ revision: z.coerce.number().int().min(0).optional(), at: isoInstant.optional() })
  .refine((query) => query.revision === undefined || query.at === undefined, {
    message: 'give revision or at, not both',
  });

/** What an auditor types to find a case: a case id, a plate or a phone number; nothing for the newest cases. */
export const FindCaseQuery = z.strictObject({ q: z.string().trim().min(1).max(64).optional() });
