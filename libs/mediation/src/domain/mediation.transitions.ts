import type { MediationCommandType } from './mediation.commands';
import type { MediationEventType } from './mediation.events';
import type { MediationStatus } from './mediation.types';

interface CommandTransition {
  /** How a refusal names the command: "Cannot <action> while the mediation is <status>". */
  action: string;
  allowedIn: readonly MediationStatus[];
}

/** THE state machine of a mediation: which command may be decided in which status. */
export const MEDIATION_COMMANDS = {
  OpenMediation: { action: 'open the mediation', allowedIn: [] },
  TakeMediation: { action: 'take the mediation', allowedIn: ['REQUESTED'] },
  // A revised proposal replaces the one before, and its signatures.
  ProposeSettlement: { action: 'propose a settlement', allowedIn: ['ASSIGNED', 'PROPOSED'] },
  SignSettlement: { action: 'sign the settlement', allowedIn: ['PROPOSED'] },
  RefuseSettlement: { action: 'refuse the settlement', allowedIn: ['PROPOSED'] },
  EndMediation: { action: 'end the mediation', allowedIn: ['ASSIGNED', 'PROPOSED'] },
  CloseOverdueMediation: { action: 'close the mediation', allowedIn: ['REQUESTED', 'ASSIGNED', 'PROPOSED'] },
} as const satisfies Record<MediationCommandType, CommandTransition>;

export type AllowedStatus<Type extends MediationCommandType> = (typeof MEDIATION_COMMANDS)[Type]['allowedIn'][number];

/** The status each event leads to; `null`: the mediation stays in its status. */
export const MEDIATION_STATUS_AFTER = {
  MediationOpened: 'REQUESTED',
  MediatorAssigned: 'ASSIGNED',
  MediationProposed: 'PROPOSED',
  MediationSigned: null,
  MediationAgreed: 'AGREED',
  MediationFailed: 'FAILED',
} as const satisfies Record<MediationEventType, MediationStatus | null>;

export function isAllowedIn<Type extends MediationCommandType>(
  type: Type,
  status: MediationStatus | 'NONE',
): status is AllowedStatus<Type> {
  return (MEDIATION_COMMANDS[type].allowedIn as readonly string[]).includes(status);
}
