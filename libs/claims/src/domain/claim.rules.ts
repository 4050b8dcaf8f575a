import type { ClaimCommandType } from './claim.commands';
import { refuse } from './claim.errors';
import type { ClaimIn, ClaimState, OpenedClaimState } from './claim.state';
import { CLAIM_COMMANDS, isAllowedIn, type AllowedStatus } from './claim.transitions';

/** The checks several claim decisions share. */

export function requireClaim(state: ClaimState): OpenedClaimState {
  if (state.status === 'NONE') throw refuse.claimNotFound();
  return state;
}

export function requireStatus<Type extends ClaimCommandType>(
  state: OpenedClaimState,
  type: Type,
): ClaimIn<AllowedStatus<Type>> {
  if (!isAllowedIn(type, state.status)) throw refuse.wrongStatus(CLAIM_COMMANDS[type].action, state.status);
  return state as ClaimIn<AllowedStatus<Type>>;
}

/** Someone else than the claimant is told there is no such claim. */
export function requireClaimant(state: OpenedClaimState, driverId: string): void {
  if (state.claimantId !== driverId) throw refuse.claimNotFound();
}

/** An adjuster of another insurer than the handling one is told there is no such claim. */
export function requireHandlingInsurer(state: OpenedClaimState, insurer: string): void {
  if (insurer !== state.handlingInsurer) throw refuse.claimNotFound();
}
