import type { Exclusive, InStatus } from '@quickclaim/kernel';
import type { ClaimEvent } from './claim.events';
import { CLAIM_STATUS_AFTER } from './claim.transitions';
import type {
  Assessment,
  ClaimOpening,
  ClaimSettlement,
  ClaimStatus,
  Decline,
  Investigation,
  Payout,
} from './claim.types';
import type { Coverage } from './settlement';

/** What every opened claim holds, whatever its status. */
export interface ClaimFile extends ClaimOpening {
  /** The payouts requested so far: none before the settlement is approved. */
  payouts: Payout[];
  /** How many assessments the claimant rejected: after two, they may ask for mediation. */
  rejections: number;
}

export type Settled = ClaimSettlement & { straightThrough: boolean };

type Status<S extends ClaimStatus, Holds = unknown> = ClaimFile & { status: S } & Holds;

/** Each status with what exists in it. */
export type OpenClaim = Status<'OPEN'>;
export type AssessedClaim = Status<'ASSESSED' | 'ASSESSMENT_REJECTED', { assessment: Assessment }>;
export type AcceptedClaim = Status<'ACCEPTED', { assessment: Assessment; settlement: Settled | null }>;
export type PayingClaim = Status<
  'APPROVED' | 'PAYING' | 'PAID' | 'CLOSED',
  { assessment: Assessment; settlement: Settled }
>;

/** A settlement held for review, under investigation: it is approved or declined from here. */
export type InvestigatedClaim = Status<
  'UNDER_INVESTIGATION',
  { assessment: Assessment; settlement: Settled; investigation: Investigation }
>;
/** An assessment rejected twice, in mediation: the agreed settlement, or offline, follows. */
export type ClaimInMediation = Status<'IN_MEDIATION', { assessment: Assessment; mediationId: string }>;
/** Final: the mediation failed, and the claim continues offline. */
export type OfflineClaim = Status<'REFERRED_OFFLINE', { assessment?: Assessment; mediationId: string }>;

/** Final: the handling insurer declined it, and nothing is paid. */
export type DeclinedClaim = Status<
  'DECLINED',
  { assessment: Assessment; settlement: Settled | null; decline: Decline }
>;

export interface NoClaim {
  status: 'NONE';
}

/** The claim in any status, each with what exists in it (reading a field another status has gives undefined). */
export type ClaimState = Exclusive<
  | NoClaim
  | OpenClaim
  | AssessedClaim
  | AcceptedClaim
  | PayingClaim
  | InvestigatedClaim
  | DeclinedClaim
  | ClaimInMediation
  | OfflineClaim
>;

export type OpenedClaimState = Exclude<ClaimState, { status: 'NONE' }>;

export type ClaimIn<S extends ClaimStatus> = InStatus<OpenedClaimState, S>;

/** Once the settlement is approved: the claim pays, then is paid and closed. */
export function isApproved(state: ClaimState): state is ClaimIn<'APPROVED' | 'PAYING' | 'PAID' | 'CLOSED'> {
  return (
    state.status === 'APPROVED' || state.status === 'PAYING' || state.status === 'PAID' || state.status === 'CLOSED'
  );
}

export type PayoutEvent = Extract<ClaimEvent, { type: 'PayoutRequested' | 'PayoutConfirmed' | 'PayoutFailed' }>;

/**
 * The claim's payouts after one of their events: a payout requested (again, after a failure) is
 * REQUESTED with the attempt's number, one confirmed is PAID, one failed is FAILED while it will be
 * asked again and NEEDS_ADJUSTER after the last attempt. Sorted by id.
 */
