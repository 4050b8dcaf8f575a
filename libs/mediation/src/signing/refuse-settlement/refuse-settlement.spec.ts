import { T, opened, proposed, spec, taken, thenRefused } from '../../domain/mediation.fixtures';

describe('refuse a mediated settlement (a party)', () => {
  it('fails the mediation with the reason', () => {
    spec
      .given([opened(), taken, proposed])
      .when({ type: 'RefuseSettlement', driverId: 'driver-b', reason: '金额太低', now: T(3) })
      .then([
        { type: 'MediationFailed', data: { cause: 'PARTY_REFUSED', reason: '金额太低', by: 'B', failedAt: T(3) } },
      ]);
  });

  it('needs a reason', () => {
    thenRefused(
      [opened(), taken, proposed],
      { type: 'RefuseSettlement', driverId: 'driver-b', reason: '', now: T(3) },
      'REASON_REQUIRED',
    );
  });
});
