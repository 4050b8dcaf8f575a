import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireSettlementToDecide } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { requestPayouts } from '../../payouts/payouts.rules';

/** The handling insurer's adjuster approves a settlement that did not go straight through. */
export function approveSettlement(command: ClaimCommandOf<'ApproveSettlement'>, state: OpenedClaimState): ClaimEvent[] {
  const settlement = requireSettlementToDecide(state, 'ApproveSettlement', command.insurer);
  return [
    {
      type: 'SettlementApproved',
      data: { approvedBy: command.adjusterId, approvedAt: command.now, straightThrough: false },
    },
    ...requestPayouts(settlement, command.payoutIds, command.now),
  ];
}
