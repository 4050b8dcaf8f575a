import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn } from '../../domain/case.transitions';

/** Once every claim of the case is closed, so is the case. */
export function closeCase(command: CaseCommandOf<'CloseCase'>, state: ReportedCaseState): CaseEvent[] {
  if (isAlreadyDoneIn('CloseCase', state.status)) return [];
  const settling = requireStatus(state, 'CloseCase');
  const open = settling.claims.filter((claim) => !command.claimsClosed.includes(claim.claimId));
  if (open.length > 0) {
    throw refuse.rule('CLAIMS_STILL_OPEN', `Claims still open: ${open.map((claim) => claim.claimId).join(', ')}`);
  }
  return [{ type: 'CaseClosed', data: { closedAt: command.now } }];
}
