import { decideBy, type Decisions } from '@quickclaim/kernel';
import { closeOverdueMediation } from '../deadlines/close-overdue-mediation/decide';
import { endMediation } from '../mediating/end-mediation/decide';
import { proposeSettlement } from '../mediating/propose-settlement/decide';
import { takeMediation } from '../mediating/take-mediation/decide';
import { openMediation } from '../opening/open-mediation/decide';
import { refuseSettlement } from '../signing/refuse-settlement/decide';
import { signSettlement } from '../signing/sign-settlement/decide';
import type { MediationCommand } from './mediation.commands';
import type { MediationEvent } from './mediation.events';
import { requireMediation } from './mediation.rules';
import { evolve, fold, initialState, type MediationState, type OpenedMediationState } from './mediation.state';

const DECISIONS: Decisions<
  Exclude<MediationCommand, { type: 'OpenMediation' }>,
  OpenedMediationState,
  MediationEvent
> = {
  TakeMediation: takeMediation,
  ProposeSettlement: proposeSettlement,
  SignSettlement: signSettlement,
  RefuseSettlement: refuseSettlement,
  EndMediation: endMediation,
  CloseOverdueMediation: closeOverdueMediation,
};

/**
 * A mediation (人民调解) of a case whose online path would otherwise end: asked by a party,
 * taken by a mediator of the committee, a settlement proposed, signed by both parties (AGREED) or
 * ended, refused or overdue (FAILED). Each command is decided in its use case's folder.
 */
export function decide(command: MediationCommand, state: MediationState): MediationEvent[] {
  if (command.type === 'OpenMediation') return openMediation(command, state);
  return decideBy(DECISIONS, command, requireMediation(state));
}

export { evolve, fold, initialState };

export const mediationDecider = { decide, evolve, initialState };
