import { agreedCase, at, claimsOpened, spec, thenRefused } from '../../domain/case.fixtures';

describe('CloseCase', () => {
  it('closes the case when every claim is closed, not before', () => {
    spec
      .given([...agreedCase(), claimsOpened])
      .when({ type: 'CloseCase', claimsClosed: ['claim-a', 'claim-b'], now: at(30) })
      .then([{ type: 'CaseClosed', data: { closedAt: at(30) } }]);
    thenRefused(
      [...agreedCase(), claimsOpened],
      { type: 'CloseCase', claimsClosed: ['claim-a'], now: at(30) },
      'CLAIMS_STILL_OPEN',
    );
  });
});
