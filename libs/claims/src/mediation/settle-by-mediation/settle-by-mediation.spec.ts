import type { ClaimCommand } from '../../domain/claim.commands';
import { accepted, assessed, opened, spec, T } from '../../domain/claim.fixtures';
import { inMediation, MEDIATED_LINES } from '../mediation.fixtures';

const settle = (limit = 1_000_000): ClaimCommand => ({
  type: 'SettleByMediation',
  mediationId: 'mediation-b',
  lines: MEDIATED_LINES,
  straightThroughLimitFen: limit,
  payoutIds: ['payout-1'],
  now: T(20),
});

const agreed = (straightThrough: boolean) =>
  ({
    type: 'SettlementAgreed',
    data: {
      rule: 'MEDIATED',
      lines: MEDIATED_LINES,
      mediationId: 'mediation-b',
      totalFen: 280_000,
      straightThrough,
      agreedAt: T(20),
    },
  }) as const;

describe('SettleByMediation', () => {
  it('settles by the agreed lines, approved and paid straight through when small and unflagged', () => {
    spec
      .given(inMediation())
      .when(settle())
      .then([
        agreed(true),
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'system:straight-through', approvedAt: T(20), straightThrough: true },
        },
        {
          type: 'PayoutRequested',
          data: {
            payoutId: 'payout-1',
            payer: 'PICC',
            coverages: ['COMPULSORY', 'THIRD_PARTY'],
            amountFen: 280_000,
            attempt: 1,
            requestedAt: T(20),
          },
        },
      ]);
  });

  it("waits for the handling insurer's approval above the straight-through amount, as any settlement", () => {
    spec
      .given(inMediation())
      .when(settle(100_000))
      .then([agreed(false)]);
  });

  it('settles a claim just opened, when the mediation settled its case’s disputed review', () => {
    spec
      .given([opened(['NO_EXIF'])])
      .when(settle())
      .then([agreed(false)]);
  });

  it('settles by the agreement a claim whose assessment was accepted but not settled yet', () => {
    spec
      .given([opened(['NO_EXIF']), assessed, accepted])
      .when(settle())
      .then([agreed(false)]);
  });

  it('changes nothing once settled (a redelivery)', () => {
    spec
      .given([...inMediation(), agreed(false)])
      .when(settle())
      .thenNothingHappened();
  });
});
