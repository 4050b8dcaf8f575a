import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus, requireText } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { mediationCommitteeOf } from '../../domain/districts';

/**
 * A party disputes the review and asks for mediation instead of going offline: the case waits in
 * mediation (the response period no longer runs) for the district's mediation committee. Only a
 * review may be mediated: a first decision is disputed by asking for the review.
 */
export function requestMediation(command: CaseCommandOf<'RequestMediation'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const decided = requireStatus(state, 'RequestMediation');
  if (decided.responses[party]) throw refuse.conflict('ALREADY_RESPONDED', 'You have already answered this decision');
  if (decided.decision.basis !== 'REVIEW') {
    throw refuse.rule('MEDIATION_NEEDS_REVIEW', 'Dispute the decision first: the first dispute asks for a review');
  }
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED');
  return [
    { type: 'LiabilityDisputed', data: { party, reason, disputedAt: command.now } },
    {
      type: 'MediationRequested',
      data: {
        mediationId: command.mediationId,
        party,
        reason,
        committee: mediationCommitteeOf(state.district),
        requestedAt: command.now,
      },
    },
  ];
}
