import type { ClaimCommandType } from './claim.commands';
import type { ClaimEvent } from './claim.events';
import type { ClaimStatus } from './claim.types';

interface CommandTransition {
  /** How a refusal names the command: "Cannot <action> while the claim is <status>". */
  action: string;
  allowedIn: readonly ClaimStatus[];
}

/**
 * THE state machine of a claim, in one place: which command may be decided in which status,
 * and which event leads to which status.
 */
export const CLAIM_COMMANDS = {
  OpenClaim: { action: 'open the claim', allowedIn: [] },
  AssessDamage: { action: 'assess the damage', allowedIn: ['OPEN', 'ASSESSMENT_REJECTED'] },
  AcceptAssessment: { action: 'accept the assessment', allowedIn: ['ASSESSED'] },
  AcceptAssessmentBySilence: { action: 'accept the assessment', allowedIn: ['ASSESSED'] },
  RejectAssessment: { action: 'reject the assessment', allowedIn: ['ASSESSED'] },
  CalculateSettlement: { action: 'settle', allowedIn: ['ACCEPTED'] },
  ApproveSettlement: { action: 'approve the settlement', allowedIn: ['ACCEPTED', 'UNDER_INVESTIGATION'] },
  /** Only a claim with payouts has results to record; any other has no such payout. */
  RecordPayoutResult: { action: 'record a payout result', allowedIn: ['APPROVED', 'PAYING', 'PAID', 'CLOSED'] },
  OpenInvestigation: { action: 'investigate the claim', allowedIn: ['ACCEPTED'] },
  DeclineClaim: { action: 'decline the claim', allowedIn: ['ACCEPTED', 'UNDER_INVESTIGATION'] },
  RequestClaimMediation: { action: 'ask for mediation', allowedIn: ['ASSESSED', 'ASSESSMENT_REJECTED'] },
  SettleByMediation: {
    action: 'settle by mediation',
    // ACCEPTED: an assessment accepted before the agreement arrived, not settled yet; the signed agreement prevails.
    allowedIn: ['OPEN', 'ASSESSED', 'ASSESSMENT_REJECTED', 'ACCEPTED', 'IN_MEDIATION'],
  },
  ReferClaimOffline: { action: 'refer the claim offline', allowedIn: ['IN_MEDIATION'] },
} as const satisfies Record<ClaimCommandType, CommandTransition>;

export type AllowedStatus<Type extends ClaimCommandType> = (typeof CLAIM_COMMANDS)[Type]['allowedIn'][number];

/** The status each event leads to; `null`: the claim stays in the status it is in. */
export const CLAIM_STATUS_AFTER = {
  ClaimOpened: 'OPEN',
  DamageAssessed: 'ASSESSED',
  AssessmentAccepted: 'ACCEPTED',
  AssessmentRejected: 'ASSESSMENT_REJECTED',
  SettlementCalculated: null,
  SettlementApproved: 'APPROVED',
  PayoutRequested: 'PAYING',
  PayoutConfirmed: null,
  PayoutFailed: null,
  ClaimPaid: 'PAID',
  ClaimClosed: 'CLOSED',
  ClaimInvestigationOpened: 'UNDER_INVESTIGATION',
  ClaimDeclined: 'DECLINED',
  ClaimMediationRequested: 'IN_MEDIATION',
  SettlementAgreed: 'ACCEPTED',
  ClaimReferredOffline: 'REFERRED_OFFLINE',
} as const satisfies Record<ClaimEvent['type'], ClaimStatus | null>;

export function isAllowedIn<Type extends ClaimCommandType>(
  type: Type,
  status: ClaimStatus | 'NONE',
): status is AllowedStatus<Type> {
  return (CLAIM_COMMANDS[type].allowedIn as readonly string[]).includes(status);
}
