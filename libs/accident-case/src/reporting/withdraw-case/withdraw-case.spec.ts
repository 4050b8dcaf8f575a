import type { CaseCommand } from '../../domain/case.commands';
import {
  agreedCase,
  at,
  awaitingPolice,
  DRIVER_A,
  DRIVER_B,
  reported,
  spec,
  STRANGER,
  thenRefused,
} from '../../domain/case.fixtures';

describe('WithdrawCase', () => {
  const withdraw = (driverId: string, reason = 'we settled privately'): CaseCommand => ({
    type: 'WithdrawCase',
    driverId,
    reason,
    now: at(5),
  });

  it('withdraws a case before liability is final', () => {
    spec
      .given(awaitingPolice())
      .when(withdraw(DRIVER_B))
      .then([{ type: 'CaseWithdrawn', data: { party: 'B', reason: 'we settled privately', withdrawnAt: at(5) } }]);
  });

  it('refuses once liability is final', () => {
    thenRefused(agreedCase(), withdraw(DRIVER_A), 'LIABILITY_ALREADY_FINAL');
  });

  it('refuses a stranger', () => thenRefused([reported], withdraw(STRANGER), 'CASE_NOT_FOUND'));
  it('needs a reason', () => thenRefused([reported], withdraw(DRIVER_A, ''), 'REASON_REQUIRED'));
});
