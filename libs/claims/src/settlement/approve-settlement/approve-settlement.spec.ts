import type { ClaimCommand } from '../../domain/claim.commands';
import { accepted, assessed, calculated, opened, payoutRequested, refused, spec, T } from '../../domain/claim.fixtures';

describe('ApproveSettlement', () => {
  it('is approved by an adjuster of the handling insurer, which requests the payouts', () => {
    const approve = (insurer: string): ClaimCommand => ({
      type: 'ApproveSettlement',
      adjusterId: 'adjuster-cpic',
      insurer,
      payoutIds: ['payout-1'],
      now: T(9),
    });
    const waiting = [opened(['NO_EXIF']), assessed, accepted, calculated(false)];
    spec
      .given(waiting)
      .when(approve('CPIC'))
      .then([
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'adjuster-cpic', approvedAt: T(9), straightThrough: false },
        },
        payoutRequested(1, 9),
      ]);
    refused(waiting, approve('PICC'), 'CLAIM_NOT_FOUND');
    refused([opened(['NO_EXIF']), assessed, accepted], approve('CPIC'), 'NOT_SETTLED_YET');
  });
});
