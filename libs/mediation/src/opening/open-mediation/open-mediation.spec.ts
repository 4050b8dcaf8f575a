import { DAYS_LATER, OPENING, opened, spec } from '../../domain/mediation.fixtures';

describe('open a mediation (the mediation process, on a party asking)', () => {
  it('opens it for its committee, with 3 days to be taken', () => {
    spec
      .given([])
      .when({ type: 'OpenMediation', opening: OPENING, now: OPENING.requestedAt })
      .then([{ type: 'MediationOpened', data: { ...OPENING, deadline: DAYS_LATER(3) } }]);
  });

  it('changes nothing when asked again (a redelivery)', () => {
    spec
      .given([opened()])
      .when({ type: 'OpenMediation', opening: OPENING, now: OPENING.requestedAt })
      .thenNothingHappened();
  });
});
