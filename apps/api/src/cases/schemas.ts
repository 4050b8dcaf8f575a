import { LIABILITY_LEVELS, PHOTO_KINDS } from '@quickclaim/accident-case';
import { z } from 'zod';

/** Trimmed text with something in it; documented as a pattern so fuzzers know blank is refused. */
const text = (max: number) => z.string().trim().regex(/\S/, 'must not be blank').max(max);
const isoInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());
const level = z
  .enum(LIABILITY_LEVELS as [string, ...string[]])
  .transform((value) => value as (typeof LIABILITY_LEVELS)[number]);

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

export const ReportAccidentBody = z.strictObject({
  occurredAt: isoInstant,
  location: z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    address: text(256),
    district: text(64),
  }),
  weather: text(64).optional(),
  description: text(2000).optional(),
  eligibility: z.strictObject({
    noInjuries: z.boolean(),
    vehiclesMovable: z.boolean(),
    licencesValid: z.boolean(),
    compulsoryInsurance: z.boolean(),
    noIntoxication: z.boolean(),
    platesValid: z.boolean(),
    nobodyLeft: z.boolean(),
    notDeliberate: z.boolean(),
  }),
  party: PartyInput,
});

export const JoinCaseBody = z.strictObject({ joinCode: text(16), party: PartyInput });

/** Joining by what the second driver can see at the scene: the code on A's screen and A's plate. */
export const JoinByCodeBody = z.strictObject({ joinCode: text(16), plateOfA: text(16), party: PartyInput });

export const CircumstancesBody = z.strictObject({
  situations: z.array(z.string().regex(/^S\d{2}$/, 'must be a code S01–S21')).max(3, 'at most 3 situations'),
  note: text(1000).optional(),
});

export const Allocation = z.strictObject({ A: level, B: level });

export const AgreementBody = z.strictObject({ allocation: Allocation });

export const ReasonBody = z.strictObject({ reason: text(1000) });

export const DecisionBody = z.strictObject({
  allocation: Allocation,
  situations: z
    .array(z.string().regex(/^S\d{2}$/, 'must be a code S01–S21'))
    .max(6)
    .optional(),
  reasoning: text(2000),
});

export const EvidenceRequestBody = z.strictObject({
  kinds: z.array(z.enum(PHOTO_KINDS)).min(1),
  note: text(1000),
});

export const EmptyBody = z.union([z.strictObject({}), z.undefined()]);

export const PhotoKindField = z.strictObject({ kind: z.enum(PHOTO_KINDS) });

export const QueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditStateQuery = z
  .object({ revision: z.coerce.number().int().min(0).optional(), at: isoInstant.optional() })
  .refine((query) => query.revision === undefined || query.at === undefined, {
    message: 'give revision or at, not both',
  });

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

export const StatusQuery = z.object({
  status: z
    .string()
    .regex(/^[A-Z_]{2,40}$/)
    .optional(),
});
