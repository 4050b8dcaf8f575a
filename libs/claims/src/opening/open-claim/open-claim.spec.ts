import type { ClaimCommand } from '../../domain/claim.commands';
import { opened, OPENING, spec, T } from '../../domain/claim.fixtures';

describe('OpenClaim', () => {
  it('opens a claim once, however often the process manager asks', () => {
    const open: ClaimCommand = { type: 'OpenClaim', ...OPENING, now: T(0) };
    spec.given([]).when(open).then([opened()]);
    spec.given([opened()]).when(open).thenNothingHappened();
  });
});
