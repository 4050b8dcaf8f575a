import { decideBy } from '@quickclaim/kernel';
import { AGREEMENT } from '../agreement/agreement.decider';
import { ASSISTANCE } from '../assistance/assistance.decider';
import { fileCase } from '../assistance/file-case/decide';
import { POLICE_DESK } from '../police-desk/police-desk.decider';
import { REPORTING } from '../reporting/reporting.decider';
import { reportAccident } from '../reporting/report-accident/decide';
import { RESPONSES } from '../responses/responses.decider';
import { SETTLEMENT } from '../settlement/settlement.decider';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import { requireCase } from './case.rules';
import { evolve, fold, initialState, type CaseDecisions, type CaseState } from './case.state';

/**
 * Every command on a reported case, by sub-process (reporting, agreement, police desk, responses,
 * settlement, assistance); a command type no sub-process decides does not compile.
 */
const DECISIONS: CaseDecisions = {
  ...REPORTING,
  ...AGREEMENT,
  ...POLICE_DESK,
  ...RESPONSES,
  ...SETTLEMENT,
  ...ASSISTANCE,
};

/**
 * The accident case: the report (or an assistant's filing) opens it; every other command is decided by its use case, every
 * status check against the one transition table (case.transitions.ts), over the
 * status-discriminated state of case.state.ts.
 */
export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  if (command.type === 'ReportAccident') return reportAccident(command, state);
  if (command.type === 'FileCase') return fileCase(command, state);
  return decideBy(DECISIONS, command, requireCase(state));
}

export { evolve, fold, initialState };

export const caseDecider = { decide, evolve, initialState };
