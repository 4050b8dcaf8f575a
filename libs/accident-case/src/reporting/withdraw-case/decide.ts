import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireText } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAllowedIn } from '../../domain/case.transitions';

/** A party withdraws the case, with a reason, while liability is not final yet. */
export function withdrawCase(command: CaseCommandOf<'WithdrawCase'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  if (!isAllowedIn('WithdrawCase', state.status)) {
    throw refuse.rule('LIABILITY_ALREADY_FINAL', `A ${state.status} case can no longer be withdrawn`);
  }
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED');
  return [{ type: 'CaseWithdrawn', data: { party, reason, withdrawnAt: command.now } }];
}
