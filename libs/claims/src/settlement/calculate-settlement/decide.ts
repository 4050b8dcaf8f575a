import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { requestPayouts } from '../../payouts/payouts.rules';

/**
 * The claims process settles an accepted assessment, once; small unflagged settlements are
 * approved straight through and their payouts requested at once.
 */
export function calculateSettlement(
  command: ClaimCommandOf<'CalculateSettlement'>,
  state: OpenedClaimState,
): ClaimEvent[] {
  if (state.settlement) return [];
  const accepted = requireStatus(state, 'CalculateSettlement');
  const total = command.settlement.lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (total !== accepted.assessment.totalFen) {
    throw refuse.rule('SETTLEMENT_MISMATCH', 'The settlement lines must add up to the assessed loss');
  }
  const straightThrough = accepted.flags.length === 0 && total <= command.straightThroughLimitFen;
  const calculated: ClaimEvent = {
    type: 'SettlementCalculated',
    data: { ...command.settlement, straightThrough, calculatedAt: command.now },
  };
  if (!straightThrough) return [calculated];
  return [
    calculated,
    {
      type: 'SettlementApproved',
      data: { approvedBy: 'system:straight-through', approvedAt: command.now, straightThrough: true },
    },
    ...requestPayouts({ ...command.settlement, straightThrough }, command.payoutIds, command.now),
  ];
}
