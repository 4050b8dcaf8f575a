import type { ClaimEvent } from '../domain/claim.events';
import type { Settled } from '../domain/claim.state';
import type { Payout } from '../domain/claim.types';
import type { Coverage } from '../domain/settlement';

/** One payout per paying insurer; what the claimant bears is not paid by anyone. */
export function requestPayouts(settlement: Settled, payoutIds: readonly string[], now: string): ClaimEvent[] {
  const byPayer = new Map<string, { coverages: Coverage[]; amountFen: number }>();
  for (const line of settlement.lines) {
    if (line.coverage === 'CLAIMANT') continue;
    const payout = byPayer.get(line.payer) ?? { coverages: [], amountFen: 0 };
    payout.coverages.push(line.coverage);
    payout.amountFen += line.amountFen;
    byPayer.set(line.payer, payout);
  }
  if (byPayer.size > payoutIds.length) throw new Error(`Need ${byPayer.size} payout ids, got ${payoutIds.length}`);
  if (byPayer.size === 0) return paidAndClosed([], now);
  return [...byPayer.entries()].map(([payer, payout], index) => ({
    type: 'PayoutRequested',
    data: {
      payoutId: payoutIds[index]!,
      payer,
      coverages: payout.coverages,
      amountFen: payout.amountFen,
      attempt: 1,
      requestedAt: now,
    },
  }));
}

/** Every payout confirmed: the claim is paid, and closed. */
export function paidAndClosed(payouts: readonly Payout[], now: string): ClaimEvent[] {
  const totalFen = payouts.reduce((sum, payout) => sum + payout.amountFen, 0);
  return [
    { type: 'ClaimPaid', data: { paidAt: now, totalFen } },
    { type: 'ClaimClosed', data: { closedAt: now } },
  ];
}
