import { decideAgreement } from '../agreement/agreement.decider';
import { decidePoliceDesk } from '../police-desk/police-desk.decider';
import { decideReporting } from '../reporting/reporting.decider';
import { reportAccident } from '../reporting/report-accident/decide';
import { decideResponses } from '../responses/responses.decider';
import { decideSettlement } from '../settlement/settlement.decider';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import { requireCase } from './case.rules';
import { evolve, fold, initialState, type CaseState } from './case.state';

/**
 * The accident case: each command is decided by its sub-process (reporting, agreement, police
 * desk, responses, settlement), every status check against the one transition table
 * (case.transitions.ts), over the status-discriminated state of case.state.ts.
 */
export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  if (command.type === 'ReportAccident') return reportAccident(command, state);
  const reported = requireCase(state);
  switch (command.type) {
    case 'JoinCase':
    case 'AttachPhoto':
    case 'DeclareCircumstances':
    case 'WithdrawCase':
      return decideReporting(command, reported);
    case 'ProposeAgreement':
    case 'SignAgreement':
      return decideAgreement(command, reported);
    case 'RequestPoliceDecision':
    case 'TakeCase':
    case 'DecideLiability':
    case 'RequestEvidence':
    case 'ReferOffline':
      return decidePoliceDesk(command, reported);
    case 'AcceptLiability':
    case 'DisputeLiability':
    case 'CloseResponsePeriod':
      return decideResponses(command, reported);
    case 'RecordClaimsOpened':
    case 'CloseCase':
      return decideSettlement(command, reported);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export { evolve, fold, initialState };

export const caseDecider = { decide, evolve, initialState };
