import type { ClaimView } from '../api/types';

export type Bucket = 'toAssess' | 'toApprove' | 'inProgress' | 'done';

/** Where a claim sits in an adjuster's work: first what needs this insurer's own hand. */
export function bucketOf(claim: ClaimView, insurer: string): Bucket {
  const handling = claim.handlingInsurer === insurer;
  if (handling && (claim.status === 'OPEN' || claim.status === 'ASSESSMENT_REJECTED')) return 'toAssess';
  if (handling && needsApproval(claim)) return 'toApprove';
  if (claim.status === 'PAID' || claim.status === 'CLOSED' || claim.status === 'DECLINED') return 'done';
  return 'inProgress';
}

/**
 * A settlement held for the handling insurer's adjuster: above the straight-through amount or
 * flagged (the API's `hold`), or under investigation. It can be approved or declined from here.
 */
export function needsApproval(claim: ClaimView): boolean {
  if (claim.status === 'UNDER_INVESTIGATION') return true;
  if (claim.hold) return claim.hold.reason === 'AWAITING_APPROVAL' || claim.hold.reason === 'FLAGGED_FOR_REVIEW';
  // Claims recorded before holds were told: accepted, settled, not straight through, nothing paid.
  return (
    claim.status === 'ACCEPTED' &&
    claim.settlement !== undefined &&
    !claim.settlement.straightThrough &&
    claim.payouts.length === 0
  );
}

/** Only a held settlement can be sent for investigation (once); approval and decline also end one. */
export function canInvestigate(claim: ClaimView): boolean {
  return needsApproval(claim) && claim.status !== 'UNDER_INVESTIGATION';
}
