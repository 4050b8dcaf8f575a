import { claimDecider } from '../../domain/claim.decider';
import { assessed, opened, refused, spec, T } from '../../domain/claim.fixtures';
import { inMediation, rejectedTwice } from '../mediation.fixtures';

const ask = (driverId = 'driver-b', reason = 'garage quote') =>
  ({ type: 'RequestClaimMediation', driverId, mediationId: 'mediation-b', reason, now: T(9) }) as const;

describe('RequestClaimMediation', () => {
  it('puts an assessment rejected twice in mediation, instead of another round', () => {
    spec
      .given(rejectedTwice())
      .when(ask())
      .then([
        {
          type: 'ClaimMediationRequested',
          data: { mediationId: 'mediation-b', reason: 'garage quote', requestedAt: T(9) },
        },
      ]);
    const state = inMediation().reduce(claimDecider.evolve, claimDecider.initialState);
    expect(state.status).toBe('IN_MEDIATION');
  });

  it('needs two rejections first', () => {
    const once = [
      opened(),
      assessed,
      { type: 'AssessmentRejected' as const, data: { reason: 'no', rejectedAt: T(6) } },
    ];
    refused(once, ask(), 'MEDIATION_NEEDS_TWO_REJECTIONS');
  });

  it('is the claimant’s only', () => refused(rejectedTwice(), ask('driver-a'), 'CLAIM_NOT_FOUND'));

  it('needs a reason', () => refused(rejectedTwice(), ask('driver-b', ' '), 'REASON_REQUIRED'));

  it('stops the adjuster assessing again meanwhile', () =>
    refused(
      inMediation(),
      {
        type: 'AssessDamage',
        adjusterId: 'adjuster-cpic',
        insurer: 'CPIC',
        lineItems: [{ description: 'x', amountFen: 1 }],
        now: T(10),
      },
      'INVALID_CLAIM_STATUS',
    ));
});
