import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn } from '../../domain/case.transitions';

/** The claims process opened a claim per vehicle: the case is settling (recorded once). */
export function recordClaimsOpened(
  command: CaseCommandOf<'RecordClaimsOpened'>,
  state: ReportedCaseState,
): CaseEvent[] {
  if (isAlreadyDoneIn('RecordClaimsOpened', state.status)) return [];
  requireStatus(state, 'RecordClaimsOpened');
  return [{ type: 'ClaimsOpened', data: { claims: command.claims, openedAt: command.now } }];
}
