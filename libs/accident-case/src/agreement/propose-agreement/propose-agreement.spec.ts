import type { CaseCommand } from '../../domain/case.commands';
import { at, DRIVER_A, joined, proposed, reported, spec, thenRefused } from '../../domain/case.fixtures';

describe('ProposeAgreement', () => {
  const propose = (
    A: 'FULL' | 'MAJOR' | 'NONE' | 'MINOR',
    B: 'FULL' | 'MAJOR' | 'NONE' | 'MINOR' | 'EQUAL',
    driverId = DRIVER_A,
  ): CaseCommand => ({
    type: 'ProposeAgreement',
    allocation: { A, B },
    driverId,
    now: at(2),
  });

  it('records a FULL/NONE proposal signed by its proposer', () => {
    spec.given([reported, joined]).when(propose('FULL', 'NONE')).then([proposed]);
  });

  it('leaves anything but FULL/NONE to the police', () =>
    thenRefused([reported, joined], propose('MAJOR', 'MINOR'), 'AGREEMENT_NEEDS_POLICE'));
  it('refuses an impossible pair', () =>
    thenRefused([reported, joined], propose('FULL', 'FULL' as 'NONE'), 'INVALID_ALLOCATION'));
  it('needs party B', () => thenRefused([reported], propose('FULL', 'NONE'), 'PARTY_B_MISSING'));
});
