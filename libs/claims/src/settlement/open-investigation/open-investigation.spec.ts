import type { ClaimCommand } from '../../domain/claim.commands';
import { claimDecider } from '../../domain/claim.decider';
import { refused, spec } from '../../domain/claim.fixtures';
import { accepted, assessed, at, held, investigationOpened, opened } from '../held-settlement.fixtures';

const investigate = (insurer = 'CPIC', note = ' photo seen in another case '): ClaimCommand => ({
  type: 'OpenInvestigation',
  adjusterId: 'adjuster-cpic',
  insurer,
  note,
  now: at(8),
});

describe('sending a held settlement for investigation', () => {
  it('records the note of what is to be looked into: the claim is UNDER_INVESTIGATION', () => {
    spec.given(held()).when(investigate()).then([investigationOpened()]);
    const state = [...held(), investigationOpened()].reduce(claimDecider.evolve, claimDecider.initialState);
    expect(state).toMatchObject({ status: 'UNDER_INVESTIGATION', investigation: { openedBy: 'adjuster-cpic' } });
  });

  it('is for the handling insurer only: to another the claim does not exist', () =>
    refused(held(), investigate('PICC'), 'CLAIM_NOT_FOUND'));

  it('needs a note', () => refused(held(), investigate('CPIC', '  '), 'NOTE_REQUIRED'));

  it('needs a settlement to hold: not before it is calculated', () =>
    refused([opened(), assessed(), accepted()], investigate(), 'NOT_SETTLED_YET'));

  it('cannot investigate twice, nor what is already approved', () => {
    refused([...held(), investigationOpened()], investigate(), 'INVALID_CLAIM_STATUS');
    refused(
      [
        ...held(),
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'adjuster-cpic', approvedAt: at(8), straightThrough: false },
        },
      ],
      investigate(),
      'INVALID_CLAIM_STATUS',
    );
  });

  it('is approved from there by the handling insurer, which requests the payouts', () => {
    spec
      .given([...held(), investigationOpened()])
      .when({ type: 'ApproveSettlement', adjusterId: 'adjuster-cpic', insurer: 'CPIC', payoutIds: ['p-1'], now: at(9) })
      .then([
        {
          type: 'SettlementApproved',
          data: { approvedBy: 'adjuster-cpic', approvedAt: at(9), straightThrough: false },
        },
        {
          type: 'PayoutRequested',
          data: {
            payoutId: 'p-1',
            payer: 'PICC',
            coverages: ['COMPULSORY', 'THIRD_PARTY'],
            amountFen: 500_000,
            attempt: 1,
            requestedAt: at(9),
          },
        },
      ]);
  });
});
