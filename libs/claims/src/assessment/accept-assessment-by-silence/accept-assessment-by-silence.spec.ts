import { assessed, opened, refused, spec } from '../../domain/claim.fixtures';

describe('AcceptAssessmentBySilence', () => {
  it('accepts by silence after 3 days, not before', () => {
    const threeDaysLater = '2026-11-25T09:05:00.000Z';
    refused(
      [opened(), assessed],
      { type: 'AcceptAssessmentBySilence', now: '2026-11-25T09:04:59.000Z' },
      'RESPONSE_PERIOD_OPEN',
    );
    spec
      .given([opened(), assessed])
      .when({ type: 'AcceptAssessmentBySilence', now: threeDaysLater })
      .then([{ type: 'AssessmentAccepted', data: { acceptedAt: threeDaysLater, bySilence: true } }]);
  });
});
