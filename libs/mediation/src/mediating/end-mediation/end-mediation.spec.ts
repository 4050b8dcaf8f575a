import { T, opened, proposed, spec, taken, thenRefused } from '../../domain/mediation.fixtures';

describe('end a mediation (the mediator)', () => {
  it('fails it with the reason', () => {
    spec
      .given([opened(), taken, proposed])
      .when({ type: 'EndMediation', mediatorId: 'mediator-1', reason: ' 双方差距太大 ', now: T(5) })
      .then([
        {
          type: 'MediationFailed',
          data: { cause: 'MEDIATOR_ENDED', reason: '双方差距太大', by: 'mediator-1', failedAt: T(5) },
        },
      ]);
  });

  it('needs a reason', () => {
    thenRefused(
      [opened(), taken],
      { type: 'EndMediation', mediatorId: 'mediator-1', reason: ' ', now: T(5) },
      'REASON_REQUIRED',
    );
  });

  it('is for the mediator who took it only', () => {
    thenRefused(
      [opened(), taken],
      { type: 'EndMediation', mediatorId: 'mediator-2', reason: 'x', now: T(5) },
      'NOT_THE_MEDIATOR',
    );
  });
});