export function payoutsAfter(payouts: readonly Payout[], event: PayoutEvent): Payout[] {
  switch (event.type) {
    case 'PayoutRequested': {
      const { payoutId, payer, coverages, amountFen, attempt } = event.data;
      const others = payouts.filter((payout) => payout.payoutId !== payoutId);
      const requested: Payout = {
        payoutId,
        payer,
        coverages: coverages as Coverage[],
        amountFen,
        status: 'REQUESTED',
        attempts: attempt,
      };
      return [...others, requested].sort((a, b) => a.payoutId.localeCompare(b.payoutId));
    }
    case 'PayoutConfirmed':
      return payouts.map((payout) =>
        payout.payoutId === event.data.payoutId
          ? { ...payout, status: 'PAID', ...(event.data.reference ? { reference: event.data.reference } : {}) }
          : payout,
      );
    case 'PayoutFailed':
      return payouts.map((payout) =>
        payout.payoutId === event.data.payoutId
          ? { ...payout, status: event.data.willRetry ? 'FAILED' : 'NEEDS_ADJUSTER', reason: event.data.reason }
          : payout,
      );
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** The loss both parties agreed in a mediation, standing for the assessment it settles. */
export function mediatedAssessment(mediationId: string, totalFen: number, agreedAt: string): Assessment {
  return {
    // The line a claimant reads; which mediation it was stays in assessedBy (and the events).
    lineItems: [{ description: '调解协议约定金额', amountFen: totalFen }],
    totalFen,
    assessedBy: `mediation:${mediationId}`,
    assessedAt: agreedAt,
  };
}

export const initialState: ClaimState = { status: 'NONE' };

function fileOf(state: OpenedClaimState): ClaimFile {
  const { claimId, caseId, party, claimantId, plate, handlingInsurer, flags, payouts, rejections } = state;
  return { claimId, caseId, party, claimantId, plate, handlingInsurer, flags, payouts, rejections };
}

export function evolve(state: ClaimState, event: ClaimEvent): ClaimState {
  if (event.type === 'ClaimOpened') {
    // Who filed the case is for the views: no decision of the claim depends on it.
    const { openedAt: _openedAt, filedBy: _filedBy, ...file } = event.data;
    return { ...file, status: CLAIM_STATUS_AFTER.ClaimOpened, payouts: [], rejections: 0 };
  }
  if (state.status === 'NONE') return state;
  const file = fileOf(state);
  switch (event.type) {
    case 'DamageAssessed':
      return { ...file, status: CLAIM_STATUS_AFTER.DamageAssessed, assessment: { ...event.data } };
    case 'AssessmentAccepted':
      return state.assessment
        ? { ...file, status: CLAIM_STATUS_AFTER.AssessmentAccepted, assessment: state.assessment, settlement: null }
        : state;
    case 'AssessmentRejected':
      return state.assessment
        ? {
            ...file,
            status: CLAIM_STATUS_AFTER.AssessmentRejected,
            assessment: state.assessment,
            rejections: file.rejections + 1,
          }
        : state;
    case 'SettlementCalculated': {
      const { calculatedAt: _calculatedAt, ...settlement } = event.data;
      return state.status === 'ACCEPTED' ? { ...state, settlement } : state;
    }
    case 'SettlementApproved':
      return (state.status === 'ACCEPTED' || state.status === 'UNDER_INVESTIGATION') && state.settlement
        ? {
            ...file,
            status: CLAIM_STATUS_AFTER.SettlementApproved,
            assessment: state.assessment,
            settlement: state.settlement,
          }
        : state;
    case 'PayoutRequested':
      return isApproved(state)
        ? { ...state, status: CLAIM_STATUS_AFTER.PayoutRequested, payouts: payoutsAfter(state.payouts, event) }
        : state;
    case 'PayoutConfirmed':
    case 'PayoutFailed':
      return { ...state, payouts: payoutsAfter(state.payouts, event) };
    case 'ClaimPaid':
    case 'ClaimClosed':
      return isApproved(state) ? { ...state, status: CLAIM_STATUS_AFTER[event.type] } : state;
    case 'ClaimInvestigationOpened':
      return state.status === 'ACCEPTED' && state.settlement
        ? {
            ...file,
            status: CLAIM_STATUS_AFTER.ClaimInvestigationOpened,
            assessment: state.assessment,
            settlement: state.settlement,
            investigation: { ...event.data },
          }
        : state;
    case 'ClaimDeclined':
      return state.assessment
        ? {
            ...file,
            status: CLAIM_STATUS_AFTER.ClaimDeclined,
            assessment: state.assessment,
            settlement: state.settlement ?? null,
            decline: { ...event.data },
          }
        : state;
    case 'ClaimMediationRequested':
      return state.assessment
        ? {
            ...file,
            status: CLAIM_STATUS_AFTER.ClaimMediationRequested,
            assessment: state.assessment,
            mediationId: event.data.mediationId,
          }
        : state;
    case 'SettlementAgreed': {
      const { rule, lines, straightThrough, totalFen, agreedAt, mediationId } = event.data;
      return {
        ...file,
        status: CLAIM_STATUS_AFTER.SettlementAgreed,
        assessment: mediatedAssessment(mediationId, totalFen, agreedAt),
        settlement: { rule, lines, straightThrough },
      };
    }
    case 'ClaimReferredOffline':
      return {
        ...file,
        status: CLAIM_STATUS_AFTER.ClaimReferredOffline,
        ...(state.assessment ? { assessment: state.assessment } : {}),
        mediationId: event.data.mediationId,
      };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
