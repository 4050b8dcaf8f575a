import {
  at,
  claimsOpened as opened,
  finalByAgreement as final,
  joined,
  reported,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('CloseCase', () => {
  it('closes the case when every claim is closed, not before', () => {
    spec
      .given([reported, joined, final, opened])
      .when({ type: 'CloseCase', claimsClosed: ['claim-a', 'claim-b'], now: at(30) })
      .then([{ type: 'CaseClosed', data: { closedAt: at(30) } }]);
    thenRefused(
      [reported, joined, final, opened],
      { type: 'CloseCase', claimsClosed: ['claim-a'], now: at(30) },
      'CLAIMS_STILL_OPEN',
    );
  });
});
