import type { ClaimCommand } from '../../domain/claim.commands';
import {
  accepted,
  assessed,
  calculated,
  opened,
  paying,
  refused,
  settlementOfB,
  spec,
  T,
} from '../../domain/claim.fixtures';

describe('CalculateSettlement', () => {
  const calculate = (limit = 1_000_000): ClaimCommand => ({
    type: 'CalculateSettlement',
    settlement: settlementOfB(),
    straightThroughLimitFen: limit,
    payoutIds: ['payout-1', 'payout-2'],
    now: T(7),
  });

  it('goes straight through to payouts when small enough and unflagged: one payout per paying insurer', () => {
    spec.given([opened(), assessed, accepted]).when(calculate()).then(paying().slice(3));
  });

  it('waits for the adjuster when flagged', () => {
    spec
      .given([opened(['DUPLICATE_PHOTO']), assessed, accepted])
      .when(calculate())
      .then([calculated(false)]);
  });

  it('waits for the adjuster above the straight-through amount', () => {
    spec
      .given([opened(), assessed, accepted])
      .when(calculate(499_999))
      .then([calculated(false)]);
  });

  it('is calculated once', () => spec.given(paying()).when(calculate()).thenNothingHappened());

  it('must add up to the assessed loss', () => {
    const wrong: ClaimCommand = {
      ...(calculate() as Extract<ClaimCommand, { type: 'CalculateSettlement' }>),
      settlement: { rule: 'STANDARD', lines: [] },
    };
    refused([opened(), assessed, accepted], wrong, 'SETTLEMENT_MISMATCH');
  });
});
