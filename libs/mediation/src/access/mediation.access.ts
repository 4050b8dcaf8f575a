import type { ObjectRule, Principal, Refusal } from '@quickclaim/http';
import type { MediationStatus } from '../domain/mediation.types';

/** What access to a mediation is decided on, from its stream or its view alike. */
export interface MediationAccess {
  status: MediationStatus;
  committee: string;
  mediatorId?: string;
  driverIds: string[];
}

export function mediationAccess(state: {
  status: MediationStatus;
  committee: string;
  mediatorId?: string;
  parties: readonly { driverId?: string }[];
}): MediationAccess {
  return {
    status: state.status,
    committee: state.committee,
    ...(state.mediatorId !== undefined ? { mediatorId: state.mediatorId } : {}),
    driverIds: state.parties.flatMap((party) => (party.driverId ? [party.driverId] : [])),
  };
}

/**
 * Its parties; the mediators of its committee while nobody took it, then the one who did; and
 * auditors. Everyone else is told there is no such mediation.
 */
export function seesMediation(principal: Principal, access: MediationAccess): boolean {
  switch (principal.role) {
    case 'driver':
      return access.driverIds.includes(principal.sub);
    case 'mediator':
      return (
        principal.committee === access.committee &&
        (access.mediatorId === undefined ? access.status === 'REQUESTED' : access.mediatorId === principal.sub)
      );
    case 'auditor':
      return true;
    case 'officer':
    case 'adjuster':
    case 'admin':
    case 'assistant':
      return false;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

export const MEDIATION_NOT_FOUND: Refusal = { status: 404, code: 'MEDIATION_NOT_FOUND', detail: 'No such mediation' };

export const MEDIATION_RULES = {
  seesMediation: { name: 'seesMediation', test: seesMediation, refusal: MEDIATION_NOT_FOUND },
} satisfies Record<string, ObjectRule<MediationAccess>>;
