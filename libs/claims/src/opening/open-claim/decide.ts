import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import type { ClaimState } from '../../domain/claim.state';

/** The claims process opens one claim per damaged vehicle, once however often it asks. */
export function openClaim(command: ClaimCommandOf<'OpenClaim'>, state: ClaimState): ClaimEvent[] {
  if (state.status !== 'NONE') return [];
  const { type: _type, now, ...data } = command;
  return [{ type: 'ClaimOpened', data: { ...data, openedAt: now } }];
}
