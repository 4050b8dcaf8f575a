import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireSettlementToDecide, requireText } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/**
 * The handling insurer's adjuster declines a settlement held for review, or one under
 * investigation, with the reason the claimant is told. Final: nothing is paid.
 */
export function declineClaim(command: ClaimCommandOf<'DeclineClaim'>, state: OpenedClaimState): ClaimEvent[] {
  requireSettlementToDecide(state, 'DeclineClaim', command.insurer);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Say why the claim is declined');
  return [{ type: 'ClaimDeclined', data: { reason, declinedBy: command.adjusterId, declinedAt: command.now } }];
}
