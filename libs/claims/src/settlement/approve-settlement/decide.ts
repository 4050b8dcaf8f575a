import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireHandlingInsurer, requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { requestPayouts } from '../../payouts/payouts.rules';

/** The handling insurer's adjuster approves a settlement that did not go straight through. */
export function approveSettlement(command: ClaimCommandOf<'ApproveSettlement'>, state: OpenedClaimState): ClaimEvent[] {
  requireHandlingInsurer(state, command.insurer);
  const { settlement } = requireStatus(state, 'ApproveSettlement');
  if (!settlement) throw refuse.rule('NOT_SETTLED_YET', 'The settlement is not calculated yet');
  return [
    {
      type: 'SettlementApproved',
      data: { approvedBy: command.adjusterId, approvedAt: command.now, straightThrough: false },
    },
    ...requestPayouts(settlement, command.payoutIds, command.now),
  ];
}
