import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { requestPayouts } from '../../payouts/payouts.rules';

/**
 * The mediation process: both parties signed a mediated settlement naming this vehicle. Its lines
 * are the settlement (once), and it is approved and paid as any other: straight through when
 * small and unflagged, else by an adjuster of the handling insurer.
 */
export function settleByMediation(command: ClaimCommandOf<'SettleByMediation'>, state: OpenedClaimState): ClaimEvent[] {
  if (state.settlement) return [];
  requireStatus(state, 'SettleByMediation');
  const totalFen = command.lines.reduce((sum, line) => sum + line.amountFen, 0);
  const straightThrough = state.flags.length === 0 && totalFen <= command.straightThroughLimitFen;
  const settlement = { rule: 'MEDIATED' as const, lines: command.lines };
  const agreed: ClaimEvent = {
    type: 'SettlementAgreed',
    data: { ...settlement, mediationId: command.mediationId, totalFen, straightThrough, agreedAt: command.now },
  };
  if (!straightThrough) return [agreed];
  return [
    agreed,
    {
      type: 'SettlementApproved',
      data: { approvedBy: 'system:straight-through', approvedAt: command.now, straightThrough: true },
    },
    ...requestPayouts({ ...settlement, straightThrough }, command.payoutIds, command.now),
  ];
}
