import { knownFlagDetails } from '@quickclaim/evidence';
import type { Principal } from '@quickclaim/http';
import type { Payout } from '../domain/claim.types';
import { holdOf, type ClaimHold, type ClaimViewState } from './claim-view.state';
import type { ClaimViewDocument } from './claim-views.projection';

/**
 * Drivers are not shown fraud signals (domain.md: the officer and the adjuster see them), nor
 * the adjusters' working notes, which may speak of them; insurers and auditors see everything.
 */
function isDriver(viewer: Principal): boolean {
  return viewer.role === 'driver';
}

/** Why nothing is paid yet, as the viewer may be told: a driver is not told that flags hold it. */
export function presentHold(state: ClaimViewState, viewer: Principal): ClaimHold | null {
  const hold = holdOf(state);
  if (hold?.reason === 'FLAGGED_FOR_REVIEW' && isDriver(viewer)) return { ...hold, reason: 'AWAITING_APPROVAL' };
  return hold;
}

/** A claim in the case's list of claims (CaseView.claims). */
export function presentClaimSummary(document: ClaimViewDocument, viewer: Principal) {
  return {
    claimId: document.claimId,
    party: document.state.party,
    status: document.state.status,
    hold: presentHold(document.state, viewer),
  };
}

/** The ClaimView of api.md, as the viewer may see it. */
export function presentClaim(document: ClaimViewDocument, viewer: Principal) {
  const { state } = document;
  const staff = !isDriver(viewer);
  return {
    claimId: document.claimId,
    caseId: state.caseId,
    party: state.party,
    plate: state.plate,
    handlingInsurer: state.handlingInsurer,
    status: state.status,
    ...(state.filedBy ? { filedBy: { ...state.filedBy } } : {}),
    ...(state.assessment
      ? {
          assessment: {
            lineItems: state.assessment.lineItems,
            totalFen: state.assessment.totalFen,
            assessedBy: state.assessment.assessedBy,
            assessedAt: state.assessment.assessedAt,
            ...(staff && state.assessment.note !== undefined ? { note: state.assessment.note } : {}),
          },
        }
      : {}),
    assessments: state.assessments.map((round, index) => ({
      round: index + 1,
      lineItems: round.lineItems,
      totalFen: round.totalFen,
      assessedBy: round.assessedBy,
      assessedAt: round.assessedAt,
      ...(staff && round.note !== undefined ? { note: round.note } : {}),
      ...(round.rejection ? { rejection: round.rejection } : {}),
      ...(round.accepted ? { accepted: round.accepted } : {}),
    })),
    rejections: state.assessments.flatMap((round, index) =>
      round.rejection ? [{ round: index + 1, ...round.rejection }] : [],
    ),
    ...(state.settlement
      ? {
          settlement: {
            rule: state.settlement.rule,
            straightThrough: state.settlement.straightThrough,
            lines: state.settlement.lines.map(({ payer, coverage, amountFen }) => ({ payer, coverage, amountFen })),
          },
        }
      : {}),
    ...(staff && state.investigation ? { investigation: state.investigation } : {}),
    ...(state.decline ? { decline: state.decline } : {}),
    hold: presentHold(state, viewer),
    payouts: state.payouts.map(presentPayout(document.claimId)),
    // A claimant is not shown the signals of fraud: the fields stay, empty.
    flags: staff ? state.flags : [],
    flagDetails: staff ? knownFlagDetails(state.flagDetails) : [],
  };
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
