import { idOf, type EndpointPolicy, type Role, type SuccessResponse } from '@quickclaim/http';
import type { CLAIM_RULES } from '../access/claim.access';
import { claimObject } from '../access/claim.object';
import { ClaimCommandResponse } from './responses';

export const CLAIM_ID = idOf('CLAIM_NOT_FOUND');
export const PAYOUT_ID = idOf('PAYOUT_NOT_FOUND');

/** A command on the claim a path names: the rules apply to the claim its handler folds. */
export function claimCommandPolicy(
  roles: readonly Role[],
  body: 'none' | 'json',
  rules: (keyof typeof CLAIM_RULES)[],
): EndpointPolicy {
  return { roles, object: claimObject('stream', ...rules), limit: 'decisions', body };
}

export const CLAIM_COMMAND_ANSWER: SuccessResponse = { status: 200, json: ClaimCommandResponse };
