import { Refused, refusals } from '@quickclaim/kernel';

/** Every code the claim decider can refuse with: part of the API contract, closed. */
export const CLAIM_ERROR_CODES = [
  'CLAIM_NOT_FOUND',
  'INVALID_CLAIM_STATUS',
  'INVALID_LINE_ITEMS',
  'RESPONSE_PERIOD_OPEN',
  'REASON_REQUIRED',
  'SETTLEMENT_MISMATCH',
  'NOT_SETTLED_YET',
  'PAYOUT_NOT_FOUND',
  'PAYOUT_ALREADY_PAID',
  'PAYOUT_NOT_AWAITING_RESULT',
  'NOTE_REQUIRED',
  'MEDIATION_NEEDS_TWO_REJECTIONS',
] as const;

export type ClaimErrorCode = (typeof CLAIM_ERROR_CODES)[number];

/** A command the claim refuses. */
export type ClaimRefusal = Refused<ClaimErrorCode>;

export const refuse = {
  ...refusals<ClaimErrorCode>(),
  claimNotFound: (): ClaimRefusal => new Refused('CLAIM_NOT_FOUND', 'NOT_FOUND', 'No such claim'),
  wrongStatus: (action: string, status: string): ClaimRefusal =>
    new Refused('INVALID_CLAIM_STATUS', 'CONFLICT', `Cannot ${action} while the claim is ${status}`),
  payoutNotFound: (): ClaimRefusal => new Refused('PAYOUT_NOT_FOUND', 'NOT_FOUND', 'No such payout for this insurer'),
};
