import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn } from '../../domain/case.transitions';
import { finalizeDecision } from '../../responses/responses.rules';

/**
 * The mediation process: both parties signed the mediated settlement. The review's allocation
 * stays the record of liability, and the case settles (its claims paid as the mediation agreed).
 */
export function finalizeByMediation(
  command: CaseCommandOf<'FinalizeByMediation'>,
  state: ReportedCaseState,
): CaseEvent[] {
  if (isAlreadyDoneIn('FinalizeByMediation', state.status)) return [];
  const mediated = requireStatus(state, 'FinalizeByMediation');
  const finalized = finalizeDecision(mediated, command.now);
  return finalized.type === 'LiabilityFinalized'
    ? [{ ...finalized, data: { ...finalized.data, mediationId: command.mediationId } }]
    : [finalized];
}
