import { accepted, assessed, opened, refused, spec, T } from '../../domain/claim.fixtures';

describe('AcceptAssessment: the claimant answers', () => {
  it('accepts', () =>
    spec
      .given([opened(), assessed])
      .when({ type: 'AcceptAssessment', driverId: 'driver-b', now: T(6) })
      .then([accepted]));
  it('is the claimant only', () =>
    refused([opened(), assessed], { type: 'AcceptAssessment', driverId: 'driver-a', now: T(6) }, 'CLAIM_NOT_FOUND'));

  it('cannot answer before an assessment', () =>
    refused([opened()], { type: 'AcceptAssessment', driverId: 'driver-b', now: T(6) }, 'INVALID_CLAIM_STATUS'));
});
