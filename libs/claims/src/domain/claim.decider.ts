import { acceptAssessmentBySilence } from '../assessment/accept-assessment-by-silence/decide';
import { acceptAssessment } from '../assessment/accept-assessment/decide';
import { assessDamage } from '../assessment/assess-damage/decide';
import { rejectAssessment } from '../assessment/reject-assessment/decide';
import { openClaim } from '../opening/open-claim/decide';
import { recordPayoutResult } from '../payouts/record-payout-result/decide';
import { approveSettlement } from '../settlement/approve-settlement/decide';
import { calculateSettlement } from '../settlement/calculate-settlement/decide';
import { declineClaim } from '../settlement/decline-claim/decide';
import { openInvestigation } from '../settlement/open-investigation/decide';
import type { ClaimCommand } from './claim.commands';
import type { ClaimEvent } from './claim.events';
import { requireClaim } from './claim.rules';
import { evolve, initialState, type ClaimState } from './claim.state';

/**
 * A claim, one damaged vehicle: opened by the claims process, assessed by the handling insurer and
 * answered by the claimant, settled, then paid. Each command is decided in its use case's folder,
 * every status check against the one transition table (claim.transitions.ts).
 */
export function decide(command: ClaimCommand, state: ClaimState): ClaimEvent[] {
  if (command.type === 'OpenClaim') return openClaim(command, state);
  const claim = requireClaim(state);
  switch (command.type) {
    case 'AssessDamage':
      return assessDamage(command, claim);
    case 'AcceptAssessment':
      return acceptAssessment(command, claim);
    case 'AcceptAssessmentBySilence':
      return acceptAssessmentBySilence(command, claim);
    case 'RejectAssessment':
      return rejectAssessment(command, claim);
    case 'CalculateSettlement':
      return calculateSettlement(command, claim);
    case 'ApproveSettlement':
      return approveSettlement(command, claim);
    case 'RecordPayoutResult':
      return recordPayoutResult(command, claim);
    case 'OpenInvestigation':
      return openInvestigation(command, claim);
    case 'DeclineClaim':
      return declineClaim(command, claim);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export { evolve, initialState };

export const claimDecider = { decide, evolve, initialState };
