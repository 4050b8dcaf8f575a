import { assessed, opened, refused, spec, T } from '../../domain/claim.fixtures';

describe('RejectAssessment: the claimant answers', () => {
  it('rejects with a reason', () =>
    spec
      .given([opened(), assessed])
      .when({ type: 'RejectAssessment', driverId: 'driver-b', reason: 'too low', now: T(6) })
      .then([{ type: 'AssessmentRejected', data: { reason: 'too low', rejectedAt: T(6) } }]));
  it('needs a reason to reject', () =>
    refused(
      [opened(), assessed],
      { type: 'RejectAssessment', driverId: 'driver-b', reason: ' ', now: T(6) },
      'REASON_REQUIRED',
    ));
});
