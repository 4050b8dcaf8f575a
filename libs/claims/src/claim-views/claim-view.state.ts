import type { ClaimEvent } from '../domain/claim.events';
import { payoutsAfter } from '../domain/claim.state';
import type { Assessment, ClaimFlagDetail, ClaimSettlement, ClaimStatus, Payout } from '../domain/claim.types';

/**
 * A claim as its claimant, its insurers' adjusters and the case view read it: the read model's
 * own shape, folded by its own evolve, so the decider's state may change without migrating it.
 */
export interface ClaimViewState {
  status: ClaimStatus | 'NONE';
  claimId: string;
  caseId: string;
  party: string;
  claimantId: string;
  plate: string;
  handlingInsurer: string;
  flags: string[];
  assessment: Assessment | null;
  settlement: (ClaimSettlement & { straightThrough: boolean }) | null;
  approved: boolean;
  payouts: Payout[];
  /** What the flags found, as copied from the case. */
  flagDetails: ClaimFlagDetail[];
}

export const EMPTY_CLAIM_VIEW: ClaimViewState = {
  status: 'NONE',
  claimId: '',
  caseId: '',
  party: '',
  claimantId: '',
  plate: '',
  handlingInsurer: '',
  flags: [],
  assessment: null,
  settlement: null,
  approved: false,
  payouts: [],
  flagDetails: [],
};

/** Pure: the view of a claim after one more of its events. */
export function evolveClaimViewState(state: ClaimViewState, event: ClaimEvent): ClaimViewState {
  switch (event.type) {
    case 'ClaimOpened': {
      const { openedAt: _openedAt, ...data } = event.data;
      return { ...EMPTY_CLAIM_VIEW, ...data, status: 'OPEN' };
    }
    case 'DamageAssessed':
      return { ...state, status: 'ASSESSED', assessment: { ...event.data } };
    case 'AssessmentAccepted':
      return { ...state, status: 'ACCEPTED' };
    case 'AssessmentRejected':
      return { ...state, status: 'ASSESSMENT_REJECTED' };
    case 'SettlementCalculated': {
      const { calculatedAt: _calculatedAt, ...settlement } = event.data;
      return { ...state, settlement };
    }
    case 'SettlementApproved':
      return { ...state, status: 'APPROVED', approved: true };
    case 'PayoutRequested':
      return { ...state, status: 'PAYING', payouts: payoutsAfter(state.payouts, event) };
    case 'PayoutConfirmed':
    case 'PayoutFailed':
      return { ...state, payouts: payoutsAfter(state.payouts, event) };
    case 'ClaimPaid':
      return { ...state, status: 'PAID' };
    case 'ClaimClosed':
      return { ...state, status: 'CLOSED' };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
