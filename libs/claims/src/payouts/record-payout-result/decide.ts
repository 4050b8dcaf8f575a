import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import type { OpenedClaimState } from '../../domain/claim.state';
import { isAllowedIn } from '../../domain/claim.transitions';
import { MAX_PAYOUT_ATTEMPTS } from '../../domain/claim.types';
import { paidAndClosed } from '../payouts.rules';

/**
 * The payer reports a payout paid or failed: a failure is requested again up to 3 attempts, then
 * left to an adjuster; the last confirmation pays and closes the claim. Late and repeated results
 * change nothing.
 */
export function recordPayoutResult(
  command: ClaimCommandOf<'RecordPayoutResult'>,
  state: OpenedClaimState,
): ClaimEvent[] {
  const payouts = isAllowedIn('RecordPayoutResult', state.status) ? state.payouts : [];
  const payout = payouts.find((candidate) => candidate.payoutId === command.payoutId);
  if (!payout || payout.payer !== command.insurer) throw refuse.payoutNotFound();
  if (command.attempt !== undefined && command.attempt !== payout.attempts) return [];
  if (payout.status === 'PAID') {
    if (command.status === 'PAID') return [];
    throw refuse.conflict('PAYOUT_ALREADY_PAID', 'This payout is already confirmed as paid');
  }
  if (payout.status !== 'REQUESTED') {
    throw refuse.conflict('PAYOUT_NOT_AWAITING_RESULT', `The payout is ${payout.status}`);
  }
  if (command.status === 'PAID') {
    const confirmed: ClaimEvent = {
      type: 'PayoutConfirmed',
      data: {
        payoutId: payout.payoutId,
        ...(command.reference ? { reference: command.reference } : {}),
        confirmedAt: command.now,
      },
    };
    const others = payouts.filter((candidate) => candidate.payoutId !== payout.payoutId);
    return others.every((candidate) => candidate.status === 'PAID')
      ? [confirmed, ...paidAndClosed(payouts, command.now)]
      : [confirmed];
  }
  const willRetry = payout.attempts < MAX_PAYOUT_ATTEMPTS;
  const failed: ClaimEvent = {
    type: 'PayoutFailed',
    data: {
      payoutId: payout.payoutId,
      reason: command.reason?.trim() || 'unspecified',
      failedAt: command.now,
      willRetry,
    },
  };
  if (!willRetry) return [failed];
  return [
    failed,
    {
      type: 'PayoutRequested',
      data: {
        payoutId: payout.payoutId,
        payer: payout.payer,
        coverages: payout.coverages,
        amountFen: payout.amountFen,
        attempt: payout.attempts + 1,
        requestedAt: command.now,
      },
    },
  ];
}
