import type { ClaimCommand } from '../../domain/claim.commands';
import { claimDecider } from '../../domain/claim.decider';
import type { ClaimEvent } from '../../domain/claim.events';
import { refused, spec } from '../../domain/claim.fixtures';
import { accepted, assessed, at, calculated, held, investigationOpened, opened } from '../held-settlement.fixtures';

const decline = (insurer = 'CPIC', reason = ' the photos are of another accident '): ClaimCommand => ({
  type: 'DeclineClaim',
  adjusterId: 'adjuster-cpic',
  insurer,
  reason,
  now: at(9),
});
const declined: ClaimEvent = {
  type: 'ClaimDeclined',
  data: { reason: 'the photos are of another accident', declinedBy: 'adjuster-cpic', declinedAt: at(9) },
};

describe('declining a held settlement', () => {
  it('records the reason the claimant is told: DECLINED, with no payout requested', () => {
    spec.given(held()).when(decline()).then([declined]);
    const state = [...held(), declined].reduce(claimDecider.evolve, claimDecider.initialState);
    expect(state).toMatchObject({ status: 'DECLINED', payouts: [], decline: { declinedBy: 'adjuster-cpic' } });
  });

  it('may follow an investigation', () =>
    spec
      .given([...held(), investigationOpened()])
      .when(decline())
      .then([declined]));

  it('is final: neither approved nor declined again, nor investigated', () => {
    const final = [...held(), declined];
    refused(final, decline(), 'INVALID_CLAIM_STATUS');
    refused(
      final,
      { type: 'ApproveSettlement', adjusterId: 'adjuster-cpic', insurer: 'CPIC', payoutIds: ['p-1'], now: at(10) },
      'INVALID_CLAIM_STATUS',
    );
    refused(
      final,
      { type: 'OpenInvestigation', adjusterId: 'adjuster-cpic', insurer: 'CPIC', note: 'x', now: at(10) },
      'INVALID_CLAIM_STATUS',
    );
  });

  it('is for the handling insurer only, with a reason, once there is a settlement to hold', () => {
    refused(held(), decline('PICC'), 'CLAIM_NOT_FOUND');
    refused(held(), decline('CPIC', ' '), 'REASON_REQUIRED');
    refused([opened(), assessed(), accepted()], decline(), 'NOT_SETTLED_YET');
  });

  it('cannot decline a settlement that went straight through: it is already paying', () =>
    refused(
      [
        opened([]),
        assessed(),
        accepted(),
        { ...calculated(), data: { ...(calculated().data as object), straightThrough: true } } as ClaimEvent,
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'system:straight-through', approvedAt: at(7), straightThrough: true },
        },
      ],
      decline(),
      'INVALID_CLAIM_STATUS',
    ));
});
