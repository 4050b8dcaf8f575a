import { at, decidedCase, DRIVER_A, DRIVER_B, fold, STRANGER, spec, thenRefused } from '../../domain/case.fixtures';
import { askMediation, COMMITTEE, inMediation, MEDIATION_ID, reviewedCase } from '../mediation.fixtures';

describe('RequestMediation', () => {
  it('disputes the review and puts the case in mediation for the district committee, instead of offline', () => {
    spec
      .given(reviewedCase())
      .when(askMediation(DRIVER_A))
      .then([
        { type: 'LiabilityDisputed', data: { party: 'A', reason: 'the review is wrong', disputedAt: at(10) } },
        {
          type: 'MediationRequested',
          data: {
            mediationId: MEDIATION_ID,
            party: 'A',
            reason: 'the review is wrong',
            committee: COMMITTEE,
            requestedAt: at(10),
          },
        },
      ]);
    const state = fold(inMediation());
    expect(state.status).toBe('IN_MEDIATION');
    expect(state.mediations).toEqual([{ mediationId: MEDIATION_ID, committee: COMMITTEE }]);
  });

  it('is for a review only: a first decision is disputed by asking for the review', () =>
    thenRefused(decidedCase(), askMediation(DRIVER_B), 'MEDIATION_NEEDS_REVIEW'));

  it('is refused to a party who already answered the review', () => {
    const accepted = [
      ...reviewedCase(),
      { type: 'LiabilityAccepted' as const, data: { party: 'B' as const, acceptedAt: at(10), bySilence: false } },
    ];
    thenRefused(accepted, askMediation(DRIVER_B), 'ALREADY_RESPONDED');
  });

  it('needs a reason', () => thenRefused(reviewedCase(), askMediation(DRIVER_A, ' '), 'REASON_REQUIRED'));

  it('tells a stranger there is no such case', () =>
    thenRefused(reviewedCase(), askMediation(STRANGER), 'CASE_NOT_FOUND'));

  it('is asked once: the case is in mediation already', () =>
    thenRefused(inMediation(), askMediation(DRIVER_B), 'INVALID_CASE_STATUS'));
});
