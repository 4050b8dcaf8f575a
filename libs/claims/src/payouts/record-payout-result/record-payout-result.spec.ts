import type { ClaimCommand } from '../../domain/claim.commands';
import { evolve, initialState } from '../../domain/claim.decider';
import type { ClaimEvent } from '../../domain/claim.events';
import { paying, payoutRequested, refused, spec, T } from '../../domain/claim.fixtures';

describe('RecordPayoutResult', () => {
  const result = (status: 'PAID' | 'FAILED', minute: number, insurer = 'PICC'): ClaimCommand => ({
    type: 'RecordPayoutResult',
    payoutId: 'payout-1',
    insurer,
    status,
    ...(status === 'PAID' ? { reference: `bank-${minute}` } : { reason: 'account frozen' }),
    now: T(minute),
  });

  it('closes the claim when every payout is confirmed by its payer', () => {
    spec
      .given(paying())
      .when(result('PAID', 10))
      .then([
        { type: 'PayoutConfirmed', data: { payoutId: 'payout-1', reference: 'bank-10', confirmedAt: T(10) } },
        { type: 'ClaimPaid', data: { paidAt: T(10), totalFen: 500_000 } },
        { type: 'ClaimClosed', data: { closedAt: T(10) } },
      ]);
  });

  it('ignores a late result for an earlier attempt', () => {
    const failed: ClaimEvent = {
      type: 'PayoutFailed',
      data: { payoutId: 'payout-1', reason: 'x', failedAt: T(10), willRetry: true },
    };
    spec
      .given([...paying(), failed, payoutRequested(2, 10)])
      .when({ ...(result('FAILED', 11) as Extract<ClaimCommand, { type: 'RecordPayoutResult' }>), attempt: 1 })
      .thenNothingHappened();
  });

  it('accepts a payout result only from its payer', () =>
    refused(paying(), result('PAID', 10, 'CPIC'), 'PAYOUT_NOT_FOUND'));

  it('treats a repeated confirmation as done', () => {
    const confirmed: ClaimEvent = { type: 'PayoutConfirmed', data: { payoutId: 'payout-1', confirmedAt: T(10) } };
    spec
      .given([...paying(), confirmed])
      .when(result('PAID', 11))
      .thenNothingHappened();
  });

  it('requests a failed payout again, up to 3 attempts, then leaves it to an adjuster', () => {
    const failed = (minute: number, willRetry: boolean): ClaimEvent => ({
      type: 'PayoutFailed',
      data: { payoutId: 'payout-1', reason: 'account frozen', failedAt: T(minute), willRetry },
    });
    spec
      .given(paying())
      .when(result('FAILED', 10))
      .then([failed(10, true), payoutRequested(2, 10)]);
    const afterThree = [
      ...paying(),
      failed(10, true),
      payoutRequested(2, 10),
      failed(11, true),
      payoutRequested(3, 11),
    ];
    spec
      .given(afterThree)
      .when(result('FAILED', 12))
      .then([failed(12, false)]);
    const state = [...afterThree, failed(12, false)].reduce(evolve, initialState);
    expect(state.payouts?.[0]).toMatchObject({ status: 'NEEDS_ADJUSTER', attempts: 3 });
    refused([...afterThree, failed(12, false)], result('PAID', 13), 'PAYOUT_NOT_AWAITING_RESULT');
  });
});
