import { decideBy, type Decisions } from '@quickclaim/kernel';
import { acceptAssessmentBySilence } from '../assessment/accept-assessment-by-silence/decide';
import { acceptAssessment } from '../assessment/accept-assessment/decide';
import { assessDamage } from '../assessment/assess-damage/decide';
import { rejectAssessment } from '../assessment/reject-assessment/decide';
import { referClaimOffline } from '../mediation/refer-claim-offline/decide';
import { requestClaimMediation } from '../mediation/request-claim-mediation/decide';
import { settleByMediation } from '../mediation/settle-by-mediation/decide';
import { openClaim } from '../opening/open-claim/decide';
import { recordPayoutResult } from '../payouts/record-payout-result/decide';
import { approveSettlement } from '../settlement/approve-settlement/decide';
import { calculateSettlement } from '../settlement/calculate-settlement/decide';
import { declineClaim } from '../settlement/decline-claim/decide';
import { openInvestigation } from '../settlement/open-investigation/decide';
import type { ClaimCommand } from './claim.commands';
import type { ClaimEvent } from './claim.events';
import { requireClaim } from './claim.rules';
import { evolve, initialState, type ClaimState, type OpenedClaimState } from './claim.state';

/** Every command on an opened claim, each to its use case's decide.ts. */
const DECISIONS: Decisions<Exclude<ClaimCommand, { type: 'OpenClaim' }>, OpenedClaimState, ClaimEvent> = {
  AssessDamage: assessDamage,
  AcceptAssessment: acceptAssessment,
  AcceptAssessmentBySilence: acceptAssessmentBySilence,
  RejectAssessment: rejectAssessment,
  CalculateSettlement: calculateSettlement,
  ApproveSettlement: approveSettlement,
  RecordPayoutResult: recordPayoutResult,
  OpenInvestigation: openInvestigation,
  DeclineClaim: declineClaim,
  RequestClaimMediation: requestClaimMediation,
  SettleByMediation: settleByMediation,
  ReferClaimOffline: referClaimOffline,
};

/**
 * A claim, one damaged vehicle: opened by the claims process, assessed by the handling insurer and
 * answered by the claimant, settled, then paid. Each command is decided in its use case's folder,
 * every status check against the one transition table (claim.transitions.ts).
 */
export function decide(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  if (command.type === 'OpenClaim') return openClaim(command, state);
  return decideBy(DECISIONS, command, requireClaim(state));
}

export { evolve, initialState };

export const claimDecider = { decide, evolve, initialState };
