import type { ClaimView } from '../api/types';

export type Bucket = 'toAssess' | 'toApprove' | 'inProgress' | 'done';

/** Where a claim sits in an adjuster's work: first what needs this insurer's own hand. */
export function bucketOf(claim: ClaimView, insurer: string): Bucket {
  const handling = claim.handlingInsurer === insurer;
  if (handling && (claim.status === 'OPEN' || claim.status === 'ASSESSMENT_REJECTED')) return 'toAssess';
  if (handling && needsApproval(claim)) return 'toApprove';
  if (claim.status === 'PAID' || claim.status === 'CLOSED') return 'done';
  return 'inProgress';
}

/** Accepted, settled, held back from straight-through payment (a flag, or over the limit), not yet approved. */
export function needsApproval(claim: ClaimView): boolean {
  return (
    claim.status === 'ACCEPTED' &&
    claim.settlement !== undefined &&
    !claim.settlement.straightThrough &&
    claim.payouts.length === 0
  );
}
