import { Refused, refusals } from '@quickclaim/kernel';

/** Every code the mediation decider can refuse with: part of the API contract, closed. */
export const MEDIATION_ERROR_CODES = [
  'MEDIATION_NOT_FOUND',
  'INVALID_MEDIATION_STATUS',
  'MEDIATION_ALREADY_TAKEN',
  'OUTSIDE_MEDIATION_COMMITTEE',
  'NOT_THE_MEDIATOR',
  'INVALID_MEDIATED_SETTLEMENT',
  'MEDIATION_ALREADY_SIGNED',
  'REASON_REQUIRED',
  'MEDIATION_DEADLINE_OPEN',
] as const;

export type MediationErrorCode = (typeof MEDIATION_ERROR_CODES)[number];

export type MediationRefusal = Refused<MediationErrorCode>;

export const refuse = {
  ...refusals<MediationErrorCode>(),
  notFound: (): MediationRefusal => new Refused('MEDIATION_NOT_FOUND', 'NOT_FOUND', 'No such mediation'),
  wrongStatus: (action: string, status: string): MediationRefusal =>
    new Refused('INVALID_MEDIATION_STATUS', 'CONFLICT', `Cannot ${action} while the mediation is ${status}`),
};
