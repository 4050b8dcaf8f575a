import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requirePartyB, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn } from '../../domain/case.transitions';
import { policeDecisionRequested, requireEvidenceForTheDesk } from '../../police-desk/request-police-decision/decide';
import { requireFilingAssistant } from '../assistance.rules';

/** Instead of an agreement, the assistant hands the case to the police desk, with the photos a driver would need. */
export function handToPoliceDesk(command: CaseCommandOf<'HandToPoliceDesk'>, state: ReportedCaseState): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  if (isAlreadyDoneIn('HandToPoliceDesk', state.status)) return [];
  const asking = requireStatus(state, 'HandToPoliceDesk');
  requirePartyB(asking);
  requireEvidenceForTheDesk(asking);
  return [policeDecisionRequested(asking, 'ASSISTANT', command.now, asking.policeRequest?.review ?? false)];
}
