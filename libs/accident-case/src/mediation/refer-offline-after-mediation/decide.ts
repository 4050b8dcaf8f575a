import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn } from '../../domain/case.transitions';

/** The mediation process: the mediation failed, and the case leaves the online path with its record. */
export function referOfflineAfterMediation(
  command: CaseCommandOf<'ReferOfflineAfterMediation'>,
  state: ReportedCaseState,
): CaseEvent[] {
  if (isAlreadyDoneIn('ReferOfflineAfterMediation', state.status)) return [];
  requireStatus(state, 'ReferOfflineAfterMediation');
  return [
    {
      type: 'CaseReferredOffline',
      data: {
        reason: `The mediation failed; the case continues offline: ${command.reason}`,
        referredAt: command.now,
        mediationId: command.mediationId,
      },
    },
  ];
}
