import { FlagDetailsResponse } from '@quickclaim/evidence';
import { z } from 'zod';
import { CLAIM_STATUSES, PAYOUT_STATUSES, SETTLEMENT_RULE_NAMES } from '../domain/claim.types';
import { COVERAGES } from '../domain/settlement';

/**
 * What the claims' routes answer on success, as documented in OpenAPI (`/docs-json`) and checked
 * against real answers by the security suite and by schemathesis. Objects are strict: a field the
 * contract does not list is a leak until someone documents it here. Enums come from the domain.
 */

const id = z.string().min(1);
const instant = z.string();
const fen = z.number().int();

export const claimStatus = z.enum(CLAIM_STATUSES);
const payoutStatus = z.enum(PAYOUT_STATUSES);
const coverage = z.enum(COVERAGES);

export const PayoutAnswer = z.strictObject({
  payoutId: id,
  claimId: id,
  payer: z.string(),
  coverage: z.string(),
  coverages: z.array(coverage),
  amountFen: fen,
  status: payoutStatus,
  attempts: z.number().int(),
  reference: z.string().optional(),
});

export const ClaimView = z.strictObject({
  claimId: id,
  caseId: id,
  party: z.string(),
  plate: z.string(),
  handlingInsurer: z.string(),
  status: claimStatus,
  assessment: z
    .strictObject({
      lineItems: z.array(z.strictObject({ description: z.string(), amountFen: fen })),
      totalFen: fen,
      assessedBy: id,
      assessedAt: instant,
    })
    .optional(),
  settlement: z
    .strictObject({
      rule: z.enum(SETTLEMENT_RULE_NAMES),
      straightThrough: z.boolean(),
      lines: z.array(z.strictObject({ payer: z.string(), coverage, amountFen: fen })),
    })
    .optional(),
  payouts: z.array(PayoutAnswer),
  flags: z.array(z.string()),
  flagDetails: FlagDetailsResponse,
});

export const ClaimList = z.strictObject({ items: z.array(ClaimView) });

export const PayoutList = z.strictObject({ items: z.array(PayoutAnswer) });

export const ClaimCommandResponse = z.strictObject({ claimId: id, status: claimStatus });

export const AssessmentResponse = z.strictObject({ claimId: id, status: claimStatus, totalFen: fen.optional() });

export const PayoutResultResponse = z.strictObject({
  payoutId: id,
  claimId: id,
  status: payoutStatus.optional(),
  claimStatus,
});
