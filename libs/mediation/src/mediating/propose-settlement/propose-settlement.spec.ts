import type { MediatedVehicle } from '../../domain/mediation.types';
import {
  DAYS_LATER,
  T,
  VEHICLES,
  opened,
  proposed,
  signedByA,
  spec,
  taken,
  thenRefused,
} from '../../domain/mediation.fixtures';

const propose = (vehicles: MediatedVehicle[] = VEHICLES, mediatorId = 'mediator-1') =>
  ({ type: 'ProposeSettlement', mediatorId, vehicles, note: ' 双方同意 ', now: T(2) }) as const;

describe('propose a mediated settlement', () => {
  it('records the lines of each vehicle, with 3 days for the parties to sign', () => {
    spec
      .given([opened(), taken])
      .when(propose())
      .then([
        {
          type: 'MediationProposed',
          data: {
            mediatorId: 'mediator-1',
            vehicles: VEHICLES,
            note: '双方同意',
            proposedAt: T(2),
            deadline: DAYS_LATER(3, 2),
          },
        },
      ]);
  });

  it('replaces a proposal already made, its signatures with it', () => {
    const revised: MediatedVehicle[] = [VEHICLES[0]!];
    spec
      .given([opened(), taken, proposed, signedByA])
      .when(propose(revised))
      .then([
        {
          type: 'MediationProposed',
          data: {
            mediatorId: 'mediator-1',
            vehicles: revised,
            note: '双方同意',
            proposedAt: T(2),
            deadline: DAYS_LATER(3, 2),
          },
        },
      ]);
  });

  it('is for the mediator who took it only', () => {
    thenRefused([opened(), taken], propose(VEHICLES, 'mediator-2'), 'NOT_THE_MEDIATOR');
  });

  it('refuses amounts that are not positive whole fen', () => {
    const fractional: MediatedVehicle[] = [
      { party: 'B', lines: [{ payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 10.5 }] },
    ];
    thenRefused([opened(), taken], propose(fractional), 'INVALID_MEDIATED_SETTLEMENT');
    const none: MediatedVehicle[] = [{ party: 'B', lines: [] }];
    thenRefused([opened(), taken], propose(none), 'INVALID_MEDIATED_SETTLEMENT');
  });

  it("charges own damage to the vehicle's own party, the other covers to the other party", () => {
    const ownPaidByOther: MediatedVehicle[] = [
      { party: 'B', lines: [{ payerParty: 'A', coverage: 'OWN_DAMAGE', amountFen: 100 }] },
    ];
    thenRefused([opened(), taken], propose(ownPaidByOther), 'INVALID_MEDIATED_SETTLEMENT');
    const thirdPartyOfItself: MediatedVehicle[] = [
      { party: 'B', lines: [{ payerParty: 'B', coverage: 'THIRD_PARTY', amountFen: 100 }] },
    ];
    thenRefused([opened(), taken], propose(thirdPartyOfItself), 'INVALID_MEDIATED_SETTLEMENT');
  });

  it("names only the claim's vehicle when an assessment is mediated", () => {
    const assessment = opened({ kind: 'ASSESSMENT', claimId: 'claim-b', requestedBy: 'B' });
    thenRefused([assessment, taken], propose(VEHICLES), 'INVALID_MEDIATED_SETTLEMENT');
    spec
      .given([assessment, taken])
      .when(propose([VEHICLES[0]!]))
      .then([
        {
          type: 'MediationProposed',
          data: {
            mediatorId: 'mediator-1',
            vehicles: [VEHICLES[0]!],
            note: '双方同意',
            proposedAt: T(2),
            deadline: DAYS_LATER(3, 2),
          },
        },
      ]);
  });

  it('refuses a vehicle named twice', () => {
    thenRefused([opened(), taken], propose([VEHICLES[0]!, VEHICLES[0]!]), 'INVALID_MEDIATED_SETTLEMENT');
  });

  it('is refused before a mediator took the mediation', () => {
    thenRefused([opened()], propose(), 'NOT_THE_MEDIATOR');
  });
});
