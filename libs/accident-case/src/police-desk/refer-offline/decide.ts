import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireText } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { requireHolder } from '../desk.rules';

/** The holding officer sends the case to on-site handling: it leaves the online path. */
export function referOffline(command: CaseCommandOf<'ReferOffline'>, state: ReportedCaseState): CaseEvent[] {
  requireHolder(state, command);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED');
  return [{ type: 'CaseReferredOffline', data: { officerId: command.officerId, reason, referredAt: command.now } }];
}
