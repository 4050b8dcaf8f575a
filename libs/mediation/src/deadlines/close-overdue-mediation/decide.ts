import type { MediationCommandOf } from '../../domain/mediation.commands';
import { refuse } from '../../domain/mediation.errors';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireStatus } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';

const STAGE: Record<'REQUESTED' | 'ASSIGNED' | 'PROPOSED', string> = {
  REQUESTED: 'No mediator took the mediation in time',
  ASSIGNED: 'The mediator proposed no settlement in time',
  PROPOSED: 'The parties did not both sign the settlement in time',
};

/** The sweep fails a mediation whose stage ran out of time. */
export function closeOverdueMediation(
  command: MediationCommandOf<'CloseOverdueMediation'>,
  state: OpenedMediationState,
): MediationEvent[] {
  const open = requireStatus(state, 'CloseOverdueMediation');
  if (new Date(command.now).getTime() < new Date(open.deadline).getTime()) {
    throw refuse.rule('MEDIATION_DEADLINE_OPEN', 'The mediation still has time');
  }
  return [
    { type: 'MediationFailed', data: { cause: 'DEADLINE_PASSED', reason: STAGE[open.status], failedAt: command.now } },
  ];
}
