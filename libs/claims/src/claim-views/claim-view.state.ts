import type { ClaimEvent } from '../domain/claim.events';
import { payoutsAfter } from '../domain/claim.state';
import type {
  Assessment,
  ClaimFlagDetail,
  ClaimOpening,
  ClaimSettlement,
  ClaimStatus,
  Decline,
  Investigation,
  Payout,
} from '../domain/claim.types';

/** One assessment of the claim, with the claimant's answer to it once given. */
export interface AssessmentRound extends Assessment {
  rejection?: { reason: string; rejectedAt: string };
  accepted?: { acceptedAt: string; bySilence: boolean };
}

/**
 * A claim as its claimant, its insurers' adjusters and the case view read it: the read model's
 * own shape, folded by its own evolve, so the decider's state may change without migrating it.
 */
export interface ClaimViewState extends ClaimOpening {
  status: ClaimStatus | 'NONE';
  /** The latest assessment. */
  assessment: Assessment | null;
  settlement: (ClaimSettlement & { straightThrough: boolean }) | null;
  approved: boolean;
  payouts: Payout[];
  /** What the flags found, as copied from the case. */
  flagDetails: ClaimFlagDetail[];
  /** Every assessment in order, each with the claimant's answer. */
  assessments: AssessmentRound[];
  /** When the settlement was calculated (it may then wait for an adjuster's approval). */
  settledAt: string | null;
  investigation: Investigation | null;
  decline: Decline | null;
  /** When a payout last failed: a payout asked for again is paid late. */
  lastPayoutFailureAt: string | null;
  /** The assistant who filed the case on the scene, if one did. */
  filedBy?: { assistantId: string; organisation: string };
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
  assessments: [],
  settledAt: null,
  investigation: null,
  decline: null,
  lastPayoutFailureAt: null,
};

/** The latest assessment round with the claimant's answer. */
function answered(rounds: readonly AssessmentRound[], answer: Partial<AssessmentRound>): AssessmentRound[] {
  const latest = rounds.at(-1);
  return latest ? [...rounds.slice(0, -1), { ...latest, ...answer }] : [...rounds];
}

/** Pure: the view of a claim after one more of its events. */
export function evolveClaimViewState(state: ClaimViewState, event: ClaimEvent): ClaimViewState {
  switch (event.type) {
    case 'ClaimOpened': {
      const { openedAt: _openedAt, ...data } = event.data;
      return { ...EMPTY_CLAIM_VIEW, ...data, status: 'OPEN' };
    }
    case 'DamageAssessed':
      return {
        ...state,
        status: 'ASSESSED',
        assessment: { ...event.data },
        assessments: [...state.assessments, { ...event.data }],
      };
    case 'AssessmentAccepted':
      return {
        ...state,
        status: 'ACCEPTED',
        assessments: answered(state.assessments, { accepted: { ...event.data } }),
      };
    case 'AssessmentRejected':
      return {
        ...state,
        status: 'ASSESSMENT_REJECTED',
        assessments: answered(state.assessments, { rejection: { ...event.data } }),
      };
    case 'SettlementCalculated': {
      const { calculatedAt, ...settlement } = event.data;
      return { ...state, settlement, settledAt: calculatedAt };
    }
    case 'SettlementApproved':
      return { ...state, status: 'APPROVED', approved: true };
    case 'PayoutRequested':
      return { ...state, status: 'PAYING', payouts: payoutsAfter(state.payouts, event) };
    case 'PayoutConfirmed':
      return { ...state, payouts: payoutsAfter(state.payouts, event) };
    case 'PayoutFailed':
      return { ...state, payouts: payoutsAfter(state.payouts, event), lastPayoutFailureAt: event.data.failedAt };
    case 'ClaimPaid':
      return { ...state, status: 'PAID' };
    case 'ClaimClosed':
      return { ...state, status: 'CLOSED' };
    case 'ClaimInvestigationOpened':
      return { ...state, status: 'UNDER_INVESTIGATION', investigation: { ...event.data } };
    case 'ClaimDeclined':
      return { ...state, status: 'DECLINED', decline: { ...event.data } };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/**
 * Why nothing is paid yet, while something should be: the settlement waits for the other
 * vehicles' assessments, for an adjuster (flagged, or above the straight-through amount), for an
 * investigation, or for a payout asked for again after a failure. `FLAGGED_FOR_REVIEW` is for the
 * insurers' eyes: drivers are told `AWAITING_APPROVAL` (they are not shown fraud signals).
 */
export const HOLD_REASONS = [
  'AWAITING_SETTLEMENT',
  'AWAITING_APPROVAL',
  'FLAGGED_FOR_REVIEW',
  'UNDER_INVESTIGATION',
  'PAYOUT_FAILED_RETRYING',
  'PAYOUT_NEEDS_ADJUSTER',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface ClaimHold {
  reason: HoldReason;
  since: string;
}

/** Pure: why the claim is held, from its view; null when nothing is held (or nothing is due yet). */
export function holdOf(state: ClaimViewState): ClaimHold | null {
  switch (state.status) {
    case 'ACCEPTED': {
      const accepted = state.assessments.at(-1)?.accepted?.acceptedAt;
      if (!state.settlement) return accepted ? { reason: 'AWAITING_SETTLEMENT', since: accepted } : null;
      if (state.settlement.straightThrough || !state.settledAt) return null;
      return { reason: state.flags.length > 0 ? 'FLAGGED_FOR_REVIEW' : 'AWAITING_APPROVAL', since: state.settledAt };
    }
    case 'UNDER_INVESTIGATION':
      return state.investigation ? { reason: 'UNDER_INVESTIGATION', since: state.investigation.openedAt } : null;
    case 'APPROVED':
    case 'PAYING': {
      const since = state.lastPayoutFailureAt;
      if (!since) return null;
      if (state.payouts.some((payout) => payout.status === 'NEEDS_ADJUSTER')) {
        return { reason: 'PAYOUT_NEEDS_ADJUSTER', since };
      }
      return state.payouts.some((payout) => payout.status === 'REQUESTED' && payout.attempts > 1)
        ? { reason: 'PAYOUT_FAILED_RETRYING', since }
        : null;
    }
    case 'NONE':
    case 'OPEN':
    case 'ASSESSED':
    case 'ASSESSMENT_REJECTED':
    case 'PAID':
    case 'CLOSED':
    case 'DECLINED':
      return null;
    default: {
      const exhaustive: never = state.status;
      return exhaustive;
    }
  }
}
