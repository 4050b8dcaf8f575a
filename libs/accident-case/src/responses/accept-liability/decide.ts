import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { otherParty } from '../../domain/case.types';
import { finalizeDecision } from '../responses.rules';

/** A party accepts the police decision; the second acceptance makes liability final. */
export function acceptLiability(command: CaseCommandOf<'AcceptLiability'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  const decided = requireStatus(state, 'AcceptLiability');
  if (decided.responses[party]) throw refuse.conflict('ALREADY_RESPONDED', 'You have already answered this decision');
  const accepted: CaseEvent = {
    type: 'LiabilityAccepted',
    data: { party, acceptedAt: command.now, bySilence: false },
  };
  if (decided.responses[otherParty(party)] !== 'ACCEPTED') return [accepted];
  return [accepted, finalizeDecision(decided, command.now)];
}
