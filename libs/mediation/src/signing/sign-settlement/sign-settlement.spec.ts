import { T, VEHICLES, opened, proposed, signedByA, spec, taken, thenRefused } from '../../domain/mediation.fixtures';

describe('sign a mediated settlement (a party)', () => {
  it("records the first party's signature", () => {
    spec
      .given([opened(), taken, proposed])
      .when({ type: 'SignSettlement', driverId: 'driver-a', now: T(3) })
      .then([signedByA]);
  });

  it('agrees the settlement once both parties signed', () => {
    spec
      .given([opened(), taken, proposed, signedByA])
      .when({ type: 'SignSettlement', driverId: 'driver-b', now: T(4) })
      .then([
        { type: 'MediationSigned', data: { party: 'B', driverId: 'driver-b', signedAt: T(4) } },
        { type: 'MediationAgreed', data: { vehicles: VEHICLES, agreedAt: T(4) } },
      ]);
  });

  it('refuses a second signature of the same party', () => {
    thenRefused(
      [opened(), taken, proposed, signedByA],
      { type: 'SignSettlement', driverId: 'driver-a', now: T(4) },
      'MEDIATION_ALREADY_SIGNED',
    );
  });

  it('tells a stranger there is no such mediation', () => {
    thenRefused(
      [opened(), taken, proposed],
      { type: 'SignSettlement', driverId: 'driver-x', now: T(4) },
      'MEDIATION_NOT_FOUND',
    );
  });

  it('has nothing to sign before a proposal', () => {
    thenRefused(
      [opened(), taken],
      { type: 'SignSettlement', driverId: 'driver-a', now: T(4) },
      'INVALID_MEDIATION_STATUS',
    );
  });
});
