import type { MediationCommandOf } from '../../domain/mediation.commands';
import { refuse } from '../../domain/mediation.errors';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireStatus } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';
import { stageDeadline } from '../../domain/mediation.types';

/** A mediator of the mediation's committee takes it; they then have 3 days to propose a settlement. */
export function takeMediation(
  command: MediationCommandOf<'TakeMediation'>,
  state: OpenedMediationState,
): MediationEvent[] {
  if (command.committee !== state.committee) {
    throw refuse.rule('OUTSIDE_MEDIATION_COMMITTEE', 'The mediation belongs to another mediation committee');
  }
  if (state.mediatorId === command.mediatorId && state.status === 'ASSIGNED') return [];
  if (state.mediatorId !== undefined) {
    throw refuse.conflict('MEDIATION_ALREADY_TAKEN', 'Another mediator has taken this mediation');
  }
  requireStatus(state, 'TakeMediation');
  return [
    {
      type: 'MediatorAssigned',
      data: {
        mediatorId: command.mediatorId,
        committee: command.committee,
        assignedAt: command.now,
        deadline: stageDeadline(command.now),
      },
    },
  ];
}
