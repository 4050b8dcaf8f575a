import type { CaseCommand } from '../../domain/case.commands';
import { at, DRIVER_A, DRIVER_B, joined, proposed, reported, spec, thenRefused } from '../../domain/case.fixtures';

describe('SignAgreement', () => {
  const sign = (driverId: string): CaseCommand => ({ type: 'SignAgreement', driverId, now: at(3) });

  it('finalizes liability when the other party signs', () => {
    spec
      .given([reported, joined, proposed])
      .when(sign(DRIVER_B))
      .then([
        { type: 'AgreementSigned', data: { party: 'B', signedAt: at(3) } },
        {
          type: 'LiabilityFinalized',
          data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(3), finalizedAt: at(3) },
        },
      ]);
  });

  it('refuses signing twice', () => thenRefused([reported, joined, proposed], sign(DRIVER_A), 'ALREADY_SIGNED'));
  it('refuses signing nothing', () => thenRefused([reported, joined], sign(DRIVER_B), 'NO_AGREEMENT_PROPOSED'));
});
