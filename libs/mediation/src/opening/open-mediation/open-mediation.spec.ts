import { DAYS_LATER, OPENING, opened, spec } from '../../domain/mediation.fixtures';

describe('open a mediation (the mediation process, on a party asking)', () => {
  it('opens it for its committee, with 3 days to be taken', () => {
    spec
      .given([])
      .when({ type: 'OpenMediation', opening: OPENING, now: OPENING.requestedAt })
      .then([{ type: 'MediationOpened', data: { ...OPENING, deadline: DAYS_LATER(3) } }]);
  });

  it("keeps the assessments an assessment's mediation is about, with their rejections", () => {
    const opening = {
      ...OPENING,
      kind: 'ASSESSMENT' as const,
      claimId: 'claim-b',
      requestedBy: 'B' as const,
      assessments: [
        {
          lineItems: [{ description: 'rear bumper', amountFen: 50_000 }],
          totalFen: 50_000,
          assessedBy: 'adjuster-cpic',
          assessedAt: OPENING.requestedAt,
          rejection: { reason: 'the door too', rejectedAt: OPENING.requestedAt },
        },
      ],
    };
    spec
      .given([])
      .when({ type: 'OpenMediation', opening, now: OPENING.requestedAt })
      .then([{ type: 'MediationOpened', data: { ...opening, deadline: DAYS_LATER(3) } }]);
  });

  it('changes nothing when asked again (a redelivery)', () => {
    spec
      .given([opened()])
      .when({ type: 'OpenMediation', opening: OPENING, now: OPENING.requestedAt })
      .thenNothingHappened();
  });
});
