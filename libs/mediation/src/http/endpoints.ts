import { idOf, type EndpointPolicy, type Role, type SuccessResponse } from '@quickclaim/http';
import type { MEDIATION_RULES } from '../access/mediation.access';
import { mediationObject } from '../access/mediation.object';
import { MediationCommandResponse } from './responses';

export const MEDIATION_ID = idOf('MEDIATION_NOT_FOUND');
export const MEDIATORS: readonly Role[] = ['mediator'];

/** A command on the mediation a path names: the rules apply to the mediation its handler folds. */
export function mediationCommandPolicy(
  roles: readonly Role[],
  body: 'none' | 'json',
  rules: (keyof typeof MEDIATION_RULES)[],
): EndpointPolicy {
  return { roles, object: mediationObject('stream', ...rules), limit: 'decisions', body };
}

export const MEDIATION_COMMAND_ANSWER: SuccessResponse = { status: 200, json: MediationCommandResponse };
