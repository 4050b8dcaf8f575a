import { LIABILITY_BASES, LIABILITY_LEVELS, PARTY_IDS } from '@quickclaim/accident-case';
import { COVERAGES } from '@quickclaim/claims';
import { z } from 'zod';

const id = z.string().min(1);
const instant = z.string();
const fen = z.number().int();
const documentKind = z.enum(['agreement', 'decision', 'settlement']);
const party = z.enum(PARTY_IDS);
const level = z.enum(LIABILITY_LEVELS);

/** GET /verify/…: what a document that matches says, without anyone's name, phone or licence. */
export const DocumentVerification = z.union([
  z.strictObject({
    valid: z.literal(true),
    checkedAt: instant,
    document: z.strictObject({
      kind: documentKind,
      title: z.string(),
      caseId: id,
      claimId: id.optional(),
      occurredAt: instant,
      district: z.string(),
      parties: z.array(z.strictObject({ party: party, plate: z.string(), insurer: z.string(), liability: level })),
      allocation: z.strictObject({ A: level, B: level }).optional(),
      basis: z.enum(LIABILITY_BASES),
      decidedBy: id.optional(),
      decidedAt: instant.optional(),
      signedAt: z.array(z.strictObject({ party: party, at: instant })).optional(),
      amounts: z
        .strictObject({
          assessedFen: fen,
          lines: z.array(z.strictObject({ payer: z.string(), coverage: z.enum(COVERAGES), amountFen: fen })),
          paidFen: fen,
        })
        .optional(),
      issuedAt: instant,
      streams: z.array(z.strictObject({ streamId: z.string(), revision: z.number().int() })),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      path: z.string(),
    }),
  }),
  z.strictObject({ valid: z.literal(false), checkedAt: instant, reason: z.enum(['NO_MATCH', 'RECORDS_ALTERED']) }),
]);
