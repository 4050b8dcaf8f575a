import type { Coverage, SettlementLine } from './settlement';

export const CLAIM_STATUSES = [
  'OPEN',
  'ASSESSED',
  'ASSESSMENT_REJECTED',
  'ACCEPTED',
  'APPROVED',
  'PAYING',
  'PAID',
  'CLOSED',
  // Issue 13: a settlement held for review may be investigated, and declined (final: nothing is paid).
  'UNDER_INVESTIGATION',
  'DECLINED',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * What a case's flag found (which other case, how far), copied with the flags when the claim is
 * opened; the claim keeps it, never reads inside it. Claims opened before details carry none.
 */
export type ClaimFlagDetail = { flag: string; [detail: string]: unknown };

export interface LineItem {
  description: string;
  amountFen: number;
}

export interface Assessment {
  lineItems: LineItem[];
  totalFen: number;
  assessedBy: string;
  assessedAt: string;
  note?: string;
}

/** An adjuster of the handling insurer looks into a held settlement before approving or declining it. */
export interface Investigation {
  note: string;
  openedBy: string;
  openedAt: string;
}

/** The handling insurer refuses the claim: final, nothing is paid; the claimant reads the reason. */
export interface Decline {
  reason: string;
  declinedBy: string;
  declinedAt: string;
}

export interface ClaimSettlement {
  rule: (typeof SETTLEMENT_RULE_NAMES)[number];
  lines: SettlementLine[];
}

export const PAYOUT_STATUSES = ['REQUESTED', 'PAID', 'FAILED', 'NEEDS_ADJUSTER'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

export const SETTLEMENT_RULE_NAMES = ['STANDARD', 'MUTUAL_SELF_PAY'] as const;

export interface Payout {
  payoutId: string;
  payer: string;
  coverages: Coverage[];
  amountFen: number;
  status: PayoutStatus;
  attempts: number;
  reference?: string;
  reason?: string;
}

/** A failed payout is requested again this many times in all before an adjuster must step in. */
export const MAX_PAYOUT_ATTEMPTS = 3;

/** A claimant who does not answer an assessment within 3 days accepts it. */
export const ASSESSMENT_RESPONSE_MINUTES = 3 * 24 * 60;

/** What opens a claim and stays with it: the damaged vehicle's party, plate and claimant, its handling insurer. */
export interface ClaimOpening {
  claimId: string;
  caseId: string;
  party: string;
  claimantId: string;
  plate: string;
  handlingInsurer: string;
  flags: string[];
  /** The assistant who filed the case on the scene, if one did: the adjusters see it. */
  filedBy?: { assistantId: string; organisation: string };
}
