import { DAYS_LATER, opened, proposed, spec, taken, thenRefused } from '../../domain/mediation.fixtures';

describe('close an overdue mediation (the deadline sweep)', () => {
  it('fails a mediation nobody took within 3 days', () => {
    spec
      .given([opened()])
      .when({ type: 'CloseOverdueMediation', now: DAYS_LATER(3) })
      .then([
        {
          type: 'MediationFailed',
          data: { cause: 'DEADLINE_PASSED', reason: 'No mediator took the mediation in time', failedAt: DAYS_LATER(3) },
        },
      ]);
  });

  it('fails a proposal the parties did not both sign within 3 days', () => {
    spec
      .given([opened(), taken, proposed])
      .when({ type: 'CloseOverdueMediation', now: DAYS_LATER(3, 2) })
      .then([
        {
          type: 'MediationFailed',
          data: {
            cause: 'DEADLINE_PASSED',
            reason: 'The parties did not both sign the settlement in time',
            failedAt: DAYS_LATER(3, 2),
          },
        },
      ]);
  });

  it('refuses while the stage still has time: taking it gave the mediator 3 days of their own', () => {
    thenRefused([opened(), taken], { type: 'CloseOverdueMediation', now: DAYS_LATER(3) }, 'MEDIATION_DEADLINE_OPEN');
  });

  it('changes nothing on a mediation already over', () => {
    thenRefused(
      [opened(), { type: 'MediationFailed', data: { cause: 'PARTY_REFUSED', reason: 'no', failedAt: DAYS_LATER(1) } }],
      { type: 'CloseOverdueMediation', now: DAYS_LATER(5) },
      'INVALID_MEDIATION_STATUS',
    );
  });
});
