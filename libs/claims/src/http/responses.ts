import { FlagDetailsResponse } from '@quickclaim/evidence';
import { z } from 'zod';
import { HOLD_REASONS } from '../claim-views/claim-view.state';
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

const lineItems = z.array(z.strictObject({ description: z.string(), amountFen: fen }));

/** Why nothing is paid yet, while something should be; null when nothing is held. */
export const ClaimHoldAnswer = z.strictObject({ reason: z.enum(HOLD_REASONS), since: instant }).nullable();

export const ClaimView = z.strictObject({
  claimId: id,
  caseId: id,
  party: z.string(),
  plate: z.string(),
  handlingInsurer: z.string(),
  status: claimStatus,
  /** The assistant who filed the case on the scene, if one did. */
  filedBy: z.strictObject({ assistantId: id, organisation: z.string() }).optional(),
  assessment: z
    .strictObject({
      lineItems,
      totalFen: fen,
      assessedBy: id,
      assessedAt: instant,
      /** The adjuster's note: for insurers and auditors, not drivers. */
      note: z.string().optional(),
    })
    .optional(),
  assessments: z.array(
    z.strictObject({
      round: z.number().int().positive(),
      lineItems,
      totalFen: fen,
      assessedBy: id,
      assessedAt: instant,
      note: z.string().optional(),
      rejection: z.strictObject({ reason: z.string(), rejectedAt: instant }).optional(),
      accepted: z.strictObject({ acceptedAt: instant, bySilence: z.boolean() }).optional(),
    }),
  ),
  rejections: z.array(z.strictObject({ round: z.number().int().positive(), reason: z.string(), rejectedAt: instant })),
  settlement: z
    .strictObject({
      rule: z.enum(SETTLEMENT_RULE_NAMES),
      straightThrough: z.boolean(),
      lines: z.array(z.strictObject({ payer: z.string(), coverage, amountFen: fen })),
    })
    .optional(),
  /** For insurers and auditors. */
  investigation: z.strictObject({ note: z.string(), openedBy: id, openedAt: instant }).optional(),
  decline: z.strictObject({ reason: z.string(), declinedBy: id, declinedAt: instant }).optional(),
  hold: ClaimHoldAnswer,
  payouts: z.array(PayoutAnswer),
  /** Empty for drivers: they are not shown fraud signals. */
  flags: z.array(z.string()),
  flagDetails: FlagDetailsResponse,
});

/** A claim in the case's list (CaseView.claims). */
export const ClaimSummary = z.strictObject({
  claimId: id,
  party: z.string(),
  status: claimStatus,
  hold: ClaimHoldAnswer,
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
