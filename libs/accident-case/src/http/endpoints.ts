import { idOf, type EndpointPolicy, type RateLimitClass, type Role, type SuccessResponse } from '@quickclaim/http';
import { caseObject } from '../access/case.object';
import type { CASE_RULES } from '../access/case.access';
import { CaseCommandResponse } from './responses';

/** What the case's endpoints share: who reads a case, how a command on it is policed and answered. */

export const PARTIES = ['driver'] as const satisfies readonly Role[];
/** Assistants (协理员) file a case for its parties and act for them on it (assistance/). */
export const ASSISTANTS = ['assistant'] as const satisfies readonly Role[];
/** Who acts for a party on a case: the party, or the assistant who filed it for them. */
export const PARTIES_AND_ASSISTANTS = [...PARTIES, ...ASSISTANTS] as const satisfies readonly Role[];
export const CASE_READERS = [
  'driver',
  'officer',
  'adjuster',
  'auditor',
  'assistant',
] as const satisfies readonly Role[];
export const AUDIT_READERS = ['auditor', 'driver', 'officer'] as const satisfies readonly Role[];

/** The `:caseId` of a path, lower-cased; one that cannot be an id is a case that does not exist. */
export const CASE_ID = idOf('CASE_NOT_FOUND');

/** A command on the case a path names: the rules apply to the case its handler folds. */
export function caseCommandPolicy(
  roles: readonly Role[],
  body: 'none' | 'json',
  rules: (keyof typeof CASE_RULES)[] = ['seesCase'],
  limit: RateLimitClass = 'decisions',
): EndpointPolicy {
  return { roles, object: caseObject('stream', ...rules), limit, body };
}

export const CASE_COMMAND_ANSWER: SuccessResponse = { status: 200, json: CaseCommandResponse };
