import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus, requireText } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { policeDecisionRequested } from '../../police-desk/request-police-decision/decide';

/** A party disputes the decision: the first dispute asks for one review, a disputed review goes offline. */
export function disputeLiability(command: CaseCommandOf<'DisputeLiability'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const decided = requireStatus(state, 'DisputeLiability');
  if (decided.responses[party]) throw refuse.conflict('ALREADY_RESPONDED', 'You have already answered this decision');
  const why = requireText(command.reason, 'reason', 'REASON_REQUIRED');
  const now = command.now;
  const disputed: CaseEvent = { type: 'LiabilityDisputed', data: { party, reason: why, disputedAt: now } };
  if (decided.decision.basis === 'REVIEW') {
    return [
      disputed,
      {
        type: 'CaseReferredOffline',
        data: { reason: `The review was disputed; the case continues offline: ${why}`, referredAt: now },
      },
    ];
  }
  return [disputed, policeDecisionRequested(decided, party, now, true)];
}
