import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireHandlingInsurer, requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/**
 * The handling insurer's adjuster declines a settlement held for review, or one under
 * investigation, with the reason the claimant is told. Final: nothing is paid.
 */
export function declineClaim(command: ClaimCommandOf<'DeclineClaim'>, state: OpenedClaimState): ClaimEvent[] {
  requireHandlingInsurer(state, command.insurer);
  const { settlement } = requireStatus(state, 'DeclineClaim');
  if (!settlement) throw refuse.rule('NOT_SETTLED_YET', 'The settlement is not calculated yet');
  const reason = command.reason.trim();
  if (!reason) {
    throw refuse.invalid('REASON_REQUIRED', 'Say why the claim is declined', [
      { field: 'reason', message: 'must not be empty' },
    ]);
  }
  return [{ type: 'ClaimDeclined', data: { reason, declinedBy: command.adjusterId, declinedAt: command.now } }];
}
