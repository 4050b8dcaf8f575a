import type { MediationCommandType } from './mediation.commands';
import { refuse } from './mediation.errors';
import type { MediationIn, MediationState, OpenedMediationState } from './mediation.state';
import { MEDIATION_COMMANDS, isAllowedIn, type AllowedStatus } from './mediation.transitions';
import type { MediationParty } from './mediation.types';

/** The checks several mediation decisions share. */

export function requireMediation(state: MediationState): OpenedMediationState {
  if (state.status === 'NONE') throw refuse.notFound();
  return state;
}

export function requireStatus<Type extends MediationCommandType>(
  state: OpenedMediationState,
  type: Type,
): MediationIn<AllowedStatus<Type>> {
  if (!isAllowedIn(type, state.status)) throw refuse.wrongStatus(MEDIATION_COMMANDS[type].action, state.status);
  return state as MediationIn<AllowedStatus<Type>>;
}

/** A driver who is no party of the mediation is told there is no such mediation. */
export function requireParty(state: OpenedMediationState, driverId: string): MediationParty {
  const party = state.parties.find((candidate) => candidate.driverId === driverId)?.party;
  if (!party) throw refuse.notFound();
  return party;
}

/** Only the mediator who took it acts on a mediation. */
export function requireMediator(state: OpenedMediationState, mediatorId: string): void {
  if (state.mediatorId !== mediatorId) {
    throw refuse.rule('NOT_THE_MEDIATOR', 'Only the mediator who took the mediation may act on it');
  }
}

export function requireText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw refuse.invalid('REASON_REQUIRED', 'Say why', [{ field, message: 'must not be empty' }]);
  return text;
}
