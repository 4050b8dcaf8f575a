import type { MediationCommandOf } from '../../domain/mediation.commands';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireMediator, requireStatus, requireText } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';

/** The mediator ends a mediation that cannot succeed, saying why: it fails, and the case goes offline. */
export function endMediation(
  command: MediationCommandOf<'EndMediation'>,
  state: OpenedMediationState,
): MediationEvent[] {
  requireMediator(state, command.mediatorId);
  requireStatus(state, 'EndMediation');
  const reason = requireText(command.reason, 'reason');
  return [
    {
      type: 'MediationFailed',
      data: { cause: 'MEDIATOR_ENDED', reason, by: command.mediatorId, failedAt: command.now },
    },
  ];
}
