import {
  accept,
  acceptedByA,
  at,
  awaitingPolice,
  decidedCase,
  DRIVER_A,
  DRIVER_B,
  finalized,
  OFFICER,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('AcceptLiability', () => {
  it('records the first acceptance', () => spec.given(decidedCase()).when(accept(DRIVER_A)).then([acceptedByA]));

  it('finalizes liability when both accepted', () => {
    spec
      .given([...decidedCase(), acceptedByA])
      .when(accept(DRIVER_B, 8))
      .then([
        { type: 'LiabilityAccepted', data: { party: 'B', acceptedAt: at(8), bySilence: false } },
        finalized('POLICE', OFFICER.officerId, at(6), at(8)),
      ]);
  });

  it('refuses a second answer', () =>
    thenRefused([...decidedCase(), acceptedByA], accept(DRIVER_A), 'ALREADY_RESPONDED'));
  it('refuses an answer before any decision', () =>
    thenRefused(awaitingPolice(), accept(DRIVER_A), 'INVALID_CASE_STATUS'));
});
