import type { MediationCommandOf } from '../../domain/mediation.commands';
import type { MediationEvent } from '../../domain/mediation.events';
import type { MediationState } from '../../domain/mediation.state';
import { stageDeadline } from '../../domain/mediation.types';

/**
 * The mediation process opens the mediation a party asked for on the case or the claim, once:
 * asked again (a redelivery), it changes nothing. The committee has 3 days to take it.
 */
export function openMediation(command: MediationCommandOf<'OpenMediation'>, state: MediationState): MediationEvent[] {
  if (state.status !== 'NONE') return [];
  return [
    { type: 'MediationOpened', data: { ...command.opening, deadline: stageDeadline(command.opening.requestedAt) } },
  ];
}
