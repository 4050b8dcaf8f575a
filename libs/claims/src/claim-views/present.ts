import { knownFlagDetails } from '@quickclaim/evidence';
import type { Principal } from '@quickclaim/http';
import type { Payout } from '../domain/claim.types';
import type { ClaimViewDocument } from './claim-views.projection';

/** The ClaimView of api.md. */
export function presentClaim(document: ClaimViewDocument) {
  const { state } = document;
  return {
    claimId: document.claimId,
    caseId: state.caseId,
    party: state.party,
    plate: state.plate,
    handlingInsurer: state.handlingInsurer,
    status: state.status,
    ...(state.assessment
      ? {
          assessment: {
            lineItems: state.assessment.lineItems,
            totalFen: state.assessment.totalFen,
            assessedBy: state.assessment.assessedBy,
            assessedAt: state.assessment.assessedAt,
          },
        }
      : {}),
    ...(state.settlement
      ? {
          settlement: {
            rule: state.settlement.rule,
            straightThrough: state.settlement.straightThrough,
            lines: state.settlement.lines.map(({ payer, coverage, amountFen }) => ({ payer, coverage, amountFen })),
          },
        }
      : {}),
    payouts: state.payouts.map(presentPayout(document.claimId)),
    flags: state.flags,
    flagDetails: knownFlagDetails(state.flagDetails),
  };
}

/** The ClaimView as the caller may see it: its claimant is not shown the signals of fraud (the fields stay, empty). */
export function presentClaimFor(document: ClaimViewDocument, viewer: Principal) {
  const claim = presentClaim(document);
  return viewer.role === 'driver' ? { ...claim, flags: [], flagDetails: [] } : claim;
}

export const presentPayout = (claimId: string) => (payout: Payout) => ({
  payoutId: payout.payoutId,
  claimId,
  payer: payout.payer,
  coverage: payout.coverages.length === 1 ? payout.coverages[0] : payout.coverages.join('+'),
  coverages: payout.coverages,
  amountFen: payout.amountFen,
  status: payout.status,
  attempts: payout.attempts,
  ...(payout.reference ? { reference: payout.reference } : {}),
});
