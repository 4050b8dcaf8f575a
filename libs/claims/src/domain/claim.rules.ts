import type { ClaimCommandType } from './claim.commands';
import { refuse, type ClaimErrorCode } from './claim.errors';
import type { ClaimIn, ClaimState, OpenedClaimState, Settled } from './claim.state';
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

/** The calculated settlement the handling insurer's adjuster decides on, in a status the command allows. */
export function requireSettlementToDecide(
  state: OpenedClaimState,
  type: 'ApproveSettlement' | 'DeclineClaim' | 'OpenInvestigation',
  insurer: string,
): Settled {
  requireHandlingInsurer(state, insurer);
  const { settlement } = requireStatus(state, type);
  if (!settlement) throw refuse.rule('NOT_SETTLED_YET', 'The settlement is not calculated yet');
  return settlement;
}

/** The text trimmed, or `code` naming the field that must not be empty. */
export function requireText(value: string, field: string, code: ClaimErrorCode, message: string): string {
  const text = value.trim();
  if (!text) throw refuse.invalid(code, message, [{ field, message: 'must not be empty' }]);
  return text;
}
