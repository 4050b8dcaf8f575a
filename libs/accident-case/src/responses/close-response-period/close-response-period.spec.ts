import type { CaseCommand } from '../../domain/case.commands';
import {
  acceptedByA,
  at,
  decidedCase,
  disputedEvents,
  finalized,
  OFFICER,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('CloseResponsePeriod: silence for 3 days', () => {
  const close = (minutes: number): CaseCommand => ({ type: 'CloseResponsePeriod', now: at(minutes) });
  const threeDays = 6 + 3 * 24 * 60;

  it('is not acceptance before the deadline', () =>
    thenRefused(decidedCase(), close(threeDays - 1), 'RESPONSE_PERIOD_OPEN'));

  it('counts as acceptance for whoever did not answer, and finalizes', () => {
    spec
      .given([...decidedCase(), acceptedByA])
      .when(close(threeDays))
      .then([
        { type: 'LiabilityAccepted', data: { party: 'B', acceptedAt: at(threeDays), bySilence: true } },
        finalized('POLICE', OFFICER.officerId, at(6), at(threeDays)),
      ]);
  });

  it('does nothing to a disputed case', () => {
    thenRefused(disputedEvents(), close(threeDays), 'INVALID_CASE_STATUS');
  });
});
