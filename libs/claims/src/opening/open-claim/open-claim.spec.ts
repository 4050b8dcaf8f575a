import type { ClaimCommand } from '../../domain/claim.commands';
import { opened, spec, T } from '../../domain/claim.fixtures';

describe('OpenClaim', () => {
  it('opens a claim once, however often the process manager asks', () => {
    const open: ClaimCommand = {
      type: 'OpenClaim',
      claimId: 'claim-b',
      caseId: 'case-1',
      party: 'B',
      claimantId: 'driver-b',
      plate: '渝B67890',
      handlingInsurer: 'CPIC',
      flags: [],
      now: T(0),
    };
    spec.given([]).when(open).then([opened()]);
    spec.given([opened()]).when(open).thenNothingHappened();
  });
});
