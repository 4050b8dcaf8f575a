import { DAYS_LATER, T, opened, spec, taken, thenRefused } from '../../domain/mediation.fixtures';

const take = (mediatorId = 'mediator-1', committee = 'cq-insurance') =>
  ({ type: 'TakeMediation', mediatorId, committee, now: T(1) }) as const;

describe('take a mediation', () => {
  it('assigns a mediator of its committee, who has 3 days to propose', () => {
    spec
      .given([opened()])
      .when(take())
      .then([
        {
          type: 'MediatorAssigned',
          data: { mediatorId: 'mediator-1', committee: 'cq-insurance', assignedAt: T(1), deadline: DAYS_LATER(3, 1) },
        },
      ]);
  });

  it('changes nothing when the same mediator takes it again', () => {
    spec.given([opened(), taken]).when(take()).thenNothingHappened();
  });

  it('refuses a mediator of another committee', () => {
    thenRefused([opened()], take('mediator-9', 'other-committee'), 'OUTSIDE_MEDIATION_COMMITTEE');
  });

  it('refuses a second mediator', () => {
    thenRefused([opened(), taken], take('mediator-2'), 'MEDIATION_ALREADY_TAKEN');
  });

  it('refuses a mediation that does not exist', () => {
    thenRefused([], take(), 'MEDIATION_NOT_FOUND');
  });
});
